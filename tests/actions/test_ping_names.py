"""`action_ping` with a message that is a customer's name or id: the NLU sometimes reads a
bare name as "are you there?"; the advisor must get the customer, never "I'm here"."""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.ping import HERE, ActionPing
from knowledge.models.bank import AuditEntry
from tests.actions.conftest import make_tracker, payloads, pin_today, texts
from tests.knowledge.profile.profile_bank import build_bank


@pytest.fixture
def bank(action_database: str, session: Session, monkeypatch: pytest.MonkeyPatch) -> Session:
    pin_today(monkeypatch, "2026-11-23")
    build_bank(session)
    session.commit()
    return session


async def _ping(text: str, **entities: str) -> tuple[list[str], list[dict]]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("A001", text, "ping",
                           entities=[{"entity": k, "value": v} for k, v in entities.items()])
    await ActionPing().run(dispatcher, tracker, {})
    return texts(dispatcher), payloads(dispatcher)


@pytest.mark.parametrize("text", ["you there?", "test test", "hello? are you there?", "ping"])
async def test_a_ping_is_answered_without_a_lookup(bank: Session, text: str) -> None:
    said, shown = await _ping(text)
    assert said == [HERE] and not shown
    assert not bank.scalars(select(AuditEntry)).all()


@pytest.mark.parametrize("text", ["siobhan o'brien", "C000005", "c000005?", "o'brien pls"])
async def test_a_name_or_id_shows_that_customer(bank: Session, text: str) -> None:
    said, shown = await _ping(text)
    assert HERE not in said
    assert "Siobhan O'Brien" in " ".join(said)
    assert "C000005" in str(shown)
    bank.expire_all()
    assert bank.scalars(select(AuditEntry).where(AuditEntry.customer_id == "C000005",
                                                 AuditEntry.granted.is_(True))).all()


async def test_a_shared_first_name_asks_which_one(bank: Session) -> None:
    said, _shown = await _ping("anna")
    joined = " ".join(said)
    assert HERE not in said
    assert "Anna Müller" in joined and "Anna Schmidt" in joined


async def test_a_name_nobody_in_the_book_has_stays_a_ping(bank: Session) -> None:
    """Another book's customer reads like nobody at all: neither is told apart."""
    assert await _ping("lars overgaard") == await _ping("zebedee quartermaine") == ([HERE], [])
