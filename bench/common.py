"""Small helpers shared by the benchmarks: percentiles and a results file."""

from __future__ import annotations

import datetime as dt
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from knowledge.settings import PROJECT_ROOT

RESULTS = PROJECT_ROOT / "var" / "bench"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def timings_ms(function: Callable[[], Any], repeat: int, warmup: int = 2) -> list[float]:
    for _ in range(warmup):
        function()
    result = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        result.append((time.perf_counter() - start) * 1000)
    return result


def summary(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "p50_ms": round(statistics.median(values), 2),
        "p95_ms": round(percentile(values, 0.95), 2),
        "p99_ms": round(percentile(values, 0.99), 2),
    }


def save(name: str, payload: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(payload, indent=2, default=str))
    print(json.dumps(payload, indent=2, default=str))
    return path


def demo_bank_file(name: str, *, customers: int, seed: int, as_of: dt.date,
                   **options: Any) -> Path:
    """A migrated SQLite file holding the demo bank, built once under var/bench and reused.

    The file name carries what shapes the bank (the caller's name, size and seed), so a
    different bank never reuses a stale file; building takes seconds to a minute.
    """
    from knowledge.db import make_engine, session_factory
    from knowledge.demo_bank import generate_demo_bank
    from knowledge.migrate import upgrade

    path = RESULTS / f"{name}-{customers}-{seed}.db"
    if path.exists():
        return path
    RESULTS.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial.db")
    partial.unlink(missing_ok=True)
    url = f"sqlite:///{partial}"
    upgrade(url)
    engine = make_engine(url)
    with session_factory(engine).begin() as session:
        generate_demo_bank(session=session, customers=customers, seed=seed, as_of=as_of, **options)
    engine.dispose()
    partial.rename(path)  # an interrupted build never leaves a half bank behind
    return path
