"""Feedback for a name several customers share, through the real stack: kept, asked, saved once."""

from __future__ import annotations

import re
import uuid
from collections import Counter

import pytest
from sqlalchemy import select

from knowledge.db import make_engine, session_factory
from knowledge.models.bank import Customer, Feedback
from tests.e2e.conftest import Bot

pytestmark = pytest.mark.e2e


def _shared_surname(bot: Bot, advisor: str) -> tuple[str, dict[str, str]]:
    """A surname several of the advisor's customers carry (no one is called just that)."""
    engine = make_engine(bot.database_url)
    with session_factory(engine)() as session:
        book = {c.id: c.name for c in session.scalars(
            select(Customer).where(Customer.advisor_id == advisor))}
    engine.dispose()
    surnames = Counter(name.split()[-1] for name in book.values())
    for surname, count in surnames.most_common():
        if count >= 2 and surname not in book.values():
            return surname, book
    raise AssertionError("the demo bank has no surname shared within one book")


def _stored(bot: Bot, marker: str) -> list[Feedback]:
    engine = make_engine(bot.database_url)
    with session_factory(engine)() as session:
        rows = list(session.scalars(select(Feedback).where(Feedback.text.contains(marker))))
    engine.dispose()
    return rows


def test_the_statement_waits_for_the_choice_and_is_saved_once(bot: Bot) -> None:
    surname, book = _shared_surname(bot, "A001")
    marker = uuid.uuid4().hex[:8]
    text = f"the card reader at the branch swallowed the card again (ref {marker})"

    question = bot.texts("A001", f"log feedback for {surname}: {text}")
    assert "Which one do you mean?" in question and "I'll keep the feedback" in question
    assert _stored(bot, marker) == []  # nothing saved while the customer is unknown
    second = next(line for line in question.splitlines() if line.strip().startswith("2. "))
    [chosen] = [cid for cid in book if re.search(rf"\b{cid}\b", second)]

    answer = bot.texts("A001", "the second one")
    assert answer.startswith(f"Saved the feedback for {chosen} as FB-")
    [saved] = _stored(bot, marker)
    assert saved.customer_id == chosen and saved.status == "pending"
    assert saved.text == text

    bot.texts("A001", "the second one")  # the same answer again saves nothing more
    assert len(_stored(bot, marker)) == 1
