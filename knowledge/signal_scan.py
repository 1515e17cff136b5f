"""The transaction scans behind the call list: live for one book, or for the whole bank.

`flow_stats` gives this window's in/out totals against the customer's own monthly baseline,
restricted to a book (the live path). `refresh_signals` computes every customer's aggregates
for one as-of date in one pass over `transactions` and stores them (knowledge.signal_cache).

The whole-bank pass is shaped by what SQLite does fast (measured on the 10.86M-row bench
bank): a sequential scan visits every row in ~2 s, while walking the (holding, booked_on)
index with a table lookup per row, or sorting all rows for a GROUP BY, costs 7-9 s each. So
the refresh makes a single sequential pass that groups only the rows of the flow window
(whole cents per holding, month and direction; summed per customer with numpy), and reads
each holding's first and last booking and count from the (holding, booked_on) index alone.
Python objects (median/MAD) are built only for customers whose window could fire, which on
the bench bank is still 99.5% of them (salaries): the next step is a vectorised median/MAD.
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any, NamedTuple

import numpy as np
from sqlalchemy import (
    BigInteger,
    String,
    and_,
    case,
    cast,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from knowledge.models import Holding, Transaction, TransactionKind
from knowledge.settings import get_settings
from knowledge.signal_cache import (
    CustomerSignalSnapshot,
    Flow,
    FlowStats,
    RefreshReport,
    SignalRefresh,
    chunks,
    refresh_fingerprint,
)

CENT = Decimal("0.01")
OUTFLOW_KINDS = (TransactionKind.withdrawal, TransactionKind.transfer_out)
INFLOW_KINDS = (TransactionKind.deposit, TransactionKind.transfer_in)
# Direction codes of the whole-bank pass (integers travel and compare faster than text).
_OTHER, _OUT, _IN, _FEE = 0, 1, 2, 3
_WAY_NAME = {_OUT: "out", _IN: "in"}


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
        customer_of, holding_of, first, last, scanned = _customer_bounds(session, as_of)
        life_match = _folded_life_match(session, as_of, life_event_words)
        cells, life_ids = _cell_pass(session, as_of, holding_of, life_match)
        life = _life_event_matches(
            session=session, as_of=as_of, words=life_event_words, ids=life_ids
        )
    rows = _snapshot_rows(as_of, customer_of, first, last, cells, life)
    session.execute(delete(CustomerSignalSnapshot))
    session.execute(delete(SignalRefresh))
    # Core executemany: no ORM bookkeeping per row.
    table = CustomerSignalSnapshot.metadata.tables[CustomerSignalSnapshot.__tablename__]
    for start in range(0, len(rows), 5000):
        session.execute(insert(table), rows[start : start + 5000])
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


def _day(value: Any) -> dt.date:
    """SQLite hands dates over as ISO text (the Date type's parsing is skipped for speed)."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _customer_bounds(
    session: Session, as_of: dt.date
) -> tuple[dict[str, int], dict[str, int], list[Any], list[Any], int]:
    """Every customer with a booking up to as_of: an index of them, and their first and last
    booking; and how many transactions are booked up to as_of.

    One GROUP BY holding over the (holding_id, booked_on) index: it covers the query, so no
    table row is read and no sort is needed."""
    owner = dict(session.execute(select(Holding.id, Holding.customer_id)).tuples().all())
    customer_of: dict[str, int] = {}
    holding_of: dict[str, int] = {}
    first: list[Any] = []
    last: list[Any] = []
    scanned = 0
    for hid, low_text, high_text, n in session.execute(
        select(
            Transaction.holding_id,
            type_coerce(func.min(Transaction.booked_on), String),
            type_coerce(func.max(Transaction.booked_on), String),
            func.count(),
        )
        .where(Transaction.booked_on <= as_of)
        .group_by(Transaction.holding_id)
    ).tuples():
        scanned += int(n)
        cid = owner.get(hid)
        if cid is None:
            continue
        low, high = _day(low_text), _day(high_text)
        k = customer_of.get(cid)
        if k is None:
            customer_of[cid] = len(first)
            first.append(low)
            last.append(high)
        else:
            first[k] = min(first[k], low)
            last[k] = max(last[k], high)
        holding_of[hid] = customer_of[cid]
    return customer_of, holding_of, first, last, scanned


