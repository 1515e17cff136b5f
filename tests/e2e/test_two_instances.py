"""Two Rasa instances serve one conversation: a PostgreSQL tracker store and a Redis lock
store shared by both, one action server, a PostgreSQL bank.

The advisor asks for the call list on instance A, says "show me more" on instance B (which
must know where A left off), logs a call on B, and asks A again: the customer is gone.
Needs PostgreSQL and Redis (`make services`); skipped with the reason when they are absent.
Heavy (two Rasa servers): run under `flock /tmp/heavy.lock`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from bench.load.cluster import Cluster, Databases, generate_bank, postgres_url, services_missing
from knowledge.call_list import call_list
from knowledge.db import make_engine, session_factory
from knowledge.models.bank import Customer, Interaction, Staff
from tests.e2e.conftest import _ensure_model

pytestmark = pytest.mark.e2e

AS_OF = dt.date(2026, 11, 16)
ADVISOR = "A003"
# Not the ports of the session's `bot` stack (15005/15055/18000), which may be running.
RASA_A, RASA_B, ACTIONS, API = 15105, 15106, 15155, 18100


@dataclass
class Pair:
    cluster: Cluster
    database_url: str

    def texts(self, port: int, text: str) -> str:
        response = httpx.post(f"http://127.0.0.1:{port}/webhooks/rest/webhook",
                              json={"sender": ADVISOR, "message": text}, timeout=60)
        response.raise_for_status()
        return "\n".join(m.get("text", "") for m in response.json())


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    reason = services_missing()
    if reason:
        pytest.skip(f"two Rasa instances need PostgreSQL and Redis: {reason}")
    _ensure_model()
    folder: Path = tmp_path_factory.mktemp("two-instances")
    databases = Databases(postgres_url())
    bank, tracker = f"advisor_two_{os.getpid()}", f"rasa_tracker_two_{os.getpid()}"
    databases.create(bank)
    databases.create(tracker)
    cluster = Cluster(
        database_url=databases.app_url(bank), tracker_store_url=databases.rasa_url(tracker),
        as_of=AS_OF, rasa_ports=[RASA_A, RASA_B], action_port=ACTIONS, api_port=API,
        log_dir=folder / "log",
    )
    try:
        generate_bank(cluster.database_url, customers=400, seed=11, as_of=AS_OF)
        cluster.start()
        yield Pair(cluster, cluster.database_url)
    finally:
        cluster.stop()
        databases.drop(bank)
        databases.drop(tracker)
        databases.admin.dispose()


def _names_in(answer: str, names: set[str]) -> list[str]:
    found = {m.start(): n for n in names if (m := re.search(rf"\b{re.escape(n)}\b", answer))}
    return [found[position] for position in sorted(found)]


def _expected_pages(database_url: str) -> tuple[list[str], list[str], dict[str, str]]:
    """Pages 1 and 2 of the advisor's list as knowledge ranks them; names unique in the book."""
    engine = make_engine(database_url)
    with session_factory(engine)() as session:
        rows = session.execute(
            select(Customer.name, Customer.id).where(Customer.advisor_id == ADVISOR)
        ).all()
        ranked = call_list(session=session, asker=session.get(Staff, ADVISOR),  # type: ignore[arg-type]
                           as_of=AS_OF, limit=16).items
    engine.dispose()
    names = [name for name, _ in rows]
    book = {name: cid for name, cid in rows if names.count(name) == 1}
    ranked_names = [item.name for item in ranked if item.name in book]
    first = [item.name for item in ranked[:8] if item.name in book]
    second = [item.name for item in ranked[8:16] if item.name in book]
    assert len(ranked_names) > 8, "the demo advisor needs more than one page of calls"
    return first, second, book


def test_one_conversation_alternates_between_two_instances(pair: Pair) -> None:
    first_page, second_page, book = _expected_pages(pair.database_url)

    on_a = pair.texts(RASA_A, "who should I call today?")
    assert _names_in(on_a, set(book)) == first_page, on_a

    # Instance B has never seen this advisor: it knows page 1 was shown only through the
    # shared tracker store.
    on_b = pair.texts(RASA_B, "show me more")
    assert second_page and _names_in(on_b, set(book)) == second_page, on_b

    called = first_page[0]
    logged = pair.texts(RASA_B, f"I called {called}, she wants a meeting next week")
    assert called.split()[-1] in logged, logged
    engine = make_engine(pair.database_url)
    with session_factory(engine)() as session:
        calls = session.scalars(select(Interaction).where(
            Interaction.customer_id == book[called], Interaction.advisor_id == ADVISOR)).all()
    engine.dispose()
    assert any(c.follow_up_on is not None for c in calls)

    again = pair.texts(RASA_A, "who should I call today?")
    assert called not in _names_in(again, set(book)), again
    assert _names_in(again, set(book)), again

    # Both instances hold the whole conversation: every user message, in order.
    for port in (RASA_A, RASA_B):
        tracker = pair.cluster.tracker(port, ADVISOR)
        said = [e.get("text") for e in tracker["events"] if e.get("event") == "user"]  # type: ignore[union-attr]
        assert said == ["who should I call today?", "show me more",
                        f"I called {called}, she wants a meeting next week",
                        "who should I call today?"]
