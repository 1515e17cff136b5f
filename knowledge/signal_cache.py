"""Precomputed per-customer transaction aggregates for the call list (`advisor refresh`).

The call list reads transactions for four things: fees and activity of the last 12 months
(contribution, RFM), the date of the last transaction (dormancy), monthly in/out flows
(unusual movements) and card descriptions (life events). On a large bank these are the
expensive parts, so a whole-bank refresh computes them once per as-of date with two SQL
GROUP BYs over `transactions` (grouped by holding, no join) and stores one row per customer.

Readers use the cache only when a refresh exists for exactly the requested as-of date;
otherwise they compute the same values live from SQL restricted to the book, so results are
correct (only slower) without a refresh. Run the refresh again after loading new data.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Integer,
    Numeric,
    String,
    case,
    delete,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from knowledge.models import Base, Holding, Transaction, TransactionKind
from knowledge.settings import get_settings

OUTFLOW_KINDS = (TransactionKind.withdrawal, TransactionKind.transfer_out)
INFLOW_KINDS = (TransactionKind.deposit, TransactionKind.transfer_in)
CHUNK = 900


class CustomerSignalSnapshot(Base):
    __tablename__ = "customer_signal_snapshots"

    customer_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    as_of: Mapped[dt.date] = mapped_column(Date)
    fees_12m: Mapped[Decimal] = mapped_column(Numeric(18, 2))
    net_flow_12m: Mapped[Decimal] = mapped_column(Numeric(18, 2))
    frequency_12m: Mapped[int] = mapped_column(Integer)
    last_transaction_on: Mapped[dt.date | None] = mapped_column(Date)
    # {"<bucket>:<in|out|other>": [amount, "YYYY-MM-DD"]}: bucket 0 = the current window.
    flows: Mapped[dict[str, Any]] = mapped_column(JSON)
    # [[description, "YYYY-MM-DD", amount], ...]: card payments matching life-event words.
    life_events: Mapped[list[Any]] = mapped_column(JSON)


class SignalRefresh(Base):
    __tablename__ = "signal_refreshes"

    as_of: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    computed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    customers: Mapped[int] = mapped_column(Integer)
    transactions_scanned: Mapped[int] = mapped_column(Integer)
    seconds: Mapped[float] = mapped_column(Numeric(12, 3))
    # Settings the aggregates depend on; a change makes the cache unusable.
    fingerprint: Mapped[str] = mapped_column(String(200))


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

    @property
    def transactions_per_second(self) -> float:
        return self.transactions_scanned / self.seconds if self.seconds else 0.0


def _fingerprint() -> str:
    s = get_settings()
    return f"w{s.flow_window_days}:m{s.flow_history_months}:l{s.life_event_window_days}"


def bucket_edges(as_of: dt.date) -> list[dt.date]:
    """Bucket 0 = the last flow_window_days, bucket k = the k-th 30-day month before it."""
    s = get_settings()
    return [
        as_of - dt.timedelta(days=s.flow_window_days + 30 * k)
        for k in range(s.flow_history_months + 1)
    ]


def flow_columns(as_of: dt.date) -> tuple[Any, Any, list[dt.date]]:
    edges = bucket_edges(as_of)
    bucket = case(
        *[(Transaction.booked_on > e, literal(k)) for k, e in enumerate(edges)],
        else_=literal(len(edges)),
    )
    direction = case(
        (Transaction.kind.in_(OUTFLOW_KINDS), literal("out")),
        (Transaction.kind.in_(INFLOW_KINDS), literal("in")),
        else_=literal("other"),
    )
    return bucket, direction, edges


def is_fresh(*, session: Session, as_of: dt.date) -> bool:
    row = session.get(SignalRefresh, as_of)
    return row is not None and row.fingerprint == _fingerprint()


def refresh_signals(
    *, session: Session, as_of: dt.date, life_event_words: Sequence[str] = ()
) -> RefreshReport:
    """Recompute every customer's aggregates for `as_of` (replaces an earlier refresh)."""
    started = time.perf_counter()
    owner = dict(session.execute(select(Holding.id, Holding.customer_id)).all())
    year_ago = as_of - dt.timedelta(days=365)
    in_year = Transaction.booked_on > year_ago
    is_fee = Transaction.kind == TransactionKind.fee
    totals: dict[str, list[Any]] = defaultdict(lambda: [Decimal(0), Decimal(0), 0, None])
    scanned = 0
    # Scan 1, every transaction up to as_of: fees, activity and the last transaction date.
    for hid, fee, flow, count, last, n in session.execute(
        select(
            Transaction.holding_id,
            func.sum(case((in_year & is_fee, func.abs(Transaction.amount)), else_=0)),
            func.sum(case((in_year & ~is_fee, Transaction.amount), else_=0)),
            func.sum(case((in_year, 1), else_=0)),
            func.max(Transaction.booked_on),
            func.count(),
        )
        .where(Transaction.booked_on <= as_of)
        .group_by(Transaction.holding_id)
    ):
        cid = owner.get(hid)
        if cid is None:
            continue
        row = totals[cid]
        row[0] += Decimal(str(fee or 0))
        row[1] += Decimal(str(flow or 0))
        row[2] += int(count or 0)
        row[3] = last if row[3] is None or (last and last > row[3]) else row[3]
        scanned += int(n)
    # Scan 2, the flow window and its history: monthly totals per direction.
    bucket, direction, edges = flow_columns(as_of)
    flows: dict[str, dict[str, list[Any]]] = defaultdict(dict)
    for hid, k, way, amount, last in session.execute(
        select(
            Transaction.holding_id,
            bucket,
            direction,
            func.sum(func.abs(Transaction.amount)),
            func.max(Transaction.booked_on),
        )
        .where(Transaction.booked_on <= as_of, Transaction.booked_on > edges[-1])
        .group_by(Transaction.holding_id, bucket, direction)
    ):
        cid = owner.get(hid)
        if cid is None:
            continue
        key = f"{int(k)}:{way}"
        cell = flows[cid].get(key)
        amount = Decimal(str(amount))
        if cell is None:
            flows[cid][key] = [amount, last]
        else:
            cell[0] += amount
            cell[1] = max(cell[1], last)
    life = _life_event_matches(session=session, as_of=as_of, words=life_event_words, owner=owner)

    session.execute(delete(CustomerSignalSnapshot))
    session.execute(delete(SignalRefresh))
    rows = [
        {
            "customer_id": cid,
            "as_of": as_of,
            "fees_12m": t[0],
            "net_flow_12m": t[1],
            "frequency_12m": t[2],
            "last_transaction_on": t[3],
            "flows": {k: [str(v[0]), v[1].isoformat()] for k, v in flows.get(cid, {}).items()},
            "life_events": life.get(cid, []),
        }
        for cid, t in totals.items()
    ]
    for start in range(0, len(rows), 5000):
        session.execute(CustomerSignalSnapshot.__table__.insert(), rows[start : start + 5000])
    seconds = time.perf_counter() - started
    session.add(
        SignalRefresh(
            as_of=as_of,
            computed_at=dt.datetime.now(dt.UTC),
            customers=len(rows),
            transactions_scanned=scanned,
            seconds=round(seconds, 3),
            fingerprint=_fingerprint(),
        )
    )
    session.flush()
    return RefreshReport(as_of, len(rows), scanned, seconds)