class _Cells(NamedTuple):
    """The rows of the cell pass, column by column (numpy arrays, one entry per cell)."""

    customer: np.ndarray  # index into the customers of _customer_bounds
    bucket: np.ndarray
    way: np.ndarray
    in_year: np.ndarray
    cents: np.ndarray  # sum of |amount| in cents
    signed: np.ndarray  # sum of amount in cents
    booked: np.ndarray  # number of transactions
    last: Sequence[Any]  # last booking, ISO text on SQLite


def _cell_pass(
    session: Session, as_of: dt.date, holding_of: dict[str, int], life_match: Any | None
) -> tuple[_Cells, list[str] | None]:
    """One sequential pass over the rows of the flow window and the last 12 months.

    SQL groups them by (holding, month bucket, direction, within 12 months) and sums whole
    cents, exact and independent of row order; the rows come back as plain tuples (no type
    processing) and become numpy columns. Python objects are built later, and only for the
    customers whose flows are kept.
    """
    edges = bucket_edges(as_of)
    year_ago = as_of - dt.timedelta(days=365)
    booked_on = _unindexed(Transaction.booked_on)
    month, _ = flow_columns(as_of, booked_on)
    # Only flows need their month: the other kinds fall into one cell per holding and year.
    bucket = case((Transaction.kind.in_(OUTFLOW_KINDS + INFLOW_KINDS), month), else_=literal(-1))
    way = case(
        (Transaction.kind.in_(OUTFLOW_KINDS), literal(_OUT)),
        (Transaction.kind.in_(INFLOW_KINDS), literal(_IN)),
        (Transaction.kind == TransactionKind.fee, literal(_FEE)),
        else_=literal(_OTHER),
    )
    in_year = case((booked_on > year_ago, literal(1)), else_=literal(0))
    holding = _unindexed(Transaction.holding_id)
    rows = (
        session.execute(
            select(
                holding,
                bucket,
                way,
                in_year,
                func.sum(_whole_cents(func.abs(Transaction.amount))),
                func.sum(_whole_cents(Transaction.amount)),
                func.count(),
                type_coerce(func.max(booked_on), String),
                *(
                    [func.group_concat(case((life_match, Transaction.id)), _ID_SEPARATOR)]
                    if life_match is not None
                    else []
                ),
            )
            .where(booked_on <= as_of, booked_on > min(edges[-1], year_ago))
            .group_by(holding, bucket, way, in_year)
        )
        .tuples()
        .all()
    )
    if not rows:
        empty = np.zeros(0, dtype=np.int64)
        nothing = _Cells(empty, empty, empty, empty, empty, empty, empty, [])
        return nothing, ([] if life_match is not None else None)
    columns = list(zip(*rows, strict=True))
    del rows
    hid, b, w, y, cents, signed, n, last = columns[:8]
    life_ids = (
        [i for packed in columns[8] if packed for i in packed.split(_ID_SEPARATOR)]
        if life_match is not None
        else None
    )

    def ints(column: Sequence[Any]) -> np.ndarray:
        return np.fromiter(map(int, column), dtype=np.int64, count=len(column))

    customer = np.fromiter((holding_of.get(h, -1) for h in hid), dtype=np.int64, count=len(hid))
    cells = _Cells(customer, ints(b), ints(w), ints(y), ints(cents), ints(signed), ints(n), last)
    return cells, life_ids


def _whole_cents(amount: Any) -> Any:
    return cast(func.round(amount * 100), BigInteger)


