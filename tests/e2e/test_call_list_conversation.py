"""The morning conversation over HTTP: list, more, why, a logged call that removes a customer."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from knowledge.db import make_engine, session_factory
from knowledge.models.bank import Customer, Interaction
from tests.e2e.conftest import Bot

pytestmark = pytest.mark.e2e


def _names_in(answer: str, names: set[str]) -> list[str]:
    """The names that appear in the answer, in the order the answer lists them."""
    found = {
        match.start(): name
        for name in names
        if (match := re.search(rf"\b{re.escape(name)}\b", answer))
    }
    return [found[position] for position in sorted(found)]


def _book(bot: Bot, advisor: str) -> dict[str, str]:
    """Name → id of the customers in this advisor's book whose name nobody else there has."""
    engine = make_engine(bot.database_url)
    with session_factory(engine)() as session:
        rows = session.execute(
            select(Customer.name, Customer.id).where(Customer.advisor_id == advisor)
        ).all()
    engine.dispose()
    names = [name for name, _ in rows]
    return {name: cid for name, cid in rows if names.count(name) == 1}


def test_list_more_why_and_a_logged_call(bot: Bot) -> None:
    advisor = "A003"
    book = _book(bot, advisor)
    first = bot.texts(advisor, "who should I call today?")
    first_names = _names_in(first, set(book))
    assert first_names, first
    more = bot.texts(advisor, "show me more")
    assert set(_names_in(more, set(book))) - set(first_names), more

    name = first_names[0]
    why = bot.texts(advisor, f"why is {name} on my list?")
    assert name.split()[-1] in why

    logged = bot.texts(advisor, f"I called {name}, she wants a meeting next week")
    assert name.split()[-1] in logged
    engine = make_engine(bot.database_url)
    with session_factory(engine)() as session:
        calls = session.scalars(
            select(Interaction).where(
                Interaction.customer_id == book[name], Interaction.advisor_id == advisor
            )
        ).all()
    engine.dispose()
    assert any(c.follow_up_on is not None for c in calls)

    again = bot.texts(advisor, "who should I call today?")
    assert name not in _names_in(again, set(book))
