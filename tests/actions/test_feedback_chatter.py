"""Chatter sent to the feedback form by the NLU ("ok nothing new to record today then", "👍",
"jonas too 👍" right after a call): nothing stored as feedback, a short reply; "X too" after
a call is that call's outcome for X, shown for a yes (checked in the database)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.feedback import ActionSaveFeedback, ValidateFeedbackForm
from actions.writes import ActionConfirmWrite
from knowledge.models.bank import Feedback
from tests.actions.conftest import make_tracker, new_calls, texts

FORM_DOMAIN = yaml.safe_load(
    (Path(__file__).parents[2] / "bot/domain/feedback.yml").read_text())


def _slots(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


async def _form(text: str, slots: dict[str, Any], entities: list[dict[str, Any]] | None = None,
                requested: str | None = None) -> tuple[list[str], dict[str, Any]]:
    latest = {"text": text, "intent": {"name": "log_feedback", "confidence": 0.9},
              "entities": entities or []}
    extracted = {"feedback_text": text}
    events = [{"event": "user", "text": text, "parse_data": latest, "input_channel": "rest"},
              {"event": "action", "name": "feedback_form"},
              *({"event": "slot", "name": k, "value": v} for k, v in extracted.items())]
    tracker = Tracker("A001", {**slots, "requested_slot": requested, **extracted}, latest,
                      events, False, None, {"name": "feedback_form"}, "feedback_form")
    dispatcher = CollectingDispatcher()
    got = _slots(await ValidateFeedbackForm().run(dispatcher, tracker, FORM_DOMAIN))
    saver = CollectingDispatcher()
    await ActionSaveFeedback().run(saver, make_tracker("A001", text, "log_feedback",
                                                       slots={**slots, **got}), {})
    return texts(dispatcher) + texts(saver), got


def _feedback(session: Session) -> list[Any]:
    session.expire_all()
    return list(session.scalars(select(Feedback)))


@pytest.mark.parametrize("text", ["ok nothing new to record today then", "👍🙂",
                                  "alles klar, danke!", "niente di nuovo oggi",
                                  "Thanks, all good from my side"])
async def test_chatter_stores_nothing_and_says_so_briefly(people: Session, text: str) -> None:
    said, _slots_set = await _form(text, {})
    assert said and all("Saved" not in s for s in said), said
    assert len(" ".join(said)) < 80, said
    assert _feedback(people) == [] and new_calls(people) == []


async def test_chatter_as_the_answer_to_what_the_customer_said_stores_nothing(
        people: Session) -> None:
    said, _ = await _form("ok thx 👍", {"feedback_customer": "C002"},
                          requested="feedback_text")
    assert _feedback(people) == [], said


@pytest.mark.parametrize("text", ["jonas too 👍", "Jonas Weber as well"])
async def test_x_too_after_a_call_is_that_calls_outcome_for_x_on_a_yes(
        people: Session, text: str) -> None:
    first = CollectingDispatcher()
    from actions.call_list import ActionLogCall

    events = await ActionLogCall().run(first, make_tracker(
        "A001", "maria keller reached", "log_call_outcome",
        entities=[{"entity": "customer_name", "value": "maria keller"}]), {})
    last = _slots(events)["last_write"]
    said, got = await _form(text, {"last_write": last},
                            [{"entity": "customer_name", "value": text.split()[0]}])
    assert any("Jonas Weber" in s and s.endswith("OK?") for s in said), said
    assert new_calls(people) == [("C001", "reached", None)]
    await ActionConfirmWrite().run(CollectingDispatcher(), make_tracker(
        "A001", "yes", "affirm", slots={"pending_write": got["pending_write"]}), {})
    assert new_calls(people) == [("C001", "reached", None), ("C002", "reached", None)]
    assert _feedback(people) == []
