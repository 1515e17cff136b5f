"""Benchmark: generate and load the demo bank (default 100k customers, ~10M transactions).

    .venv/bin/python -m bench.demo_bank [--customers 100000] [--transactions-per-customer 100]

Writes a fresh SQLite database var/bench.db (deleted first), measures planning, activity
generation + insert, and the commit, and saves the numbers to var/bench/demo_bank.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import time

from sqlalchemy.orm import Session

from bench.common import save
from knowledge.db import make_engine
from knowledge.demo_bank import generate_demo_bank
from knowledge.migrate import upgrade
from knowledge.settings import PROJECT_ROOT


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--transactions-per-customer", type=int, default=100)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--as-of", default="2026-06-15")
    args = parser.parse_args()

    path = PROJECT_ROOT / "var" / "bench.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    url = f"sqlite:///{path}"
    upgrade(url)
    engine = make_engine(url)
    started = time.perf_counter()
    stages: dict[str, float] = {}

    def progress(stage: str, done: int, total: int) -> None:
        elapsed = time.perf_counter() - started
        stages[stage] = elapsed
        print(f"\r{stage}: {done}/{total} ({elapsed:.0f} s)", end="", file=sys.stderr,
              flush=True)

    with Session(engine) as session:
        report = generate_demo_bank(session=session, customers=args.customers, seed=args.seed,
                                    as_of=dt.date.fromisoformat(args.as_of), progress=progress,
                                    transactions_per_customer=args.transactions_per_customer)
        generated = time.perf_counter() - started
        session.commit()
    total = time.perf_counter() - started
    engine.dispose()
    result = {
        "customers": report.customers,
        "holdings": report.holdings,
        "transactions": report.transactions,
        "interactions": report.interactions,
        "feedback": report.feedback,
        "planning_s": round(stages.get("planning customers", 0.0), 1),
        "generate_and_insert_s": round(generated, 1),
        "commit_s": round(total - generated, 1),
        "total_s": round(total, 1),
        "transactions_per_s": round(report.transactions / total),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "database_mb": round(path.stat().st_size / 1e6),
    }
    print(file=sys.stderr)
    save("demo_bank", result)


if __name__ == "__main__":
    main()
