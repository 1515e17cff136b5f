"""The precomputed snapshot gives exactly the live answers, and is only used for its day."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from knowledge.call_list import call_list
from knowledge.call_list.refresh import refresh_bank
from knowledge.models import Staff, TransactionKind
from knowledge.signal_cache import is_fresh
from knowledge.tiers import clear_bank_cache, customer_values
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
