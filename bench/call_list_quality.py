"""What the call lists say on a bank: customers listed, reasons per 1,000 customers, alarms.

    .venv/bin/python -m bench.call_list_quality --berka ../shared/data/berka --demo 100000

Both banks in one run when both are given. Berka is loaded into a fresh SQLite file under
var/bench/ (through examples.berka.map and `advisor import`'s importer, CURRENCY=CZK); the
demo bank is the cached var/bench/bank-<n>k.db of bench.call_list (generated once, seed 42,
CURRENCY=EUR) with a whole-bank signal refresh for its as-of date. On the as-of date every
advisor's book is ranked the way the chat does and counted: customers listed, reasons by code
per 1,000 customers, unusual-flow alarms and the share with a zero baseline, and the
first-morning list of one advisor (the largest book) against CALL_LIST_CAPACITY with the days
until the never-contacted backlog is covered — as loaded, and as the morning after a first
import (the contact history deleted inside a transaction that is rolled back).
`--months N` also counts unusual-flow alarms at each of the last N month ends (alarms per
1,000 customers per month; Berka mapped again as of each month end, so balances are that
day's); `--sample K` prints K fired alarms to read; `--no-contacts`
deletes the contact history for good first (fresh Berka/demo files only).
Results go to var/bench/call_list_quality-<banks>.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import select, true
from sqlalchemy.orm import Session

RESULTS = Path("var/bench")


def month_ends(last: dt.date, count: int) -> list[dt.date]:
    ends, day = [], last
    for _ in range(count):
        ends.append(day)
        day = day.replace(day=1) - dt.timedelta(days=1)
    return sorted(ends)


def load(args: argparse.Namespace, path: Path, on: dt.date | None = None) -> dt.date:
    from knowledge.db import make_engine
    from knowledge.migrate import upgrade

    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    url = f"sqlite:///{path}"
    upgrade(url)
    engine = make_engine(url)
    with Session(engine) as session:
        if args.berka:
            from examples.berka.map import map_bank
            from knowledge.interchange.importer import import_folder

            folder = path.with_suffix(".csv")
            as_of = on or dt.date(1994, 3, 31)
            map_bank(Path(args.berka), folder, as_of)
            import_folder(session=session, folder=folder)
        else:
            from knowledge.demo_bank import generate_demo_bank

            as_of = dt.date(2026, 6, 15)
            generate_demo_bank(session=session, customers=args.demo, seed=42, as_of=as_of)
        session.commit()
    engine.dispose()
    return as_of


def cached_demo(customers: int) -> tuple[Path, dt.date]:
    """bench.call_list's demo bank (built once), with a signal refresh for its as-of date."""
    from bench.call_list import AS_OF, SEED, ensure_bank
    from knowledge.call_list.refresh import refresh_bank
    from knowledge.db import make_engine
    from knowledge.migrate import upgrade
    from knowledge.signals.cache import is_fresh

    path = RESULTS / f"bank-{customers // 1000}k.db"
    ensure_bank(path, customers, SEED, AS_OF)
    url = f"sqlite:///{path}"
    upgrade(url)
    engine = make_engine(url)
    with Session(engine) as session:
        if not is_fresh(session=session, as_of=AS_OF):
            refresh_bank(session=session, as_of=AS_OF, lists=False)
            session.commit()
    engine.dispose()
    return path, AS_OF


def first_morning(session: Session, advisor: str, as_of: dt.date) -> dict[str, Any]:
    """One advisor's list the morning after a first import: no contact on record (deleted
    here, rolled back by the caller); how many are listed and how long the backlog takes."""
    from sqlalchemy import delete

    from knowledge.call_list.book import load_book
    from knowledge.call_list.coverage import advisor_coverage
    from knowledge.call_list.ranking import collect_reasons, rank
    from knowledge.models.bank import Customer, Interaction, Role, Staff

    session.execute(delete(Interaction))
    book = load_book(session=session, where=Customer.advisor_id == advisor, as_of=as_of)
    items = rank(book, collect_reasons(session=session, book=book))
    today = [i for i in items if _today(i, as_of)]
    catch_up = sum(1 for i in today for r in i.reasons if "catch_up_backlog" in r.evidence)
    # The manager dashboard's catch-up plan for that advisor, on the same (contact-less) data.
    head = session.scalars(select(Staff).where(Staff.role == Role.head_office)).first()
    plan = next(
        (r for r in advisor_coverage(session=session, staff=head, as_of=as_of).advisors
         if r.advisor_id == advisor),
        None,
    ) if head is not None else None
    return {
        "advisor": advisor,
        "book": len(book.customers),
        "listed": len(items),
        "today": len(today),
        "carried_to_next_days": len(items) - len(today),
        "listed_for_other_reasons": len(today) - catch_up,
        "catch_up_listed": catch_up,
        "backlog": plan.backlog if plan else None,
        "days_until_backlog_covered": plan.catch_up_days if plan else None,
    }


