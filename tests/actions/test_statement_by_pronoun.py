"""What the customer in focus said, told with a pronoun as its subject right after a call or
a profile ("oh and he says the app's login keeps logging him out"): their feedback, shown for
a yes and saying who "he" is; never stored at once, never without a customer in focus."""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.writes import ActionConfirmWrite, ActionFallback
from knowledge.models.bank import Feedback
from tests.actions.conftest import make_tracker, texts


async def _say(text: str, slots: dict, action=None, intent: str = "nlu_fallback"
               ) -> tuple[str, dict]:
    dispatcher = CollectingDispatcher()
    events = await (action or ActionFallback()).run(
        dispatcher, make_tracker("A001", text, intent, slots=slots), {})
    return " ".join(texts(dispatcher)), {e["name"]: e["value"] for e in events
                                         if e.get("event") == "slot"}


@pytest.mark.parametrize("text", ["oh and he says the app's login keeps logging him out",
                                  "She said the new card never arrived"])
async def test_a_pronouns_statement_is_the_focus_customers_feedback_for_a_yes(
        people: Session, text: str) -> None:
    said, slots = await _say(text, {"focus_customer": "C002", "customer_id": "C002"})
    assert "Jonas Weber" in said and said.endswith("OK?"), said
    assert people.scalars(select(Feedback)).all() == []
    await _say("yes", {"pending_write": slots["pending_write"]}, ActionConfirmWrite(), "affirm")
    people.expire_all()
    stored = people.scalars(select(Feedback)).all()
    assert [f.customer_id for f in stored] == ["C002"]


async def test_a_pronouns_statement_with_nobody_in_focus_stores_nothing(
        people: Session) -> None:
    said, slots = await _say("oh and he says the app's login keeps logging him out", {})
    assert not slots.get("pending_write"), said
    assert people.scalars(select(Feedback)).all() == []
