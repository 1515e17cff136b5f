"""`python -m bench.load`: throughput, p50/p95/p99 per turn type and overall, errors.

Each simulated advisor is a different staff id with a book of ~400 customers (the demo
bank sized for N advisors), starts with "who should I call today?" and then mixes call
list, "show me more", a profile of a customer in their book and logged feedback, with a
think time between turns (uniform 0.5–1.5 × --think seconds; 0 = as fast as answers come).
The first --warmup seconds are not counted. Target: 50 advisors, p95 < 500 ms, 0 errors.
The bank is generated once into a template database (kept: advisor_load_c<customers>_…)
and cloned for each run; the run's bank and tracker databases are dropped afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import sys

from sqlalchemy import select

from bench.common import RESULTS, save, summary
from bench.load.advisors import TURN_MIX, Advisor, Turn, run_advisors
from bench.load.cluster import (
    Cluster,
    Databases,
    generate_bank,
    postgres_url,
    redis_url,
    services_missing,
)
from knowledge.db import make_engine, session_factory
from knowledge.migrate import upgrade
from knowledge.models.bank import Customer, Role, Staff

AS_OF = dt.date(2026, 11, 16)
BOOK = 400


def _bank_template(databases: Databases, customers: int, seed: int) -> str:
    name = f"advisor_load_c{customers}_s{seed}_{AS_OF:%Y%m%d}"
    if not databases.exists(name):
        building = f"{name}_building"  # renamed only when complete: never half a bank
        databases.create(building)
        print(f"generating the {customers}-customer bank (once; kept as {name})", flush=True)
        generate_bank(databases.app_url(building), customers=customers, seed=seed, as_of=AS_OF)
        with databases.admin.connect() as connection:
            connection.exec_driver_sql(f'ALTER DATABASE "{building}" RENAME TO "{name}"')
    _refresh_if_stale(databases.app_url(name))
    return name


def _refresh_if_stale(url: str) -> None:
    """Bring a kept template to the newest schema and re-run the nightly refresh when its
    stamp no longer matches (a migration or a changed setting since it was built): a stale
    bank would measure the live fallback instead of the morning's stored lists."""
    from knowledge.call_list.refresh import refresh_bank
    from knowledge.signals.cache import is_fresh

    upgrade(url)
    engine = make_engine(url)
    try:
        with session_factory(engine).begin() as session:
            if not is_fresh(session=session, as_of=AS_OF):
                print("refreshing the template bank's signals and call lists", flush=True)
                refresh_bank(session=session, as_of=AS_OF)
    finally:
        engine.dispose()


def _advisors(database_url: str, count: int, seed: int) -> list[Advisor]:
    engine = make_engine(database_url)
    with session_factory(engine)() as session:
        ids = session.scalars(select(Staff.id).where(Staff.role == Role.advisor)
                              .order_by(Staff.id).limit(count)).all()
        books: dict[str, list[str]] = {i: [] for i in ids}
        for advisor_id, name in session.execute(
                select(Customer.advisor_id, Customer.name)
                .where(Customer.advisor_id.in_(ids))):
            books[advisor_id].append(name)
    engine.dispose()
    if len(ids) < count:
        sys.exit(f"the bank has {len(ids)} advisors, fewer than --advisors {count}")
    return [
        Advisor(i, sorted(n for n in set(books[i]) if books[i].count(n) == 1),
                random.Random(f"{seed}-{i}"))
        for i in ids
    ]


