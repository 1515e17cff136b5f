"""What the customer said, told alongside a call ("jonas weber reached and he said the new app
is great"), through the actions: the call stored, the statement shown as that customer's
feedback for a yes and stored only on it; a call detail in the same words is no statement.

The `people` bank's today is Monday 2026-11-23."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from actions.writes import ActionConfirmWrite
from knowledge.models.bank import Feedback, Interaction, InteractionKind
from tests.actions.conftest import make_tracker, texts


def _state(session: Session) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    session.expire_all()
    calls = session.scalars(select(Interaction).where(Interaction.kind == InteractionKind.call,
                                                      Interaction.id != "I1"))
    said = session.scalars(select(Feedback).where(Feedback.logged_by == "A001"))
    return (sorted((c.customer_id, c.outcome.value) for c in calls),
            sorted((f.customer_id or "", f.text) for f in said))


async def _log(text: str) -> tuple[str, dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    events = await ActionLogCall().run(dispatcher, make_tracker("A001", text,
                                                                "log_call_outcome"), {})
    return " ".join(texts(dispatcher)), {e["name"]: e["value"] for e in events
                                         if e.get("event") == "slot"}


async def test_a_statement_with_a_call_is_shown_as_feedback_and_stored_on_yes(
        people: Session) -> None:
    said, slots = await _log("jonas weber reached and he said the new app is great")
    assert said.startswith("Logged your call with Jonas Weber") and said.endswith("OK?"), said
    assert _state(people) == ([("C002", "reached")], [])  # the feedback only on a yes
    await ActionConfirmWrite().run(CollectingDispatcher(), make_tracker(
        "A001", "yes", "affirm", slots={"pending_write": slots["pending_write"]}), {})
    assert _state(people) == ([("C002", "reached")], [("C002", "The new app is great")])


@pytest.mark.parametrize("text", ["jonas weber reached and he said call back tomorrow",
                                  "jonas weber reached, she said no to the fund"])
async def test_call_details_in_the_customers_words_are_no_feedback(people: Session,
                                                                   text: str) -> None:
    said, slots = await _log(text)
    assert not (slots.get("pending_write") or {}).get("kind") == "feedback", said
    assert _state(people)[1] == []


@pytest.mark.parametrize(("text", "words"), [
    ("talked to ingrid dahl - she said she never received her new debit card", "debit card"),
    ("maria keller reached, she says she cant log in since the update", "log in"),
])
async def test_trouble_the_customer_had_with_the_bank_is_their_feedback(
        people: Session, text: str, words: str) -> None:
    from tests.actions.conftest import Talk

    said = await Talk().say(text)  # every "OK?" answered yes
    calls, statements = _state(people)
    assert len(calls) == 1 and [words in t for _, t in statements] == [True], said


async def test_the_customers_own_news_stays_a_call_note(people: Session) -> None:
    from tests.actions.conftest import Talk

    said = await Talk().say("jonas weber reached, he said he couldn't decide yet")
    assert _state(people)[1] == [], said
