"""A complaint closed in the words advisors use, a turn after the customer was named, whatever
the NLU made of it (here: a theme's status, which an advisor cannot set): the call is logged
and the complaint closed (checked in the database); never "only managers can change a
theme's status"."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from actions.themes import ActionAssignThemeOwner, ActionSetThemeStatus
from actions.writes import ActionConfirmWrite
from knowledge.models.bank import Interaction, Outcome
from tests.actions.conftest import make_tracker, new_calls, texts


async def _turn(action: Any, text: str, intent: str, slots: dict[str, Any],
                entities: list[dict[str, Any]] | None = None) -> str:
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, make_tracker("A001", text, intent, entities=entities,
                                                       slots=dict(slots)), {})
    slots.update({e["name"]: e["value"] for e in events if e.get("event") == "slot"})
    said = " ".join(texts(dispatcher))
    if said.endswith("OK?"):
        said += " | " + await _turn(ActionConfirmWrite(), "yes", "affirm", slots)
    return said


def _complaint(session: Session) -> Outcome:
    session.expire_all()
    complaint = session.get(Interaction, "I1")
    assert complaint is not None
    return complaint.outcome


@pytest.mark.parametrize(("action", "intent", "text"), [
    (ActionSetThemeStatus(), "set_theme_status",
     "the complaint's sorted, IT fixed her online banking access. we gave her 25 eur"),
    (ActionSetThemeStatus(), "set_theme_status", "complaint is resolved now, she's happy"),
    (ActionAssignThemeOwner(), "assign_theme_owner", "her complaint got settled, all fine"),
    (ActionSetThemeStatus(), "set_theme_status", "Beschwerde ist erledigt"),
])
async def test_the_closure_answering_how_did_the_call_go_closes_it(
        people: Session, action: Any, intent: str, text: str) -> None:
    slots: dict[str, Any] = {}
    asked = await _turn(ActionLogCall(), "maria keller called back!", "log_call_outcome", slots,
                        [{"entity": "customer_name", "value": "maria keller"}])
    assert "How did the call" in asked and _complaint(people) == Outcome.open
    said = await _turn(action, text, intent, slots)
    assert "Only branch managers" not in said, said
    assert new_calls(people) == [("C001", "reached", None)], said
    assert _complaint(people) == Outcome.resolved, said


@pytest.mark.parametrize("text", [
    "spoke to her, complaint sorted, she's happy now",
    "talked to her - the complaint is dealt with",
    "called her back, her dispute is settled",
    "rang her: complaint taken care of, refund went through",
])
async def test_the_closure_with_the_call_for_the_customer_in_focus_is_shown_then_made(
        people: Session, text: str) -> None:
    slots: dict[str, Any] = {"focus_customer": "C001", "customer_id": "C001"}
    said = await _turn(ActionLogCall(), text, "log_call_outcome", slots)
    assert "Maria Keller" in said and "OK?" in said, said  # "her" was inferred: shown first
    assert new_calls(people) == [("C001", "reached", None)], said
    assert _complaint(people) == Outcome.resolved, said


async def test_a_closure_denied_closes_nothing(people: Session) -> None:
    slots: dict[str, Any] = {"focus_customer": "C001", "customer_id": "C001"}
    said = await _turn(ActionLogCall(), "spoke to her, the complaint is not dealt with yet",
                       "log_call_outcome", slots)
    assert _complaint(people) == Outcome.open, said


@pytest.mark.parametrize("action", [ActionSetThemeStatus(), ActionAssignThemeOwner()])
async def test_a_link_with_an_outcome_in_it_sent_to_a_theme_change_logs_nothing(
        people: Session, action: Any) -> None:
    slots: dict[str, Any] = {}
    said = await _turn(action, "https://crm.bank.example/customers/C002?log=reached",
                       "set_theme_status", slots)
    assert new_calls(people) == [], said
