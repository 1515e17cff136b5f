"""A call report that names the customer by one part of the name only ("marco wants to meet
thursday", "rui reached", "gallo no answer"): when exactly one customer of the advisor's book
has that first name or surname and the message names nobody else, the call is shown for a
yes with the full name ("did you mean Marco Gallo?"), never stored at once; two such
customers, another book's full name or a near-miss surname alongside are still a choice."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from knowledge.models.bank import Customer, Outcome, Role, Staff
from knowledge.writes.dispatch import store
from tests.actions.conftest import logged_calls, make_tracker, payloads, texts


@pytest.fixture
def book(people: Session) -> Session:
    people.add(Staff(id="A002", name="Otto Brandt", branch_id="B1", role=Role.advisor))
    people.add_all([
        Customer(id="C000016", name="Marco Gallo", advisor_id="A001"),
        Customer(id="C000026", name="Rui Pereira", advisor_id="A001"),
        Customer(id="C000031", name="Lena Strand", advisor_id="A001"),
        Customer(id="C000032", name="Lena Fischer", advisor_id="A001"),
        Customer(id="C000240", name="Marco Rossi", advisor_id="A002"),
    ])
    people.commit()
    return people


async def _run(text: str, name: str | None = None) -> tuple[list[str], dict[str, Any] | None]:
    dispatcher = CollectingDispatcher()
    entities = [{"entity": "customer_name", "value": name}] if name else []
    await ActionLogCall().run(dispatcher, make_tracker("A001", text, "log_call_outcome",
                                                       entities=entities), {})
    shown = [p["write"] for p in payloads(dispatcher) if p.get("type") == "confirm_write"]
    return texts(dispatcher), (shown[0] if shown else None)


@pytest.mark.parametrize(("text", "name", "stored"), [
    ("marco wants to meet thursday", "marco", ("C000016", Outcome.follow_up,
                                               dt.date(2026, 11, 26))),
    ("rui reached", None, ("C000026", Outcome.reached, None)),
    ("Rui - no answer", "Rui", ("C000026", Outcome.no_answer, None)),
    ("gallo not interested", "gallo", ("C000016", Outcome.not_interested, None)),
    ("spoke to pereira, all fine", None, ("C000026", Outcome.reached, None)),
])
async def test_one_customer_with_that_name_is_shown_by_full_name_and_stored_on_yes(
        book: Session, text: str, name: str | None, stored: tuple) -> None:
    said, write = await _run(text, name)
    assert write is not None and write["customer_id"] == stored[0], said
    assert "did you mean" in said[-1] and logged_calls(book) == []
    store(session=book, staff=book.get(Staff, "A001"), write=write)
    assert logged_calls(book) == [stored]


@pytest.mark.parametrize("text", ["lena reached", "marco rossi reached",
                                  "marco rosso wants to meet thursday"])
async def test_two_of_that_name_or_another_name_alongside_is_never_shown_for_a_yes(
        book: Session, text: str) -> None:
    _said, write = await _run(text)
    assert write is None and logged_calls(book) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Sent her the forms. She said she'd think about it", "She"),
    ("Called her back. She is happy with the offer", "She"),
    ("Rang him. He said he'd sleep on it", "He"),
])
async def test_a_pronoun_the_nlu_took_for_a_name_points_at_the_customer_in_focus(
        book: Session, text: str, name: str) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("A001", text, "log_call_outcome",
                           entities=[{"entity": "customer_name", "value": name}],
                           slots={"focus_customer": "C000026"})
    await ActionLogCall().run(dispatcher, tracker, {})
    shown = [p["write"] for p in payloads(dispatcher) if p.get("type") == "confirm_write"]
    assert shown and shown[0]["customer_id"] == "C000026", texts(dispatcher)
    assert "Rui Pereira" in texts(dispatcher)[-1] and logged_calls(book) == []


async def _answer(text: str, pending: dict[str, Any], intent: str, name: str | None = None
                  ) -> tuple[list[str], list[dict[str, Any]]]:
    from actions.writes import ActionConfirmWrite

    action = ActionLogCall() if intent == "log_call_outcome" else ActionConfirmWrite()
    dispatcher = CollectingDispatcher()
    entities = [{"entity": "customer_name", "value": name}] if name else []
    await action.run(dispatcher, make_tracker("A001", text, intent, entities=entities,
                                              slots={"pending_write": pending}), {})
    return texts(dispatcher), payloads(dispatcher)


@pytest.mark.parametrize("intent", ["log_call_outcome", "affirm"])
async def test_a_yes_with_a_new_date_stores_the_call_with_it(book: Session,
                                                              intent: str) -> None:
    _said, first = await _run("marco wants to meet thursday", "marco")
    assert first is not None and logged_calls(book) == []
    said, _shown = await _answer("sure but change the date to friday", first, intent)
    # today is Monday 23 November: Friday the 27th, not Thursday the 26th
    assert logged_calls(book) == [("C000016", Outcome.follow_up, dt.date(2026, 11, 27))], said
    assert "2026-11-27" in said[-1]


@pytest.mark.parametrize("intent", ["log_call_outcome", "affirm"])
async def test_a_yes_and_another_report_stores_both(book: Session, intent: str) -> None:
    _said, first = await _run("rui reached")
    said, _shown = await _answer("yes and also log lena strand no answer", first, intent,
                                 name="lena strand")
    assert logged_calls(book) == [("C000026", Outcome.reached, None),
                                  ("C000031", Outcome.no_answer, None)], said


@pytest.mark.parametrize("answer", ["yes but early next month", "sure but make it end of month"])
async def test_a_yes_with_a_span_for_the_new_date_shows_the_day_picked(book: Session,
                                                                      answer: str) -> None:
    _said, first = await _run("marco wants to meet thursday", "marco")
    said, shown = await _answer(answer, first, "log_call_outcome")
    write = [p["write"] for p in shown if p.get("type") == "confirm_write"]
    assert write and write[0]["follow_up_on"] != first["follow_up_on"], said
    assert logged_calls(book) == []
