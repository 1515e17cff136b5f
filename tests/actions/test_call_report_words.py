"""Call reports in words the NLU may send elsewhere ("left a msg for X" as out of scope, "pls
log: X, line busy" into the feedback form, "X - she's keen!! no date yet" as a lookup): the
call their words state, shown for a yes and stored only on it; never feedback, never a
customer called "line"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.feedback import ValidateFeedbackForm
from actions.profile import ActionCustomerProfile
from actions.writes import ActionConfirmWrite, ActionOutOfScope
from knowledge.feedback.service import DROPPED
from knowledge.models.bank import Feedback, Interaction, InteractionKind
from tests.actions.conftest import make_tracker, texts

FORM_DOMAIN = yaml.safe_load(
    (Path(__file__).parents[2] / "bot/domain/feedback.yml").read_text())


def _calls(session: Session) -> list[tuple[str, str, str | None]]:
    session.expire_all()  # what the actions' own transactions committed
    rows = session.scalars(select(Interaction).where(Interaction.kind == InteractionKind.call))
    return sorted((r.customer_id, r.outcome.value,
                   r.follow_up_on.isoformat() if r.follow_up_on else None) for r in rows)


async def _yes(slots: dict[str, Any]) -> list[str]:
    dispatcher = CollectingDispatcher()
    await ActionConfirmWrite().run(dispatcher, make_tracker(
        "A001", "yes", "affirm", slots={"pending_write": slots["pending_write"]}), {})
    return texts(dispatcher)


def _slots(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


@pytest.mark.parametrize("text", ["left a msg for jonas weber",
                                  "left him a message, jonas weber",
                                  "termin mit jonas weber übermorgen"])
async def test_a_call_report_read_as_out_of_scope_is_shown_then_stored_on_yes(
        people: Session, text: str) -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionOutOfScope().run(dispatcher, make_tracker("A001", text, "out_of_scope"),
                                          {})
    [said] = texts(dispatcher)
    assert "Jonas Weber (C002)" in said and said.endswith("OK?"), said
    assert _calls(people) == []  # nothing before the yes
    await _yes(_slots(events))
    expected = ("follow_up", "2026-11-25") if "termin" in text else ("no_answer", None)
    assert _calls(people) == [("C002", *expected)]


async def test_a_real_out_of_scope_request_gets_the_out_of_scope_answer(people: Session
                                                                        ) -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionOutOfScope().run(
        dispatcher, make_tracker("A001", "transfer 100 euros to my colleague", "out_of_scope"),
        {})
    assert events == [] and dispatcher.messages[-1].get("response") == "utter_out_of_scope"
    assert _calls(people) == []


async def test_line_busy_sent_to_the_feedback_form_is_a_call_not_feedback_nor_a_line(
        people: Session) -> None:
    text = "@bot pls log: jonas weber, line busy"
    latest = {"text": text, "intent": {"name": "log_feedback", "confidence": 0.9},
              "entities": [{"entity": "customer_name", "value": "line"}]}
    extracted = {"feedback_customer": "line", "feedback_text": text}
    events = [{"event": "user", "text": text, "parse_data": latest, "input_channel": "rest"},
              {"event": "action", "name": "feedback_form"},
              *({"event": "slot", "name": k, "value": v} for k, v in extracted.items())]
    tracker = Tracker("A001", {"requested_slot": None, **extracted}, latest, events, False, None,
                      {"name": "feedback_form"}, "feedback_form")
    dispatcher = CollectingDispatcher()
    slots = _slots(await ValidateFeedbackForm().run(dispatcher, tracker, FORM_DOMAIN))
    said = texts(dispatcher)
    assert any("Jonas Weber (C002): no answer" in s and s.endswith("OK?") for s in said), said
    assert not any("“line”" in s for s in said)
    await _yes(slots)
    assert _calls(people) == [("C002", "no_answer", None)]
    assert not people.scalars(select(Feedback)).all()


async def test_keen_with_no_date_read_as_a_lookup_is_an_undated_follow_up(people: Session
                                                                          ) -> None:
    text = "Jonas Weber - he's keen!! no date yet"
    dispatcher = CollectingDispatcher()
    events = await ActionCustomerProfile().run(dispatcher, make_tracker(
        "A001", text, "ask_profile", entities=[{"entity": "customer_name",
                                                "value": "Jonas Weber"}]), {})
    [said] = texts(dispatcher)
    assert "Jonas Weber (C002): follow up" in said and said.endswith("OK?"), said
    assert _calls(people) == []
    await _yes(_slots(events))
    assert _calls(people) == [("C002", "follow_up", None)]  # no date made up


async def test_a_call_with_feedback_in_it_says_the_feedback_was_not_saved(people: Session
                                                                          ) -> None:
    from actions.writes import ActionFallback

    dispatcher = CollectingDispatcher()
    events = await ActionFallback().run(dispatcher, make_tracker(
        "A001", "jonas weber - reached, and he moaned about the fees, log that as feedback",
        "nlu_fallback"), {})
    [said] = texts(dispatcher)
    assert "feedback in your message is not saved" in said and said.endswith("OK?"), said
    await _yes(_slots(events))
    assert _calls(people) == [("C002", "reached", None)]
    assert not people.scalars(select(Feedback)).all()  # never stored as feedback unasked


async def _to_the_feedback_form(text: str, customer: str | None) -> tuple[list[str], dict]:
    latest = {"text": text, "intent": {"name": "log_feedback", "confidence": 0.9},
              "entities": []}
    extracted = {"feedback_customer": customer, "feedback_text": text}
    events = [{"event": "user", "text": text, "parse_data": latest, "input_channel": "rest"},
              {"event": "action", "name": "feedback_form"},
              *({"event": "slot", "name": k, "value": v} for k, v in extracted.items())]
    tracker = Tracker("A001", {"requested_slot": None, **extracted}, latest, events, False, None,
                      {"name": "feedback_form"}, "feedback_form")
    dispatcher = CollectingDispatcher()
    slots = _slots(await ValidateFeedbackForm().run(dispatcher, tracker, FORM_DOMAIN))
    return texts(dispatcher), slots


@pytest.mark.parametrize(("text", "customer"), [
    ("pedro alves (4) - sold him a 12m term deposit for the one maturing", "pedro alves"),
    ("maria keller, we sold her the isa", "maria keller"),
    ("li wei opened a 24m term deposit, 15k", "li wei"),
    ("ingrid dahl hat einen Ratenkredit abgeschlossen", "ingrid dahl"),
])
async def test_the_advisors_own_sale_sent_to_the_feedback_form_is_no_feedback(
        people: Session, text: str, customer: str) -> None:
    said, slots = await _to_the_feedback_form(text, customer)
    if any(s.endswith("OK?") for s in said):
        await _yes(slots)
    assert not people.scalars(select(Feedback)).all(), said
    assert [outcome for _, outcome, _ in _calls(people)] == ["sale"], said


async def test_a_customer_telling_of_a_sale_is_still_their_statement(people: Session) -> None:
    said, slots = await _to_the_feedback_form(
        "maria keller says the bank sold her a card she never wanted", "maria keller")
    assert slots.get("feedback_text") not in (None, DROPPED) or any(
        "Maria Keller" in s for s in said), said
    assert _calls(people) == [], said