def _per_customer(customers: int, index: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Sum of `values` per customer index (exact: cents stay far below 2**53)."""
    summed = np.bincount(index, weights=values.astype(np.float64), minlength=customers)
    return np.rint(summed).astype(np.int64)


def _cents_decimal(cents: int) -> Decimal:
    return Decimal(int(cents)).scaleb(-2)


def _snapshot_rows(
    as_of: dt.date,
    customer_of: dict[str, int],
    first: list[Any],
    last: list[Any],
    cells: _Cells,
    life: dict[str, list[Any]],
) -> list[dict[str, Any]]:
    """One snapshot row per customer: the 12-month totals vectorised over all customers; the
    flow statistics (median/MAD) in Python only for customers whose window could fire."""
    n_customers = len(first)
    known = cells.customer >= 0
    c = cells.customer
    year = known & (cells.in_year == 1)
    is_fee = cells.way == _FEE
    fees = _per_customer(n_customers, c[year & is_fee], cells.cents[year & is_fee])
    flow = _per_customer(n_customers, c[year & ~is_fee], cells.signed[year & ~is_fee])
    count = _per_customer(n_customers, c[year], cells.booked[year])
    has_flow = known & (cells.bucket <= len(bucket_edges(as_of)) - 1)
    has_flow &= (cells.way == _OUT) | (cells.way == _IN)
    window = has_flow & (cells.bucket == 0)
    least = int(math.ceil(get_settings().flow_min_amount * 100))
    worth = np.zeros(n_customers, dtype=bool)
    for code in (_OUT, _IN):
        mask = window & (cells.way == code)
        amount = _per_customer(n_customers, c[mask], cells.cents[mask])
        worth |= (amount >= least) & (amount > 0)
    flows: dict[int, dict[str, Any]] = {}
    keep = np.flatnonzero(has_flow & worth[np.maximum(c, 0)])
    keep = keep[np.argsort(c[keep], kind="stable")]
    bounds = np.flatnonzero(np.diff(c[keep])) + 1
    for group in np.split(keep, bounds) if len(keep) else ():
        k = int(c[group[0]])
        found: dict[tuple[int, str], list[Any]] = {}
        for i in group.tolist():
            key = (int(cells.bucket[i]), _WAY_NAME[int(cells.way[i])])
            _add(found, key, _cents_decimal(cells.cents[i]), _day(cells.last[i]))
        stats = _stats(found, history_months(first[k], as_of))
        if _worth_keeping(stats):
            flows[k] = stats.to_json()
    return [
        {
            "customer_id": cid,
            "as_of": as_of,
            "fees_12m": _cents_decimal(fees[k]),
            "net_flow_12m": _cents_decimal(flow[k]),
            "frequency_12m": int(count[k]),
            "last_transaction_on": last[k],
            "flows": flows.get(k, {}),
            "life_events": life.get(cid, []),
        }
        for cid, k in customer_of.items()
    ]


_ID_SEPARATOR = "\x1f"  # the ASCII unit separator: never part of an id


def _life_condition(as_of: dt.date, words: Sequence[str], booked_on: Any) -> Any:
    start = as_of - dt.timedelta(days=get_settings().life_event_window_days)
    lowered = func.lower(Transaction.description)
    return and_(
        Transaction.kind == TransactionKind.card,
        booked_on > start,
        booked_on <= as_of,
        or_(*[lowered.contains(w) for w in words]),
    )


def _folded_life_match(session: Session, as_of: dt.date, words: Sequence[str]) -> Any | None:
    """SQLite: the life-event condition, checked inside the cell pass (which reads those rows
    anyway) instead of a second full scan. None elsewhere (ids would need the database's
    collation to keep the order), without words, or when the life-event window reaches beyond
    the rows of the cell pass."""
    settings = get_settings()
    reach = max(settings.flow_window_days + 30 * settings.flow_history_months, 365)
    if (
        not words
        or session.get_bind().dialect.name != "sqlite"
        or settings.life_event_window_days > reach
    ):
        return None
    return _life_condition(as_of, words, _unindexed(Transaction.booked_on))


def _life_event_matches(
    *, session: Session, as_of: dt.date, words: Sequence[str], ids: list[str] | None = None
) -> dict[str, list[Any]]:
    """Card payments matching life-event words, per customer, oldest first. `ids` (SQLite):
    the matching transactions the cell pass already found, read by primary key."""
    if not words:
        return {}
    query = select(
        Holding.customer_id,
        Transaction.description,
        Transaction.booked_on,
        Transaction.amount,
        Transaction.id,
    ).join(Holding, Holding.id == Transaction.holding_id)
    if ids is None:
        where = _life_condition(as_of, words, _unindexed(Transaction.booked_on))
        rows = list(
            session.execute(
                query.where(where).order_by(Transaction.booked_on, Transaction.id)
            ).tuples()
        )
    else:
        rows = [
            row
            for part in chunks(ids)
            for row in session.execute(query.where(Transaction.id.in_(part))).tuples()
        ]
        # SQLite's ORDER BY compares text by bytes, as Python does.
        rows.sort(key=lambda r: (r[2], r[4]))
    found: dict[str, list[Any]] = defaultdict(list)
    for cid, description, on, amount, _id in rows:
        found[cid].append([description, on.isoformat(), str(amount)])
    return found
