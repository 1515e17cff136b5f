"""The whole-bank signal refresh: every customer's aggregates for one as-of date, stored.

`refresh_signals` runs the pass over `transactions` (knowledge.signal_pass), turns its
per-customer sums into one snapshot row each — the flow baselines with a vectorised
median/MAD (knowledge.signal_robust) that gives exactly the live path's text — and replaces
the previous refresh (knowledge.signal_cache).
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import numpy as np
from sqlalchemy import and_, delete, func, insert, or_, select
from sqlalchemy.orm import Session

from knowledge.models import Holding, Transaction, TransactionKind
from knowledge.settings import get_settings
from knowledge.signal_cache import (
    CustomerSignalSnapshot,
    RefreshReport,
    SignalRefresh,
    chunks,
    refresh_fingerprint,
)
from knowledge.signal_pass import NEVER, OUT, Totals, whole_bank_totals
from knowledge.signal_robust import cents_text, decimal_text, median_and_mad

_INSERT_BATCH = 5000


@contextmanager
def _bulk_reading(session: Session) -> Iterator[None]:
    """SQLite: a large page cache and in-memory temporary storage for the refresh's
    connection only (the bounds' GROUP BY must not spill to files); restored after."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    pragmas = ("cache_size", "temp_store")
    before = {p: connection.exec_driver_sql(f"PRAGMA {p}").scalar() for p in pragmas}
    connection.exec_driver_sql("PRAGMA cache_size = -262144")  # 256 MiB
    connection.exec_driver_sql("PRAGMA temp_store = MEMORY")
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
    # Taken first: a transaction added while the pass runs then makes this refresh stale.
    fingerprint = refresh_fingerprint(session)
    with _bulk_reading(session):
        life_match = _folded_life_match(session, as_of, life_event_words)
        totals = whole_bank_totals(session=session, as_of=as_of, life_match=life_match)
        life = _life_event_matches(
            session=session,
            as_of=as_of,
            words=life_event_words,
            ids=totals.life_ids if life_match is not None else None,
        )
    rows = snapshot_rows(as_of, totals, life)
    session.execute(delete(CustomerSignalSnapshot))
    session.execute(delete(SignalRefresh))
    # Core executemany: no ORM bookkeeping per row.
    table = CustomerSignalSnapshot.metadata.tables[CustomerSignalSnapshot.__tablename__]
    for start in range(0, len(rows), _INSERT_BATCH):
        session.execute(insert(table), rows[start : start + _INSERT_BATCH])
    seconds = time.perf_counter() - started
    session.add(
        SignalRefresh(
            as_of=as_of,
            computed_at=dt.datetime.now(dt.UTC),
            customers=len(rows),
            transactions_scanned=totals.scanned,
            seconds=round(seconds, 3),
            fingerprint=fingerprint,
        )
    )
    session.flush()
    return RefreshReport(as_of, len(rows), totals.scanned, seconds)


def history_months_of(first_days: np.ndarray, window_days: int, months: int) -> np.ndarray:
    """knowledge.signal_scan.history_months for many customers: months of history before
    the window (the oldest, partly covered month counts), from days before as_of."""
    before_window = first_days - window_days
    return np.clip(-(-before_window // 30), 0, months)


def _flow_texts(
    totals: Totals, keep: np.ndarray, months: np.ndarray, way: int, as_of: dt.date
) -> list[list[str] | None]:
    """FlowStats' JSON of one direction for the kept customers (None: nothing this window)."""
    w = way - OUT
    amount = totals.flow[keep, 0, w]
    robust = median_and_mad(totals.flow[keep, 1:, w], months)
    last = totals.window_last[keep, w]
    result: list[list[str] | None] = []
    for k in range(len(keep)):
        if amount[k] <= 0 or last[k] == NEVER:
            result.append(None)
            continue
        result.append(
            [
                cents_text(amount[k]),
                (as_of - dt.timedelta(days=int(last[k]))).isoformat(),
                decimal_text(robust.median[k], robust.median_exp[k]),
                decimal_text(robust.mad[k], robust.mad_exp[k]),
            ]
        )
    return result


def _flows(totals: Totals, as_of: dt.date) -> dict[int, dict[str, Any]]:
    """FlowStats.to_json() of every customer whose window could fire, by customer index."""
    settings = get_settings()
    least = int(math.ceil(settings.flow_min_amount * 100))
    window = totals.flow[:, 0, :]
    keep = np.flatnonzero(((window >= least) & (window > 0)).any(axis=1) & (totals.first >= 0))
    months = history_months_of(
        totals.first[keep], settings.flow_window_days, settings.flow_history_months
    )
    out = _flow_texts(totals, keep, months, OUT, as_of)
    inflow = _flow_texts(totals, keep, months, OUT + 1, as_of)
    return {
        int(k): {"m": int(m), "o": o, "i": i}
        for k, m, o, i in zip(keep.tolist(), months.tolist(), out, inflow, strict=True)
    }


def _cents(cents: Any) -> Decimal:
    return Decimal(int(cents)).scaleb(-2)


def snapshot_rows(
    as_of: dt.date, totals: Totals, life: dict[str, list[Any]]
) -> list[dict[str, Any]]:
    """One snapshot row per customer with a booking up to as_of."""
    flows = _flows(totals, as_of)
    booked = np.flatnonzero(totals.first >= 0)
    return [
        {
            "customer_id": totals.customers[k],
            "as_of": as_of,
            "fees_12m": _cents(fees),
            "net_flow_12m": _cents(net),
            "frequency_12m": count,
            "last_transaction_on": as_of - dt.timedelta(days=last),
            "flows": flows.get(k, {}),
            "life_events": life.get(totals.customers[k], []),
        }
        for k, fees, net, count, last in zip(
            booked.tolist(),
            totals.fees[booked].tolist(),
            totals.net[booked].tolist(),
            totals.count[booked].tolist(),
            totals.last[booked].tolist(),
            strict=True,
        )
    ]


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
    """SQLite: the life-event condition, checked inside the window pass (which reads those
    rows anyway) instead of a second full scan. None elsewhere (ids would need the database's
    collation to keep the order), without words, or when the life-event window reaches
    beyond the rows of the pass."""
    settings = get_settings()
    reach = max(settings.flow_window_days + 30 * settings.flow_history_months, 365)
    if (
        not words
        or session.get_bind().dialect.name != "sqlite"
        or settings.life_event_window_days > reach
    ):
        return None
    return _life_condition(as_of, words, Transaction.booked_on)


def _life_event_matches(
    *, session: Session, as_of: dt.date, words: Sequence[str], ids: list[str] | None = None
) -> dict[str, list[Any]]:
    """Card payments matching life-event words, per customer, oldest first. `ids` (SQLite):
    the matching transactions the window pass already found, read by primary key."""
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
        booked_on = func.coalesce(Transaction.booked_on, Transaction.booked_on)  # no index
        rows = list(
            session.execute(
                query.where(_life_condition(as_of, words, booked_on)).order_by(
                    Transaction.booked_on, Transaction.id
                )
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
