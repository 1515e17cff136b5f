"""Runs in the Rasa environment: channels.tracker_store.CachedSQLTrackerStore started on each
database URL given (argv, JSON: {label: url}), as Rasa starts it from endpoints.yml. Reports
whether it started, the redaction generation it read, what it said when it refused, and
whether it left `tracker_redactions` as it found it. Prints one line, `RESULTS {json}`, for
tests/channels/test_tracker_redactions.py."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from rasa.shared.core.domain import Domain

from channels.tracker_store import REDACTIONS_TABLE, CachedSQLTrackerStore

ROOT = Path(__file__).resolve().parents[2]


def start(url: str, domain: Domain) -> dict[str, Any]:
    try:
        store = CachedSQLTrackerStore(domain=domain, host=url)
    except Exception as exc:  # what Rasa would stop with
        outcome: dict[str, Any] = {"started": False, "error": type(exc).__name__,
                                   "message": str(exc)}
    else:
        outcome = {"started": True, "generation": store._generation}
        store.engine.dispose()
    engine = sa.create_engine(url)
    try:
        outcome["table_after"] = sa.inspect(engine).has_table(REDACTIONS_TABLE)
    finally:
        engine.dispose()
    return outcome


def main() -> None:
    urls: dict[str, str] = json.loads(sys.argv[1])
    domain = Domain.load(str(ROOT / "bot" / "domain"))
    print("RESULTS " + json.dumps({label: start(url, domain) for label, url in urls.items()}))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
