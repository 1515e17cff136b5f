"""Can the API's answer time tell an id of another book from an id that does not exist?

Both answer 404 "not found"; issue #13 told them apart in 60 of 60 tries (0.5 ms). This
asks an advisor's `GET /customers/{id}/profile` for pairs of ids, one of another book and
one unknown, in random order within each pair, through the whole API in process (token,
routing, the session, the audit, the commit), and reports:

- the median answer time of each kind, and their difference;
- Mann-Whitney U's two-sided p-value (are the two distributions the same?);
- "told apart": in how many pairs the other book's answer was the slower (50 % = chance).

    .venv/bin/python -m bench.not_found_timing [--pairs 400] [--database-url URL]

Without --database-url it builds var/bench/not-found-400-11.db once (the demo bank, 400 customers).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import time

from scipy.stats import mannwhitneyu
from sqlalchemy import select

from bench.common import demo_bank_file, save
from knowledge.db import make_engine, session_factory
from knowledge.models.bank import Customer
from knowledge.settings import get_settings

ADVISOR = "A001"
AS_OF = dt.date(2026, 11, 16)


def _bank(url: str | None) -> str:
    if url:
        return url
    return f"sqlite:///{demo_bank_file('not-found', customers=400, seed=11, as_of=AS_OF)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=400)
    parser.add_argument("--database-url")
    args = parser.parse_args()
    url = _bank(args.database_url)
    os.environ["DATABASE_URL"] = url
    os.environ["AS_OF_DATE"] = AS_OF.isoformat()
    get_settings.cache_clear()  # building the bank read the settings before DATABASE_URL
    from fastapi.testclient import TestClient

    from api.main import create_app

    engine = make_engine(url)
    with session_factory(engine)() as session:
        others = list(session.scalars(select(Customer.id).where(Customer.advisor_id != ADVISOR)))
    engine.dispose()
    rng = random.Random(13)
    times: dict[str, list[float]] = {"other_book": [], "unknown": []}
    slower_other = 0
    with TestClient(create_app()) as client:
        token = client.post("/auth/token", data={"username": ADVISOR, "password": "demo"})
        headers = {"Authorization": f"Bearer {token.json()['access_token']}"}

        def ask(customer_id: str) -> float:
            started = time.perf_counter()
            answer = client.get(f"/customers/{customer_id}/profile", headers=headers)
            elapsed = (time.perf_counter() - started) * 1000
            assert answer.status_code == 404, answer.text
            return elapsed

        for n in range(20):  # warm up both paths
            ask(rng.choice(others))
            ask(f"C9{n:05d}")
        for n in range(args.pairs):
            pair = [("other_book", rng.choice(others)), ("unknown", f"C8{n:05d}")]
            rng.shuffle(pair)
            measured = {kind: ask(customer_id) for kind, customer_id in pair}
            for kind, value in measured.items():
                times[kind].append(value)
            slower_other += measured["other_book"] > measured["unknown"]
    medians = {kind: statistics.median(values) for kind, values in times.items()}
    save("not_found_timing", {
        "pairs": args.pairs,
        "median_ms": {k: round(v, 3) for k, v in medians.items()},
        "median_difference_ms": round(medians["other_book"] - medians["unknown"], 3),
        "mann_whitney_p": float(mannwhitneyu(times["other_book"], times["unknown"]).pvalue),
        "told_apart_share": round(slower_other / args.pairs, 3),
    })


if __name__ == "__main__":
    main()
