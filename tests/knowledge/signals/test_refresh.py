"""The whole-bank refresh stores, for every customer, what the live per-book path computes."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from dataclasses import astuple
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session

import knowledge.signals.passes_sqlite as signal_pass
from knowledge.call_list.signals_money import LIFE_EVENTS
from knowledge.models.bank import Holding, Transaction, TransactionKind
from knowledge.models.signals import CustomerSignalSnapshot
from knowledge.settings import PROJECT_ROOT, get_settings
from knowledge.signals.cache import cached_aggregates
from knowledge.signals.refresh import (
    _life_event_matches,
    refresh_signals,
    refresh_with_aggregates,
)
from knowledge.signals.scan import flow_stats
from knowledge.value.compute import _transaction_aggregates
from knowledge.value.tiers import ValueSums

demo_bank = pytest.importorskip("knowledge.demo_bank")
AS_OF = dt.date(2026, 6, 15)
WORDS = [str(w) for spec in LIFE_EVENTS.values() for w in spec["keywords"]]


def _stored(session: Session) -> dict[str, dict[str, Any]]:
    table = CustomerSignalSnapshot.__table__
    return {row.customer_id: dict(row._mapping) for row in session.execute(select(table))}


def _live(session: Session, as_of: dt.date) -> dict[str, dict[str, Any]]:
    """Every customer's snapshot row, computed by the live path's functions."""
    settings = get_settings()
    least = settings.smallest_money_threshold("flow_min_amount")
    owner = {hid: cid for hid, cid in session.execute(select(Holding.id, Holding.customer_id))}
    first: dict[str, dt.date | None] = dict(
        session.execute(
            select(Holding.customer_id, func.min(Transaction.booked_on))
            .join(Holding, Holding.id == Transaction.holding_id)
            .where(Transaction.booked_on <= as_of)
            .group_by(Holding.customer_id)
        ).all()
    )
    ids = sorted(first)
    sums = ValueSums()
    _transaction_aggregates(session, ids, as_of, sums)
    fees, net, count, last = sums.fees, sums.flows_12m, sums.frequency, sums.last_txn
    stats = flow_stats(
        session=session, as_of=as_of, owner=owner, first_on=first, holdings=select(Holding.id)
    )
    life = _life_event_matches(session=session, as_of=as_of, words=WORDS)  # its own query
    rows = {}
    for cid in ids:
        flows = stats.get(cid)
        # What the refresh keeps: the flows that could fire (snapshot.flow_json's rule).
        kept = flows is not None and flows.months >= settings.flow_min_months and any(
            f is not None and f.amount >= least and f.median > 0
            and f.amount >= Decimal(str(settings.flow_min_ratio)) * f.median
            for f in (flows.out, flows.inflow)
        )
        rows[cid] = {
            "customer_id": cid,
            "as_of": as_of,
            "fees_12m": fees[cid],
            "net_flow_12m": net[cid],
            "frequency_12m": count[cid],
            "last_transaction_on": last[cid],
            "flows": flows.to_json() if kept and flows is not None else {},
            "life_events": life.get(cid, []),
        }
    return rows


@pytest.mark.parametrize("as_of", [AS_OF, dt.date(2026, 2, 28)])
def test_every_customer_gets_the_live_values(session: Session, as_of: dt.date) -> None:
    demo_bank.generate_demo_bank(session=session, customers=300, seed=5, as_of=AS_OF)
    # The busiest account's customer takes out far more than usual: a flow that could fire.
    busiest = session.execute(
        select(Transaction.holding_id).group_by(Transaction.holding_id)
        .order_by(func.count().desc(), Transaction.holding_id)
    ).scalar()
    session.add(Transaction(id="T-BIG", holding_id=busiest, booked_on=as_of - dt.timedelta(
        days=3), amount=Decimal("-900000"), currency="EUR", kind=TransactionKind.withdrawal))
    session.flush()
    report, in_hand = refresh_with_aggregates(
        session=session, as_of=as_of, life_event_words=WORDS
    )
    stored = _stored(session)
    live = _live(session, as_of)
    # The nightly lists take the aggregates in hand: exactly what reading them back gives,
    # down to the text of each amount ("12.50", not "12.5").
    read_back = cached_aggregates(session=session, as_of=as_of, customer_ids=None)
    assert read_back is not None
    assert {c: [str(v) for v in astuple(a)] for c, a in in_hand.items()} == {
        c: [str(v) for v in astuple(a)] for c, a in read_back.items()
    }
    assert report.customers == len(stored) == len(live) > 250
    assert sum(1 for row in stored.values() if row["flows"]) >= 1
    assert stored == live
    # Every booking up to as_of is accounted for, those before the window too (SQLite reads
    # them by their bounds, not one by one); none after it.
    bookings = session.scalar(
        select(func.count()).select_from(Transaction).where(Transaction.booked_on <= as_of)
    )
    assert report.transactions_scanned == bookings
    quiet = [row for row in stored.values()
             if row["last_transaction_on"] <= as_of - dt.timedelta(days=400)]
    if as_of == AS_OF:
        assert quiet  # customers whose last booking is older than any window the pass reads


def _committed_bank(engine: Engine) -> None:
    with Session(engine) as session:
        demo_bank.generate_demo_bank(session=session, customers=200, seed=3, as_of=AS_OF)
        session.commit()


def _normalised(session: Session) -> str:
    return json.dumps(sorted(_stored(session).items()), default=str)


# Run in a fresh interpreter: the test process may have threads (then no fork is made).
_FORKED_REFRESH = """
import datetime as dt, json, sys
from sqlalchemy.orm import Session
import knowledge.signals.passes_sqlite as signal_pass
from knowledge.db import make_engine
from knowledge.signals.refresh import refresh_signals
from tests.knowledge.signals.test_refresh import _normalised

