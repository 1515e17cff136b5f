"""The whole-bank pass over `transactions`: every customer's sums for one as-of date.

What each transaction of the flow window contributes travels as one integer, `cents ×
2^LOW + days before as_of × 4 + direction`, and numpy adds them up per customer into dense
arrays (knowledge.signals.robust then takes medians). Each holding also gives its first and
last booking, and its number of bookings (SQLite counts them apart: `scanned`).

SQLite gives one row per holding, its window's integers joined into one text
(group_concat), which numpy parses at once (knowledge.signals.passes_sqlite); PostgreSQL
the same rows from two halves of the table (knowledge.signals.passes_postgres); other
databases a bounds query and a stream of the window's rows through the session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

import numpy as np
from sqlalchemy import BigInteger, Integer, case, cast, func, literal, select
from sqlalchemy.orm import Session

from knowledge.models.bank import Holding, Transaction, TransactionKind
from knowledge.settings import get_settings
from knowledge.signals.scan import INFLOW_KINDS, OUTFLOW_KINDS

# Direction codes (the two lowest bits): flows out and in are 1 and 2.
OTHER, OUT, IN, FEE = 0, 1, 2, 3
YEAR_DAYS = 365
NEVER = np.iinfo(np.int64).max  # "days before as_of" of a customer without such a booking
_JULIAN_OFFSET = 1721424.5  # julianday(d) = d.toordinal() + this
_ID_SEPARATOR = "\x1f"  # the ASCII unit separator: never part of an id


@dataclass(frozen=True)
class Shape:
    """How days before as_of map to month buckets: bucket 0 is the flow window."""

    as_of: dt.date
    window_days: int
    months: int

    @property
    def reach(self) -> int:
        """Days before as_of that any aggregate reads (flow history or the last 12 months)."""
        return max(self.window_days + 30 * self.months, YEAR_DAYS)

    @property
    def low_bits(self) -> int:
        """Bits of the packed integer below the cents: days before as_of × 4 + direction."""
        return (self.reach * 4 - 1).bit_length()

    def buckets(self) -> np.ndarray:
        """Month bucket of each day before as_of (`months + 1`: before the flow history)."""
        days = np.arange(self.reach)
        month = np.where(days < self.window_days, 0, (days - self.window_days) // 30 + 1)
        return np.minimum(month, self.months + 1)


def shape_for(as_of: dt.date) -> Shape:
    s = get_settings()
    return Shape(as_of, s.flow_window_days, s.flow_history_months)


@dataclass
class Totals:
    """Dense per-customer sums (index = position in `customers`)."""

    customers: list[str]
    flow: np.ndarray  # (n, months + 1, 2): whole cents out / in per month bucket
    window_last: np.ndarray  # (n, 2): fewest days before as_of of a window flow out / in
    fees: np.ndarray  # whole cents of fees in the last 12 months
    net: np.ndarray  # signed whole cents of everything else in the last 12 months
    count: np.ndarray  # transactions in the last 12 months
    first: np.ndarray  # days before as_of of the first booking (-1: none)
    last: np.ndarray  # days before as_of of the last booking (NEVER: none)
    scanned: int = 0
    life_ids: list[str] = field(default_factory=list)

    @classmethod
    def empty(cls, customers: list[str], shape: Shape) -> Totals:
        n = len(customers)
        return cls(
            customers=customers,
            flow=np.zeros((n, shape.months + 1, 2), dtype=np.int64),
            window_last=np.full((n, 2), NEVER, dtype=np.int64),
            fees=np.zeros(n, dtype=np.int64),
            net=np.zeros(n, dtype=np.int64),
            count=np.zeros(n, dtype=np.int64),
            first=np.full(n, -1, dtype=np.int64),
            last=np.full(n, NEVER, dtype=np.int64),
        )

    def merge(self, other: Totals) -> None:
        self.flow += other.flow
        np.minimum(self.window_last, other.window_last, out=self.window_last)
        self.fees += other.fees
        self.net += other.net
        self.count += other.count
        np.maximum(self.first, other.first, out=self.first)
        np.minimum(self.last, other.last, out=self.last)
        self.scanned += other.scanned
        self.life_ids.extend(other.life_ids)


def _sums(n: int, index: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Whole numbers summed per index (float64 partial sums stay exact below 2**53)."""
    return np.rint(np.bincount(index, weights=weights, minlength=n)).astype(np.int64)


