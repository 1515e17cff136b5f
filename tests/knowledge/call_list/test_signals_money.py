from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from knowledge.models.bank import TransactionKind
from tests.knowledge.call_list.factory import (
    AS_OF,
    holding,
    monthly_flows,
    txn,
)
from tests.knowledge.call_list.helpers import reasons_of

D = dt.timedelta
W = TransactionKind.withdrawal


@pytest.mark.parametrize(("days_left", "fires"), [(0, True), (30, True), (31, False), (-1, False)])
def test_maturity_window(ada: Session, days_left: int, fires: bool) -> None:
    holding(ada, "C1", "P-TD", "20000", maturity=AS_OF + D(days=days_left))
    reasons = reasons_of(ada, "C1")
    assert ("maturity" in reasons) is fires
    if fires:
        assert reasons["maturity"].evidence["days_left"] == days_left
        assert "€20,000" in reasons["maturity"].text


def test_fixed_rate_period_ending_on_a_mortgage_counts(ada: Session) -> None:
    holding(ada, "C1", "P-MORT-F", "-150000", maturity=AS_OF + D(days=12))
    reason = reasons_of(ada, "C1")["maturity"]
    assert "fixed-rate period" in reason.text


def test_no_maturity_for_a_closed_deposit(ada: Session) -> None:
    holding(ada, "C1", "P-TD", "20000", maturity=AS_OF + D(days=5), closed=AS_OF - D(days=1))
    assert "maturity" not in reasons_of(ada, "C1")


def _history(session: Session, months: int, amount: str = "1000") -> str:
    h = holding(session, "C1", "P-CUR", "5000")
    monthly_flows(session, h.id, W, amount, months)
    return h.id


def test_large_withdrawal_says_how_unusual(ada: Session) -> None:
    hid = _history(ada, 12)
    txn(ada, hid, AS_OF - D(days=3), "-6200", W)
    reason = reasons_of(ada, "C1")["large_withdrawal"]
    assert reason.evidence["ratio"] == Decimal("6.2")
    assert "6.2× their typical monthly outflow of €1,000" in reason.text
    assert reason.evidence["baseline_months"] == 12


@pytest.mark.parametrize(("amount", "fires"), [("2999", False), ("3000", True)])
def test_large_withdrawal_ratio_edge(ada: Session, amount: str, fires: bool) -> None:
    # Baseline 1000 every month: MAD 0, spread floor 10 % -> threshold 1500; the ratio 3x rules.
    hid = _history(ada, 12)
    txn(ada, hid, AS_OF - D(days=1), f"-{amount}", W)
    assert ("large_withdrawal" in reasons_of(ada, "C1")) is fires


def test_one_wild_month_in_the_history_does_not_hide_the_next(ada: Session) -> None:
    hid = _history(ada, 12)
    txn(ada, hid, AS_OF - D(days=100), "-50000", W)  # an outlier month
    txn(ada, hid, AS_OF - D(days=2), "-8000", W)
    assert "large_withdrawal" in reasons_of(ada, "C1")


@pytest.mark.parametrize(("months", "fires"), [(5, False), (6, True)])
def test_too_little_history_is_ignored(ada: Session, months: int, fires: bool) -> None:
    hid = _history(ada, months)
    txn(ada, hid, AS_OF - D(days=2), "-9000", W)
    assert ("large_withdrawal" in reasons_of(ada, "C1")) is fires


def test_large_deposit_and_small_amounts(ada: Session) -> None:
    h = holding(ada, "C1", "P-SAV", "5000")
    monthly_flows(ada, h.id, TransactionKind.deposit, "100", 12)
    txn(ada, h.id, AS_OF - D(days=2), "900", TransactionKind.deposit)  # 9x, but below 1000
    assert "large_deposit" not in reasons_of(ada, "C1")
    txn(ada, h.id, AS_OF - D(days=1), "40000", TransactionKind.deposit)
    assert "large_deposit" in reasons_of(ada, "C1")


def test_withdrawal_outside_the_window_is_history(ada: Session) -> None:
    hid = _history(ada, 12)
    txn(ada, hid, AS_OF - D(days=30), "-9000", W)  # 30 days ago: last month, not this window
    assert "large_withdrawal" not in reasons_of(ada, "C1")


@pytest.mark.parametrize(
    ("description", "days", "event"),
    [
        ("BABYWORLD nappies", 10, "new_parent"),
        ("Bridal boutique", 59, "marriage"),
        ("Quick Removals Ltd", 3, "moving_home"),
        ("Baby shop", 60, None),  # outside the 60-day window
        ("Supermarket", 3, None),
    ],
)
def test_life_events_from_card_descriptions(
    ada: Session, description: str, days: int, event: str | None
) -> None:
    h = holding(ada, "C1", "P-CARD", "-200")
    txn(ada, h.id, AS_OF - D(days=days), "-80", TransactionKind.card, description)
    reasons = reasons_of(ada, "C1")
    if event is None:
        assert "life_event" not in reasons
    else:
        assert reasons["life_event"].evidence["event"] == event


