"""The tables of the nightly refresh, when they may be used, and how they are read.

The call list reads transactions for four things: fees and activity of the last 12 months
(contribution, RFM), the date of the last transaction (dormancy), monthly in/out flows
(unusual movements) and card descriptions (life events). On a large bank these are the
expensive parts, so a whole-bank refresh (`knowledge.signals.refresh.refresh_signals`) computes
them once per as-of date and stores one row per customer; the refresh also stores each
advisor's ranked list of that day (`knowledge.call_list.precomputed`).

A stale cache is never served. Readers use a refresh only when it exists for exactly the
requested as-of date, was made with the same settings, and no transaction was added since
(`transactions_mark`); otherwise they compute the same values live from SQL restricted to
the book, so results are correct (only slower) until the next refresh.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import (
    ARRAY,
    String,
    any_,
    bindparam,
    cast,
    select,
)
from sqlalchemy.orm import Session

from knowledge.models.bank import Transaction
from knowledge.models.signals import CustomerSignalSnapshot, SignalRefresh
from knowledge.settings import get_settings
from knowledge.signals.change_marks import high_water_mark, mark_subquery

CHUNK = 900
# The settings the call list depends on, in the order Settings declares them: from the
# currency to the end of the call-list block (knowledge/settings.py). A change in any of them
# makes every precomputed value unusable.
_FIRST_SETTING, _LAST_SETTING = "currency", "offer_min_risk_pension"
_NOT_A_RULE = {"as_of_date"}
# The stored flows' layout: a refresh written in another one is not used (computed live instead).
FLOWS_LAYOUT = "h1"


@dataclass(frozen=True)
class TransactionAggregates:
    fees_12m: Decimal
    net_flow_12m: Decimal
    frequency_12m: int
    last_transaction_on: dt.date | None


@dataclass(frozen=True)
class RefreshReport:
    as_of: dt.date
    customers: int
    transactions_scanned: int
    seconds: float
    # Time spent storing every advisor's ranked list after the scan (0 when not asked for).
    list_seconds: float = 0.0
    lists: int = 0

    @property
    def transactions_per_second(self) -> float:
        """The scan's rate: transactions booked up to as_of over the time to aggregate them."""
        return self.transactions_scanned / self.seconds if self.seconds else 0.0


@dataclass(frozen=True)
class Flow:
    """This window's total in one direction against the customer's monthly baseline.

    `largest`: the largest month of the history, what a customer with a usual month too
    small to judge against has moved before."""

    amount: Decimal
    last_on: dt.date
    median: Decimal
    mad: Decimal
    largest: Decimal = Decimal(0)


class Earlier(NamedTuple):
    """One direction's totals in the counted 30-day months before the window, month 1 first:
    whether a month FLOW_REPEAT_DAYS covers was itself unusual is judged against the months
    before it (the baseline as it stood then), net of the other way as the window is."""

    months: tuple[Decimal, ...]


