"""A follow-up asked for or booked in words the NLU takes for a list request or a pick-list
("rita martins would like a call on monday", "pencil in X for 25/11", "book X in for
thursday"): logged for the one customer named, with the date said; nothing on a guess."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.call_reports.booked import asks_for_a_follow_up, booked_follow_up
from knowledge.models.bank import Interaction, InteractionKind, Outcome, Staff
from tests.knowledge.call_list.factory import AS_OF, customer

# AS_OF is Monday 2026-06-15.


@pytest.fixture
def book(bank: Session) -> Session:
    customer(bank, "C000101", "Hanna Wagner")
    customer(bank, "C000104", "Matthias Xu")
    customer(bank, "C000105", "Liu Strand")
    customer(bank, "C000106", "Liu Berger")
    customer(bank, "C000201", "Rita Martins", advisor="A2")  # another advisor's customer
    return bank


def _book(session: Session, text: str, focus: str | None = None):
    return booked_follow_up(session=session, staff=session.get(Staff, "A1"), as_of=AS_OF,
                            text=text, focus=focus, last_write=None)


def _calls(session: Session) -> list[tuple[str, Outcome, dt.date | None]]:
    rows = session.scalars(select(Interaction).where(Interaction.kind == InteractionKind.call))
    return [(r.customer_id, r.outcome, r.follow_up_on) for r in rows]


@pytest.mark.parametrize(("text", "day"), [
    ("hanna wagner would like a call on monday", dt.date(2026, 6, 22)),
    ("Hanna Wagner wants a callback tmrw", dt.date(2026, 6, 16)),
    ("pencil in hanna wagner for 25/6", dt.date(2026, 6, 25)),
    ("book hanna wagner in for thursday", dt.date(2026, 6, 18)),
    ("pencil C000101 in for the 3rd", dt.date(2026, 7, 3)),
])
def test_a_dated_request_of_one_named_customer_is_logged_at_once(book: Session, text: str,
                                                                 day: dt.date) -> None:
    answer = _book(book, text)
    assert answer is not None and answer.text.startswith("Logged"), answer
    assert _calls(book) == [("C000101", Outcome.follow_up, day)]


def test_a_request_without_a_date_is_shown_before_it_is_stored(book: Session) -> None:
    answer = _book(book, "matthias xu wants a callback")
    assert answer is not None and answer.text.endswith("OK?"), answer
    assert answer.payload["write"]["outcome"] == "follow_up"
    assert _calls(book) == []


@pytest.mark.parametrize("text", [
    "liu wants a call on monday",                 # two Lius: not one customer
    "rita martins would like a call on monday",   # another advisor's customer
    "pencil in somebody for friday",              # nobody named
    "who would like a call on monday?",           # a question
    "show my call list",                          # the list itself
])
def test_no_follow_up_is_logged_without_one_customer_of_the_book(book: Session,
                                                                  text: str) -> None:
    assert _book(book, text) is None
    assert _calls(book) == []


@pytest.mark.parametrize(("text", "asks"), [
    ("who should I call today?", False), ("my call list pls", False),
    ("customers in my book in vienna", False), ("X would like a meeting next week", True),
    ("pencil X in", True), ("book X in for thursday", True),
])
def test_only_requests_for_a_call_or_meeting_are_read_as_one(text: str, asks: bool) -> None:
    assert asks_for_a_follow_up(text) is asks