# --- alarms on sparse, real histories (issue 16: Berka's quiet months fired on noise) ---
def test_no_alarm_without_a_baseline_however_large(ada: Session) -> None:
    """Twelve months of history, but nothing ever went out: the usual month is zero and
    anything would look infinitely unusual; no baseline, no alarm."""
    h = holding(ada, "C1", "P-CUR", "3000")
    monthly_flows(ada, h.id, TransactionKind.deposit, "500", 12)  # history, but inflows only
    txn(ada, h.id, AS_OF - D(days=2), "-20000", W)
    assert "large_withdrawal" not in reasons_of(ada, "C1")


def test_money_in_and_out_again_is_not_a_withdrawal(ada: Session) -> None:
    hid = _history(ada, 12)
    txn(ada, hid, AS_OF - D(days=6), "25000", TransactionKind.transfer_in)
    txn(ada, hid, AS_OF - D(days=3), "-25500", TransactionKind.transfer_out)
    assert "large_withdrawal" not in reasons_of(ada, "C1")


def test_a_withdrawal_partly_funded_from_outside_says_what_was_netted(ada: Session) -> None:
    hid = _history(ada, 12)
    txn(ada, hid, AS_OF - D(days=6), "3000", TransactionKind.transfer_in)
    txn(ada, hid, AS_OF - D(days=3), "-9000", W)
    reason = reasons_of(ada, "C1")["large_withdrawal"]
    assert reason.evidence["netted_other_way"] == Decimal("3000")
    assert reason.evidence["net_amount"] == Decimal("6000")
    assert "net of €3,000 that came in" in reason.text


def test_a_withdrawal_small_for_this_customer_is_not_an_alarm(ada: Session) -> None:
    """The same 9,000 out of 1,000 a month: an alarm for someone holding 5,000, routine for
    someone holding 400,000."""
    hid = _history(ada, 12)
    txn(ada, hid, AS_OF - D(days=3), "-9000", W)
    assert "large_withdrawal" in reasons_of(ada, "C1")
    holding(ada, "C1", "P-SAV", "400000")
    assert "large_withdrawal" not in reasons_of(ada, "C1")


def test_the_floor_is_in_the_banks_currency(
    ada: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """9,000 is a withdrawal in euros and pocket money in Czech crowns (1,000 EUR ~ 25,000 CZK):
    the default floor follows CURRENCY, and the text says CZK."""
    from knowledge.settings import get_settings

    hid = holding(ada, "C1", "P-CUR", "5000", currency="CZK").id
    monthly_flows(ada, hid, W, "1000", 12)
    txn(ada, hid, AS_OF - D(days=3), "-9000", W)
    monkeypatch.setenv("CURRENCY", "CZK")
    get_settings.cache_clear()
    assert get_settings().flow_min_amount == Decimal("25000")
    assert "large_withdrawal" not in reasons_of(ada, "C1")
    txn(ada, hid, AS_OF - D(days=2), "-30000", W)
    reason = reasons_of(ada, "C1")["large_withdrawal"]
    assert reason.text.startswith("CZK 39,000 went out") and "€" not in reason.text


def test_flow_texts_speak_the_holdings_currency(ada: Session) -> None:
    """CURRENCY is EUR, the customer's accounts are in Czech crowns: the flow's amounts are
    crowns and the text says so (no euro sign on crowns)."""
    hid = holding(ada, "C1", "P-CUR", "5000", currency="CZK").id
    monthly_flows(ada, hid, W, "5000", 12)
    txn(ada, hid, AS_OF - D(days=3), "-36200", W)
    reason = reasons_of(ada, "C1")["large_withdrawal"]
    assert reason.text.startswith("CZK 36,200 went out") and "€" not in reason.text
    assert "typical monthly outflow of CZK 5,000" in reason.text
    assert reason.evidence["currencies"] == ["CZK"]


def test_a_flow_over_holdings_in_two_currencies_says_it_is_unconverted(ada: Session) -> None:
    """Euros and crowns added up are no amount in either: the text names both currencies and
    says the sum is not converted, instead of printing it as euros."""
    hid = holding(ada, "C1", "P-CUR", "5000", currency="EUR").id
    monthly_flows(ada, hid, W, "1000", 12)
    txn(ada, hid, AS_OF - D(days=3), "-36200", W)
    holding(ada, "C1", "P-SAV", "100", currency="CZK")
    reason = reasons_of(ada, "C1")["large_withdrawal"]
    assert "€" not in reason.text
    assert "36,200 (CZK and EUR added up, not converted) went out" in reason.text
    assert reason.evidence["min_amount"] == Decimal("25000")  # the higher floor of the two
    assert reason.evidence["currencies"] == ["CZK", "EUR"]