signal_pass._PARALLEL_FROM = 0  # even this small bank
forked = []
real_database_file = signal_pass._database_file

def database_file(session):
    forked.append(real_database_file(session))
    return forked[-1]

signal_pass._database_file = database_file
url, as_of, words = sys.argv[1], dt.date.fromisoformat(sys.argv[2]), json.loads(sys.argv[3])
with Session(make_engine(url)) as session:
    report = refresh_signals(session=session, as_of=as_of, life_event_words=words)
    rows = _normalised(session)
    print(json.dumps({"forked": forked, "scanned": report.transactions_scanned, "rows": rows}))
    session.rollback()
"""


def test_the_forked_worker_gives_the_same_rows(engine: Engine) -> None:
    """SQLite splits the pass with a forked worker when nothing is uncommitted."""
    if engine.dialect.name != "sqlite":
        pytest.skip("the forked worker is SQLite's")
    _committed_bank(engine)
    with Session(engine) as session:
        # No fork here.
        alone = refresh_signals(session=session, as_of=AS_OF, life_event_words=WORDS)
        in_process = _normalised(session)
        session.rollback()
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _FORKED_REFRESH,
            str(engine.url),
            AS_OF.isoformat(),
            json.dumps(WORDS),
        ],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        check=True,
    )
    forked = json.loads(done.stdout)
    assert forked["forked"] == [engine.url.database]  # the worker really ran
    # The worker counts the bookings now: none is lost or counted twice on the way back.
    assert forked["scanned"] == alone.transactions_scanned > 10_000
    assert forked["rows"] == in_process


def test_uncommitted_writes_keep_the_pass_in_this_connection(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("the forked worker is SQLite's")
    _committed_bank(engine)
    with Session(engine) as session:
        assert signal_pass._database_file(session) == engine.url.database
        session.execute(delete(CustomerSignalSnapshot))  # any write not yet committed
        assert signal_pass._database_file(session) is None


def test_postgres_reads_the_second_half_on_its_own_connection(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL: with nothing written yet in the transaction, a second connection on the
    same snapshot reads half the table, and the rows are still exactly the live ones."""
    if engine.dialect.name != "postgresql":
        pytest.skip("the two-connection pass is PostgreSQL's")
    import knowledge.signals.passes_postgres as pg_pass

    _committed_bank(engine)
    halves: list[str] = []
    real = pg_pass._second_half
    monkeypatch.setattr(
        pg_pass, "_second_half", lambda *a: (halves.append(a[1]), real(*a))[1]
    )
    with Session(engine) as session:
        report = refresh_signals(session=session, as_of=AS_OF, life_event_words=WORDS)
        stored = _stored(session)
        live = _live(session, AS_OF)
        session.rollback()
    assert len(halves) == 1  # the snapshot was shared with the second connection
    assert report.transactions_scanned > 10_000
    assert sum(1 for row in stored.values() if row["life_events"]) > 0
    assert stored == live
