"""The whole-bank signal refresh: every customer's aggregates for one as-of date, stored.

`refresh_signals` runs the pass over `transactions` (knowledge.signals.passes), turns its
per-customer sums into one snapshot row each — the flow baselines with a vectorised
median/MAD (knowledge.signals.robust) that gives exactly the live path's text — and replaces
the previous refresh (knowledge.signals.cache).
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ARRAY,
    String,
    and_,
    any_,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
)
from sqlalchemy.orm import Session

from knowledge.models.bank import Holding, Transaction, TransactionKind
from knowledge.models.signals import CustomerSignalSnapshot, SignalRefresh
from knowledge.settings import get_settings
from knowledge.signals.cache import (
    RefreshReport,
    TransactionAggregates,
    chunks,
    refresh_fingerprint,
)
from knowledge.signals.passes import whole_bank_totals
from knowledge.signals.snapshot import SnapshotColumns, snapshot_columns

_INSERT_BATCH = 5000
Life = dict[str, list[Any]]  # customer id -> [[description, "YYYY-MM-DD", amount], ...]


@contextmanager
def _bulk_reading(session: Session) -> Iterator[None]:
    """SQLite: a 256 MiB page cache for the refresh's connection only, restored after (the
    forked worker sets the same on its own connection)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    pragmas = ("cache_size",)
    before = {p: connection.exec_driver_sql(f"PRAGMA {p}").scalar() for p in pragmas}
    connection.exec_driver_sql("PRAGMA cache_size = -262144")  # 256 MiB
    try:
        yield
    finally:
        for pragma, value in before.items():
            connection.exec_driver_sql(f"PRAGMA {pragma} = {int(value or 0)}")


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """The pass creates millions of short-lived tuples; each batch of them set off the
    cyclic garbage collector, which then walked every live object (measured: up to half
    the time spent turning rows into columns). Reference counting still frees them at once;
    a forked worker inherits the paused collector."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def refresh_signals(
    *, session: Session, as_of: dt.date, life_event_words: Sequence[str] = ()
) -> RefreshReport:
    """Recompute every customer's aggregates for `as_of` (replaces an earlier refresh)."""
    return refresh_with_aggregates(
        session=session, as_of=as_of, life_event_words=life_event_words
    )[0]


def refresh_with_aggregates(
    *, session: Session, as_of: dt.date, life_event_words: Sequence[str] = ()
) -> tuple[RefreshReport, dict[str, TransactionAggregates]]:
    """`refresh_signals`, and every customer's stored aggregates as `cached_aggregates` reads
    them back (the nightly lists need them at once: reading 20k rows back cost more than
    making them from the columns in hand)."""
    started = time.perf_counter()
    # Taken first: a transaction added while the pass runs then makes this refresh stale.
    fingerprint = refresh_fingerprint(session)
    with _bulk_reading(session), _no_cyclic_gc():
        life_match = _folded_life_match(session, as_of, life_event_words)
        totals = whole_bank_totals(session=session, as_of=as_of, life_match=life_match)
        life = _life_event_matches(
            session=session,
            as_of=as_of,
            words=life_event_words,
            ids=totals.life_ids if life_match is not None else None,
        )
        columns = snapshot_columns(as_of, totals)
        _store(session, as_of, columns, life)
    customers = len(columns.customer_ids)
    seconds = time.perf_counter() - started
    session.add(
        SignalRefresh(
            as_of=as_of,
            computed_at=dt.datetime.now(dt.UTC),
            customers=customers,
            transactions_scanned=totals.scanned,
            seconds=round(seconds, 3),
            fingerprint=fingerprint,
        )
    )
    session.flush()
    return RefreshReport(as_of, customers, totals.scanned, seconds), _aggregates(columns)


def _aggregates(columns: SnapshotColumns) -> dict[str, TransactionAggregates]:
    """The snapshot's money as the database gives it back: whole cents / 100, two places."""
    days = {on: dt.date.fromisoformat(on) for on in set(columns.last_on)}
    return {
        cid: TransactionAggregates(
            Decimal(fees).scaleb(-2), Decimal(net).scaleb(-2), n, days[last]
        )
        for cid, fees, net, n, last in zip(
            columns.customer_ids,
            columns.fees_cents,
            columns.net_cents,
            columns.frequency,
            columns.last_on,
            strict=True,
        )
    }


