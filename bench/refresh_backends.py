"""Benchmark: the whole-bank refresh on SQLite and on PostgreSQL, same bank, same run.

    .venv/bin/python -m bench.refresh_backends [--customers 20000] [--runs 2]
        [--postgres postgresql+psycopg://advisor:advisor@127.0.0.1:55432/advisor_test]

The bank (demo generator, seed 42) is built once per backend and kept: the SQLite file
var/bench/bank-<n>.db and the PostgreSQL database bench_bank_<n> on the server of
--postgres (`make services` starts it on 127.0.0.1:55432); each is built under a temporary
name and renamed when complete, so a half-built bank is never used. Each run, alternately
per backend (both see the same load on the machine): a plain full scan of `transactions`
(the backend's floor), the signal scan (`refresh_bank(lists=False)` timing) and the stored
ranked lists of every advisor and branch manager. Results: var/bench/refresh_backends.json,
with the PostgreSQL/SQLite ratios of the best runs.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from bench.call_list import AS_OF, SEED, ensure_bank, full_scan_seconds
from bench.common import RESULTS, save
from knowledge.db import make_engine
from knowledge.migrate import upgrade

DEFAULT_POSTGRES = "postgresql+psycopg://advisor:advisor@127.0.0.1:55432/advisor_test"


def ensure_postgres_bank(server_url: str, customers: int, suffix: str = "") -> str:
    """The PostgreSQL bank's URL, generated first when the database does not exist."""
    from knowledge.demo_bank import generate_demo_bank

    name = f"bench_bank_{customers}{suffix}"
    server = make_url(server_url)
    admin = create_engine(server, isolation_level="AUTOCOMMIT", pool_size=1)
    url = server.set(database=name).render_as_string(hide_password=False)
    try:
        with admin.connect() as connection:
            exists = connection.exec_driver_sql(
                "SELECT 1 FROM pg_database WHERE datname = %(n)s", {"n": name}
            ).first()
            if exists:
                return url
            partial = f"{name}_partial"
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{partial}" WITH (FORCE)')
            connection.exec_driver_sql(f'CREATE DATABASE "{partial}"')
        partial_url = server.set(database=partial).render_as_string(hide_password=False)
        upgrade(partial_url)
        engine = make_engine(partial_url)
        started = time.perf_counter()
        with Session(engine) as session:
            report = generate_demo_bank(
                session=session, customers=customers, seed=SEED, as_of=AS_OF
            )
            session.commit()
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM ANALYZE")  # as autovacuum would, soon after
        engine.dispose()
        print(
            f"PostgreSQL: {report.customers} customers, {report.transactions} transactions in "
            f"{time.perf_counter() - started:.0f} s",
            file=sys.stderr,
        )
        with admin.connect() as connection:
            connection.exec_driver_sql(f'ALTER DATABASE "{partial}" RENAME TO "{name}"')
    finally:
        admin.dispose()
    return url


def one_run(url: str) -> dict[str, Any]:
    from knowledge.call_list.refresh import refresh_bank
    from knowledge.value.compute import clear_bank_cache

    clear_bank_cache()
    engine = make_engine(url)
    with Session(engine) as session:
        baseline = full_scan_seconds(session)
        report = refresh_bank(session=session, as_of=AS_OF)
        session.commit()
    engine.dispose()
    total = report.seconds + report.list_seconds
    return {
        "scan_seconds": round(report.seconds, 2),
        "transactions_scanned": report.transactions_scanned,
        "transactions_per_second": round(report.transactions_per_second),
        "lists_stored": report.lists,
        "lists_seconds": round(report.list_seconds, 2),
        "transactions_per_second_including_lists": round(report.transactions_scanned / total),
        "baseline_full_scan_seconds": round(baseline, 2),
        "ratio_scan_vs_full_scan": round(report.seconds / baseline, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--postgres", default=os.environ.get("BENCH_POSTGRES", DEFAULT_POSTGRES))
    parser.add_argument("--label", default="", help="a name for this code version")
    parser.add_argument("--out", default="refresh_backends")
    parser.add_argument(
        "--suffix",
        default="",
        help="another copy of the bank, not migrated (bank-<n>k<suffix>.db, "
        "bench_bank_<n><suffix>): e.g. one kept at main's schema",
    )
    args = parser.parse_args()
    os.environ["AS_OF_DATE"] = AS_OF.isoformat()
    from knowledge.settings import get_settings

    get_settings.cache_clear()
    path = Path(RESULTS) / f"bank-{args.customers // 1000}k{args.suffix}.db"
    ensure_bank(path, args.customers, SEED, AS_OF)
    urls = {
        "sqlite": f"sqlite:///{path}",
        "postgresql": ensure_postgres_bank(args.postgres, args.customers, args.suffix),
    }
    if not args.suffix:
        for url in urls.values():
            upgrade(url)
    from knowledge.models.bank import Transaction

    sizes = {}
    for backend, url in urls.items():
        engine = make_engine(url)
        with Session(engine) as session:
            sizes[backend] = session.scalar(select(func.count()).select_from(Transaction))
        engine.dispose()
    runs: dict[str, list[dict[str, Any]]] = {backend: [] for backend in urls}
    for _ in range(args.runs):
        for backend, url in urls.items():
            runs[backend].append(one_run(url))
    best = {b: max(r, key=lambda t: t["transactions_per_second"]) for b, r in runs.items()}
    pg, lite = best["postgresql"], best["sqlite"]
    save(
        args.out,
        {
            "label": args.label,
            "bank": {"customers": args.customers, "transactions": sizes, "as_of": str(AS_OF)},
            "target_transactions_per_second": 1_000_000,
            "best": best,
            "postgresql_vs_sqlite": {
                "scan_rate": round(
                    pg["transactions_per_second"] / lite["transactions_per_second"], 2
                ),
                "lists_seconds": round(pg["lists_seconds"] / lite["lists_seconds"], 2),
                "full_scan_seconds": round(
                    pg["baseline_full_scan_seconds"] / lite["baseline_full_scan_seconds"], 2
                ),
            },
            "runs": runs,
        },
    )


if __name__ == "__main__":
    main()
