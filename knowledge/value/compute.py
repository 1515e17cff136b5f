"""Customer values from the database: the bank-wide pass that ranks every customer into
tiers, and the values of a set of customers (knowledge.value.tiers says what they mean).

The bank-wide part (the contribution cut-offs between tiers) needs every customer; it is one
SQL GROUP BY, cached per database and as-of date for `bank_cache_seconds`. Values for a given
set of customers are computed with SQL restricted to those customers. The values of the whole
bank (the nightly refresh) read each table once, and the cut-offs come from the same sums.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, bindparam, case, func, literal, or_, select, true
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
from knowledge.signals.cache import (
    CHUNK,
    TransactionAggregates,
    among,
    among_bound,
    cached_aggregates,
    cached_fees,
    id_groups,
)
from knowledge.value.bank_cache import BankCache
from knowledge.value.tiers import (
    ZERO,
    CustomerValue,
    TierCutoffs,
    ValueSums,
    cutoffs_from,
    money,
    values_of,
)


def _margin_expr(high: Decimal, medium: Decimal, low: Decimal):  # type: ignore[no-untyped-def]
    return case(
        (Product.margin_class == "high", literal(float(high))),
        (Product.margin_class == "medium", literal(float(medium))),
        else_=literal(float(low)),
    )


def _open_on(as_of: dt.date):  # type: ignore[no-untyped-def]
    return (Holding.opened_on <= as_of) & or_(
        Holding.closed_on.is_(None), Holding.closed_on > as_of
    )


def _holdings_query(as_of: dt.date, settings: Settings) -> Select[Any]:
    return _holdings_statement(as_of, settings.margin_high, settings.margin_medium,
                               settings.margin_low)


# Built once per day and margins (each profile and book read it; building it anew was a
# fifth of a customer's value).
@lru_cache(maxsize=64)
def _holdings_statement(as_of: dt.date, high: Decimal, medium: Decimal,
                        low: Decimal) -> Select[Any]:
    return (
        select(
            Holding.customer_id,
            # A loan earns its margin; one in default earns none and its arrears are a loss.
            func.sum(case(
                (Holding.loan_status == "default", -func.coalesce(Holding.arrears, 0)),
                else_=func.abs(Holding.balance) * _margin_expr(high, medium, low),
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


@lru_cache(maxsize=64)
def _holdings_of(as_of: dt.date, high: Decimal, medium: Decimal, low: Decimal) -> Select[Any]:
    """`_holdings_statement` for the ids bound as `ids` (knowledge.signals.cache.among_bound)."""
    return _holdings_statement(as_of, high, medium, low).where(among_bound(Holding.customer_id))


# Each customer's last interaction of any kind up to `as_of`, for the ids bound as `ids`.
_LAST_CONTACT_OF = (
    select(Interaction.customer_id, func.max(Interaction.occurred_on))
    .where(among_bound(Interaction.customer_id), Interaction.occurred_on <= bindparam("as_of"))
    .group_by(Interaction.customer_id)
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
            fees[cid] = fees.get(cid, ZERO) + money(fee)
    return fees


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
        cid: money(margin)
        for cid, margin, _bal, _n, _debt in session.execute(_holdings_query(as_of, settings))
    }
    fees = cached_fees(session=session, as_of=as_of)
    if fees is None:
        fees = _bank_fees(session, as_of)
    for cid, fee in fees.items():
        if cid in contributions:
            contributions[cid] += money(fee)
    return cutoffs_from(as_of, contributions.values(), settings)


def tier_cutoffs(*, session: Session, as_of: dt.date) -> TierCutoffs:
    return _cutoffs.get(
        (_bind_key(session), as_of),
        get_settings().bank_cache_seconds,
        lambda: compute_tier_cutoffs(session=session, as_of=as_of),
    )


# ---------------------------------------------------------------- values of customers
def customer_values(
    *,
    session: Session,
    as_of: dt.date,
    customer_ids: Sequence[str] | None = None,
    last_interaction: Mapping[str, dt.date] | None = None,
    aggregates: Mapping[str, TransactionAggregates] | None = None,
) -> dict[str, CustomerValue]:
    """Contribution, tier, RFM and strategy for the given customers (all when None).

    `last_interaction` (all customers only): each customer's last interaction of any kind
    up to as_of, when the caller read it anyway (knowledge.call_list.book). `aggregates`
    (all customers only): the refresh's, as `cached_aggregates` would read them back, from
    the refresh that has just stored them."""
    settings = get_settings()
    everyone = customer_ids is None
    if customer_ids is None:
        ids = list(session.scalars(select(Customer.id)))
    else:
        ids = list(dict.fromkeys(customer_ids))
    sums = ValueSums()
    # All customers: one plain read per table, no groups of ids to look up one by one.
    cached = (
        aggregates
        if everyone and aggregates is not None
        else cached_aggregates(session=session, as_of=as_of,
                               customer_ids=None if everyone else ids)
    )
    for cid, agg in (cached or {}).items():
        sums.fees[cid], sums.flows_12m[cid], sums.frequency[cid] = (
            agg.fees_12m,
            agg.net_flow_12m,
            agg.frequency_12m,
        )
        if agg.last_transaction_on is not None:
            sums.last_txn[cid] = agg.last_transaction_on
    for chunk in [ids] if everyone else id_groups(session, ids):
        # A group of at most CHUNK ids (a profile, a book): statements built once.
        bound = not everyone and len(chunk) <= CHUNK
        if bound:
            held = session.execute(_holdings_of(as_of, settings.margin_high,
                                                settings.margin_medium, settings.margin_low),
                                   {"ids": list(chunk)})
        else:
            mine = true() if everyone else among(Holding.customer_id, chunk)
            held = session.execute(_holdings_query(as_of, settings).where(mine))
        for cid, m, bal, _n, debt in held:
            sums.margin[cid], sums.balances[cid] = money(m), money(bal)
            sums.debts[cid] = money(debt)
        if cached is None and not everyone:
            _transaction_aggregates(session, chunk, as_of, sums)
        if everyone and last_interaction is not None:
            sums.last_contact.update(last_interaction)
            continue
        if bound:
            contacts = session.execute(_LAST_CONTACT_OF, {"ids": list(chunk), "as_of": as_of})
        else:
            contacts = session.execute(
                select(Interaction.customer_id, func.max(Interaction.occurred_on))
                .where(true() if everyone else among(Interaction.customer_id, chunk),
                       Interaction.occurred_on <= as_of)
                .group_by(Interaction.customer_id))
        for cid, last in contacts:
            sums.last_contact[cid] = last
    if cached is None and everyone:  # no refresh to read: the transactions, group by group
        for chunk in id_groups(session, ids):
            _transaction_aggregates(session, chunk, as_of, sums)
    if everyone and cached is not None:
        # The whole bank's sums with the refresh's fees are exactly what compute_tier_cutoffs
        # reads (the same holdings query, the same stored fees): rank them here rather than
        # run that query a second time (nightly refresh: 0.25 s of a 20k bank on PostgreSQL).
        contributions = sums.contributions()
        cutoffs = _cutoffs.get(
            (_bind_key(session), as_of),
            settings.bank_cache_seconds,
            lambda: cutoffs_from(as_of, contributions.values(), settings),
        )
    else:
        cutoffs = tier_cutoffs(session=session, as_of=as_of)
    return values_of(ids, sums, cutoffs, as_of)


def _transaction_aggregates(
    session: Session, chunk: Sequence[str], as_of: dt.date, sums: ValueSums
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
        sums.fees[cid], sums.flows_12m[cid] = money(fee), money(flow)
        sums.frequency[cid] = int(count or 0)
        if last is not None:
            sums.last_txn[cid] = last
