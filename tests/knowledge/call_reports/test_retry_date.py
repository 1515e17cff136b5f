"""The date to try again, said right after a call, is that call's follow-up: shown for a yes,
replacing the call on the yes (one call, its outcome kept), never a second call beside it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.call_reports.call_writes import log_call_answer
from knowledge.call_reports.retry_date import retry_date_of_last_call
from knowledge.models.bank import Interaction, InteractionKind, Outcome, Staff, WriteReversal
from knowledge.writes.dispatch import store
from tests.knowledge.call_list.factory import AS_OF, customer

pytestmark = pytest.mark.usefixtures("conversation_today")  # the chat's today: AS_OF

# AS_OF is Monday 2026-06-15.
TUE, FRI = dt.date(2026, 6, 16), dt.date(2026, 6, 19)


@pytest.fixture
def book(bank: Session) -> Session:
    customer(bank, "C000801", "Rosa Lindqvist")
    customer(bank, "C000802", "Emil Sauer")
    return bank


def _last(session: Session, text: str) -> dict:
    answer = log_call_answer(session=session, staff=session.get(Staff, "A1"), as_of=AS_OF,
                             name=None, customer_id=None, outcome=None, follow_up=None, text=text)
    assert answer.text.startswith("Logged"), answer.text
    return answer.slots["last_write"]


def _calls(session: Session) -> list[tuple[str, Outcome, dt.date | None]]:
    rows = session.scalars(select(Interaction).where(Interaction.kind == InteractionKind.call))
    return sorted((r.customer_id, r.outcome, r.follow_up_on) for r in rows)


@pytest.mark.parametrize(("text", "day"), [
    ("try her again tmrw", TUE), ("ok will try again friday", FRI),
    ("Ring her back on Friday", FRI), ("retry fri", FRI),
])
def test_a_retry_date_after_no_answer_is_that_calls_follow_up(
        book: Session, text: str, day: dt.date) -> None:
    last = _last(book, "no answer from rosa lindqvist")
    shown = retry_date_of_last_call(session=book, staff=book.get(Staff, "A1"), text=text,
                                    last=last)
    assert shown is not None and shown.text.endswith("OK?"), shown
    assert _calls(book) == [("C000801", Outcome.no_answer, None)]    # nothing before the yes
    store(session=book, staff=book.get(Staff, "A1"), write=shown.slots["pending_write"])
    assert _calls(book) == [("C000801", Outcome.no_answer, day)]
    assert [r.customer_id for r in book.scalars(select(WriteReversal))] == ["C000801"]


def test_a_call_back_date_after_a_call_that_got_through_makes_it_a_follow_up(
        book: Session) -> None:
    last = _last(book, "spoke to rosa lindqvist")
    shown = retry_date_of_last_call(session=book, staff=book.get(Staff, "A1"),
                                    text="call her back friday", last=last)
    assert shown is not None
    assert shown.slots["pending_write"]["outcome"] == "follow_up"


@pytest.mark.parametrize("text", [
    "try emil sauer again friday",            # another customer named
    "try her again",                          # no date
    "try her again friday, she wants a meeting with her husband and the kids too",
    "she wants a meeting friday",             # no retry said
    "try her again sometime",                 # no day said
])
def test_other_messages_are_not_a_retry_date(book: Session, text: str) -> None:
    last = _last(book, "no answer from rosa lindqvist")
    assert retry_date_of_last_call(session=book, staff=book.get(Staff, "A1"), text=text,
                                   last=last) is None