def _life_event_matches(
    *, session: Session, as_of: dt.date, words: Sequence[str], owner: dict[str, str]
) -> dict[str, list[Any]]:
    if not words:
        return {}
    start = as_of - dt.timedelta(days=get_settings().life_event_window_days)
    lowered = func.lower(Transaction.description)
    found: dict[str, list[Any]] = defaultdict(list)
    for hid, description, on, amount in session.execute(
        select(
            Transaction.holding_id,
            Transaction.description,
            Transaction.booked_on,
            Transaction.amount,
        )
        .where(
            Transaction.kind == TransactionKind.card,
            Transaction.booked_on > start,
            Transaction.booked_on <= as_of,
            or_(*[lowered.contains(w) for w in words]),
        )
        .order_by(Transaction.booked_on)
    ):
        cid = owner.get(hid)
        if cid is not None:
            found[cid].append([description, on.isoformat(), str(amount)])
    return found


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def cached_aggregates(
    *, session: Session, as_of: dt.date, customer_ids: Sequence[str]
) -> dict[str, TransactionAggregates] | None:
    """Aggregates from the refresh for `as_of`; None when there is no usable refresh."""
    if not is_fresh(session=session, as_of=as_of):
        return None
    result = {}
    for chunk in _chunks(customer_ids):
        for cid, fee, flow, freq, last in session.execute(
            select(
                CustomerSignalSnapshot.customer_id,
                CustomerSignalSnapshot.fees_12m,
                CustomerSignalSnapshot.net_flow_12m,
                CustomerSignalSnapshot.frequency_12m,
                CustomerSignalSnapshot.last_transaction_on,
            ).where(CustomerSignalSnapshot.customer_id.in_(chunk))
        ):
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


def cached_flows(
    *, session: Session, as_of: dt.date, book_ids: Any
) -> dict[str, dict[tuple[int, str], tuple[Decimal, dt.date]]] | None:
    if not is_fresh(session=session, as_of=as_of):
        return None
    result: dict[str, dict[tuple[int, str], tuple[Decimal, dt.date]]] = {}
    for cid, flows in session.execute(
        select(CustomerSignalSnapshot.customer_id, CustomerSignalSnapshot.flows).where(
            CustomerSignalSnapshot.customer_id.in_(book_ids)
        )
    ):
        cells = {}
        for key, (amount, last) in (flows or {}).items():
            k, way = key.split(":")
            cells[(int(k), way)] = (Decimal(amount), dt.date.fromisoformat(last))
        result[cid] = cells
    return result


def cached_life_events(
    *, session: Session, as_of: dt.date, book_ids: Any
) -> list[tuple[str, str, dt.date, Decimal]] | None:
    if not is_fresh(session=session, as_of=as_of):
        return None
    rows = []
    for cid, matches in session.execute(
        select(CustomerSignalSnapshot.customer_id, CustomerSignalSnapshot.life_events).where(
            CustomerSignalSnapshot.customer_id.in_(book_ids)
        )
    ):
        for description, on, amount in matches or []:
            rows.append((cid, description, dt.date.fromisoformat(on), Decimal(amount)))
    rows.sort(key=lambda r: r[2])
    return rows