@dataclass(frozen=True)
class FlowStats:
    months: int  # full 30-day months of history before the window
    out: Flow | None
    inflow: Flow | None
    earlier_out: Earlier | None = None
    earlier_in: Earlier | None = None

    def to_json(self) -> dict[str, Any]:
        def one(f: Flow | None) -> list[str] | None:
            if f is None:
                return None
            return [str(f.amount), f.last_on.isoformat(), str(f.median), str(f.mad),
                    str(f.largest)]

        def before(e: Earlier | None) -> list[str]:
            return [] if e is None else [str(m) for m in e.months]

        return {"m": self.months, "o": one(self.out), "i": one(self.inflow),
                "h": [before(self.earlier_out), before(self.earlier_in)]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FlowStats:
        def one(v: list[str] | None) -> Flow | None:
            if not v:
                return None
            largest = Decimal(v[4]) if len(v) > 4 else Decimal(0)
            return Flow(Decimal(v[0]), dt.date.fromisoformat(v[1]), Decimal(v[2]),
                        Decimal(v[3]), largest)

        out_before, in_before = data["h"]  # FLOWS_LAYOUT h1: every stored row has them
        return cls(int(data.get("m", 0)), one(data.get("o")), one(data.get("i")),
                   Earlier(tuple(Decimal(m) for m in out_before)),
                   Earlier(tuple(Decimal(m) for m in in_before)))


def settings_fingerprint() -> str:
    """A short hash of every call-list setting: thresholds, weights, windows, tiers."""
    settings = get_settings()
    names = list(type(settings).model_fields)
    if _FIRST_SETTING in names and _LAST_SETTING in names:
        chosen = names[names.index(_FIRST_SETTING) : names.index(_LAST_SETTING) + 1]
    else:  # the block was renamed: every setting counts (never a false "fresh")
        chosen = names
    text = ";".join(f"{n}={getattr(settings, n)}" for n in chosen if n not in _NOT_A_RULE)
    text += f";flows={FLOWS_LAYOUT}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def transactions_mark(session: Session) -> int:
    return high_water_mark(session, Transaction.__table__)


def refresh_fingerprint(session: Session) -> str:
    return _fingerprint(transactions_mark(session))


def _fingerprint(transactions: int) -> str:
    return f"{settings_fingerprint()}|t{transactions}"


def is_fresh(*, session: Session, as_of: dt.date) -> bool:
    """A refresh for exactly `as_of`, with today's settings, and no transaction added since.
    Asked once per unit of work that `reads_refresh_once` marked, else on every call."""
    memo = session.info.get(_FRESHNESS)
    if memo is not None and as_of in memo:
        return bool(memo[as_of])
    # The refresh's fingerprint and the transactions' mark in one round trip.
    row = session.execute(_freshness_statement(session), {"as_of": as_of}).first()
    fresh = row is not None and row[0] == _fingerprint(int(row[1] or 0))
    if memo is not None:
        memo[as_of] = fresh
    return fresh


_FRESHNESS = "signals.fresh"
_FRESHNESS_STATEMENTS: dict[str, Any] = {}  # built once per database dialect


def _freshness_statement(session: Session) -> Any:
    dialect = session.get_bind().dialect.name
    if dialect not in _FRESHNESS_STATEMENTS:
        _FRESHNESS_STATEMENTS[dialect] = select(
            SignalRefresh.fingerprint, mark_subquery(session, Transaction.__table__)
        ).where(SignalRefresh.as_of == bindparam("as_of"))
    return _FRESHNESS_STATEMENTS[dialect]


def reads_refresh_once(session: Session) -> None:
    """For a unit of work that writes no transaction and no refresh (a chat turn): whether
    the refresh is usable is read once, not by each of its readers (a profile asked it four
    times, two queries each)."""
    session.info[_FRESHNESS] = {}


def chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def id_groups(session: Session, ids: Sequence[str]) -> list[Sequence[str]]:
    """Customer ids in groups for `among`. PostgreSQL: all in one group, sent as one array,
    whose size its planner sees (index look-ups for one book, one scan for the whole bank;
    in groups of 900 the whole bank cost 23 scans). Elsewhere lists of CHUNK (SQLite's
    limit on parameters; its planner walks the index either way)."""
    if session.get_bind().dialect.name == "postgresql":
        return [list(ids)] if ids else []
    return list(chunks(ids))


def among(column: Any, group: Sequence[str]) -> Any:
    """`column` is one of `group` (a group from `id_groups`)."""
    if len(group) <= CHUNK:
        return column.in_(group)
    return column == any_(bindparam(None, list(group), type_=ARRAY(String)))


def among_bound(column: Any) -> Any:
    """`column` is one of the ids given as the parameter `ids` when the statement runs (a
    group of at most CHUNK): for a statement built once and run for many groups."""
    return column.in_(bindparam("ids", expanding=True))


_AGGREGATE_COLUMNS = (
    CustomerSignalSnapshot.customer_id,
    CustomerSignalSnapshot.fees_12m,
    CustomerSignalSnapshot.net_flow_12m,
    CustomerSignalSnapshot.frequency_12m,
    CustomerSignalSnapshot.last_transaction_on,
)
# A profile's or a book's customers (built once: building it cost more than running it).
_AGGREGATES_OF = select(*_AGGREGATE_COLUMNS).where(
    among_bound(CustomerSignalSnapshot.customer_id))


def cached_aggregates(
    *, session: Session, as_of: dt.date, customer_ids: Sequence[str] | None
) -> dict[str, TransactionAggregates] | None:
    """Aggregates from the refresh for `as_of` (every customer's when `customer_ids` is None);
    None when there is no usable refresh."""
    if not is_fresh(session=session, as_of=as_of):
        return None
    result = {}
    groups = [None] if customer_ids is None else id_groups(session, customer_ids)
    for chunk in groups:
        if chunk is None:
            rows = session.execute(select(*_AGGREGATE_COLUMNS))
        elif len(chunk) <= CHUNK:
            rows = session.execute(_AGGREGATES_OF, {"ids": list(chunk)})
        else:
            rows = session.execute(select(*_AGGREGATE_COLUMNS).where(
                among(CustomerSignalSnapshot.customer_id, chunk)))
        for cid, fee, flow, freq, last in rows:
            result[cid] = TransactionAggregates(Decimal(fee), Decimal(flow), int(freq), last)
    return result


def cached_fees(*, session: Session, as_of: dt.date) -> dict[str, Decimal] | None:
    if not is_fresh(session=session, as_of=as_of):
        return None
    return {
        cid: Decimal(fee)
        for cid, fee in session.execute(
            select(CustomerSignalSnapshot.customer_id, CustomerSignalSnapshot.fees_12m).where(
                CustomerSignalSnapshot.fees_12m != 0
            )
        )
    }


def cached_flows(*, session: Session, as_of: dt.date, book_ids: Any) -> dict[str, FlowStats] | None:
    if not is_fresh(session=session, as_of=as_of):
        return None
    return {
        cid: FlowStats.from_json(flows)
        for cid, flows in session.execute(
            select(CustomerSignalSnapshot.customer_id, CustomerSignalSnapshot.flows).where(
                CustomerSignalSnapshot.customer_id.in_(book_ids),
                # Empty entries are the rule; skip them in SQL rather than decoding them.
                cast(CustomerSignalSnapshot.flows, String) != "{}",
            )
        )
        if flows
    }


def cached_life_events(
    *, session: Session, as_of: dt.date, book_ids: Any
) -> list[tuple[str, str, dt.date, Decimal]] | None:
    if not is_fresh(session=session, as_of=as_of):
        return None
    rows = []
    for cid, matches in session.execute(
        select(CustomerSignalSnapshot.customer_id, CustomerSignalSnapshot.life_events).where(
            CustomerSignalSnapshot.customer_id.in_(book_ids),
            cast(CustomerSignalSnapshot.life_events, String) != "[]",
        )
    ):
        for description, on, amount in matches or []:
            rows.append((cid, description, dt.date.fromisoformat(on), Decimal(amount)))
    rows.sort(key=lambda r: r[2])
    return rows
