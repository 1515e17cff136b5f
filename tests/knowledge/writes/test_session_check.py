"""The session check's rules on a state built from events (knowledge.writes.session_check):
how a call's customer is settled by the message, who is live, what is a write told again."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from knowledge.conversation.state import state_of
from knowledge.models.bank import Staff
from knowledge.writes.session_check import certainty, checked_turn
from tests.knowledge.call_list.factory import base_bank, customer


@pytest.fixture
def book(session: Session) -> Staff:
    base_bank(session)
    customer(session, "C1", "Greta Lindholm")
    customer(session, "C2", "Oskar Brandt")
    customer(session, "C3", "Wen Li")
    session.flush()
    staff = session.get(Staff, "A1")
    assert staff is not None
    return staff


def _user(text: str) -> dict[str, Any]:
    return {"event": "user", "text": text}


def _logged(record: str, cid: str, outcome: str = "reached") -> dict[str, Any]:
    return {"event": "bot", "data": {"custom": {
        "type": "call_logged", "interaction_id": record, "customer_id": cid, "outcome": outcome}}}


def _call(cid: str, outcome: str = "no_answer", follow_up: str | None = None
          ) -> dict[str, Any]:
    return {"kind": "call", "customer_id": cid, "name": cid, "outcome": outcome,
            "follow_up_on": follow_up, "as_of": "2026-11-23"}


TWO_CALLS = [_user("greta lindholm reached"), _logged("I1", "C1"),
             _user("oskar brandt reached"), _logged("I2", "C2")]


@pytest.mark.parametrize(("text", "cid", "how"), [
    ("GRETA LINDHOLM no answer", "C1", "spelt"),
    ("lindholm didnt pick up", "C1", "part"),
    ("wen li vm", "C3", "spelt"),
    ("li: vm", "C3", "part"),
    ("she didnt pick up", "C1", "carried"),
    ("same again, no answer", "C1", "carried"),
])
def test_how_the_message_settles_the_customer(session: Session, book: Staff, text: str,
                                              cid: str, how: str) -> None:
    state = state_of([*TWO_CALLS, _user(text)])
    assert certainty(session=session, staff=book, state=state, text=text, customer_id=cid,
                     body=_call(cid), payloads=[]) == how


def test_a_pronoun_with_two_customers_written_about_asks_naming_both(
        session: Session, book: Staff) -> None:
    text = "she wants a meeting on friday"
    state = state_of([*TWO_CALLS, _user(text)])
    checked = checked_turn(session=session, staff=book, state=state, text=text,
                           writes=[{"pending_write": 1, **_call("C2", "follow_up", "2026-11-27")}],
                           previous_last=None, reply_payloads=[{"type": "confirm_write"}])
    assert checked is not None and checked.answer is not None
    assert "Greta Lindholm" in checked.answer.text and "Oskar Brandt" in checked.answer.text
    assert checked.answer.slots["pending_write"]["candidates"] == ["C2", "C1"]


def test_a_pronoun_with_one_customer_written_about_is_shown_saying_so(
        session: Session, book: Staff) -> None:
    text = "he wants a meeting on friday"
    state = state_of([_user("wen li vm"), _logged("I1", "C3", "no_answer"), _user(text)])
    stored = {"kind": "call", "id": "I9", "write": _call("C3", "follow_up", "2026-11-27")}
    checked = checked_turn(session=session, staff=book, state=state, text=text,
                           writes=[stored], previous_last=None,
                           reply_payloads=[{"type": "call_logged", "interaction_id": "I9"}])
    assert checked is not None and checked.rollback and checked.answer is not None
    assert "I take it you mean" in checked.answer.text and checked.answer.text.endswith("OK?")


def test_the_same_call_again_is_held_and_one_more_try_is_not(session: Session,
                                                             book: Staff) -> None:
    events = [_user("oskar brandt vm"), _logged("I1", "C2", "no_answer"),
              _user("greta lindholm reached"), _logged("I2", "C1")]
    stored = {"kind": "call", "id": "I9", "write": _call("C2")}
    payloads = [{"type": "call_logged", "interaction_id": "I9"}]
    for text, held in (("oskar brandt - vm", True), ("oskar brandt vm again", False)):
        checked = checked_turn(session=session, staff=book, state=state_of([*events,
                                                                            _user(text)]),
                               text=text, writes=[stored], previous_last={"id": "I2"},
                               reply_payloads=payloads)
        assert (checked is not None and checked.rollback
                and "Already logged" in (checked.answer.text if checked.answer else "")) is held
