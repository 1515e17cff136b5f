"""Customer value: contribution, tier, RFM and the contribution x activity strategy.

Contribution (docs/contracts.md) = sum over open holdings of |balance| x annual margin of the
product's margin class + fees paid in the last 12 months; a loan in default earns no margin and
its arrears count as a loss. Relationship value is the assets
(positive balances) only; what the customer owes is `liabilities`, shown apart. Tiers are by
*rank* of contribution across the whole bank (top 5 %, high 15 %, mid 60 %, low 20 %), so a
big depositor with only a savings account can rank below a smaller customer with funds and
insurance (seed 003).

The bank-wide part (the contribution cut-offs between tiers) needs every customer; it is one
SQL GROUP BY, cached per database and as-of date for `bank_cache_seconds`. Values for a given
set of customers are computed with SQL restricted to those customers.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, case, func, literal, or_, select, true
from sqlalchemy.orm import Session

from knowledge.models.bank import (
    Customer,
    Holding,
    Interaction,
    Product,
    Transaction,
    TransactionKind,
)
from knowledge.settings import Settings, get_settings
from knowledge.signals.cache import among, cached_aggregates, cached_fees, id_groups
from knowledge.value.bank_cache import BankCache

TIERS = ("top", "high", "mid", "low", "inactive")
PREMIUM = ("top", "high")
ZERO = Decimal("0")
CENT = Decimal("0.01")
# SQLite caps bound parameters per statement; long id lists are queried in chunks.
CHUNK = 900


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


def _margin_expr(settings: Settings):  # type: ignore[no-untyped-def]
    return case(
        (Product.margin_class == "high", literal(float(settings.margin_high))),
        (Product.margin_class == "medium", literal(float(settings.margin_medium))),
        else_=literal(float(settings.margin_low)),
    )


def _open_on(as_of: dt.date):  # type: ignore[no-untyped-def]
    return (Holding.opened_on <= as_of) & or_(
        Holding.closed_on.is_(None), Holding.closed_on > as_of
    )


def _holdings_query(as_of: dt.date, settings: Settings) -> Select[Any]:
    return (
        select(
            Holding.customer_id,
            # A loan earns its margin; one in default earns none and its arrears are a loss.
            func.sum(case(
                (Holding.loan_status == "default", -func.coalesce(Holding.arrears, 0)),
                else_=func.abs(Holding.balance) * _margin_expr(settings),
            )),
            # Assets and liabilities apart: a loan is not "relationship value".
            func.sum(case((Holding.balance > 0, Holding.balance), else_=0)),
            func.count(Holding.id),
            func.sum(case((Holding.balance < 0, -Holding.balance), else_=0)),
        )
        .join(Product, Product.id == Holding.product_id)
        .where(_open_on(as_of))
        .group_by(Holding.customer_id)
    )


def _bank_fees(session: Session, as_of: dt.date) -> dict[str, Decimal]:
    """Fees of the last 12 months per customer, over the whole bank.

    Fees are a small share of the rows, so one sequential pass over the table that keeps only
    fees beats any index here: the columns are wrapped so that the planner neither follows the
    booked_on index nor the holding index (each a random table lookup per row). On the 10M-row
    bench bank that is 8 s against 80 s.
    """
    booked_on = func.coalesce(Transaction.booked_on, Transaction.booked_on)
    holding = func.coalesce(Transaction.holding_id, Transaction.holding_id)
    owner = dict(session.execute(select(Holding.id, Holding.customer_id)).tuples().all())
    fees: dict[str, Decimal] = {}
    for hid, fee in session.execute(
        select(holding, func.sum(func.abs(Transaction.amount)))
        .where(
            Transaction.kind == TransactionKind.fee,
            booked_on > as_of - dt.timedelta(days=365),
            booked_on <= as_of,
        )
        .group_by(holding)
    ):
        cid = owner.get(hid)
        if cid is not None:
            fees[cid] = fees.get(cid, ZERO) + _money(fee)
    return fees


def _money(value: float | Decimal | None) -> Decimal:
    if value is None:
        return ZERO
    return Decimal(str(value)).quantize(CENT)


# ---------------------------------------------------------------- bank-wide cut-offs
_cutoffs: BankCache[TierCutoffs] = BankCache()


def clear_bank_cache() -> None:
    """Forget cached bank-wide values (after an import, or between tests)."""
    _cutoffs.clear()


def _bind_key(session: Session) -> str:
    return str(session.get_bind().engine.url)


def compute_tier_cutoffs(*, session: Session, as_of: dt.date) -> TierCutoffs:
    """Rank every customer with an open holding by contribution; the tier boundaries."""
    settings = get_settings()
    contributions: dict[str, Decimal] = {
        cid: _money(margin)
        for cid, margin, _bal, _n, _debt in session.execute(_holdings_query(as_of, settings))
    }
    fees = cached_fees(session=session, as_of=as_of)
    if fees is None:
        fees = _bank_fees(session, as_of)
    for cid, fee in fees.items():
        if cid in contributions:
            contributions[cid] += _money(fee)
    ranked = sorted(contributions.values(), reverse=True)
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


def tier_cutoffs(*, session: Session, as_of: dt.date) -> TierCutoffs:
    return _cutoffs.get(
        (_bind_key(session), as_of),
        get_settings().bank_cache_seconds,
        lambda: compute_tier_cutoffs(session=session, as_of=as_of),
    )


# ---------------------------------------------------------------- per customer
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


def customer_values(
    *, session: Session, as_of: dt.date, customer_ids: Sequence[str] | None = None
) -> dict[str, CustomerValue]:
    """Contribution, tier, RFM and strategy for the given customers (all when None)."""
    settings = get_settings()
    cutoffs = tier_cutoffs(session=session, as_of=as_of)
    if customer_ids is None:
        ids = list(session.scalars(select(Customer.id)))
    else:
        ids = list(dict.fromkeys(customer_ids))

    margin: dict[str, Decimal] = {}
    balances: dict[str, Decimal] = {}
    debts: dict[str, Decimal] = {}
    fees: dict[str, Decimal] = {}
    flows_12m: dict[str, Decimal] = {}
    frequency: dict[str, int] = {}
    last_txn: dict[str, dt.date] = {}
    last_contact: dict[str, dt.date] = {}
    # All customers: one plain read per table, no groups of ids to look up one by one.
    everyone = customer_ids is None
    cached = cached_aggregates(session=session, as_of=as_of,
                               customer_ids=None if everyone else ids)
    for cid, agg in (cached or {}).items():
        fees[cid], flows_12m[cid], frequency[cid] = (
            agg.fees_12m,
            agg.net_flow_12m,
            agg.frequency_12m,
        )
        if agg.last_transaction_on is not None:
            last_txn[cid] = agg.last_transaction_on
    for chunk in [ids] if everyone else id_groups(session, ids):
        mine = true() if everyone else among(Holding.customer_id, chunk)
        for cid, m, bal, _n, debt in session.execute(_holdings_query(as_of, settings).where(mine)):
            margin[cid], balances[cid], debts[cid] = _money(m), _money(bal), _money(debt)
        if cached is None and not everyone:
            _transaction_aggregates(session, chunk, as_of, fees, flows_12m, frequency, last_txn)
        contacted = true() if everyone else among(Interaction.customer_id, chunk)
        for cid, last in session.execute(
            select(Interaction.customer_id, func.max(Interaction.occurred_on))
            .where(contacted, Interaction.occurred_on <= as_of)
            .group_by(Interaction.customer_id)
        ):
            last_contact[cid] = last
    if cached is None and everyone:  # no refresh to read: the transactions, group by group
        for chunk in id_groups(session, ids):
            _transaction_aggregates(session, chunk, as_of, fees, flows_12m, frequency, last_txn)

    recency_cuts = _ints(settings.rfm_recency_days)
    frequency_cuts = [float(v) for v in _ints(settings.rfm_frequency_12m)]
    dormant_before = as_of - dt.timedelta(days=settings.dormant_after_days)
    values: dict[str, CustomerValue] = {}
    for cid in ids:
        contribution = margin.get(cid, ZERO) + (fees.get(cid, ZERO) if cid in margin else ZERO)
        rank_tier = cutoffs.tier_of(contribution, cid in margin)
        last_activity = max(
            (d for d in (last_txn.get(cid), last_contact.get(cid)) if d is not None), default=None
        )
        # No recorded activity at all is no evidence of dormancy (e.g. a fresh import).
        dormant = last_activity is not None and last_activity < dormant_before
        tier = "inactive" if dormant else rank_tier
        recency = (as_of - last_activity).days if last_activity else None
        freq = frequency.get(cid, 0)
        m_score = {"top": 5, "high": 4, "mid": 3, "low": 2}.get(rank_tier, 1)
        rfm = RFM(
            recency_days=recency,
            frequency_12m=freq,
            monetary=contribution,
            r=_recency_score(recency, recency_cuts),
            f=_score_desc(freq, frequency_cuts),
            m=m_score,
        )
        activity = "high" if freq >= settings.active_transactions_12m else "low"
        values[cid] = CustomerValue(
            customer_id=cid,
            contribution=contribution,
            tier=tier,
            relationship_value=balances.get(cid, ZERO),
            contribution_trend=_trend(margin.get(cid), balances.get(cid), flows_12m.get(cid)),
            rfm=rfm,
            contribution_tier=rank_tier,
            activity=activity,
            strategy=strategy_for(rank_tier, activity),
            fees_12m=fees.get(cid, ZERO),
            last_activity_on=last_activity,
            liabilities=debts.get(cid, ZERO),
        )
    return values


def _transaction_aggregates(  # type: ignore[no-untyped-def]
    session: Session, chunk: Sequence[str], as_of: dt.date, fees, flows_12m, frequency, last_txn
) -> None:
    """Fees, net flow and count of the last 12 months, and the last transaction, live."""
    year_ago = as_of - dt.timedelta(days=365)
    in_year = (Transaction.booked_on > year_ago) & (Transaction.booked_on <= as_of)
    is_fee = Transaction.kind == TransactionKind.fee
    rows = session.execute(
        select(
            Holding.customer_id,
            func.sum(case((in_year & is_fee, func.abs(Transaction.amount)), else_=0)),
            func.sum(case((in_year & ~is_fee, Transaction.amount), else_=0)),
            func.sum(case((in_year, 1), else_=0)),
            func.max(Transaction.booked_on),
        )
        .join(Holding, Holding.id == Transaction.holding_id)
        .where(among(Holding.customer_id, chunk), Transaction.booked_on <= as_of)
        .group_by(Holding.customer_id)
    )
    for cid, fee, flow, count, last in rows:
        fees[cid], flows_12m[cid] = _money(fee), _money(flow)
        frequency[cid] = int(count or 0)
        if last is not None:
            last_txn[cid] = last


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
