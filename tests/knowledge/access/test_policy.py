"""The one access rule: scopes per role, the customers and staff in them, and a refusal that
stays audited whatever the caller does with its own transaction."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.access.policy import (
    NotVisible,
    Reach,
    covers,
    customers_in,
    is_manager,
    require_visible,
    scope_of,
    staff_in,
)
from knowledge.models.bank import AuditEntry, Customer, Feedback, Staff
from tests.knowledge.profile.profile_bank import build_bank


@pytest.fixture
def bank(session: Session) -> Session:
    build_bank(session)
    session.commit()
    return session


def _customers(session: Session, staff_id: str) -> set[str]:
    scope = scope_of(session.get(Staff, staff_id))  # type: ignore[arg-type]
    return set(session.scalars(select(Customer.id).where(customers_in(scope))))


def _staff(session: Session, staff_id: str) -> set[str]:
    scope = scope_of(session.get(Staff, staff_id))  # type: ignore[arg-type]
    return set(session.scalars(select(Staff.id).where(staff_in(scope))))


def test_each_role_sees_its_book_its_branch_or_the_bank(bank: Session) -> None:
    everyone = set(bank.scalars(select(Customer.id)))
    a001 = _customers(bank, "A001")
    assert a001 and all(bank.get(Customer, c).advisor_id == "A001" for c in a001)  # type: ignore[union-attr]
    assert _customers(bank, "M001") == a001 | _customers(bank, "A002")  # branch B1
    assert "C000020" not in _customers(bank, "M001")  # branch B2
    assert _customers(bank, "H001") == everyone
    assert _staff(bank, "A001") == {"A001"}
    assert _staff(bank, "M001") == {"A001", "A002", "M001"}
    assert scope_of(bank.get(Staff, "H001")).reach is Reach.bank  # type: ignore[arg-type]


def test_managers_and_whose_books_a_scope_covers(bank: Session) -> None:
    a001, a002, a003, m001, h001 = (bank.get(Staff, s) for s in
                                    ("A001", "A002", "A003", "M001", "H001"))
    assert [is_manager(s) for s in (a001, a003, m001, h001)] == [False, False, True, True]  # type: ignore[arg-type]
    assert covers(scope_of(a001), a001) and not covers(scope_of(a001), a002)  # type: ignore[arg-type]
    assert covers(scope_of(m001), a002) and not covers(scope_of(m001), a003)  # type: ignore[arg-type]
    assert covers(scope_of(h001), a003)  # type: ignore[arg-type]


def _refusals(session: Session, customer_id: str) -> list[AuditEntry]:
    session.expire_all()
    return list(session.scalars(select(AuditEntry).where(
        AuditEntry.customer_id == customer_id, AuditEntry.granted.is_(False))))


def test_a_refusal_stays_audited_when_the_caller_rolls_back(bank: Session) -> None:
    asker = bank.get(Staff, "A001")
    assert require_visible(session=bank, staff=asker, customer_id="C000001",  # type: ignore[arg-type]
                           channel="api", via="api", action="profile") == "C000001"
    with pytest.raises(NotVisible) as refused:
        require_visible(session=bank, staff=asker, customer_id="C000020", channel="api",  # type: ignore[arg-type]
                        via="api", action="profile")
    assert refused.value.customer_ids == ("C000020",)
    bank.rollback()  # what the API's unit of work does when the 404 is raised
    [entry] = _refusals(bank, "C000020")
    assert (entry.staff_id, entry.action, entry.via) == ("A001", "profile", "api")


def test_a_refusal_after_the_caller_wrote_does_not_wait_for_its_lock(bank: Session) -> None:
    """SQLite has one writer: the refusal then joins the caller's transaction (committed)."""
    asker = bank.get(Staff, "A001")
    bank.add(Feedback(id="F-1", text="slow app", status="pending", channel="chat",
                      received_on=dt.date(2026, 11, 23), logged_by="A001"))
    bank.flush()
    with pytest.raises(NotVisible):
        require_visible(session=bank, staff=asker, customer_id="C000020", channel="rest",  # type: ignore[arg-type]
                        via="chat", action="log_call")
    assert len(_refusals(bank, "C000020")) == 1


def test_an_id_that_names_nobody_is_refused_without_an_audit_entry(bank: Session) -> None:
    with pytest.raises(NotVisible):
        require_visible(session=bank, staff=bank.get(Staff, "A001"), customer_id="C999999",  # type: ignore[arg-type]
                        channel="api", via="api", action="feedback")
    assert not _refusals(bank, "C999999")
