"""Payloads as Slack Block Kit and Teams Adaptive Cards: what an advisor would see."""

from __future__ import annotations

import json
from typing import Any

import pytest

from delivery.cards import SHOW_MORE, card_for
from delivery.messages import channel_messages
from delivery.slack import slack_message
from delivery.teams import ADAPTIVE_CARD, teams_message
from tests.fakes.slack import _valid_blocks


def _reason(code: str, text: str) -> dict[str, Any]:
    return {"code": code, "text": text, "urgency": 0.9, "since": "2026-11-10", "evidence": {}}


def call_list(n: int = 3, has_more: bool = True) -> dict[str, Any]:
    return {
        "type": "call_list", "advisor_id": "A001", "as_of": "2026-11-16", "page": 1, "offset": 0,
        "limit": 8,
        "total": n + 4, "has_more": has_more, "filters": {"reason": None, "tier": None},
        "items": [
            {"customer_id": f"C{i}", "name": f"Customer <{i}> & Co", "advisor_id": "A001",
             "score": 1.0, "tier": "high", "strategy": "maintain", "strategy_text": "",
             "score_parts": {}, "reasons": [
                 _reason("open_complaint", f"Complaint {i} is still open: call to close it."),
                 _reason("maturity", "A deposit matures."),
             ]}
            for i in range(1, n + 1)
        ],
    }


PROFILE = {
    "type": "customer_profile", "as_of": "2026-11-16",
    "who": {"customer_id": "C000039", "name": "Johanna Vogel", "age": 41,
            "occupation": "IT support technician", "city": "Offenbach",
            "customer_since": "1997-03-18", "years_with_bank": 29, "household": [],
            "channel_preference": "phone", "income_band": "40k_60k"},
    "value": {"tier": "high", "contribution": "2935.00", "contribution_trend": "-0.0184",
              "relationship_value": "371000.00", "strategy": "bring market information"},
    "holdings": {"lines": [{"product": "Fixed-rate mortgage", "category": "mortgage",
                            "balance": "-350800.00", "currency": "EUR",
                            "opened_on": "2010-06-16", "maturity_on": None,
                            "interest_rate": "3.45"}],
                 "by_category": [], "assets": "16200.00", "liabilities": "-354800.00",
                 "currency": "EUR"},
    "risk": {"profile": 3, "investment_preference": "income", "mismatches": []},
    "transactions": [],
    "contacts": {"last": [{"occurred_on": "2026-10-10", "kind": "complaint",
                           "channel": "email", "outcome": "open",
                           "note": "Card was blocked abroad.", "advisor": "Lena",
                           "follow_up_on": "2026-10-26"}],
                 "next_planned": None, "next_planned_note": None},
    "concerns": {"open_complaints": [], "recent_feedback": []},
    "events": [],
    "call_reasons": [{"code": "open_complaint", "text": "A complaint is still open.",
                      "evidence": {}}],
    "next_best_offer": None,
    "talking_points": ["Start with the open complaint."],
}

THEMES = {
    "type": "themes_summary", "period": "this month",
    "themes": [{"id": 1, "label": "App login fails", "keywords": ["login"], "status": "open",
                "size": 42, "emerging": False, "business_owner": "Max Mustermann",
                "solution_owner": None,
                "trend": {"current": 12, "previous": 5, "direction": "rising"},
                "cost": {"currency": "EUR", "total": 1234.5, "compensation": 200.0,
                         "handling": 525.0, "contacts": 42, "revenue_at_risk": 509.5,
                         "customers_at_risk": 2},
                "quotes": ["I cannot log in since the update"]}],
}


def _slack_text(message: dict[str, Any]) -> str:
    return json.dumps(message["blocks"], ensure_ascii=False)


def _card(message: dict[str, Any]) -> dict[str, Any]:
    (attachment,) = message["attachments"]
    assert attachment["contentType"] == ADAPTIVE_CARD
    return attachment["content"]


def _card_texts(card: dict[str, Any]) -> str:
    return json.dumps(card["body"], ensure_ascii=False)


def test_call_list_in_slack_is_blocks_with_each_customer_and_a_more_button() -> None:
    message = slack_message(card_for(call_list())  # type: ignore[arg-type]
                            , "Today's calls (7 in all): ...")
    assert message["text"] == "Today's calls (7 in all): ..."
    assert _valid_blocks(message["blocks"])
    assert message["blocks"][0] == {"type": "header", "text": {
        "type": "plain_text", "text": "Today's calls"}}
    text = _slack_text(message)
    for i in (1, 2, 3):
        # Slack's control characters are escaped, so a name cannot become a link or mention.
        assert f"*{i}. Customer &lt;{i}&gt; &amp; Co · high tier*" in text
        assert f"Complaint {i} is still open" in text
    assert "Also: maturity." in text
    assert "Monday 16 November 2026" in text
    (button,) = message["blocks"][-1]["elements"]
    assert button["value"] == SHOW_MORE


