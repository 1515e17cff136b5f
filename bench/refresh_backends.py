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

With `--baseline /path/to/other/checkout` (e.g. main's), each run times the whole refresh of
both code versions on the same banks, alternately, each in a fresh process
(`python -m bench.refresh_backends ... --baseline ../main`): before/after in one run, with
the ratios of the best runs (new / baseline), each version's range, and whether every run of
both stored the same lists and snapshot (hashes of what was stored). The baseline's code only
needs `refresh_bank`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
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
        started = time.perf_counter()
        report = refresh_bank(session=session, as_of=AS_OF)
        session.commit()
        wall = time.perf_counter() - started
    engine.dispose()
    total = report.seconds + report.list_seconds
    return {
        "scan_seconds": round(report.seconds, 2),
        "transactions_scanned": report.transactions_scanned,
        "transactions_per_second": round(report.transactions_per_second),
        "lists_stored": report.lists,
        "lists_seconds": round(report.list_seconds, 2),
        "transactions_per_second_including_lists": round(report.transactions_scanned / total),
        # The whole `advisor refresh` from its start to its commit (tier cut-offs, rules and
        # the commit included), the rate the 1M transactions a second is about.
        "refresh_seconds": round(wall, 2),
        "transactions_per_second_whole_refresh": round(report.transactions_scanned / wall),
        "baseline_full_scan_seconds": round(baseline, 2),
        "ratio_scan_vs_full_scan": round(report.seconds / baseline, 2),
    }


# One whole refresh in a fresh process, run with either code version on the path.
_ONE_REFRESH = """
import datetime, hashlib, json, os, sys, time
os.environ["AS_OF_DATE"] = sys.argv[2]
from sqlalchemy import text
from sqlalchemy.orm import Session
from knowledge.call_list.refresh import refresh_bank
from knowledge.db import make_engine
engine = make_engine(sys.argv[1])
with Session(engine) as session:
    started = time.perf_counter()
    session.execute(text("SELECT count(*), sum(amount) FROM transactions")).one()
    full = time.perf_counter() - started
    started = time.perf_counter()
    report = refresh_bank(session=session, as_of=datetime.date.fromisoformat(sys.argv[2]))
    session.commit()
    wall = time.perf_counter() - started
    # What was stored, hashed: both code versions must store exactly the same (the lists
    # in staff order with every reason's text and evidence, the snapshot by customer).
    lists = session.execute(text(
        "SELECT staff_id, stamp, items FROM call_list_snapshots ORDER BY staff_id")).all()
    snapshot = session.execute(text(
        "SELECT customer_id, fees_12m, net_flow_12m, frequency_12m, last_transaction_on, "
        "flows, life_events FROM customer_signal_snapshots ORDER BY customer_id")).all()
digest = {name: hashlib.sha256(json.dumps([[str(v) for v in row] for row in rows]).encode()
                               ).hexdigest()[:16]
          for name, rows in (("lists", lists), ("snapshot", snapshot))}
engine.dispose()
print(json.dumps({"refresh_seconds": wall, "scan_seconds": report.seconds,
                  "lists_seconds": report.list_seconds, "full_scan_seconds": full,
                  "transactions": report.transactions_scanned,
                  "lists_sha256": digest["lists"], "snapshot_sha256": digest["snapshot"]}))
"""


def timed_refresh(code: Path, url: str) -> dict[str, Any]:
    """The whole refresh with the code of checkout `code`, in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", _ONE_REFRESH, url, AS_OF.isoformat()],
        env={**os.environ, "PYTHONPATH": str(code)},
        cwd=code,
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["transactions_per_second"] = round(result["transactions"] / result["refresh_seconds"])
    return {k: round(v, 2) if isinstance(v, float) else v for k, v in result.items()}


def against_baseline(urls: dict[str, str], baseline: Path, runs: int, label: str) -> None:
    """Both code versions, alternately, on the same banks (see the module's docstring)."""
    versions = {"baseline": baseline.resolve(), "new": Path(__file__).resolve().parents[1]}
    results: dict[str, dict[str, list[dict[str, Any]]]] = {
        backend: {v: [] for v in versions} for backend in urls
    }
    for run in range(runs):
        for backend, url in urls.items():
            # Which version goes first alternates: the machine's load drifts within a run.
            order = list(versions.items())[:: -1 if run % 2 else 1]
            for version, code in order:
                results[backend][version].append(timed_refresh(code, url))
    summary = {}
    for backend, by_version in results.items():
        best = {v: max(r["transactions_per_second"] for r in rs) for v, rs in by_version.items()}
        stored = {
            v: sorted({(r["lists_sha256"], r["snapshot_sha256"]) for r in rs})
            for v, rs in by_version.items()
        }
        summary[backend] = {
            "baseline_transactions_per_second": best["baseline"],
            "new_transactions_per_second": best["new"],
            "ratio_new_vs_baseline": round(best["new"] / best["baseline"], 2),
            "range_transactions_per_second": {
                v: [min(r["transactions_per_second"] for r in rs),
                    max(r["transactions_per_second"] for r in rs)]
                for v, rs in by_version.items()
            },
            # Every run of both versions stored the same lists and snapshot (hashes).
            "same_lists_and_snapshot": len(stored["baseline"]) == 1
            and stored["baseline"] == stored["new"],
        }
    save(
        "refresh_backends_vs_baseline",
        {
            "label": label,
            "baseline": str(versions["baseline"]),
            "target_transactions_per_second": 1_000_000,
            "best": summary,
            "runs": results,
        },
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--postgres", default=os.environ.get("BENCH_POSTGRES", DEFAULT_POSTGRES))
    parser.add_argument("--label", default="", help="a name for this code version")
    parser.add_argument(
        "--baseline", type=Path, help="another checkout (e.g. main) to time alternately"
    )
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
    if args.baseline is not None:
        against_baseline(urls, args.baseline, args.runs, args.label)
        return
    runs: dict[str, list[dict[str, Any]]] = {backend: [] for backend in urls}
    for _ in range(args.runs):
        for backend, url in urls.items():
            runs[backend].append(one_run(url))
    best = {
        b: max(r, key=lambda t: t["transactions_per_second_whole_refresh"])
        for b, r in runs.items()
    }
    pg, lite = best["postgresql"], best["sqlite"]
    save(
        args.out,
        {
            "label": args.label,
            "bank": {"customers": args.customers, "transactions": sizes, "as_of": str(AS_OF)},
            "target_transactions_per_second": 1_000_000,
            "whole_refresh_transactions_per_second": {
                b: t["transactions_per_second_whole_refresh"] for b, t in best.items()
            },
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
