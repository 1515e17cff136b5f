"""Does a name that is NOT in the advisor's book ever become one of the book's customers
without asking? (issue #14: 113 of 1,180 such names did, on the 2,000-customer demo bank.)

For every distinct full name of another book's customer (names that an A001 customer also
has are left out), four readers are asked, as the chat asks them:

- `profile_text` — "tell me about <name>" (the profile path, knowledge.profile.lookup);
- `profile_entity` — the same with the name as the NLU's entity;
- `call_text` — "I called <name>, no answer" (the write path, who is the call about?);
- `call_entity` — the same with the name as the NLU's entity.

A reader is **silent** when it takes one customer of A001's book (a different person: the
name is not in the book) without asking: a profile shown, or a call's customer found for
sure. Offering a choice, "did you mean …?" or "not in your book" is asking. Target: 0.

    .venv/bin/python -m bench.look_alike_names [--customers 2000] [--seed 7]

The bank is built once into var/bench/look-alike-<customers>-<seed>.db (about a minute).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import time
from collections import Counter

from sqlalchemy import select

from bench.common import demo_bank_file, save
from knowledge.db import make_engine, session_factory
from knowledge.models.bank import Customer, Staff
from knowledge.settings import get_settings

ADVISOR = "A001"
AS_OF = dt.date(2026, 11, 16)
READERS = ("profile_text", "profile_entity", "call_text", "call_entity")


def _bank(customers: int, seed: int) -> str:
    path = demo_bank_file("look-alike", customers=customers, seed=seed, as_of=AS_OF,
                          transactions_per_customer=2)
    return f"sqlite:///{path}"


def _silent(session: object, staff: Staff, name: str, reader: str) -> str | None:
    """The customer of the book the reader took without asking, else None."""
    from knowledge.call_reports.call_writes import who_is_meant
    from knowledge.profile.lookup import CustomerRequest, view_customer

    if reader.startswith("profile"):
        entity = reader == "profile_entity"
        outcome = view_customer(
            session=session, staff=staff, as_of=AS_OF, channel="other", via="chat",
            request=CustomerRequest(customer_id=None, name=name if entity else None,
                                    text=f"tell me about {name}", candidates=(), ordinal=None,
                                    focus_id=None, choosing=False), section="contacts")
        return outcome.customer_id if outcome.status == "shown" else None
    who = who_is_meant(session=session, staff=staff,
                       name=name if reader == "call_entity" else None, customer_id=None,
                       text=f"I called {name}, no answer", focus=None)
    return who.customer_id if who.status == "found" and not who.typo else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--examples", type=int, default=8, help="silent names to print")
    args = parser.parse_args()
    url = _bank(args.customers, args.seed)
    os.environ["DATABASE_URL"] = url
    os.environ["AS_OF_DATE"] = AS_OF.isoformat()
    get_settings.cache_clear()
    from knowledge.customers.names import fold

    engine = make_engine(url)
    silent: Counter[str] = Counter()
    any_silent = 0
    examples: list[str] = []
    started = time.perf_counter()
    with session_factory(engine)() as session:
        staff = session.get(Staff, ADVISOR)
        rows = session.execute(select(Customer.name, Customer.advisor_id)).all()
        own = {" ".join(fold(n).split()) for n, a in rows if a == ADVISOR}
        names = sorted({n for n, a in rows if a != ADVISOR
                        and " ".join(fold(n).split()) not in own})
        for name in names:
            taken = {r: _silent(session, staff, name, r) for r in READERS}
            hits = [r for r, cid in taken.items() if cid]
            silent.update(hits)
            if hits:
                any_silent += 1
                if len(examples) < args.examples:
                    cid = next(taken[r] for r in hits)
                    examples.append(f"{name} -> {session.get(Customer, cid).name} ({cid}) "
                                    f"via {', '.join(hits)}")
            session.rollback()  # the audit rows of the views: not kept
    engine.dispose()
    for line in examples:
        print("silent:", line)
    save("look_alike_names", {
        "customers": args.customers, "seed": args.seed, "advisor": ADVISOR,
        "names_not_in_book": len(names), "silent_any_reader": any_silent,
        "silent_share": round(any_silent / max(len(names), 1), 4),
        "silent_per_reader": {r: silent[r] for r in READERS}, "examples": examples,
        "seconds": round(time.perf_counter() - started, 1)})


if __name__ == "__main__":
    main()