def _today(item: Any, as_of: dt.date) -> bool:
    """On today's plan (code without a day plan: everything listed is today's)."""
    planned = getattr(item, "planned_on", None)
    return planned is None or planned <= as_of


def measure(args: argparse.Namespace, name: str, path: Path, as_of: dt.date) -> dict[str, Any]:
    os.environ["AS_OF_DATE"] = as_of.isoformat()

    from knowledge.call_list.book import load_book
    from knowledge.call_list.ranking import collect_reasons, rank
    from knowledge.db import make_engine
    from knowledge.models.bank import Customer, Role, Staff
    from knowledge.settings import get_settings
    from knowledge.value.compute import clear_bank_cache

    get_settings.cache_clear()
    clear_bank_cache()
    if args.no_contacts:
        from sqlalchemy import delete

        from knowledge.models.bank import Interaction

        with Session(make_engine(f"sqlite:///{path}")) as session:
            session.execute(delete(Interaction))
            session.commit()
    settings = get_settings()
    capacity = settings.call_list_capacity
    engine = make_engine(f"sqlite:///{path}")
    result: dict[str, Any] = {"bank": name, "as_of": as_of.isoformat(), "capacity": capacity,
                              "currency": settings.currency}
    with Session(engine) as session:
        advisors = list(session.scalars(select(Staff.id).where(Staff.role == Role.advisor)))
        customers = listed = 0
        codes: Counter[str] = Counter()
        per_advisor: dict[str, tuple[int, int]] = {}
        today_per_advisor: dict[str, int] = {}
        carried_days: dict[str, int] = {}
        flows: list[Any] = []
        for advisor in advisors:
            book = load_book(session=session, where=Customer.advisor_id == advisor, as_of=as_of)
            items = rank(book, collect_reasons(session=session, book=book))
            customers += len(book.customers)
            listed += len(items)
            per_advisor[advisor] = (len(book.customers), len(items))
            today_per_advisor[advisor] = sum(1 for i in items if _today(i, as_of))
            days = {getattr(i, "planned_on", None) for i in items} - {None}
            carried_days[advisor] = len(days)
            for item in items:
                for reason in item.reasons:
                    codes[reason.code] += 1
                    if reason.code in ("large_withdrawal", "large_deposit"):
                        flows.append(reason)
        biggest = max(per_advisor, key=lambda a: per_advisor[a][0])
        catch_up: dict[str, Any] = {}
        try:  # the catch-up plan (knowledge.call_list.coverage), where the code has one
            from knowledge.call_list.coverage import advisor_coverage

            head = session.scalars(select(Staff).where(Staff.role == Role.head_office)).first()
            if head is not None:
                row = next(r for r in advisor_coverage(session=session, staff=head,
                                                       as_of=as_of).advisors
                           if r.advisor_id == biggest)
                catch_up = {"overdue": row.overdue, "backlog": getattr(row, "backlog", None),
                            "catch_up_days": getattr(row, "catch_up_days", None)}
        except ImportError:
            pass
        zero = sum(1 for r in flows if not r.evidence.get("baseline_median"))
        result.update({
            "customers": customers,
            "listed": listed,
            "listed_share": round(listed / max(customers, 1), 3),
            "reasons_per_1000": {c: round(n * 1000 / max(customers, 1), 1)
                                 for c, n in sorted(codes.items())},
            "today_one_advisor": {"advisor": biggest, "book": per_advisor[biggest][0],
                                  "listed": per_advisor[biggest][1],
                                  "today": today_per_advisor[biggest], "capacity": capacity,
                                  **catch_up},
            "max_listed_per_advisor": max(n for _b, n in per_advisor.values()),
            "max_today_per_advisor": max(today_per_advisor.values()),
            "advisors_over_capacity_today": sum(1 for n in today_per_advisor.values()
                                                if n > capacity),
            "advisors_with_calls_carried": sum(1 for a, (_b, n) in per_advisor.items()
                                               if n > today_per_advisor[a]),
            "max_working_days_planned": max(carried_days.values()),
            "flow_alarms": len(flows),
            "flow_alarms_zero_baseline": zero,
            "flow_alarms_zero_baseline_share": round(zero / len(flows), 3) if flows else 0.0,
        })
        result["first_morning_one_advisor"] = {
            **first_morning(session, biggest, as_of), "capacity": capacity
        }
        session.rollback()
        if args.months:
            monthly = {}
            sample = []
            for end in month_ends(as_of, args.months):
                found, book = _month_end(args, name, session, end)
                alarms = [(cid, r) for cid, rs in found.items() for r in rs]
                # Customers of the bank by then (Berka's accounts open over the months).
                known = sum(1 for c in book.customers.values()
                            if c.customer_since is None or c.customer_since <= end)
                monthly[end.isoformat()] = {
                    "alarms": len(alarms),
                    "customers": known,
                    "per_1000": round(len(alarms) * 1000 / max(known, 1), 2),
                    "zero_baseline": sum(1 for _c, r in alarms
                                         if not r.evidence.get("baseline_median")),
                }
                sample += [(end, cid, r) for cid, r in alarms]
            result["flow_alarms_by_month"] = monthly
            step = max(1, len(sample) // max(args.sample, 1))
            for end, cid, reason in sample[::step][: args.sample]:
                print(f"{end} {cid} {reason.code}: {reason.text}", file=sys.stderr)
    engine.dispose()
    return result


def _month_end(args: argparse.Namespace, name: str, session: Session,
               end: dt.date) -> tuple[dict[str, Any], Any]:
    """The unusual-flow alarms and the book on a month end. Berka is mapped again as of that
    day (balances of that day, as the advisor saw them: the as-of date's balances would make
    every earlier alarm's share of holdings wrong); the demo bank is read as loaded."""
    from knowledge.call_list.book import load_book
    from knowledge.call_list.signals_money import unusual_flows
    from knowledge.db import make_engine
    from knowledge.settings import get_settings
    from knowledge.value.compute import clear_bank_cache

    if name != "berka":
        book = load_book(session=session, where=true(), as_of=end)
        return unusual_flows(session=session, book=book), book
    path = RESULTS / f"quality-berka{args.label}-month.db"
    load(argparse.Namespace(**{**vars(args), "demo": None}), path, end)
    os.environ["AS_OF_DATE"] = end.isoformat()
    get_settings.cache_clear()
    clear_bank_cache()
    engine = make_engine(f"sqlite:///{path}")
    try:
        with Session(engine) as day:
            book = load_book(session=day, where=true(), as_of=end)
            return unusual_flows(session=day, book=book), book
    finally:
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--berka", help="folder with the Berka .asc files")
    parser.add_argument("--demo", type=int, help="customers of the (cached) demo bank")
    parser.add_argument("--months", type=int, default=0)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--label", default="", help="suffix of the result file")
    parser.add_argument("--no-contacts", action="store_true",
                        help="delete the contact history first: a first import's morning")
    args = parser.parse_args()
    if not args.berka and not args.demo:
        parser.error("give --berka FOLDER, --demo CUSTOMERS or both")
    RESULTS.mkdir(parents=True, exist_ok=True)
    configured = os.environ.get("CURRENCY")
    results = []
    if args.berka:
        os.environ["CURRENCY"] = configured or "CZK"
        path = RESULTS / f"quality-berka{args.label}.db"
        as_of = load(argparse.Namespace(**{**vars(args), "demo": None}), path)
        results.append(measure(args, "berka", path, as_of))
    if args.demo:
        os.environ["CURRENCY"] = configured or "EUR"
        os.environ["AS_OF_DATE"] = "2026-06-15"
        from knowledge.settings import get_settings

        get_settings.cache_clear()
        if args.no_contacts:  # never on the shared cached bank: a fresh file
            path = RESULTS / f"quality-demo{args.demo}{args.label}.db"
            as_of = load(argparse.Namespace(**{**vars(args), "berka": None}), path)
        else:
            path, as_of = cached_demo(args.demo)
        results.append(measure(args, f"demo{args.demo}", path, as_of))
    names = "+".join(r["bank"] for r in results)
    out = RESULTS / f"call_list_quality-{names}{args.label}.json"
    out.write_text(json.dumps(results if len(results) > 1 else results[0], indent=2))
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