class Adder:
    """Folds batches of the pass into a Totals."""

    def __init__(self, totals: Totals, holding_of: dict[str, int], shape: Shape) -> None:
        self.totals, self.holding_of, self.shape = totals, holding_of, shape
        self.bucket_of_day = shape.buckets()

    def customers(self, holdings: Sequence[str]) -> np.ndarray:
        # A list first: np.fromiter over the lookups was twice as slow.
        return np.array(list(map(self.holding_of.get, holdings, repeat(-1))), dtype=np.int64)

    def window(self, customer: np.ndarray, packed: np.ndarray) -> None:
        """Transactions of the window: customer index and packed integer, one each."""
        known = customer >= 0
        customer, packed = customer[known], packed[known]
        low = packed & ((1 << self.shape.low_bits) - 1)
        cents = (packed >> self.shape.low_bits).astype(np.float64)
        days, way = low >> 2, low & 3
        t, n, months = self.totals, len(self.totals.customers), self.shape.months
        year = days < YEAR_DAYS
        fee = year & (way == FEE)
        other = year & ~fee
        t.fees += _sums(n, customer[fee], np.abs(cents[fee]))
        t.net += _sums(n, customer[other], cents[other])
        t.count += np.bincount(customer[year], minlength=n)
        bucket = self.bucket_of_day[days]
        flows = ((way == OUT) | (way == IN)) & (bucket <= months)
        cell = (customer[flows] * (months + 1) + bucket[flows]) * 2 + way[flows] - OUT
        t.flow += _sums(t.flow.size, cell, np.abs(cents[flows])).reshape(t.flow.shape)
        now = flows & (bucket == 0)
        np.minimum.at(t.window_last.reshape(-1), customer[now] * 2 + way[now] - OUT, days[now])

    def bounds(
        self, customer: np.ndarray, first: np.ndarray, last: np.ndarray, count: np.ndarray
    ) -> None:
        """Per holding: days before as_of of its first and last booking, and its bookings."""
        self.totals.scanned += int(count.sum())
        known = customer >= 0
        np.maximum.at(self.totals.first, customer[known], first[known])
        np.minimum.at(self.totals.last, customer[known], last[known])

    def fresh(self) -> Adder:
        """An empty adder for the same customers (a second worker's share)."""
        return Adder(Totals.empty(self.totals.customers, self.shape), self.holding_of, self.shape)

    def holding_rows(self, rows: list[Sequence[Any]], counted: bool = True) -> None:
        """Rows of one holding each: (holding, first, last, [count,] packed integers joined
        by commas [, life-event ids joined by the unit separator]); without `counted`
        (SQLite's) the bookings are counted apart (`scanned`)."""
        if not rows:
            return
        columns = list(zip(*rows, strict=True))
        customer = self.customers(columns[0])
        first, last = (np.array(c, dtype=np.int64) for c in columns[1:3])
        count = np.array(columns[3], dtype=np.int64) if counted else np.zeros(0, np.int64)
        self.bounds(customer, first, last, count)
        texts = [text or "" for text in columns[4 if counted else 3]]
        sizes = np.array([t.count(",") + 1 if t else 0 for t in texts], dtype=np.int64)
        packed = np.fromstring(",".join(t for t in texts if t), dtype=np.int64, sep=",")
        if len(packed) != sizes.sum():
            raise ValueError(
                "a transaction amount is too large for the refresh's packed integers "
                f"(more than {2 ** (62 - self.shape.low_bits) / 100:,.0f}); check the data"
            )
        self.window(np.repeat(customer, sizes), packed)
        if len(columns) > (5 if counted else 4):
            self.totals.life_ids.extend(
                i for text in columns[-1] if text for i in text.split(_ID_SEPARATOR)
            )


