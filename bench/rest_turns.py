"""Chat turns over the REST channel on the same Rasa server, in the same run.

Compares "who should I call today?" and "tell me about <customer>" with a turn that runs a
trivial custom action ("are you there?" → action_ping). Targets: ratio ≤ 1.2 for both.
The bank is the benchmark bank (var/bench/bank-100k.db by default).

    .venv/bin/python -m bench.rest_turns [--database-url URL] [--as-of DATE] [--turns 40]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from typing import Any

import httpx
from sqlalchemy import select

from actions.ping import HERE
from bench.common import RESULTS, save, summary
from cli.stack import Stack
from knowledge.db import make_engine, session_factory
from knowledge.models.bank import Customer, Role, Staff
from knowledge.settings import Settings


def _advisor_and_customer(database_url: str) -> tuple[str, str]:
    engine = make_engine(database_url)
    with session_factory(engine)() as session:
        advisor = session.scalars(
            select(Staff.id).where(Staff.role == Role.advisor).order_by(Staff.id)
        ).first()
        customer = session.scalars(
            select(Customer.name).where(Customer.advisor_id == advisor).order_by(Customer.id)
        ).first()
    engine.dispose()
    assert advisor and customer, "the benchmark bank has no advisor with customers"
    return advisor, customer


def check_answer(kind: str, messages: list[dict[str, Any]], customer: str) -> None:
    """Each turn must be its own action's answer: a stack whose Rasa cannot reach its action
    server answers every custom action at once with an apology (channels.resilience), and
    would time nothing but that apology."""
    texts = " ".join(str(m.get("text") or "") for m in messages)
    found = {
        "trivial_action": texts.startswith(HERE),
        "call_list": any((m.get("custom") or {}).get("type") == "call_list" for m in messages),
        "profile": customer in texts,
    }[kind]
    if not found:
        raise SystemExit(f"the {kind} turn was not answered by its action: {texts[:120]!r}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", default=f"sqlite:///{RESULTS / 'bank-100k.db'}")
    # The as-of date the benchmark bank was generated and refreshed for (bench.call_list).
    parser.add_argument("--as-of", default="2026-06-15")
    parser.add_argument("--turns", type=int, default=40)
    args = parser.parse_args()
    as_of = dt.date.fromisoformat(args.as_of)
    advisor, customer = _advisor_and_customer(args.database_url)
    settings = Settings(
        database_url=args.database_url, as_of_date=as_of,
        rasa_port=25005, action_port=25055, api_port=28000,
        rasa_url="http://127.0.0.1:25005", action_server_url="http://127.0.0.1:25055",
    )
    stack = Stack(settings, log_dir=RESULTS / "log")
    stack.start(timeout=400)
    turns = {
        "trivial_action": "are you there?",
        "call_list": "who should I call today?",
        "profile": f"tell me about {customer}",
    }
    timings: dict[str, list[float]] = {name: [] for name in turns}
    try:
        with httpx.Client(timeout=60) as client:
            for round_number in range(args.turns + 3):
                # Interleaved so that drift in machine load hits every kind of turn alike.
                for name, text in turns.items():
                    start = time.perf_counter()
                    response = client.post(
                        stack.rest_webhook,
                        json={"sender": f"{advisor}", "message": text},
                    )
                    elapsed = (time.perf_counter() - start) * 1000
                    response.raise_for_status()
                    check_answer(name, response.json(), customer)
                    if round_number >= 3:  # warm-up rounds are not counted
                        timings[name].append(elapsed)
    finally:
        stack.stop()
    base = statistics.median(timings["trivial_action"])
    save("rest_turns", {
        "database_url": args.database_url,
        "turns": {name: summary(values) for name, values in timings.items()},
        "ratio_call_list_vs_trivial": round(statistics.median(timings["call_list"]) / base, 2),
        "ratio_profile_vs_trivial": round(statistics.median(timings["profile"]) / base, 2),
        "targets": {"ratio_call_list_vs_trivial": 1.2, "ratio_profile_vs_trivial": 1.2},
    })


if __name__ == "__main__":
    main()
