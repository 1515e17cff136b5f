"""The Slack and Teams channel classes inside the Rasa environment, without a model.

A quicker check than tests/e2e (no trained model, no action server): the blueprints Rasa
would mount, fed real signed and forged requests, answering through the local fakes.
"""

from __future__ import annotations

from typing import Any

import pytest

from knowledge.settings import PROJECT_ROOT
from tests.channels.rasa_env import run_in_rasa

SCRIPT = PROJECT_ROOT / "tests" / "channels" / "rasa_connectors_check.py"


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    return run_in_rasa(SCRIPT)


def test_slack_signed_event_is_acknowledged_and_answered_once(results: dict[str, Any]) -> None:
    assert results["slack signed"] == [200, None]
    assert results["slack retry"] == [200, "1"]
    assert ["slack", "U0CHECK", "hello"] in results["handled"]
    assert [(m["channel"], m["text"]) for m in results["slack posted"]] == [
        ("D0CHECK", "echo: hello")]
    assert results["slack refused"] == []  # no as_user, right token


@pytest.mark.parametrize("case", ["slack wrong secret", "slack stale"])
def test_slack_bad_signatures_are_401(results: dict[str, Any], case: str) -> None:
    assert results[case][0] == 401


def test_slack_without_credentials_is_off_not_open(results: dict[str, Any]) -> None:
    assert results["slack unconfigured"][0] == 503


def test_teams_valid_token_is_answered_in_the_conversation(results: dict[str, Any]) -> None:
    assert results["teams valid"][0] == 200
    # Sender: the Entra object id; the bot's @-mention is not part of the text.
    assert ["botframework", "aad-check", "hi"] in results["handled"]
    (reply,) = results["teams replies"]
    assert reply["conversation_id"] == "a:check"
    assert reply["activity"]["text"] == "echo: hi"
    assert reply["activity"]["recipient"]["id"] == "29:check"


@pytest.mark.parametrize(
    ("case", "status"),
    [("teams expired", 401), ("teams other key", 401), ("teams other audience", 401),
     ("teams other issuer", 401), ("teams not a jwt", 401), ("teams no token", 401),
     ("teams unknown key id", 401),
     ("teams other service url", 403)],
)
def test_teams_forged_or_expired_tokens_are_refused(
    results: dict[str, Any], case: str, status: int
) -> None:
    assert results[case][0] == status


def test_teams_with_the_key_server_down_asks_the_connector_to_retry(
        results: dict[str, Any]) -> None:
    """A valid token the channel cannot check yet: 503 (the Bot Connector retries), not a
    refusal and not a crash."""
    assert results["teams keys unreachable"][0] == 503
