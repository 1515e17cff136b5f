"""A call and what the customer said in one message, through the call action, checked in
the database: the call stored, the statement shown as that customer's feedback and saved on
the yes (the advisor's "pls log as fb" left out); no statement kept without the yes."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from knowledge.models.bank import Feedback, Interaction, InteractionKind, Outcome, Staff
from knowledge.writes.dispatch import store
from tests.actions.conftest import payloads, texts


async def _log(text: str) -> tuple[list[str], list[dict[str, Any]]]:
    latest = {"text": text, "intent": {"name": "log_call_outcome", "confidence": 0.9},
              "entities": []}
    tracker = Tracker("A001", {}, latest, [{"event": "user", "text": text, "parse_data": latest,
                                            "input_channel": "rest"}], False, None, {},
                      "action_listen")
    dispatcher = CollectingDispatcher()
    await ActionLogCall().run(dispatcher, tracker, {})
    return texts(dispatcher), payloads(dispatcher)


def _state(session: Session) -> tuple[list[tuple[str, Outcome]], list[tuple[str, str]]]:
    session.expire_all()
    calls = [(i.customer_id, i.outcome) for i in session.scalars(
        select(Interaction).where(Interaction.kind == InteractionKind.call))]
    return calls, [(f.customer_id, f.text) for f in session.scalars(select(Feedback))]


async def test_the_call_is_stored_and_the_statement_shown_then_saved_on_yes(
        people: Session) -> None:
    said, shown = await _log("spoke to maria keller, reached. she said the app login is a "
                             "nightmare - pls log as fb")
    [write] = [p["write"] for p in shown if p.get("type") == "confirm_write"]
    assert said[-1].endswith("OK?") and write["kind"] == "feedback"
    assert _state(people) == ([("C001", Outcome.reached)], [])  # the statement waits
    store(session=people, staff=people.get(Staff, "A001"), write=write)
    assert _state(people) == ([("C001", Outcome.reached)],
                              [("C001", "The app login is a nightmare")])


async def test_a_call_without_a_request_for_feedback_stores_only_the_call(
        people: Session) -> None:
    _said, shown = await _log("spoke to maria keller, reached. she said she is fine")
    assert not [p for p in shown if p.get("type") == "confirm_write"]
    assert _state(people) == ([("C001", Outcome.reached)], [])