def test_call_list_in_teams_is_an_adaptive_card_with_an_imback_button() -> None:
    card = _card(teams_message(card_for(call_list()), "fallback"))  # type: ignore[arg-type]
    assert card["type"] == "AdaptiveCard" and card["version"] == "1.4"
    assert card["fallbackText"] == "fallback"
    body = _card_texts(card)
    assert "1. Customer <1> & Co · high tier" in body
    assert "Complaint 3 is still open" in body
    (action,) = card["actions"]
    assert action["data"] == {"msteams": {"type": "imBack", "value": SHOW_MORE}}


def test_last_page_has_no_more_button_and_empty_list_says_so() -> None:
    message = slack_message(card_for(call_list(2, has_more=False)), "x")  # type: ignore[arg-type]
    assert all(block["type"] != "actions" for block in message["blocks"])
    empty = slack_message(card_for(call_list(0, has_more=False)), "x")  # type: ignore[arg-type]
    assert "Nobody to call today" in _slack_text(empty)


def test_profile_card_shows_value_holdings_contacts_and_talking_points() -> None:
    slack = _slack_text(slack_message(card_for(PROFILE), "p"))  # type: ignore[arg-type]
    teams = _card_texts(_card(teams_message(card_for(PROFILE), "p")))  # type: ignore[arg-type]
    for rendered in (slack, teams):
        assert "Johanna Vogel (C000039)" in rendered
        assert "€2,935 a year (down 2% over 12 months)" in rendered
        assert "€371,000" in rendered
        assert "Fixed-rate mortgage: -€350,800" in rendered
        assert "Card was blocked abroad." in rendered
        assert "Start with the open complaint." in rendered
    assert _valid_blocks(slack_message(card_for(PROFILE), "p")["blocks"])  # type: ignore[arg-type]


def test_theme_summary_card_names_cost_trend_and_owners() -> None:
    message = slack_message(card_for(THEMES), "themes")  # type: ignore[arg-type]
    text = _slack_text(message)
    assert "What customers are saying" in text
    assert "*App login fails*" in text
    assert "42 statements" in text and "12 this period vs 5 before (rising)" in text
    assert "cost €1,234" in text  # whole euros at a glance
    assert "Business owner: Max Mustermann" in text
    assert "I cannot log in since the update" in text
    card = _card(teams_message(card_for(THEMES), "themes"))  # type: ignore[arg-type]
    assert "App login fails" in _card_texts(card)


def test_a_long_list_stays_within_slack_limits() -> None:
    message = slack_message(card_for(call_list(40)), "x" * 5000)  # type: ignore[arg-type]
    assert _valid_blocks(message["blocks"])
    assert len(message["text"]) <= 3000


def test_rest_gets_texts_then_payloads_unchanged() -> None:
    payload = call_list()
    assert channel_messages("rest", ["Today's calls"], [payload]) == [
        {"text": "Today's calls"}, {"json_message": payload}]
    assert channel_messages(None, ["a"], []) == [{"text": "a"}]


@pytest.mark.parametrize("channel", ["slack", "botframework"])
def test_rich_channels_get_one_card_instead_of_text_and_json(channel: str) -> None:
    (message,) = channel_messages(channel, ["Today's calls (7 in all)"], [call_list()])
    rich = message["json_message"]
    if channel == "slack":
        assert rich["text"] == "Today's calls (7 in all)" and rich["blocks"]
    else:
        assert rich["type"] == "message" and _card(rich)["body"]


def test_a_payload_without_a_card_leaves_the_plain_text_on_rich_channels() -> None:
    logged = {"type": "call_logged", "interaction_id": 7, "customer_id": "C1",
              "outcome": "reached"}
    assert card_for(logged) is None
    assert channel_messages("slack", ["Logged your call."], [logged]) == [
        {"text": "Logged your call."}]


def test_a_list_is_shown_by_its_type_not_by_the_fields_it_happens_to_have() -> None:
    # A what-if carries `items` like a call list, but no card pretends it is one.
    what_if = {"type": "rate_what_if", "hypothetical": True, "delta_bp": -25,
               "items": [{"customer_id": "C1", "name": "A"}], "advisor_id": "A001"}
    assert card_for(what_if) is None
    untyped = {key: value for key, value in call_list().items() if key != "type"}
    assert card_for(untyped) is None
    costliest = {**THEMES, "type": "themes_costliest"}
    assert card_for(costliest).title == "The costliest problems"  # type: ignore[union-attr]
    assert card_for(THEMES).title == "What customers are saying"  # type: ignore[union-attr]
