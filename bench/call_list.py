"""Benchmark: the call list on a 100k-customer / 10M-transaction demo bank.

    .venv/bin/python -m bench.call_list [--customers 100000] [--repeat 30] [--refresh-only]

Generates the bank once into var/bench/bank-100k.db (reused when present; built in a temporary
file and renamed, so a half-built bank is never used), then measures in-process:
- one advisor's call list live, without any refresh (every signal from SQL over the book);
- the whole-bank refresh: the signal scan as transactions per second, then the ranked list of
  every advisor and branch manager stored; with a plain full scan of `transactions` timed in
  the same run as the machine's baseline (others load the machine: compare ratios);
- one advisor's call list after the refresh: recomputed from the signal cache (the list was
  invalidated) and read from the stored list (the chat turn's path), p50/p95 over advisors.
Results go to var/bench/call_list.json; with --refresh-only, only the whole-bank signal scan
(twice, against a plain full scan) is timed, into var/bench/signal_refresh.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from bench.common import RESULTS, save, summary
from knowledge.db import make_engine
from knowledge.migrate import upgrade

AS_OF = dt.date(2026, 6, 15)
SEED = 42


def ensure_bank(path: Path, customers: int, seed: int, as_of: dt.date) -> None:
    if path.exists():
        return
    from knowledge.demo_bank import generate_demo_bank

    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial.db")
    for leftover in path.parent.glob(partial.name + "*"):
        leftover.unlink()
    url = f"sqlite:///{partial}"
    upgrade(url)
    engine = make_engine(url)
    started = time.perf_counter()

    def progress(stage: str, done: int, total: int) -> None:
        print(
            f"\r{stage}: {done}/{total} ({time.perf_counter() - started:.0f} s)",
            end="",
            file=sys.stderr,
            flush=True,
        )

    with Session(engine) as session:
        report = generate_demo_bank(
            session=session, customers=customers, seed=seed, as_of=as_of, progress=progress
        )
        session.commit()
    engine.dispose()
    print(
        f"\ngenerated {report.customers} customers, {report.transactions} transactions in "
        f"{time.perf_counter() - started:.0f} s",
        file=sys.stderr,
    )
    os.replace(partial, path)


def full_scan_seconds(session: Session) -> float:
    """One plain sequential pass over every transaction: the floor any whole-bank scan pays."""
    start = time.perf_counter()
    session.execute(text("SELECT count(*), sum(amount) FROM transactions")).one()
    return time.perf_counter() - start


def refresh_only(url: str, runs: int = 2) -> None:
    """The signal scan alone (no ranked lists), `runs` times, each after a plain full scan."""
    from knowledge.call_list.refresh import refresh_bank

    engine = make_engine(url)
    timings = []
    with Session(engine) as session:
        for _ in range(runs):
            baseline = full_scan_seconds(session)
            report = refresh_bank(session=session, as_of=AS_OF, lists=False)
            session.commit()
            timings.append(
                {
                    "seconds": round(report.seconds, 2),
                    "transactions_scanned": report.transactions_scanned,
                    "transactions_per_second": round(report.transactions_per_second),
                    "baseline_full_scan_seconds": round(baseline, 2),
                    "ratio_refresh_scan_vs_full_scan": round(report.seconds / baseline, 2),
                }
            )
    engine.dispose()
    best = max(timings, key=lambda t: t["transactions_per_second"])
    save(
        "signal_refresh",
        {"target_transactions_per_second": 1_000_000, "best": best, "runs": timings},
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--database", type=Path, default=RESULTS / "bank-100k.db")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--live-repeat", type=int, default=6)
    parser.add_argument(
        "--refresh-only", action="store_true", help="time only the whole-bank signal scan"
    )
    args = parser.parse_args()
    os.environ["AS_OF_DATE"] = AS_OF.isoformat()
    ensure_bank(args.database, args.customers, SEED, AS_OF)
    url = f"sqlite:///{args.database}"
    upgrade(url)  # a bank generated before the call-list migration gets its tables

    from knowledge.call_list import call_list
    from knowledge.call_list.offers import clear_rules_cache
    from knowledge.call_list.refresh import refresh_bank
    from knowledge.models.bank import Customer, Role, Staff, Transaction
    from knowledge.models.signals import CallListSnapshot, CustomerSignalSnapshot, SignalRefresh
    from knowledge.settings import get_settings
    from knowledge.value.compute import clear_bank_cache

    get_settings.cache_clear()
    if args.refresh_only:
        refresh_only(url)
        return
    engine = make_engine(url)
    with Session(engine) as session:
        customers = session.scalar(select(func.count()).select_from(Customer)) or 0
        transactions = session.scalar(select(func.count()).select_from(Transaction)) or 0
        advisors = list(
            session.scalars(select(Staff).where(Staff.role == Role.advisor).order_by(Staff.id))
        )
        # 1. Live, no refresh: every aggregate from SQL restricted to the advisor's book.
        session.execute(delete(SignalRefresh))
        session.execute(delete(CustomerSignalSnapshot))
        session.execute(delete(CallListSnapshot))
        session.commit()
        clear_bank_cache()
        clear_rules_cache()

        def one(advisor: Staff, recompute: bool = False) -> float:
            if recompute:  # no stored list: every signal runs (and the list is stored)
                session.execute(delete(CallListSnapshot))
            start = time.perf_counter()
            call_list(session=session, asker=advisor, as_of=AS_OF)
            return (time.perf_counter() - start) * 1000

        def advisor(n: int) -> Staff:
            return advisors[n % len(advisors)]

        live_cold = one(advisors[0], recompute=True)
        live = [one(advisor(n + 1), recompute=True) for n in range(args.live_repeat)]
        session.rollback()  # nothing stored by the live runs
        # 2. The whole-bank refresh, and the machine's speed at this moment.
        baseline = full_scan_seconds(session)
        report = refresh_bank(session=session, as_of=AS_OF)
        session.commit()
        # 3. From the refresh: recomputed from the signal cache, then the stored lists.
        clear_bank_cache()
        clear_rules_cache()
        cached_cold = one(advisors[0], recompute=True)
        recomputed = [one(advisor(n + 1), recompute=True) for n in range(args.repeat)]
        session.rollback()  # the stored lists of the refresh again
        stored_first = one(advisors[0])
        stored = [one(advisor(n + 1)) for n in range(args.repeat)]
        sizes = {
            a.id: call_list(session=session, asker=a, as_of=AS_OF, limit=100_000).total
            for a in advisors
        }
    engine.dispose()
    save(
        "call_list",
        {
            "bank": {
                "customers": customers,
                "transactions": transactions,
                "advisors": len(advisors),
                "customers_per_book": round(customers / max(len(advisors), 1)),
                "as_of": AS_OF.isoformat(),
                "database": str(args.database),
            },
            "one_advisor_live_no_refresh": {
                "first_call_ms_with_bank_wide_parts": round(live_cold, 1),
                **summary(live),
            },
            "whole_bank_refresh": {
                "seconds": round(report.seconds, 1),
                "transactions_scanned": report.transactions_scanned,
                "transactions_per_second": round(report.transactions_per_second),
                "target_transactions_per_second": 1_000_000,
                "lists_stored": report.lists,
                "lists_seconds": round(report.list_seconds, 1),
                "transactions_per_second_including_lists": round(
                    report.transactions_scanned / (report.seconds + report.list_seconds)
                ),
                "baseline_full_scan_seconds": round(baseline, 2),
                "ratio_refresh_scan_vs_full_scan": round(report.seconds / baseline, 2),
            },
            "one_advisor_after_refresh_recomputed": {
                "first_call_ms_with_bank_wide_parts": round(cached_cold, 1),
                **summary(recomputed),
            },
            "one_advisor_after_refresh_stored_list": {
                "first_call_ms": round(stored_first, 1),
                **summary(stored),
            },
            "list_sizes": sizes,
        },
    )


if __name__ == "__main__":
    main()
