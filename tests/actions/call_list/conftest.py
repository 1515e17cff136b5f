"""The call-list actions' test bank: a real migrated database with a small book for A1."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from knowledge.call_list.offers import clear_rules_cache
from knowledge.models.bank import InteractionKind, Outcome
from knowledge.value.compute import clear_bank_cache
from tests.knowledge.call_list.factory import AS_OF, base_bank, customer, holding, interaction

D = dt.timedelta


@pytest.fixture
def bank(action_database: str, engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[Engine]:
    monkeypatch.setenv("AS_OF_DATE", AS_OF.isoformat())
    from knowledge.settings import get_settings

    get_settings.cache_clear()
    clear_bank_cache()
    clear_rules_cache()
    with Session(engine) as session:
        base_bank(session)
        for n in range(10):  # ten complaints that are overdue: more than one page
            cid = f"C{n:02d}"
            customer(session, cid, f"Customer Number{n:02d}")
            holding(session, cid, "P-CUR", str(1000 + n))
            interaction(session, cid, AS_OF - D(days=30), InteractionKind.complaint, Outcome.open)
        customer(session, "MAT", "Maria Maturity")
        holding(session, "MAT", "P-TD", "40000", maturity=AS_OF + D(days=5))
        interaction(session, "MAT", AS_OF - D(days=20))
        customer(session, "SAV", "Sam Saver")
        holding(session, "SAV", "P-SAV", "20000")
        interaction(session, "SAV", AS_OF - D(days=20))
        customer(session, "TWIN1", "Chris Twin")
        customer(session, "TWIN2", "Chris Twine")
        customer(session, "OTHER", "Olga Other", advisor="A2")
        session.commit()
    yield engine
    get_settings.cache_clear()


def texts(dispatcher: CollectingDispatcher) -> str:
    """Everything the bot said, one message per line."""
    return "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))


def payload(dispatcher: CollectingDispatcher) -> dict[str, Any]:
    return next(m["custom"] for m in dispatcher.messages if m.get("custom"))


def slots(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}

