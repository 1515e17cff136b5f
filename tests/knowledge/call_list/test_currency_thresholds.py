"""Money thresholds in the holding's currency (#16): FLOW_MIN_AMOUNT and DORMANT_MIN_BALANCE
are sized per currency (the bank's own per-currency settings, else CURRENCY's value scaled by
CURRENCY_SCALE), so crowns are never judged against a euro number; no threshold known for a
currency means no money alarm in it, and the dormant text speaks the holding's currency."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from knowledge.models.bank import TransactionKind
from knowledge.settings import Settings, get_settings
from tests.knowledge.call_list.factory import (
    AS_OF,
    customer,
    holding,
    monthly_flows,
    txn,
)
from tests.knowledge.call_list.helpers import reasons_of

D = dt.timedelta
W = TransactionKind.withdrawal


def _crown_withdrawal(session: Session, amount: str) -> None:
    hid = holding(session, "C1", "P-CUR", "5000", currency="CZK").id
    monthly_flows(session, hid, W, "1000", 12)
    txn(session, hid, AS_OF - D(days=3), f"-{amount}", W)


def test_a_crown_withdrawal_is_judged_against_a_crown_floor(ada: Session) -> None:
    """CURRENCY is EUR; 9,000 crowns (~€360) leaving is no alarm, though 9,000 > 1,000."""
    _crown_withdrawal(ada, "9000")
    assert "large_withdrawal" not in reasons_of(ada, "C1")
    txn(ada, holding(ada, "C1", "P-SAV", "0", currency="CZK").id, AS_OF - D(days=2),
        "-30000", W)
    reason = reasons_of(ada, "C1")["large_withdrawal"]
    assert reason.evidence["min_amount"] == Decimal("25000")
    assert reason.text.startswith("CZK ")


def test_the_banks_own_floor_for_a_currency_wins(
    ada: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    _crown_withdrawal(ada, "9000")
    monkeypatch.setenv("FLOW_MIN_AMOUNT_BY_CURRENCY", "CZK=5000")
    get_settings.cache_clear()
    reason = reasons_of(ada, "C1")["large_withdrawal"]
    assert reason.evidence["min_amount"] == Decimal("5000")


def test_a_currency_with_no_known_floor_raises_no_money_alarm(ada: Session) -> None:
    """Central African francs: not in CURRENCY_SCALE, not configured: no euro guess."""
    hid = holding(ada, "C1", "P-CUR", "5000", currency="XAF").id
    monthly_flows(ada, hid, W, "1000", 12)
    txn(ada, hid, AS_OF - D(days=3), "-900000", W)
    assert "large_withdrawal" not in reasons_of(ada, "C1")


def _sleeper(session: Session, balance: str, currency: str) -> None:
    """A quiet low-tier customer (ten far richer customers above them)."""
    for n in range(10):
        customer(session, f"R{n}", f"Rich {n}")
        holding(session, f"R{n}", "P-FUND", "10000000")
    customer(session, "S1", "Sam Sleeper")
    h = holding(session, "S1", "P-SAV", balance, currency=currency)
    txn(session, h.id, AS_OF - D(days=1000), "-10")


def test_dormant_balances_are_weighed_and_said_in_their_currency(bank: Session) -> None:
    _sleeper(bank, "2000000", "CZK")  # ~€80,000: worth waking
    reason = reasons_of(bank, "S1")["dormant"]
    assert "CZK 2,000,000 still with us" in reason.text and "€" not in reason.text
    assert reason.evidence["min_balance"] == Decimal("1250000")
    assert reason.evidence["contribution_tier"] == "low"


def test_a_small_crown_balance_is_not_a_rich_sleeper(bank: Session) -> None:
    _sleeper(bank, "500000", "CZK")  # ~€20,000: over the euro number, under its crown one
    assert "dormant" not in reasons_of(bank, "S1")


def test_thresholds_per_currency_fail_fast_when_malformed() -> None:
    with pytest.raises(ValueError, match="FLOW_MIN_AMOUNT_BY_CURRENCY"):
        Settings(flow_min_amount_by_currency="CZK:5000")
    settings = Settings(currency="NOK", dormant_min_balance_by_currency="czk=1000000")
    assert settings.money_threshold("dormant_min_balance", "CZK") == Decimal("1000000")
    assert settings.money_threshold("flow_min_amount") == Decimal("11000")
    assert settings.money_threshold("flow_min_amount", "EUR") == Decimal("1000")


def test_the_import_says_which_currencies_raise_no_money_alarm() -> None:
    from collections import Counter

    from knowledge.interchange.currency import currency_warnings

    warnings = currency_warnings(Counter({"EUR": 5, "CZK": 3, "XAF": 2}))
    assert "CURRENCY is EUR" in warnings[0]
    assert len(warnings) == 2 and "No money thresholds known for XAF:" in warnings[1]
    assert "CZK" not in warnings[1]  # CZK's come from CURRENCY_SCALE
