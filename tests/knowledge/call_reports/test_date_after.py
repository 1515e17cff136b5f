"""The day of a meeting said in the message after a meeting logged without one is that
meeting's date: shown for a yes, replacing the call on the yes (one call, audited), never a
question about the customer and never a second call. Anything more than a date is not read so."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.call_reports.call_writes import log_call_answer
from knowledge.call_reports.date_after import date_of_undated_meeting
from knowledge.models.bank import Interaction, InteractionKind, Outcome, Staff, WriteReversal
from knowledge.writes.dispatch import store
from tests.knowledge.call_list.factory import AS_OF, customer

pytestmark = pytest.mark.usefixtures("conversation_today")  # the chat's today: AS_OF

# AS_OF is Monday 2026-06-15.


@pytest.fixture
def book(bank: Session) -> Session:
    customer(bank, "C000811", "Noor Bakker")
    customer(bank, "C000812", "Felix Amann")
    return bank


def _last(session: Session, text: str) -> dict:
    answer = log_call_answer(session=session, staff=session.get(Staff, "A1"), as_of=AS_OF,
                             name=None, customer_id=None, outcome=None, follow_up=None, text=text)
    if answer.text.endswith("OK?"):
        store(session=session, staff=session.get(Staff, "A1"),
              write=answer.slots["pending_write"])
        return {"kind": "call", "id": session.scalars(select(Interaction.id).where(
            Interaction.kind == InteractionKind.call)).one(),
            "write": answer.slots["pending_write"]}
    assert answer.text.startswith("Logged"), answer.text
    return answer.slots["last_write"]


def _calls(session: Session) -> list[tuple[str, Outcome, dt.date | None]]:
    rows = session.scalars(select(Interaction).where(Interaction.kind == InteractionKind.call))
    return sorted((r.customer_id, r.outcome, r.follow_up_on) for r in rows)


@pytest.mark.parametrize(("text", "day"), [
    ("wed the 24th", dt.date(2026, 6, 24)),
    ("in 3 weeks, afternoon", dt.date(2026, 7, 6)),
    ("friday at 2pm", dt.date(2026, 6, 19)),
    ("il 30 giugno alle 10", dt.date(2026, 6, 30)),
    ("am 22.6. um 9 uhr", dt.date(2026, 6, 22)),
])
def test_a_date_alone_after_a_meeting_without_one_dates_that_meeting(
        book: Session, text: str, day: dt.date) -> None:
    last = _last(book, "noor bakker would like an appointment")
    assert _calls(book) == [("C000811", Outcome.follow_up, None)]
    shown = date_of_undated_meeting(session=book, staff=book.get(Staff, "A1"), text=text,
                                    last=last)
    assert shown is not None and shown.text.endswith("OK?") and "Noor Bakker" in shown.text
    assert _calls(book) == [("C000811", Outcome.follow_up, None)]  # nothing before the yes
    store(session=book, staff=book.get(Staff, "A1"), write=shown.slots["pending_write"])
    assert _calls(book) == [("C000811", Outcome.follow_up, day)]
    assert [r.customer_id for r in book.scalars(select(WriteReversal))] == ["C000811"]


@pytest.mark.parametrize("text", ["felix amann friday", "no answer on friday",
                                  "friday or monday", "she also wants the brochure friday",
                                  "thanks"])
def test_more_than_a_date_is_not_read_as_the_meetings_date(book: Session, text: str) -> None:
    last = _last(book, "noor bakker would like an appointment")
    assert date_of_undated_meeting(session=book, staff=book.get(Staff, "A1"), text=text,
                                   last=last) is None


def test_a_meeting_with_a_date_or_a_call_that_was_no_meeting_is_not_dated_again(
        book: Session) -> None:
    staff = book.get(Staff, "A1")
    dated = _last(book, "noor bakker wants a meeting on the 18th")
    assert date_of_undated_meeting(session=book, staff=staff, text="the 19th", last=dated) is None
    reached = _last(book, "felix amann reached, all fine")
    assert date_of_undated_meeting(session=book, staff=staff, text="the 19th",
                                   last=reached) is None


@pytest.mark.parametrize("text", ["#2 friday", "nr 3 tomorrow", "2 on friday"])
def test_a_place_or_a_number_beside_the_date_is_not_the_meetings_date(book: Session,
                                                                      text: str) -> None:
    last = _last(book, "noor bakker would like an appointment")
    assert date_of_undated_meeting(session=book, staff=book.get(Staff, "A1"), text=text,
                                   last=last) is None
