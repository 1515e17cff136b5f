"""The transaction scans behind the call list: live for one book, or for the whole bank.

`flow_stats` gives this window's in/out totals against the customer's own monthly baseline,
restricted to a book (the live path). `refresh_signals` computes every customer's aggregates
for one as-of date in one pass over `transactions` and stores them (knowledge.signal_cache).

The whole-bank pass is shaped by what SQLite does fast (measured on the 10.86M-row bench
bank): a sequential scan visits every row in ~2 s, while walking the (holding, booked_on)
index with a table lookup per row, or sorting all rows for a GROUP BY, costs 7-9 s each. So
the refresh makes a single sequential pass that groups only the rows of the flow window,
and gets each holding's first and last booking by two index seeks per holding.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from sqlalchemy import case, delete, func, insert, literal, or_, select
from sqlalchemy.orm import Session

from knowledge.models import Holding, Transaction, TransactionKind
from knowledge.settings import get_settings
from knowledge.signal_cache import (
    CustomerSignalSnapshot,
    Flow,
    FlowStats,
    RefreshReport,
    SignalRefresh,
    refresh_fingerprint,
)

CENT = Decimal("0.01")
OUTFLOW_KINDS = (TransactionKind.withdrawal, TransactionKind.transfer_out)
INFLOW_KINDS = (TransactionKind.deposit, TransactionKind.transfer_in)


def bucket_edges(as_of: dt.date) -> list[dt.date]:
    """Bucket 0 = the last flow_window_days, bucket k = the k-th 30-day month before it."""
    s = get_settings()
    return [
        as_of - dt.timedelta(days=s.flow_window_days + 30 * k)
        for k in range(s.flow_history_months + 1)
    ]


def flow_columns(as_of: dt.date, booked_on: Any = Transaction.booked_on) -> tuple[Any, Any]:
    """The month bucket and the direction (out, in, fee, other) of a transaction."""
    edges = bucket_edges(as_of)
    bucket = case(
        *[(booked_on > e, literal(k)) for k, e in enumerate(edges)],
        else_=literal(len(edges)),
    )
    direction = case(
        (Transaction.kind.in_(OUTFLOW_KINDS), literal("out")),
        (Transaction.kind.in_(INFLOW_KINDS), literal("in")),
        (Transaction.kind == TransactionKind.fee, literal("fee")),
        else_=literal("other"),
    )
    return bucket, direction


def _cents(value: Any) -> Decimal:
    """A SQL sum of money as exact cents: float sums carry noise that depends on row order,
    and the live and the precomputed answers must agree to the cent."""
    return Decimal(str(value or 0)).quantize(CENT)


def _median(values: list[Decimal]) -> Decimal:
    return Decimal(str(statistics.median(values))) if values else Decimal(0)


def history_months(first: dt.date | None, as_of: dt.date) -> int:
    """Months of history before the window; the oldest, partly covered month counts."""
    if first is None:
        return 0
    edges = bucket_edges(as_of)
    months = len(edges) - 1
    return min(months, max(0, -(-(edges[0] - first).days // 30)))


def _stats(cells: dict[tuple[int, str], list[Any]], history: int) -> FlowStats:
    """FlowStats from {(bucket, direction): [abs amount, last booked_on]} of one customer."""

    def one(way: str) -> Flow | None:
        current = cells.get((0, way))
        if current is None or current[0] <= 0 or current[1] is None:
            return None
        past = [Decimal(str(cells.get((k, way), (0,))[0] or 0)) for k in range(1, history + 1)]
        median = _median(past)
        mad = _median([abs(v - median) for v in past])
        return Flow(Decimal(str(current[0])), current[1], median, mad)

    return FlowStats(history, one("out"), one("in"))


def flow_stats(
    *,
    session: Session,
    as_of: dt.date,
    owner: dict[str, str],
    first_on: dict[str, dt.date | None],
    holdings: Any,
) -> dict[str, FlowStats]:
    """Per customer of a book: this window's in/out totals and the median/MAD of earlier months.

    `holdings` (a subquery of the book's holding ids) restricts the pass to the book; it walks
    the (holding_id, booked_on) index. History starts with the customer's first transaction;
    months before it are not counted as zero months.
    """
    edges = bucket_edges(as_of)
    bucket, direction = flow_columns(as_of)
    cells: dict[str, dict[tuple[int, str], list[Any]]] = defaultdict(dict)
    for hid, b, d, amount, last in session.execute(
        select(
            Transaction.holding_id,
            bucket,
            direction,
            func.sum(func.abs(Transaction.amount)),
            func.max(Transaction.booked_on),
        )
        .where(
            Transaction.holding_id.in_(holdings),
            Transaction.booked_on <= as_of,
            Transaction.booked_on > edges[-1],
            Transaction.kind.in_(OUTFLOW_KINDS + INFLOW_KINDS),
        )
        .group_by(Transaction.holding_id, bucket, direction)
    ):
        cid = owner.get(hid)
        if cid is not None:
            _add(cells[cid], (int(b), str(d)), _cents(amount), last)
    return {cid: _stats(c, history_months(first_on.get(cid), as_of)) for cid, c in cells.items()}


def _add(
    cells: dict[tuple[int, str], list[Any]], key: tuple[int, str], amount: Any, last: Any
) -> None:
    have = cells.get(key)
    if have is None:
        cells[key] = [amount, last]
        return
    have[0] += amount
    if last is not None and (have[1] is None or last > have[1]):
        have[1] = last


def _worth_keeping(stats: FlowStats) -> bool:
    """Only flows that could fire are cached: this window at least flow_min_amount."""
    least = get_settings().flow_min_amount
    return any(f is not None and f.amount >= least for f in (stats.out, stats.inflow))


def _unindexed(column: Any) -> Any:
    """A column wrapped so that the planner cannot use an index on it: the whole-bank pass
    reads most rows, and one sequential scan beats a random table lookup per row."""
    return func.coalesce(column, column)


@contextmanager
def _bulk_reading(session: Session) -> Iterator[None]:
    """SQLite: a large page cache and in-memory sorting for the refresh's connection only.

    The default 2 MB cache makes the GROUP BY sorter spill to temporary files; restored after.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    pragmas = ("cache_size", "temp_store", "threads")
    before = {p: connection.exec_driver_sql(f"PRAGMA {p}").scalar() for p in pragmas}
    connection.exec_driver_sql("PRAGMA cache_size = -262144")  # 256 MiB
    connection.exec_driver_sql("PRAGMA temp_store = MEMORY")
    connection.exec_driver_sql("PRAGMA threads = 2")
    try:
        yield
    finally:
        for pragma, value in before.items():
            connection.exec_driver_sql(f"PRAGMA {pragma} = {int(value or 0)}")


def refresh_signals(
    *, session: Session, as_of: dt.date, life_event_words: Sequence[str] = ()
) -> RefreshReport:
    """Recompute every customer's aggregates for `as_of` (replaces an earlier refresh)."""
    started = time.perf_counter()
    with _bulk_reading(session):
        per_holding, scanned = _holding_bounds(session, as_of)
        window = _window_pass(session, as_of)
        life = _life_event_matches(session=session, as_of=as_of, words=life_event_words)
    # [fees, net flow, count, last booking, first booking, {(bucket, way): [amount, last]}]
    totals: dict[str, list[Any]] = {}
    for hid, (cid, first, last) in per_holding.items():
        row = totals.get(cid)
        if row is None:
            totals[cid] = row = [Decimal(0), Decimal(0), 0, last, first, {}]
        else:
            row[3] = max(row[3], last)
            row[4] = min(row[4], first)
        found = window.get(hid)
        if found is not None:
            fee, flow, count, cells = found
            row[0] += fee
            row[1] += flow
            row[2] += count
            for key, (amount, last_on) in cells.items():
                _add(row[5], key, amount, last_on)
    rows = []
    for cid, t in totals.items():
        stats = _stats(t[5], history_months(t[4], as_of)) if t[5] else None
        rows.append(
            {
                "customer_id": cid,
                "as_of": as_of,
                "fees_12m": t[0],
                "net_flow_12m": t[1],
                "frequency_12m": t[2],
                "last_transaction_on": t[3],
                "flows": stats.to_json() if stats and _worth_keeping(stats) else {},
                "life_events": life.get(cid, []),
            }
        )
    session.execute(delete(CustomerSignalSnapshot))
    session.execute(delete(SignalRefresh))
    for start in range(0, len(rows), 5000):
        session.execute(insert(CustomerSignalSnapshot), rows[start : start + 5000])
    seconds = time.perf_counter() - started
    session.add(
        SignalRefresh(
            as_of=as_of,
            computed_at=dt.datetime.now(dt.UTC),
            customers=len(rows),
            transactions_scanned=scanned,
            seconds=round(seconds, 3),
            fingerprint=refresh_fingerprint(session),
        )
    )
    session.flush()
    return RefreshReport(as_of, len(rows), scanned, seconds)


def _holding_bounds(
    session: Session, as_of: dt.date
) -> tuple[dict[str, tuple[str, dt.date, dt.date]], int]:
    """Owner, first and last booking (up to as_of) of every holding that has one, and the
    number of transactions booked up to as_of: index seeks and range counts per holding."""
    t = Transaction.__table__.alias("t")
    in_holding = (t.c.holding_id == Holding.id) & (t.c.booked_on <= as_of)
    first = select(func.min(t.c.booked_on)).where(in_holding).scalar_subquery()
    last = select(func.max(t.c.booked_on)).where(in_holding).scalar_subquery()
    count = select(func.count()).where(in_holding).scalar_subquery()
    bounds: dict[str, tuple[str, dt.date, dt.date]] = {}
    scanned = 0
    for hid, cid, first_on, last_on, n in session.execute(
        select(Holding.id, Holding.customer_id, first, last, count)
    ):
        if n:
            bounds[hid] = (cid, first_on, last_on)
            scanned += int(n)
    return bounds, scanned


def _window_pass(
    session: Session, as_of: dt.date
) -> dict[str, tuple[Decimal, Decimal, int, dict[tuple[int, str], list[Any]]]]:
    """One sequential pass over the rows of the flow window (and the last 12 months).

    Per holding: fees, net flow and count of the last 12 months, and per month bucket and
    direction the flow total and last booking (the unusual-flow baseline). The inner GROUP BY
    (holding, bucket, direction) does the arithmetic; the outer one hands each holding's
    cells over as one string, so Python touches one row per holding, not one per cell.
    """
    edges = bucket_edges(as_of)
    year_ago = as_of - dt.timedelta(days=365)
    booked_on = _unindexed(Transaction.booked_on)
    bucket, direction = flow_columns(as_of, booked_on)
    in_year = booked_on > year_ago
    is_fee = Transaction.kind == TransactionKind.fee
    holding = _unindexed(Transaction.holding_id)
    cells = (
        select(
            holding.label("hid"),
            bucket.label("b"),
            direction.label("d"),
            func.sum(case((in_year & is_fee, func.abs(Transaction.amount)), else_=0)).label("fee"),
            func.sum(case((in_year & ~is_fee, Transaction.amount), else_=0)).label("flow"),
            func.sum(case((in_year, 1), else_=0)).label("n"),
            func.sum(func.abs(Transaction.amount)).label("amount"),
            func.max(booked_on).label("last"),
        )
        .where(booked_on <= as_of, booked_on > min(edges[-1], year_ago))
        .group_by(holding, bucket, direction)
        .subquery()
    )
    flow_cell = case(
        (
            cells.c.d.in_(("out", "in")) & (cells.c.b < len(edges)),
            cells.c.b.op("||")(" ")
            .op("||")(cells.c.d)
            .op("||")(" ")
            .op("||")(cells.c.amount)
            .op("||")(" ")
            .op("||")(cells.c.last),
        )
    )
    result: dict[str, tuple[Decimal, Decimal, int, dict[tuple[int, str], list[Any]]]] = {}
    for hid, fee, flow, count, packed in session.execute(
        select(
            cells.c.hid,
            func.sum(cells.c.fee),
            func.sum(cells.c.flow),
            func.sum(cells.c.n),
            _string_agg(session, flow_cell),
        ).group_by(cells.c.hid)
    ):
        found: dict[tuple[int, str], list[Any]] = {}
        for cell in (packed or "").split(";") if packed else ():
            b, d, amount, last = cell.split(" ")
            found[(int(b), d)] = [_cents(amount), dt.date.fromisoformat(last)]
        result[hid] = (_cents(fee), _cents(flow), int(count or 0), found)
    return result


def _string_agg(session: Session, value: Any) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return func.string_agg(value, ";")
    return func.group_concat(value, ";")


def _life_event_matches(
    *, session: Session, as_of: dt.date, words: Sequence[str]
) -> dict[str, list[Any]]:
    if not words:
        return {}
    start = as_of - dt.timedelta(days=get_settings().life_event_window_days)
    lowered = func.lower(Transaction.description)
    found: dict[str, list[Any]] = defaultdict(list)
    for cid, description, on, amount in session.execute(
        select(
            Holding.customer_id,
            Transaction.description,
            Transaction.booked_on,
            Transaction.amount,
        )
        .join(Holding, Holding.id == Transaction.holding_id)
        .where(
            Transaction.kind == TransactionKind.card,
            _unindexed(Transaction.booked_on) > start,
            _unindexed(Transaction.booked_on) <= as_of,
            or_(*[lowered.contains(w) for w in words]),
        )
        .order_by(Transaction.booked_on, Transaction.id)
    ):
        found[cid].append([description, on.isoformat(), str(amount)])
    return found
