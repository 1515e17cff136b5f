"""A real conversation over HTTP: REST channel → Rasa → action server → database."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select

from knowledge.db import make_engine, session_factory
from knowledge.models.bank import Customer, Role, Staff
from tests.e2e.conftest import Bot

pytestmark = pytest.mark.e2e


def _book(bot: Bot, advisor_id: str) -> tuple[set[str], set[str]]:
    """Names in this advisor's book, and names in every other book."""
    engine = make_engine(bot.database_url)
    with session_factory(engine)() as session:
        rows = session.execute(select(Customer.name, Customer.advisor_id)).all()
    engine.dispose()
    own = {name for name, advisor in rows if advisor == advisor_id}
    others = {name for name, advisor in rows if advisor != advisor_id} - own
    return own, others


def _first(bot: Bot, role: Role) -> str:
    engine = make_engine(bot.database_url)
    with session_factory(engine)() as session:
        staff_id = session.scalars(
            select(Staff.id).where(Staff.role == role).order_by(Staff.id)
        ).first()
    engine.dispose()
    assert staff_id
    return staff_id


def test_call_list_names_customers_from_the_advisors_own_book(bot: Bot) -> None:
    advisor = _first(bot, Role.advisor)
    own, others = _book(bot, advisor)
    answer = bot.texts(advisor, "who should I call today?")
    listed_own = [name for name in own if name in answer]
    assert listed_own, f"no customer of {advisor}'s book in the answer: {answer!r}"
    assert not [name for name in others if name in answer]


def test_unknown_sender_is_told_they_are_not_registered(bot: Bot) -> None:
    answer = bot.texts("intruder-42", "who should I call today?")
    assert "not registered" in answer


def test_greeting_explains_what_the_bot_does(bot: Bot) -> None:
    answer = bot.texts(_first(bot, Role.advisor), "hello")
    assert "call" in answer.lower()


def test_health_reports_every_part_up(bot: Bot) -> None:
    report = httpx.get(f"{bot.api}/health", timeout=10).json()
    assert report == {"status": "ok", "database": "up", "rasa": "up", "action_server": "up"}
