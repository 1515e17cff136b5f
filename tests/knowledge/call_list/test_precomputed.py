"""The stored ranked list is the live list, and it is never served once the data moved on."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.call_list import call_list
from knowledge.call_list.events import record_rate_event
from knowledge.call_list.outcomes import log_call
from knowledge.call_list.precomputed import book_stamp, book_stamps, stored_items
from knowledge.call_list.ranking import book_clause
from knowledge.call_list.refresh import refresh_bank
from knowledge.models.bank import Customer, Staff, TransactionKind
from knowledge.settings import get_settings
from knowledge.value.compute import clear_bank_cache
from tests.knowledge.call_list.factory import AS_OF, customer, holding, monthly_flows, txn

D = dt.timedelta
demo_bank = pytest.importorskip("knowledge.demo_bank")


def _list(session: Session, staff_id: str, as_of: dt.date = AS_OF) -> dict[str, Any]:
    staff = session.get(Staff, staff_id)
    assert staff is not None
    return call_list(session=session, asker=staff, as_of=as_of, limit=10_000).to_json()


def _served_from_store(session: Session, staff_id: str) -> bool:
    staff = session.get(Staff, staff_id)
    assert staff is not None
    _target, where = book_clause(session=session, asker=staff, target_id=staff_id)
    stamp = book_stamp(session=session, where=where)
    return stored_items(session=session, staff_id=staff_id, as_of=AS_OF, stamp=stamp) is not None


def test_stored_lists_equal_the_live_lists_on_a_demo_bank(session: Session) -> None:
    demo_bank.generate_demo_bank(session=session, customers=600, seed=7, as_of=AS_OF)
    session.flush()
    owners = sorted(s.id for s in session.scalars(select(Staff)) if s.id[0] in "AM")
    live = {staff_id: _list(session, staff_id) for staff_id in owners}
    assert sum(len(v["items"]) for v in live.values()) > 20
    report = refresh_bank(session=session, as_of=AS_OF)
    assert report.lists == len(owners)
    clear_bank_cache()
    for staff_id in owners:
        assert _served_from_store(session, staff_id)
        assert _list(session, staff_id) == live[staff_id], staff_id


def test_the_stamps_of_all_books_at_once_are_each_books_own_stamp(session: Session) -> None:
    """The refresh stamps every list in three grouped queries: a stamp that differed from
    the chat turn's `book_stamp` would make every stored list useless (computed live)."""
    demo_bank.generate_demo_bank(session=session, customers=300, seed=11, as_of=AS_OF)
    session.flush()
    staff = session.scalars(select(Staff)).all()
    books = {
        s.id: [o.id for o in staff if o.branch_id == s.branch_id] if s.id[0] == "M" else [s.id]
        for s in staff
        if s.id[0] in "AM"
    }
    assert any(len(advisors) > 1 for advisors in books.values())  # a branch is in it
    books["A-NOBODY"] = ["A-NOBODY"]  # an advisor without customers
    fast = book_stamps(session=session, books=books)
    for staff_id in books:
        if staff_id == "A-NOBODY":
            where = Customer.advisor_id == "A-NOBODY"
        else:
            member = session.get(Staff, staff_id)
            assert member is not None
            _target, where = book_clause(session=session, asker=member, target_id=staff_id)
        assert fast[staff_id] == book_stamp(session=session, where=where), staff_id


def test_a_kept_stamp_statement_reads_each_book_and_its_changes(session: Session) -> None:
    """The stamp's statement is built once per book clause and kept: asked in turn for two
    advisors, each gets its own book's stamp, and a call logged afterwards still moves it."""
    demo_bank.generate_demo_bank(session=session, customers=120, seed=5, as_of=AS_OF)
    session.flush()
    advisors = sorted(s.id for s in session.scalars(select(Staff)) if s.id[0] == "A")[:2]
    wheres = {a: Customer.advisor_id == a for a in advisors}
    first = {a: book_stamp(session=session, where=w) for a, w in wheres.items()}
    assert first[advisors[0]] != first[advisors[1]]
    assert {a: book_stamp(session=session, where=w) for a, w in wheres.items()} == first
    somebody = session.scalars(select(Customer.id).where(wheres[advisors[1]])).first()
    assert somebody is not None
    log_call(session=session, customer_id=somebody, advisor_id=advisors[1], as_of=AS_OF)
    session.flush()
    assert book_stamp(session=session, where=wheres[advisors[0]]) == first[advisors[0]]
    assert book_stamp(session=session, where=wheres[advisors[1]]) != first[advisors[1]]


def _bank(bank: Session) -> None:
    customer(bank, "C1", "Ada Lovelace")
    h = holding(bank, "C1", "P-CUR", "5000")
    monthly_flows(bank, h.id, TransactionKind.withdrawal, "1000", 12)
    customer(bank, "C2", "Ben Bond")
    holding(bank, "C2", "P-MORT-V", "-200000")
    bank.flush()
    refresh_bank(session=bank, as_of=AS_OF)


def _codes(bank: Session) -> dict[str, set[str]]:
    return {i["customer_id"]: {r["code"] for r in i["reasons"]} for i in _list(bank, "A1")["items"]}


def test_a_logged_call_takes_the_customer_off_the_stored_list(bank: Session) -> None:
    _bank(bank)
    assert "C2" in _codes(bank) and _served_from_store(bank, "A1")
    log_call(session=bank, customer_id="C2", advisor_id="A1", as_of=AS_OF)
    assert not _served_from_store(bank, "A1")
    assert "C2" not in _codes(bank)
    assert _served_from_store(bank, "A1")  # the new list is stored for the next turn


def test_a_new_rate_event_reaches_the_stored_list(bank: Session) -> None:
    _bank(bank)
    assert "rate_event" not in _codes(bank).get("C2", set())
    record_rate_event(session=bank, delta_bp=-25, occurred_on=AS_OF)
    assert "rate_event" in _codes(bank)["C2"]


def test_new_transactions_reach_the_stored_list(bank: Session) -> None:
    _bank(bank)
    assert "large_withdrawal" not in _codes(bank).get("C1", set())
    h = bank.scalars(select(Customer).where(Customer.id == "C1")).one().holdings[0]
    txn(bank, h.id, AS_OF - D(days=2), Decimal("-9000"), TransactionKind.withdrawal)
    bank.flush()
    assert "large_withdrawal" in _codes(bank)["C1"]


def test_a_changed_setting_is_not_answered_from_the_stored_list(
    bank: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    _bank(bank)
    assert _served_from_store(bank, "A1")
    monkeypatch.setenv("FLOW_MIN_AMOUNT", "50")
    get_settings.cache_clear()
    try:
        assert not _served_from_store(bank, "A1")
    finally:  # later tests must not inherit the changed setting
        monkeypatch.delenv("FLOW_MIN_AMOUNT")
        get_settings.cache_clear()
