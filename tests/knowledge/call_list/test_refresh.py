"""The precomputed snapshot gives exactly the live answers, and is only used for its day."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from knowledge.call_list import call_list
from knowledge.call_list.refresh import refresh_bank
from knowledge.models.bank import Holding, Staff, TransactionKind
from knowledge.signals.cache import is_fresh
from knowledge.value.compute import (
    clear_bank_cache,
    compute_tier_cutoffs,
    customer_values,
    tier_cutoffs,
)
from tests.knowledge.call_list.factory import AS_OF, customer, holding, monthly_flows, txn

D = dt.timedelta


def _data(bank: Session) -> None:
    customer(bank, "C1", "Ada Lovelace")
    h = holding(bank, "C1", "P-CUR", "5000")
    monthly_flows(bank, h.id, TransactionKind.withdrawal, "1000", 12)
    txn(bank, h.id, AS_OF - D(days=3), "-9000", TransactionKind.withdrawal)
    txn(bank, h.id, AS_OF - D(days=5), "-30", TransactionKind.fee)
    txn(bank, h.id, AS_OF - D(days=9), "-80", TransactionKind.card, "Baby shop")
    customer(bank, "C2", "Ben Bond")
    holding(bank, "C2", "P-FUND", "50000")
    bank.flush()


def _listing(bank: Session, as_of: dt.date = AS_OF) -> list[tuple[str, float, list[str]]]:
    clear_bank_cache()
    advisor = bank.get(Staff, "A1")
    assert advisor is not None
    result = call_list(session=bank, asker=advisor, as_of=as_of, limit=50)
    return [(i.customer_id, i.score, [r.code for r in i.reasons]) for i in result.items]


def test_refresh_gives_the_live_answers(bank: Session) -> None:
    _data(bank)
    live = _listing(bank)
    live_values = customer_values(session=bank, as_of=AS_OF, customer_ids=["C1", "C2"])
    report = refresh_bank(session=bank, as_of=AS_OF)
    assert report.customers == 1 and report.transactions_scanned == 15
    assert is_fresh(session=bank, as_of=AS_OF)
    assert _listing(bank) == live
    assert customer_values(session=bank, as_of=AS_OF, customer_ids=["C1", "C2"]) == live_values
    codes = {cid: set(cs) for cid, _s, cs in live}
    assert {"large_withdrawal", "life_event"} <= codes["C1"]


def test_another_day_is_computed_live(bank: Session) -> None:
    _data(bank)
    refresh_bank(session=bank, as_of=AS_OF)
    later = AS_OF + D(days=40)
    assert not is_fresh(session=bank, as_of=later)
    codes = {c for _cid, _s, cs in _listing(bank, later) for c in cs}
    assert "large_withdrawal" not in codes  # 43 days ago: outside the window on that day


def test_refresh_stores_the_live_flow_statistics_to_the_cent(bank: Session) -> None:
    """Two holdings of one customer add up; odd amounts give half-cent medians and MADs; a
    customer whose window is below the minimum amount keeps no flow statistics."""
    from sqlalchemy import select

    from knowledge.models.bank import Customer
    from knowledge.signals.cache import cached_aggregates, cached_flows
    from knowledge.signals.scan import flow_stats

    customer(bank, "C1", "Ada Lovelace")
    a = holding(bank, "C1", "P-CUR", "5000")
    b = holding(bank, "C1", "P-SAV", "5000")
    for month, amount in enumerate(["-100.01", "-250.10", "-99.99", "-400.05", "-120.00", "-75.5"]):
        txn(bank, a.id, AS_OF - D(days=35 + 30 * month), amount, TransactionKind.withdrawal)
        txn(bank, b.id, AS_OF - D(days=40 + 30 * month), "-10.01", TransactionKind.transfer_out)
    txn(bank, a.id, AS_OF - D(days=2), "-4000.33", TransactionKind.withdrawal)
    txn(bank, b.id, AS_OF - D(days=4), "-1500.10", TransactionKind.transfer_out)
    txn(bank, b.id, AS_OF - D(days=6), "2500.01", TransactionKind.deposit)
    txn(bank, a.id, AS_OF - D(days=200), "-12.34", TransactionKind.fee)
    customer(bank, "C2", "Ben Bond")
    c = holding(bank, "C2", "P-CUR", "5000")
    monthly_flows(bank, c.id, TransactionKind.withdrawal, "300", 8)
    bank.flush()
    owner = dict(bank.execute(select(Holding.id, Holding.customer_id)).tuples().all())
    first = {cid: min(_first_bookings(bank, cid)) for cid in ("C1", "C2")}
    live = flow_stats(
        session=bank, as_of=AS_OF, owner=owner, first_on=first, holdings=select(Holding.id)
    )
    refresh_bank(session=bank, as_of=AS_OF, lists=False)
    ids = select(Customer.id)
    cached = cached_flows(session=bank, as_of=AS_OF, book_ids=ids)
    assert cached is not None
    assert cached == {"C1": live["C1"]}
    flows = cached["C1"]
    assert flows.out is not None and flows.out.amount == Decimal("5500.43")
    assert flows.out.median == Decimal("120.015")  # (110.02 + 130.01) / 2
    # Every counted month before the window, month 1 first (each earlier month is judged
    # against the ones before it), and the largest month.
    assert flows.earlier_out is not None
    assert flows.earlier_out.months == tuple(
        Decimal(m) for m in ("110.02", "260.11", "110.00", "410.06", "130.01", "85.51"))
    assert flows.out.largest == Decimal("410.06")
    assert flows.inflow is not None and flows.inflow.amount == Decimal("2500.01")
    totals = cached_aggregates(session=bank, as_of=AS_OF, customer_ids=["C1"])
    assert totals is not None and totals["C1"].fees_12m == Decimal("12.34")


def _first_bookings(bank: Session, cid: str) -> list[dt.date]:
    from sqlalchemy import select

    from knowledge.models.bank import Transaction

    return list(
        bank.scalars(
            select(Transaction.booked_on)
            .join(Holding, Holding.id == Transaction.holding_id)
            .where(Holding.customer_id == cid)
        )
    )


def test_the_whole_bank_values_rank_with_the_bank_wide_cut_offs(session: Session) -> None:
    """After a refresh the whole bank's values rank customers themselves (the cut-offs from
    their own sums, not a second bank-wide query): the same cut-offs and the same values as
    the bank-wide pass and the per-book path give."""

    demo_bank = pytest.importorskip("knowledge.demo_bank")
    demo_bank.generate_demo_bank(session=session, customers=300, seed=3, as_of=AS_OF)
    session.flush()
    refresh_bank(session=session, as_of=AS_OF, lists=False)
    clear_bank_cache()
    everyone = customer_values(session=session, as_of=AS_OF)  # fills the cut-off cache
    reference = compute_tier_cutoffs(session=session, as_of=AS_OF)
    assert tier_cutoffs(session=session, as_of=AS_OF) == reference
    assert reference.ranked > 200 and reference.top_min > reference.mid_min
    clear_bank_cache()
    some = sorted(everyone)[::7]
    assert customer_values(session=session, as_of=AS_OF, customer_ids=some) == {
        cid: everyone[cid] for cid in some
    }
    assert {v.tier for v in everyone.values()} >= {"top", "high", "mid", "low"}