def _days_before(as_of: dt.date, value: Any, dialect: str) -> Any:
    if dialect == "sqlite":  # dates are ISO text; both julian days end in .5
        return cast(as_of.toordinal() + _JULIAN_OFFSET - func.julianday(value), Integer)
    return cast(literal(as_of) - value, Integer)  # PostgreSQL: date - date is days


def _packed(shape: Shape, dialect: str) -> Any:
    """One transaction as cents × 2^low_bits + days before as_of × 4 + direction."""
    way = case(
        (Transaction.kind.in_(OUTFLOW_KINDS), literal(OUT)),
        (Transaction.kind.in_(INFLOW_KINDS), literal(IN)),
        (Transaction.kind == TransactionKind.fee, literal(FEE)),
        else_=literal(OTHER),
    )
    # PostgreSQL's numeric amount times 100 is whole already, and its cast to bigint rounds;
    # SQLite's may be a float (12.34 * 100 = 1233.9999...), so it is rounded first.
    scaled = Transaction.amount * 100
    cents = cast(func.round(scaled) if dialect == "sqlite" else scaled, BigInteger)
    days = _days_before(shape.as_of, Transaction.booked_on, dialect)
    return cents * (1 << shape.low_bits) + days * 4 + way


def _window_start(shape: Shape) -> dt.date:
    return shape.as_of - dt.timedelta(days=shape.reach)


def window_statement(shape: Shape, dialect: str) -> Any:
    """Elsewhere: one row per transaction of the window (holding, packed integer)."""
    return select(Transaction.holding_id, _packed(shape, dialect)).where(
        Transaction.booked_on <= shape.as_of, Transaction.booked_on > _window_start(shape)
    )


def bounds_statement(as_of: dt.date, dialect: str) -> Any:
    """Elsewhere: per holding, first and last booking up to as_of and how many."""
    return (
        select(
            Transaction.holding_id,
            _days_before(as_of, func.min(Transaction.booked_on), dialect),
            _days_before(as_of, func.max(Transaction.booked_on), dialect),
            func.count(),
        )
        .where(Transaction.booked_on <= as_of)
        .group_by(Transaction.holding_id)
    )


def _elsewhere(session: Session, adder: Adder, shape: Shape, dialect: str) -> None:
    result = session.execute(
        window_statement(shape, dialect), execution_options={"yield_per": 200_000}
    )
    for batch in result.partitions():
        holding, packed = zip(*batch, strict=True)
        adder.window(adder.customers(holding), np.array(packed, dtype=np.int64))
    rows = session.execute(bounds_statement(shape.as_of, dialect)).all()
    if rows:
        holding, *numbers = zip(*rows, strict=True)
        adder.bounds(adder.customers(holding), *(np.array(c, dtype=np.int64) for c in numbers))


def whole_bank_totals(*, session: Session, as_of: dt.date, life_match: Any | None) -> Totals:
    """Every customer's sums for `as_of`; `life_match` (SQLite, PostgreSQL): also the ids of
    the payments it matches."""
    shape = shape_for(as_of)
    owner = {hid: cid for hid, cid in session.execute(select(Holding.id, Holding.customer_id))}
    customers = sorted(set(owner.values()))
    index = {cid: k for k, cid in enumerate(customers)}
    holding_of = {hid: index[cid] for hid, cid in owner.items()}
    totals = Totals.empty(customers, shape)
    adder = Adder(totals, holding_of, shape)
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        # Imported here: that module builds on this one's Adder and packed integers.
        from knowledge.signals.passes_postgres import postgres_totals

        postgres_totals(session, adder, shape, life_match, adder.fresh)
        return totals
    if dialect != "sqlite":
        _elsewhere(session, adder, shape, dialect)
        return totals
    # Imported here: that module builds on this one's Adder and packed integers.
    from knowledge.signals.passes_sqlite import sqlite_totals

    sqlite_totals(session, adder, shape, life_match, sorted(holding_of))
    return totals
