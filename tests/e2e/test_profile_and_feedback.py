"""Profiles, confidentiality and feedback through the real stack, over HTTP."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from knowledge.db import make_engine, session_factory
from knowledge.models.bank import AuditEntry, Customer, Feedback
from tests.e2e.conftest import Bot

pytestmark = pytest.mark.e2e


def _customers(bot: Bot) -> list[Customer]:
    engine = make_engine(bot.database_url)
    with session_factory(engine)() as session:
        rows = list(session.scalars(select(Customer).order_by(Customer.id)))
    engine.dispose()
    return rows


def _unique_customer(bot: Bot, advisor: str, own: bool) -> Customer:
    customers = _customers(bot)
    names = [c.name for c in customers]
    for customer in customers:
        if (customer.advisor_id == advisor) == own and names.count(customer.name) == 1:
            return customer
    raise AssertionError("the demo bank has no customer with a unique name")


def test_profile_of_an_own_customer_is_shown_and_audited(bot: Bot) -> None:
    customer = _unique_customer(bot, "A001", own=True)
    messages = bot.say("A001", f"tell me about {customer.name}")
    text = "\n".join(m.get("text", "") for m in messages)
    assert customer.name in text
    assert customer.id in text or "tier" in text.lower()
    payloads = [m["custom"] for m in messages if "custom" in m]
    assert payloads and payloads[0]["type"] == "customer_profile"
    engine = make_engine(bot.database_url)
    with session_factory(engine)() as session:
        views = session.scalars(
            select(AuditEntry).where(
                AuditEntry.customer_id == customer.id, AuditEntry.staff_id == "A001"
            )
        ).all()
    engine.dispose()
    assert any(v.granted and v.via == "chat" and v.channel == "rest" for v in views)


def test_another_books_customer_is_answered_like_a_stranger(bot: Bot) -> None:
    other = _unique_customer(bot, "A001", own=False)
    about_other = bot.texts("A001", f"tell me about {other.name}")
    about_nobody = bot.texts("A001", "tell me about Zebedee Quartermaine-Xylophone")
    assert about_other == about_nobody
    assert other.id not in about_other
    assert (other.birth_date is None) or str(other.birth_date.year) not in about_other


def test_feedback_is_saved_before_the_bot_says_so(bot: Bot) -> None:
    customer = _unique_customer(bot, "A002", own=True)
    text = "the app logs her out in the middle of every transfer"
    answer = bot.texts("A002", f"log feedback for {customer.name}: {text}")
    assert "Saved" in answer
    engine = make_engine(bot.database_url)
    with session_factory(engine)() as session:
        stored = session.scalars(
            select(Feedback).where(Feedback.customer_id == customer.id)
        ).all()
    engine.dispose()
    assert any("logs her out" in f.text and f.status == "pending" for f in stored)
