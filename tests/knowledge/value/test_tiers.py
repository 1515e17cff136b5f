from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from knowledge.models.bank import TransactionKind
from knowledge.value.compute import clear_bank_cache, customer_values
from knowledge.value.tiers import strategy_for
from tests.knowledge.call_list.factory import AS_OF, base_bank, customer, holding, txn


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    clear_bank_cache()


def _bank_of_twenty(session: Session) -> None:
    base_bank(session)
    # C01 holds a high-margin fund; C20 a huge low-margin savings balance.
    for n in range(1, 21):
        customer(session, f"C{n:02d}", f"Customer {n}")
    holding(session, "C01", "P-FUND", "200000")  # 3000 a year
    holding(session, "C20", "P-SAV", "500000")  # 1500 a year: deposits are not contribution
    for n in range(2, 20):
        holding(session, f"C{n:02d}", "P-CUR", str(1000 * n))
    session.flush()


def test_tier_is_by_contribution_rank_not_by_deposit(session: Session) -> None:
    _bank_of_twenty(session)
    values = customer_values(session=session, as_of=AS_OF)
    assert values["C01"].tier == "top"  # 1 of 20 = top 5 %
    assert values["C01"].contribution == Decimal("3000.00")
    assert values["C20"].tier == "high"
    assert values["C20"].relationship_value == Decimal("500000.00")
    assert [values[f"C{n:02d}"].tier for n in (2, 3, 4, 5)] == ["low"] * 4
    assert values["C19"].tier == "high"
    assert sum(v.tier == "mid" for v in values.values()) == 12


def test_fees_of_the_last_year_count_and_older_fees_do_not(session: Session) -> None:
    _bank_of_twenty(session)
    h = holding(session, "C02", "P-CUR", "0")
    txn(session, h.id, AS_OF - dt.timedelta(days=10), "-40", TransactionKind.fee)
    txn(session, h.id, AS_OF - dt.timedelta(days=400), "-500", TransactionKind.fee)
    session.flush()
    value = customer_values(session=session, as_of=AS_OF, customer_ids=["C02"])["C02"]
    assert value.fees_12m == Decimal("40.00")
    assert value.contribution == Decimal("46.00")  # 2000 x 0.3 % + 40


def test_no_open_holding_or_long_dormancy_is_inactive(session: Session) -> None:
    _bank_of_twenty(session)
    customer(session, "C21", "Closed")
    holding(session, "C21", "P-SAV", "900", closed=AS_OF - dt.timedelta(days=5))
    h = holding(session, "C01", "P-CUR", "10")
    txn(session, h.id, AS_OF - dt.timedelta(days=800), "-10")
    session.flush()
    values = customer_values(session=session, as_of=AS_OF, customer_ids=["C21", "C01"])
    assert values["C21"].tier == "inactive"
    assert values["C01"].tier == "inactive"  # 800 days without activity
    assert values["C01"].contribution_tier == "top"  # still "formerly valuable"


def test_rfm_and_strategy(session: Session) -> None:
    _bank_of_twenty(session)
    h = holding(session, "C01", "P-CUR", "10")
    for day in range(1, 121):
        txn(session, h.id, AS_OF - dt.timedelta(days=day * 3), "-5")
    session.flush()
    value = customer_values(session=session, as_of=AS_OF, customer_ids=["C01"])["C01"]
    assert value.rfm is not None
    assert value.rfm.frequency_12m == 120  # every one of them within 365 days
    assert (value.rfm.r, value.rfm.f, value.rfm.m) == (5, 5, 5)
    assert value.strategy == "market_info"
    assert strategy_for("top", "low") == "stimulate_needs"
    assert strategy_for("low", "high") == "self_service"
    assert strategy_for("mid", "low") == "maintain"
