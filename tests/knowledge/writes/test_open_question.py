"""The open question of knowledge.writes.open_question, met through the session check: a
statement or call whose very making is in question is not shown for a yes, and the answer
to the question is read for the reading it picks."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from knowledge.conversation.state import state_of
from knowledge.models.bank import Staff
from knowledge.writes.open_question import AS_READ, INSTEAD, NOTHING, answered
from knowledge.writes.session_check import checked_turn
from tests.knowledge.call_list.factory import base_bank, customer


@pytest.fixture
def book(session: Session) -> Staff:
    base_bank(session)
    customer(session, "C1", "Greta Lindholm")
    session.flush()
    staff = session.get(Staff, "A1")
    assert staff is not None
    return staff


def test_a_statement_saved_at_once_under_a_condition_is_taken_back_and_asked_about(
        session: Session, book: Staff) -> None:
    text = "provided greta lindholm brings it up again, log that the card fee annoys her"
    stored = {"kind": "feedback", "id": "FB1", "write": {
        "kind": "feedback", "customer_id": "C1", "name": "Greta Lindholm",
        "text": "the card fee annoys her"}}
    checked = checked_turn(session=session, staff=book, state=state_of([{"event": "user",
                                                                         "text": text}]),
                           text=text, writes=[stored], previous_last=None,
                           reply_payloads=[{"type": "feedback_saved", "feedback_id": "FB1"}])
    assert checked is not None and checked.rollback and checked.answer is not None
    said = checked.answer.text
    assert "provided" in said and not said.rstrip().endswith("OK?"), said
    assert checked.answer.payload is None  # no confirm_write: nothing waits for a yes
    assert checked.answer.slots["pending_write"]["readings"] == [AS_READ, NOTHING]


@pytest.mark.parametrize(("answer", "plain", "picked"), [
    ("2", None, INSTEAD), ("#1", None, AS_READ), ("Nr. 3", None, NOTHING),
    ("yep", "yes", "again"), ("nah leave it", "no", NOTHING), ("none of them", None, NOTHING),
    ("cancel that please", None, INSTEAD), ("log it", None, AS_READ),
    ("greta lindholm reached at 3pm, she wants the brochure sent", None, None),
])
def test_the_answer_picks_a_reading_or_none(answer: str, plain: str | None,
                                            picked: str | None) -> None:
    pending: dict[str, Any] = {"kind": "open_question", "readings": [AS_READ, INSTEAD, NOTHING]}
    assert answered(pending, answer, plain=plain) == picked
