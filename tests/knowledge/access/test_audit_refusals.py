"""Refused attempts at another book through chat's call list and feedback are audited
(granted=False) while the answer stays the one for an unknown customer."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.access.policy import refuse
from knowledge.call_reports.chat import explain_answer
from knowledge.call_reports.chat_records import log_call_answer
from knowledge.feedback.service import FeedbackRejected, save_chat_feedback
from knowledge.models.bank import AuditEntry, Customer, Staff
from tests.knowledge.profile.profile_bank import AS_OF, build_bank


@pytest.fixture
def bank(session: Session) -> Session:
    build_bank(session)
    session.commit()
    return session


def _klara(session: Session) -> Customer:
    return session.scalars(select(Customer).where(Customer.name == "Klara Zimmermann")).one()


def _refused(session: Session, customer_id: str) -> list[AuditEntry]:
    return list(session.scalars(select(AuditEntry).where(
        AuditEntry.customer_id == customer_id, AuditEntry.staff_id == "A001",
        AuditEntry.granted.is_(False))))


def test_call_list_chat_audits_another_books_customer(bank: Session) -> None:
    staff = bank.get(Staff, "A001")
    klara = _klara(bank)
    assert klara.advisor_id != "A001"
    for answer in (
        explain_answer(session=bank, staff=staff, as_of=AS_OF, name=klara.name, customer_id=None,
                       text=f"why is {klara.name} on my list?", channel="rest"),
        log_call_answer(session=bank, staff=staff, as_of=AS_OF, name=klara.name,
                        customer_id=None, outcome="reached", follow_up=None,
                        text=f"I called {klara.name}", channel="rest"),
    ):
        stranger = "Zebedee Quartermaine"
        assert answer.text.replace(klara.name, stranger) == explain_answer(
            session=bank, staff=staff, as_of=AS_OF, name=stranger, customer_id=None,
            text=f"why is {stranger} on my list?").text
    actions = {e.action for e in _refused(bank, klara.id)}
    assert {"explain", "log_call"} <= actions
    assert all(e.via == "chat" and e.channel == "rest" for e in _refused(bank, klara.id))


def test_another_books_id_is_answered_like_an_unknown_id_whichever_slot_holds_it(
    bank: Session,
) -> None:
    """NLU may tag a typed id as a name or as an id; either way the answer echoes what was
    typed, so another book's id and a nonexistent one read the same."""
    staff = bank.get(Staff, "A001")
    klara = _klara(bank)

    def answers(typed: str) -> set[str]:
        return {
            explain_answer(session=bank, staff=staff, as_of=AS_OF, name=name, customer_id=cid,
                           text=f"why is {typed} on my list?").text.replace(typed, "<typed>")
            for name, cid in ((typed, None), (None, typed))
        }

    assert answers(klara.id) == answers("C999999")
    assert len(answers("C999999")) == 1
    assert "C999999" in explain_answer(session=bank, staff=staff, as_of=AS_OF, name=None,
                                       customer_id="C999999", text=None).text


def test_chat_feedback_for_another_book_is_refused_and_audited(bank: Session) -> None:
    staff = bank.get(Staff, "A001")
    klara = _klara(bank)
    with pytest.raises(FeedbackRejected) as refused:
        save_chat_feedback(session=bank, staff=staff, customer=klara.name,
                           text="the app is slow", compensation=None, channel="slack")
    assert klara.name in str(refused.value)  # echoes what was typed, like for a stranger
    assert [e.action for e in _refused(bank, klara.id)] == ["feedback"]


def test_unknown_ids_are_not_recorded(bank: Session) -> None:
    refusal = refuse(session=bank, staff=bank.get(Staff, "A001"), customer_ids=["C999999", ""],
                     channel="api", via="api", action="feedback")
    assert refusal.customer_ids == ()
    assert not _refused(bank, "C999999")
