"""What the call lists say on a bank: customers listed, reasons per 1,000 customers, alarms.

    .venv/bin/python -m bench.call_list_quality --berka ../shared/data/berka
    .venv/bin/python -m bench.call_list_quality --demo 5000

Loads the bank into a fresh SQLite file under var/bench/ (Berka through
examples.berka.map and `advisor import`'s importer; the demo bank from its generator),
then, on the as-of date, ranks every advisor's book the way the chat does and counts:
customers listed, reasons by code per 1,000 customers, the first-morning list of one
advisor (the largest book) against CALL_LIST_CAPACITY, and unusual-flow alarms with a zero
baseline. `--months N` also counts unusual-flow alarms at each of the last N month ends
(alarms per 1,000 customers per month); `--sample K` prints K fired alarms to read;
`--no-contacts` deletes the contact history first (the morning after a first import).
Results go to var/bench/call_list_quality-<bank>.json.
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


def load(args: argparse.Namespace, path: Path) -> dt.date:
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
            map_bank(Path(args.berka), folder)
            import_folder(session=session, folder=folder)
            as_of = dt.date(1994, 3, 31)
        else:
            from knowledge.demo_bank import generate_demo_bank

            as_of = dt.date(2026, 6, 15)
            generate_demo_bank(session=session, customers=args.demo, seed=42, as_of=as_of)
        session.commit()
    engine.dispose()
    return as_of


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    bank = parser.add_mutually_exclusive_group(required=True)
    bank.add_argument("--berka", help="folder with the Berka .asc files")
    bank.add_argument("--demo", type=int, help="customers of a generated demo bank")
    parser.add_argument("--months", type=int, default=0)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--label", default="", help="suffix of the result file")
    parser.add_argument("--no-contacts", action="store_true",
                        help="delete the contact history first: a first import's morning")
    args = parser.parse_args()
    name = "berka" if args.berka else f"demo{args.demo}"
    if args.berka:
        os.environ.setdefault("CURRENCY", "CZK")
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"quality-{name}{args.label}.db"
    as_of = load(args, path)
    os.environ["AS_OF_DATE"] = as_of.isoformat()

    from knowledge.call_list.book import load_book
    from knowledge.call_list.ranking import collect_reasons, rank
    from knowledge.call_list.signals_money import unusual_flows
    from knowledge.db import make_engine
    from knowledge.models.bank import Customer, Role, Staff
    from knowledge.settings import get_settings

    get_settings.cache_clear()
    if args.no_contacts:
        from sqlalchemy import delete

        from knowledge.models.bank import Interaction

        with Session(make_engine(f"sqlite:///{path}")) as session:
            session.execute(delete(Interaction))
            session.commit()
    capacity = get_settings().call_list_capacity
    engine = make_engine(f"sqlite:///{path}")
    result: dict[str, Any] = {"bank": name, "as_of": as_of.isoformat(), "capacity": capacity}
    with Session(engine) as session:
        advisors = list(session.scalars(select(Staff.id).where(Staff.role == Role.advisor)))
        customers = listed = 0
        codes: Counter[str] = Counter()
        per_advisor: dict[str, tuple[int, int]] = {}
        flows: list[Any] = []
        for advisor in advisors:
            book = load_book(session=session, where=Customer.advisor_id == advisor, as_of=as_of)
            items = rank(book, collect_reasons(session=session, book=book))
            customers += len(book.customers)
            listed += len(items)
            per_advisor[advisor] = (len(book.customers), len(items))
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
            "first_morning": {"advisor": biggest, "book": per_advisor[biggest][0],
                              "listed": per_advisor[biggest][1], "capacity": capacity,
                              **catch_up},
            "max_listed_per_advisor": max(n for _b, n in per_advisor.values()),
            "flow_alarms": len(flows),
            "flow_alarms_zero_baseline": zero,
        })
        if args.months:
            monthly = {}
            sample = []
            for end in month_ends(as_of, args.months):
                book = load_book(session=session, where=true(), as_of=end)
                found = unusual_flows(session=session, book=book)
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
    out = RESULTS / f"call_list_quality-{name}{args.label}.json"
    out.write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