def _store(session: Session, as_of: dt.date, columns: SnapshotColumns, life: Life) -> None:
    """Replace the snapshot rows. SQLite: the values as SQLAlchemy's types would bind them
    (ISO dates, floats for money, JSON text) straight to executemany, skipping the per-row
    type processing that took seconds at 100k customers. Elsewhere through the typed table."""
    session.execute(delete(CustomerSignalSnapshot))
    session.execute(delete(SignalRefresh))
    table = CustomerSignalSnapshot.metadata.tables[CustomerSignalSnapshot.__tablename__]
    day = as_of.isoformat()
    rows = zip(
        columns.customer_ids,
        columns.fees_cents,
        columns.net_cents,
        columns.frequency,
        columns.last_on,
        columns.flows,
        strict=True,
    )
    if session.get_bind().dialect.name == "sqlite":
        names = ", ".join(c.name for c in table.columns)
        sql = f"INSERT INTO {table.name} ({names}) VALUES ({', '.join('?' * len(table.columns))})"
        values = [
            (
                cid,
                day,
                fees / 100,
                net / 100,
                n,
                last,
                flows,
                json.dumps(life[cid]) if cid in life else "[]",
            )
            for cid, fees, net, n, last, flows in rows
        ]
        for start in range(0, len(values), _INSERT_BATCH):
            session.connection().exec_driver_sql(sql, values[start : start + _INSERT_BATCH])
        return
    if session.get_bind().dialect.name == "postgresql":
        _copy(session, table, as_of, rows, life)
        return
    typed = [
        {
            "customer_id": cid,
            "as_of": as_of,
            "fees_12m": Decimal(fees).scaleb(-2),
            "net_flow_12m": Decimal(net).scaleb(-2),
            "frequency_12m": n,
            "last_transaction_on": dt.date.fromisoformat(last),
            "flows": json.loads(flows),
            "life_events": life.get(cid, []),
        }
        for cid, fees, net, n, last, flows in rows
    ]
    for start in range(0, len(typed), _INSERT_BATCH):
        session.execute(insert(table), typed[start : start + _INSERT_BATCH])


def _copy(session: Session, table: Any, as_of: dt.date, rows: Any, life: Life) -> None:
    """PostgreSQL: the rows through COPY (the typed executemany took 2.5 s for 20k customers,
    COPY a tenth of a second); money as exact text of whole cents / 100, JSON as text."""
    names = ", ".join(c.name for c in table.columns)
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        with cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
            for cid, fees, net, n, last, flows in rows:
                copy.write_row(
                    (
                        cid,
                        as_of,
                        Decimal(fees).scaleb(-2),
                        Decimal(net).scaleb(-2),
                        n,
                        last,
                        flows,
                        json.dumps(life[cid]) if cid in life else "[]",
                    )
                )
    finally:
        cursor.close()


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
    """SQLite and PostgreSQL: the life-event condition, checked inside the window pass
    (which reads those rows anyway) instead of a second full scan. None on other databases,
    without words, or when the life-event window reaches beyond the rows of the pass."""
    settings = get_settings()
    reach = max(settings.flow_window_days + 30 * settings.flow_history_months, 365)
    if (
        not words
        or session.get_bind().dialect.name not in ("sqlite", "postgresql")
        or settings.life_event_window_days > reach
    ):
        return None
    return _life_condition(as_of, words, Transaction.booked_on)


def _life_event_matches(
    *, session: Session, as_of: dt.date, words: Sequence[str], ids: list[str] | None = None
) -> Life:
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
            )
        )
    elif session.get_bind().dialect.name == "postgresql":
        # One query, ordered by the database (its collation orders the ids, as live).
        every = bindparam("life_ids", ids, type_=ARRAY(String))
        rows = list(
            session.execute(
                query.where(Transaction.id == any_(every)).order_by(
                    Transaction.booked_on, Transaction.id
                )
            )
        )
    else:
        rows = [
            row
            for part in chunks(ids)
            for row in session.execute(query.where(Transaction.id.in_(part)))
        ]
        # SQLite's ORDER BY compares text by bytes, as Python does.
        rows.sort(key=lambda r: (r[2], r[4]))
    found: dict[str, list[Any]] = defaultdict(list)
    for cid, description, on, amount, _id in rows:
        found[cid].append([description, on.isoformat(), str(amount)])
    return found
