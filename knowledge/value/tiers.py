"""Customer value: contribution, tier, RFM and the contribution x activity strategy.

Contribution (docs/contracts.md) = sum over open holdings of |balance| x annual margin of the
product's margin class + fees paid in the last 12 months; a loan in default earns no margin and
its arrears count as a loss. Relationship value is the assets
(positive balances) only; what the customer owes is `liabilities`, shown apart. Tiers are by
*rank* of contribution across the whole bank (top 5 %, high 15 %, mid 60 %, low 20 %), so a
big depositor with only a savings account can rank below a smaller customer with funds and
insurance (seed 003).

This module says what the tiers, the RFM scores and the strategies are, from per-customer
sums; knowledge.value.compute reads those sums from the database (the bank-wide pass that
ranks every customer, and the values of a set of customers).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from knowledge.settings import Settings, get_settings

TIERS = ("top", "high", "mid", "low", "inactive")
PREMIUM = ("top", "high")
ZERO = Decimal("0")
CENT = Decimal("0.01")


@dataclass(frozen=True)
class RFM:
    """Recency (days since last activity), frequency (transactions in 12 months), monetary."""

    recency_days: int | None
    frequency_12m: int
    monetary: Decimal
    r: int
    f: int
    m: int

    @property
    def code(self) -> str:
        return f"{self.r}{self.f}{self.m}"


@dataclass(frozen=True)
class CustomerValue:
    customer_id: str
    contribution: Decimal
    tier: str
    relationship_value: Decimal  # assets: positive balances of open holdings
    contribution_trend: Decimal | None
    rfm: RFM | None = None
    # The rank tier even when `tier` is "inactive": a dormant customer who used to be "top".
    contribution_tier: str = "low"
    activity: str = "low"
    strategy: str = "maintain"
    fees_12m: Decimal = ZERO
    last_activity_on: dt.date | None = None
    liabilities: Decimal = ZERO  # what the customer owes (loans, card debt), positive

    @property
    def strategy_text(self) -> str:
        return STRATEGY_TEXT[self.strategy]


STRATEGY_TEXT = {
    "market_info": "high contribution, high activity: bring market information fast",
    "stimulate_needs": (
        "high contribution, low activity: stimulate other needs, put idle money to work"
    ),
    "self_service": "low contribution, high activity: steer to self-service channels",
    "maintain": "low contribution, low activity: keep in touch through campaigns",
}


@dataclass(frozen=True)
class TierCutoffs:
    """Minimum contribution of each ranked tier on one as-of date; `ranked` customers counted."""

    as_of: dt.date
    top_min: Decimal
    high_min: Decimal
    mid_min: Decimal
    ranked: int

    def tier_of(self, contribution: Decimal, has_open_holding: bool) -> str:
        if not has_open_holding or self.ranked == 0:
            return "inactive"
        if contribution >= self.top_min:
            return "top"
        if contribution >= self.high_min:
            return "high"
        if contribution >= self.mid_min:
            return "mid"
        return "low"


def cutoffs_from(
    as_of: dt.date, contributions: Iterable[Decimal], settings: Settings
) -> TierCutoffs:
    """The tier boundaries of a bank whose customers with an open holding contribute these."""
    ranked = sorted(contributions, reverse=True)
    n = len(ranked)
    if n == 0:
        return TierCutoffs(as_of, ZERO, ZERO, ZERO, 0)

    def boundary(share: float) -> Decimal:
        # The contribution of the last customer inside the top `share` by rank.
        index = min(n - 1, max(0, math.ceil(share * n) - 1))
        return ranked[index]

    top = settings.tier_top_share
    high = top + settings.tier_high_share
    mid = high + settings.tier_mid_share
    return TierCutoffs(as_of, boundary(top), boundary(high), boundary(mid), n)


def money(value: float | Decimal | None) -> Decimal:
    """A SQL sum of money as exact cents."""
    if value is None:
        return ZERO
    if type(value) is Decimal:  # as the driver gives it: its text would read back the same
        return value.quantize(CENT)
    return Decimal(str(value)).quantize(CENT)


def _score_desc(value: float, cutoffs: Sequence[float]) -> int:
    """5 when value >= the first cut-off, 1 below the last (cut-offs descending)."""
    for index, cutoff in enumerate(cutoffs):
        if value >= cutoff:
            return 5 - index
    return 1


def _recency_score(days: int | None, cutoffs: Sequence[int]) -> int:
    if days is None:
        return 1
    for index, cutoff in enumerate(cutoffs):
        if days <= cutoff:
            return 5 - index
    return 1


def _ints(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.strip()]


def strategy_for(contribution_tier: str, activity: str) -> str:
    high_value = contribution_tier in PREMIUM
    if high_value:
        return "market_info" if activity == "high" else "stimulate_needs"
    return "self_service" if activity == "high" else "maintain"


@dataclass
class ValueSums:
    """Per-customer sums the values are made of (knowledge.value.compute reads them)."""

    margin: dict[str, Decimal] = field(default_factory=dict)  # customers with an open holding
    balances: dict[str, Decimal] = field(default_factory=dict)
    debts: dict[str, Decimal] = field(default_factory=dict)
    fees: dict[str, Decimal] = field(default_factory=dict)
    flows_12m: dict[str, Decimal] = field(default_factory=dict)
    frequency: dict[str, int] = field(default_factory=dict)
    last_txn: dict[str, dt.date] = field(default_factory=dict)
    last_contact: dict[str, dt.date] = field(default_factory=dict)

    def contributions(self) -> dict[str, Decimal]:
        """Contribution of every customer with an open holding: margin + fees."""
        fees = self.fees
        return {cid: m + fees.get(cid, ZERO) for cid, m in self.margin.items()}


def values_of(
    ids: Sequence[str], sums: ValueSums, cutoffs: TierCutoffs, as_of: dt.date
) -> dict[str, CustomerValue]:
    """Contribution, tier, RFM and strategy of each customer from their sums.

    Called for every customer of the bank by the nightly refresh: what does not depend on
    the customer is worked out once, before the loop."""
    settings = get_settings()
    margin, balances, fees = sums.margin, sums.balances, sums.fees
    last_txn, last_contact, frequency = sums.last_txn, sums.last_contact, sums.frequency
    flows_12m, debts = sums.flows_12m, sums.debts
    recency_cuts = tuple(_ints(settings.rfm_recency_days))
    frequency_cuts = tuple(float(v) for v in _ints(settings.rfm_frequency_12m))
    dormant_before = as_of - dt.timedelta(days=settings.dormant_after_days)
    active = settings.active_transactions_12m
    m_scores = {"top": 5, "high": 4, "mid": 3, "low": 2}
    strategies = {
        (tier, activity): strategy_for(tier, activity)
        for tier in TIERS
        for activity in ("high", "low")
    }
    tier_of = cutoffs.tier_of
    # Days and counts repeat across customers (a few hundred distinct values in 20k).
    r_score = functools.cache(_recency_score)
    f_score = functools.cache(_score_desc)
    values: dict[str, CustomerValue] = {}
    for cid in ids:
        held = cid in margin
        contribution = margin[cid] + fees.get(cid, ZERO) if held else ZERO
        rank_tier = tier_of(contribution, held)
        txn_on, contact_on = last_txn.get(cid), last_contact.get(cid)
        if txn_on is None or (contact_on is not None and contact_on > txn_on):
            last_activity = contact_on
        else:
            last_activity = txn_on
        # No recorded activity at all is no evidence of dormancy (e.g. a fresh import).
        dormant = last_activity is not None and last_activity < dormant_before
        recency = (as_of - last_activity).days if last_activity else None
        freq = frequency.get(cid, 0)
        activity = "high" if freq >= active else "low"
        values[cid] = CustomerValue(
            cid,
            contribution,
            "inactive" if dormant else rank_tier,
            balances.get(cid, ZERO),
            _trend(margin.get(cid), balances.get(cid), flows_12m.get(cid)),
            RFM(
                recency,
                freq,
                contribution,
                r_score(recency, recency_cuts),
                f_score(freq, frequency_cuts),
                m_scores.get(rank_tier, 1),
            ),
            rank_tier,
            activity,
            strategies[rank_tier, activity],
            fees.get(cid, ZERO),
            last_activity,
            debts.get(cid, ZERO),
        )
    return values


def _trend(
    margin: Decimal | None, balance: Decimal | None, net_flow_12m: Decimal | None
) -> Decimal | None:
    """Relative change of the balance-driven contribution over 12 months, estimated.

    The balance a year ago is today's total minus the net flows booked since; the margin is
    assumed to scale with it. None when there is no sensible base to compare with.
    """
    if margin is None or balance is None or net_flow_12m is None or balance <= 0:
        return None
    before = balance - net_flow_12m
    if before <= 0:
        return None
    return ((balance - before) / before).quantize(Decimal("0.0001"))


def value_weight(value: CustomerValue) -> float:
    """The customer-value factor of the call-list score (settings, by tier)."""
    settings = get_settings()
    tier = value.contribution_tier if value.tier == "inactive" else value.tier
    return {
        "top": settings.call_value_weight_top,
        "high": settings.call_value_weight_high,
        "mid": settings.call_value_weight_mid,
        "low": settings.call_value_weight_low,
    }.get(tier, settings.call_value_weight_inactive)


_MOVED = frozenset({"clear_bank_cache", "compute_tier_cutoffs", "customer_values", "tier_cutoffs"})


def __getattr__(name: str) -> Any:
    """The SQL half moved to knowledge.value.compute; code written against the old module
    (other branches, scripts) still finds it here, imported on first use (no cycle)."""
    if name in _MOVED:
        from knowledge.value import compute

        return getattr(compute, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