def _windows(turns: list[Turn], *, start: float, width: float) -> list[list[float]]:
    """Turn times grouped by the `width`-second window (after `start`) in which they began."""
    grouped: dict[int, list[float]] = {}
    for turn in turns:
        grouped.setdefault(int((turn.started - start) // width), []).append(turn.ms)
    return [grouped[k] for k in sorted(grouped)]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__)
    parser.add_argument("--advisors", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--think", type=float, default=3.0,
                        help="mean seconds between an answer and the advisor's next message")
    parser.add_argument("--warmup", type=float, default=5.0)
    parser.add_argument("--rasa-instances", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sanic-workers", type=int, default=len(os.sched_getaffinity(0)),
                        help="SANIC_WORKERS: worker processes of each Rasa server (default: "
                             "one per usable core, as docs/production.md recommends; "
                             "rasa_sdk 3.21 runs one action-server process whatever it says)")
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                        help="an extra environment variable for every server process, e.g. "
                             "TF_INTRA_OP_PARALLELISM_THREADS=1 (repeatable)")
    parser.add_argument("--stores", choices=("shared", "memory"), default="shared",
                        help="shared: PostgreSQL tracker store + Redis lock store (production); "
                             "memory: Rasa's in-memory stores (one instance only), to tell "
                             "Rasa's own cost from its stores'")
    args = parser.parse_args()
    if args.stores == "memory" and args.rasa_instances != 1:
        sys.exit("--stores memory serves one Rasa instance only")
    if args.stores == "memory":
        args.sanic_workers = 1  # Rasa runs one worker on its in-memory lock store
    reason = services_missing()
    if reason:
        sys.exit(f"bench.load needs PostgreSQL and Redis: {reason}")

    customers = max(args.advisors, 6) * BOOK
    databases = Databases(postgres_url())
    template = _bank_template(databases, customers, args.seed)
    bank, tracker = f"advisor_load_run_{os.getpid()}", f"rasa_tracker_load_{os.getpid()}"
    databases.create(bank, template=template)
    databases.create(tracker)
    cluster = Cluster(
        database_url=databases.app_url(bank),
        tracker_store_url=databases.rasa_url(tracker) if args.stores == "shared" else "",
        lock_store_url=redis_url() if args.stores == "shared" else "",
        as_of=AS_OF, rasa_ports=[26005 + i for i in range(args.rasa_instances)],
        action_port=26055, api_port=28100, log_dir=RESULTS / "load-log",
        extra_env={"SANIC_WORKERS": str(args.sanic_workers),
                   **dict(item.split("=", 1) for item in args.env)},
    )
    try:
        advisors = _advisors(cluster.database_url, args.advisors, args.seed)
        print(f"starting {args.rasa_instances} Rasa instance(s), action server, API", flush=True)
        cluster.start()
        print(f"{args.advisors} advisors for {args.seconds:.0f} s", flush=True)
        cpu_before = cluster.cpu_seconds()
        wall = asyncio.run(run_advisors(advisors, cluster.webhooks(), seconds=args.seconds,
                                        think_seconds=args.think))
        cpu_after = cluster.cpu_seconds()
    finally:
        cluster.stop()
        databases.drop(bank)
        databases.drop(tracker)
        databases.admin.dispose()

    turns = [t for a in advisors for t in a.turns if t.started >= args.warmup]
    everything = [t for a in advisors for t in a.turns]
    errors: dict[str, int] = {}
    for turn in everything:
        if turn.error:
            errors[turn.error] = errors.get(turn.error, 0) + 1
    measured = max(wall - args.warmup, 1e-9)
    by_kind = {kind: summary([t.ms for t in turns if t.kind == kind])
               for kind in TURN_MIX if any(t.kind == kind for t in turns)}
    overall = summary([t.ms for t in turns])
    # Steady or bursty: the same figures per 10 s of the measured time, by when turns began.
    windows = [summary(ms) for ms in _windows(turns, start=args.warmup, width=10.0) if ms]
    save("load", {
        "advisors": args.advisors, "seconds": args.seconds, "warmup_seconds": args.warmup,
        "think_seconds": args.think, "rasa_instances": args.rasa_instances,
        "sanic_workers": args.sanic_workers, "extra_env": args.env,
        "cpus": os.cpu_count(), "customers": customers,
        "stores": {"bank": "PostgreSQL",
                   "tracker": ("PostgreSQL (SQL tracker store)" if args.stores == "shared"
                               else "in memory"),
                   "lock": "Redis" if args.stores == "shared" else "in memory"},
        "turns_measured": len(turns),
        "throughput_turns_per_s": round(len(turns) / measured, 2),
        "overall": overall, "by_kind": by_kind, "per_10_s": windows,
        "errors": sum(errors.values()), "errors_by_kind": errors,
        # Share of one core each process used during the run (2.0 = both cores of 2).
        "cpu_cores_used": {name: round((cpu_after[name] - cpu_before.get(name, 0.0)) / wall, 2)
                           for name in cpu_after},
        "target": {"advisors": 50, "p95_ms": 500, "errors": 0},
        "met": bool(args.advisors >= 50 and overall["p95_ms"] < 500 and not errors),
    })
    return 0 if not errors else 1


if __name__ == "__main__":
    raise SystemExit(main())
