"""A complaint's closure across turns: nothing open means nothing written; "still open" after
a closure takes it back (audited, the complaint open again); "close it" after a call with an
open complaint shows the call with the closure for a yes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.call_reports.call_writes import log_call_answer
from knowledge.call_reports.complaint_turns import closure_of_last_call, reopened_after_closure
from knowledge.models.bank import Interaction, InteractionKind, Outcome, Staff, WriteReversal
from knowledge.writes.dispatch import store
from tests.knowledge.call_list.factory import AS_OF, customer, interaction


@pytest.fixture
def book(bank: Session) -> Session:
    customer(bank, "C000401", "Oskar Lind")     # an open complaint
    customer(bank, "C000402", "Sofia Greco")    # none
    interaction(bank, "C000401", AS_OF - dt.timedelta(days=9), InteractionKind.complaint,
                Outcome.open)
    return bank


def _staff(session: Session) -> Staff:
    return session.get(Staff, "A1")


def _say(session: Session, text: str, last: dict | None = None):
    return log_call_answer(session=session, staff=_staff(session), as_of=AS_OF, name=None,
                           customer_id=None, outcome=None, follow_up=None, text=text,
                           last_write=last)


def _calls(session: Session) -> list[tuple[str, Outcome]]:
    rows = session.scalars(select(Interaction).where(Interaction.kind == InteractionKind.call))
    return sorted((r.customer_id, r.outcome) for r in rows)


def _complaint(session: Session) -> Outcome:
    return session.scalars(select(Interaction.outcome).where(
        Interaction.kind == InteractionKind.complaint)).one()


@pytest.mark.parametrize("text", [
    "close the complaint for sofia greco",
    "Sofia Greco's complaint is resolved",
    "pls mark sofia greco complaint as closed",
])
def test_closing_a_complaint_nobody_has_open_writes_nothing_and_says_so(
        book: Session, text: str) -> None:
    answer = _say(book, text)
    assert "no open complaint" in answer.text and "nothing was logged" in answer.text, answer
    assert not answer.slots.get("pending_write")
    assert _calls(book) == []


def test_a_call_reported_with_the_closure_is_still_a_call(book: Session) -> None:
    answer = _say(book, "spoke to sofia greco, complaint sorted")
    assert answer.text.startswith("Logged"), answer.text
    assert _calls(book) == [("C000402", Outcome.reached)]


@pytest.mark.parametrize("text", [
    "oh wait no, it's still open",
    "hmm actually IT hasn't fixed it yet",
    "sorry, not resolved yet",
    "nope still pending",
])
def test_still_open_after_a_closure_takes_the_closure_back(book: Session, text: str) -> None:
    last = _say(book, "oskar lind's complaint is resolved").slots["last_write"]
    assert _complaint(book) is Outcome.resolved
    answer = reopened_after_closure(session=book, staff=_staff(book), text=text, last=last)
    assert answer is not None and "open again" in answer.text, answer
    assert _complaint(book) is Outcome.open
    assert _calls(book) == []
    assert [r.customer_id for r in book.scalars(select(WriteReversal))] == ["C000401"]


def test_still_open_after_a_call_that_closed_nothing_is_not_a_reversal(book: Session) -> None:
    last = _say(book, "oskar lind reached").slots["last_write"]
    assert reopened_after_closure(session=book, staff=_staff(book), text="its still open",
                                  last=last) is None


@pytest.mark.parametrize("text", ["ok mark it resolved", "close it pls",
                                  "and his complaint is sorted now", "Mark it as closed."])
def test_close_it_after_a_call_with_an_open_complaint_shows_the_closure(
        book: Session, text: str) -> None:
    last = _say(book, "oskar lind reached").slots["last_write"]
    shown = closure_of_last_call(session=book, staff=_staff(book), text=text, last=last)
    assert shown is not None and shown.text.endswith("OK?"), shown
    assert _complaint(book) is Outcome.open                     # nothing before the yes
    stored = store(session=book, staff=_staff(book), write=shown.slots["pending_write"])
    assert "Closed 1 open complaint" in stored.text, stored.text
    assert _complaint(book) is Outcome.resolved
    assert _calls(book) == [("C000401", Outcome.reached)]       # replaced, not doubled


@pytest.mark.parametrize("text", ["that's done", "close it", "mark it resolved"])
def test_close_it_without_an_open_complaint_is_not_read_as_a_closure(
        book: Session, text: str) -> None:
    last = _say(book, "sofia greco reached").slots["last_write"]
    assert closure_of_last_call(session=book, staff=_staff(book), text=text, last=last) is None


def test_something_else_still_pending_is_no_reversal_of_the_closure(book: Session) -> None:
    last = _say(book, "oskar lind's complaint is resolved").slots["last_write"]
    assert reopened_after_closure(session=book, staff=_staff(book),
                                  text="mortgage offer for greta still pending", last=last) is None
    assert _complaint(book) is Outcome.resolved
