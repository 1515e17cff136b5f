"""Customer lookup and profile benchmarks, in process.

- Name resolution across 100k customers (head office scope = everyone; also one advisor's
  book): exact names, a misspelt surname, a surname alone, surname first, accents dropped.
  Target p95 ≤ 20 ms with a warm index. The cold index build is reported separately.
- The profile summary build (resolve by id + audit + every section + call-list reasons),
  p50/p95, each in its own rolled-back transaction.

    .venv/bin/python -m bench.profile [--database-url URL] [--queries 300] [--as-of DATE]

Without --database-url it uses var/bench/bank-100k.db when that demo bank exists, else it
builds var/bench/profile-100k.db once (bulk inserts of generated names and holdings).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from bench.common import RESULTS, save, summary
from knowledge.access.staff import get_staff
from knowledge.customers.index import BOOKS, blank_pipeline, index_for
from knowledge.customers.names import fold
from knowledge.customers.resolver import resolve_customer
from knowledge.db import make_engine, session_factory
from knowledge.migrate import upgrade
from knowledge.models.bank import (
    Branch,
    Customer,
    Holding,
    Interaction,
    Product,
    Role,
    Staff,
    Transaction,
)
from knowledge.profile.lookup import CustomerRequest, view_customer

AS_OF = dt.date(2026, 11, 23)
SYLLABLES = (
    "ka",
    "ber",
    "lin",
    "dor",
    "mes",
    "tra",
    "vel",
    "son",
    "hau",
    "rik",
    "ost",
    "man",
    "gel",
    "bra",
    "win",
    "ter",
    "sch",
    "ald",
    "nor",
    "pet",
    "zel",
    "mar",
)


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1 :]  # drop one letter


def build_name_bank(url: str, customers: int = 100_000, seed: int = 7) -> None:
    """A bank with realistic and synthetic names, two holdings, transactions and contacts."""
    from knowledge.demo_bank.catalogue import PRODUCTS
    from knowledge.demo_bank.names import NAMES

    rng = random.Random(seed)
    upgrade(url)
    engine = make_engine(url)
    firsts = [n for female, male, _ in NAMES.values() for n in (*female, *male)]
    surnames = [s for _, _, last in NAMES.values() for s in last]
    synthetic = sorted(
        {
            "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title()
            for _ in range(25_000)
        }
    )
    started = time.perf_counter()
    with session_factory(engine)() as session:
        session.add_all(
            [Branch(id=f"B{b:02d}", name=f"Branch {b}", city="Frankfurt") for b in range(1, 21)]
        )
        session.flush()
        session.add(Staff(id="H001", name="Head Office", role=Role.head_office))
        session.add_all(
            [
                Staff(
                    id=f"A{a:03d}",
                    name=f"Advisor {a}",
                    branch_id=f"B{a % 20 + 1:02d}",
                    role=Role.advisor,
                )
                for a in range(1, 201)
            ]
        )
        session.add_all(
            [
                Product(
                    id=p.id,
                    name=p.name,
                    category=p.category,
                    margin_class=p.margin_class,
                    rate_type=p.rate_type,
                )
                for p in PRODUCTS
            ]
        )
        session.flush()
        rows, holdings, transactions, interactions = [], [], [], []
        products = [p.id for p in PRODUCTS if p.id != "P-CUR"]
        for i in range(1, customers + 1):
            cid = f"C{i:06d}"
            last = rng.choice(synthetic) if rng.random() < 0.3 else rng.choice(surnames)
            rows.append(
                {
                    "id": cid,
                    "name": f"{rng.choice(firsts)} {last}",
                    "advisor_id": f"A{i % 200 + 1:03d}",
                    "birth_date": dt.date(
                        rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28)
                    ),
                    "customer_since": dt.date(rng.randint(1990, 2025), 1, 1),
                    "city": "Frankfurt",
                    "risk_profile": rng.randint(1, 5),
                    "occupation": "engineer",
                }
            )
            for n, product in enumerate(("P-CUR", rng.choice(products))):
                holdings.append(
                    {
                        "id": f"H{i:06d}{n}",
                        "customer_id": cid,
                        "product_id": product,
                        "opened_on": dt.date(2015, 1, 1),
                        "balance": Decimal(rng.randint(100, 90_000)),
                        "currency": "EUR",
                    }
                )
            for n in range(3):
                transactions.append(
                    {
                        "id": f"T{i:06d}{n}",
                        "holding_id": f"H{i:06d}0",
                        "booked_on": AS_OF - dt.timedelta(days=rng.randint(1, 400)),
                        "amount": Decimal(rng.randint(-15_000, 15_000)),
                        "currency": "EUR",
                        "kind": rng.choice(("deposit", "withdrawal", "card")),
                    }
                )
            interactions.append(
                {
                    "id": f"I{i:06d}",
                    "customer_id": cid,
                    "advisor_id": f"A{i % 200 + 1:03d}",
                    "occurred_on": AS_OF - dt.timedelta(days=rng.randint(1, 700)),
                    "channel": "phone",
                    "kind": "call",
                    "outcome": "reached",
                }
            )
        for table, data in (
            (Customer, rows),
            (Holding, holdings),
            (Transaction, transactions),
            (Interaction, interactions),
        ):
            for start in range(0, len(data), 20_000):
                session.execute(insert(table), data[start : start + 20_000])
        session.commit()
    engine.dispose()
    print(f"built {customers} customers in {time.perf_counter() - started:.1f} s")


def _queries(
    session: Session, rng: random.Random, n: int, advisor: str | None
) -> list[tuple[str, str]]:
    """(message, the customer meant): full name, misspelt surname, surname alone, surname
    first, accents dropped."""
    where = [Customer.advisor_id == advisor] if advisor else []
    rows = session.execute(
        select(Customer.id, Customer.name).where(*where).order_by(func.random()).limit(n)
    ).all()
    queries = []
    for i, (customer_id, name) in enumerate(rows):
        parts = name.split()
        first, last = parts[0], " ".join(parts[1:])
        queries.append(
            (
                [
                    f"tell me about {name}",
                    f"tell me about {first} {_typo(last, rng)}",
                    f"what about {last}?",
                    f"{last} {first}",
                    fold(name),
                ][i % 5],
                customer_id,
            )
        )
    return queries


def _timed(items: list[Any], call: Callable[[Any], Any]) -> list[float]:
    timings = []
    for item in items:
        start = time.perf_counter()
        call(item)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--as-of", default=AS_OF.isoformat())
    parser.add_argument(
        "--customers",
        type=int,
        default=100_000,
        help="size of the generated bank when one is built",
    )
    args = parser.parse_args()
    as_of = dt.date.fromisoformat(args.as_of)
    url = args.database_url
    if url is None:
        demo = RESULTS / "bank-100k.db"
        own = RESULTS / f"profile-{args.customers // 1000}k.db"
        url = f"sqlite:///{demo if demo.exists() else own}"
        if not demo.exists() and not own.exists():
            RESULTS.mkdir(parents=True, exist_ok=True)
            build_name_bank(url, customers=args.customers)
    upgrade(url)
    engine = make_engine(url)
    rng = random.Random(11)
    results: dict[str, Any] = {"database": Path(url.split("///")[-1]).name, "as_of": as_of}
    with session_factory(engine)() as session:
        results["customers"] = session.scalar(select(func.count(Customer.id)))
        head = session.scalars(select(Staff).where(Staff.role == Role.head_office)).first()
        advisor_id = session.scalar(
            select(Customer.advisor_id)
            .group_by(Customer.advisor_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        advisor = get_staff(session=session, staff_id=advisor_id or "")
        assert head is not None and advisor is not None, "the bank needs head office and advisors"

        start = time.perf_counter()
        blank_pipeline()
        results["spacy_blank_load_ms"] = round((time.perf_counter() - start) * 1000, 1)
        for label, staff in (("head_office", head), ("advisor", advisor)):
            BOOKS.clear()
            start = time.perf_counter()
            index = index_for(session=session, staff=staff)
            index.tokens_in_message("warm up the matcher")
            build_ms = (time.perf_counter() - start) * 1000
            queries = _queries(session, rng, args.queries, None if staff is head else advisor.id)
            outcomes: dict[str, int] = {}

            def resolve(
                query: tuple[str, str], staff: Staff = staff, outcomes: dict[str, int] = outcomes
            ) -> None:
                found = resolve_customer(session=session, staff=staff, text=query[0])
                outcomes[found.status] = outcomes.get(found.status, 0) + 1
                # Right: the one meant is found, or offered in the numbered choice.
                right = query[1] in found.candidates
                outcomes["meant_found_or_offered"] = (
                    outcomes.get("meant_found_or_offered", 0) + right
                )

            timings = _timed(queries, resolve)
            results[f"resolve_{label}"] = {
                "book_size": len(index),
                "vocabulary": len(index.vocabulary),
                "index_build_ms": round(build_ms, 1),
                **summary(timings),
                "outcomes": outcomes,
            }

        ids = list(
            session.scalars(
                select(Customer.id)
                .where(Customer.advisor_id == advisor.id)
                .order_by(func.random())
                .limit(min(args.queries, 200))
            )
        )
        session.rollback()

    def profile(customer_id: str) -> None:
        with session_factory(engine)() as session:
            staff = get_staff(session=session, staff_id=advisor_id or "")
            outcome = view_customer(
                session=session,
                staff=staff,  # type: ignore[arg-type]
                request=CustomerRequest(customer_id=customer_id),
                as_of=as_of,
                channel="cli",
                via="cli",
            )
            assert outcome.status == "shown"
            outcome.text()
            session.rollback()  # the benchmark leaves no audit entries behind

    start = time.perf_counter()
    profile(ids[0])  # cold: bank-wide tier cut-offs and offer rules are computed once
    results["profile_first_ms"] = round((time.perf_counter() - start) * 1000, 1)
    results["profile_build"] = summary(_timed(ids[1:], profile))
    engine.dispose()
    save("profile", results)


if __name__ == "__main__":
    main()
