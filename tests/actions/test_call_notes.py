"""Call notes as advisors paste them from a CRM, through the actions, checked in the
database: shorthand ("LVM", "NI", "f/u nxt wk"), a weekday with its date ("wed 2 dec"), an
outcome the same message takes back, a plan or a question that is no call, "disregard"
after a write, "make that 30.11." read as a rate change, a rate size taken back."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall, ActionRecordRateEvent
from actions.writes import ActionFallback, ActionOutOfScope
from knowledge.models.bank import Interaction, MarketEvent, Outcome, Staff
from knowledge.writes.dispatch import store
from tests.actions.conftest import logged_calls, make_tracker, payloads, texts

# Today is Monday 2026-11-23: "wed 2 dec" and "fri 4th" are 2026-12-02 and 2026-12-04.


async def _run(action: Any, text: str, *, intent: str = "log_call_outcome",
               last: dict[str, Any] | None = None, sender: str = "A001",
               pending: dict[str, Any] | None = None) -> tuple[list[str], list[dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    await action.run(dispatcher, make_tracker(sender, text, intent, slots={
        "last_write": last, "pending_write": pending}), {})
    return texts(dispatcher), payloads(dispatcher)




def _shown(said: list[str], shown: list[dict[str, Any]]) -> dict[str, Any]:
    assert said[-1].rstrip().endswith("OK?"), said
    [confirm] = [p for p in shown if p.get("type") == "confirm_write"]
    return confirm["write"]


@pytest.mark.parametrize(("text", "stored"), [
    ("LVM maria keller", ("C001", Outcome.no_answer, None)),
    ("NI - jonas weber", ("C002", Outcome.not_interested, None)),
    ("maria keller n/a", ("C001", Outcome.no_answer, None)),
    ("f/u jonas weber nxt wk", ("C002", Outcome.follow_up, dt.date(2026, 11, 30))),
    ("appt w/ maria keller wed 2 dec", ("C001", Outcome.follow_up, dt.date(2026, 12, 2))),
    ("jonas weber wants an appointment fri 4th",
     ("C002", Outcome.follow_up, dt.date(2026, 12, 4))),
])
async def test_crm_shorthand_and_a_weekday_with_its_date_are_stored_as_said(
        people: Session, text: str, stored: tuple) -> None:
    await _run(ActionLogCall(), text)
    assert logged_calls(people) == [stored]


async def test_a_weekday_that_is_not_the_dates_is_asked_not_guessed(people: Session) -> None:
    said, _ = await _run(ActionLogCall(), "maria keller appt thu 4th")  # the 4th is a Friday
    assert "could not read the date" in said[-1] and logged_calls(people) == []


async def test_an_outcome_the_message_takes_back_is_shown_as_said_last(people: Session) -> None:
    said, shown = await _run(ActionLogCall(), "sold maria keller the fund no actually she only "
                                              "wants to think about it, f/u nxt wk")
    write = _shown(said, shown)
    assert (write["outcome"], write["follow_up_on"]) == ("follow_up", "2026-11-30")
    assert logged_calls(people) == []  # nothing stored before the yes; never the sale


@pytest.mark.parametrize("text", [
    "will call maria keller tomorrow",
    "need to cb jonas weber at some point this week",
    "is maria keller's complaint resolved yet?",
])
async def test_a_plan_or_a_question_logs_no_call_and_closes_nothing(
        people: Session, text: str) -> None:
    said, _ = await _run(ActionLogCall(), text)
    assert "nothing was logged" in said[-1]
    people.expire_all()
    assert logged_calls(people) == []
    assert people.get(Interaction, "I1").outcome is Outcome.open  # the complaint stays open


def _stored_call(session: Session, follow_up: str | None = None) -> dict[str, Any]:
    write = {"kind": "call", "customer_id": "C001", "name": "Maria Keller",
             "as_of": "2026-11-23", "outcome": "follow_up" if follow_up else "reached",
             "follow_up_on": follow_up, "close_complaint": False, "sale_of": None,
             "not_interested": False, "note": "maria keller"}
    answer = store(session=session, staff=session.get(Staff, "A001"), write=write)
    session.commit()
    return answer.slots["last_write"]


async def test_disregard_right_after_a_write_takes_it_back(people: Session) -> None:
    last = _stored_call(people)
    said, _ = await _run(ActionFallback(), "disregard", intent="nlu_fallback", last=last)
    assert said[-1].startswith("Undone") and logged_calls(people) == []


async def test_make_that_a_date_read_as_a_rate_change_corrects_the_calls_date(
        people: Session) -> None:
    last = _stored_call(people, "2026-11-25")
    await _run(ActionRecordRateEvent(), "make that 30.11.", intent="record_rate_event",
               last=last)
    assert logged_calls(people) == [("C001", Outcome.follow_up, dt.date(2026, 11, 30))]
    assert list(people.scalars(select(MarketEvent))) == []


async def test_a_rate_size_taken_back_is_the_one_shown(people: Session) -> None:
    said, shown = await _run(ActionRecordRateEvent(), "ecb raised 25bp today, no sorry it "
                             "was 50", intent="record_rate_event", sender="H001")
    assert _shown(said, shown)["delta_bp"] == 50
    people.expire_all()
    assert list(people.scalars(select(MarketEvent))) == []  # shown, stored only on a yes


@pytest.mark.parametrize(("answer", "stored"), [("passt", True), ("yep go", True), ("👍", True),
                                              ("nah leave it", False), ("no dont", False)])
@pytest.mark.parametrize(("action", "intent"), [(ActionFallback, "nlu_fallback"),
                                                (ActionOutOfScope, "out_of_scope")])
async def test_a_confirmation_answered_in_other_words_stores_or_drops_what_was_shown(
        people: Session, answer: str, stored: bool, action: type, intent: str) -> None:
    said, shown = await _run(ActionLogCall(), "sold maria keller the fund no actually she "
                                              "only wants to think about it, f/u nxt wk")
    write = _shown(said, shown)
    await _run(action(), answer, intent=intent, pending=write)
    assert logged_calls(people) == ([("C001", Outcome.follow_up, dt.date(2026, 11, 30))]
                              if stored else [])


async def test_a_follow_up_asked_for_in_the_correction_replaces_the_outcome(
        people: Session) -> None:
    write = {"kind": "call", "customer_id": "C001", "name": "Maria Keller",
             "as_of": "2026-11-23", "outcome": "not_interested", "follow_up_on": None,
             "close_complaint": False, "sale_of": None, "not_interested": True,
             "note": "maria keller NI"}
    last = store(session=people, staff=people.get(Staff, "A001"), write=write).slots["last_write"]
    people.commit()
    await _run(ActionLogCall(), "wait no - she wants a f/u EOM", last=last)
    assert logged_calls(people) == [("C001", Outcome.follow_up, dt.date(2026, 11, 30))]
