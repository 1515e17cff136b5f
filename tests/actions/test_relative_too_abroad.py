"""The last call "for her husband too", said with words after it or in another language
("…too actually, talked to him afterwards", "son mari aussi", "anche suo marito", "jej mąż
też"): the same call for the household member who fits, shown for a yes; never the customer's
call again. Maria Keller's household as in test_relatives: Paul Keller (C007, her age) and
Sofia Keller (C006, 30 years younger)."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from actions.writes import ActionFallback
from tests.actions.conftest import Chat, logged_calls
from tests.actions.test_relatives import household  # noqa: F401  (the fixture)


@pytest.mark.parametrize(("text", "who"), [
    ("her husband as well tbh, talked to him right afterwards", "C007"),
    ("and the daughter too, spoke with her just after", "C006"),
    ("son mari aussi", "C007"),
    ("anche sua figlia", "C006"),
    ("y su marido también", "C007"),
    ("haar man ook", "C007"),
    ("jej córka też", "C006"),
    ("hennes man också", "C007"),
    ("ihr Mann auch", "C007"),
])
@pytest.mark.parametrize("intent", ["log_call_outcome", "nlu_fallback"])
async def test_the_same_call_goes_to_the_relative_named(
        household: Session, text: str, who: str, intent: str) -> None:  # noqa: F811
    chat = Chat()
    await chat.say("maria keller reached")
    action = None if intent == "log_call_outcome" else ActionFallback()
    said = await chat.say(text, action, intent)
    assert "household of Maria Keller" in said, said
    assert sorted(c[:2] for c in logged_calls(household)) == sorted(
        [("C001", "reached"), (who, "reached")]), said


async def test_a_relative_with_their_own_news_is_not_the_same_call(
        household: Session) -> None:  # noqa: F811
    chat = Chat()
    await chat.say("maria keller reached")
    said = await chat.say("her husband too, he wants a meeting next week though")
    assert ("C007", "reached") not in [c[:2] for c in logged_calls(household)], said
