"""The call list asked for in German, French or Spanish, which the NLU sent to the theme-owner
action ("Wer steht heute auf meiner Liste?"): the list, never a refusal about theme owners."""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.themes import ActionAssignThemeOwner
from tests.actions.conftest import make_tracker, payloads, texts


@pytest.mark.parametrize("text", ["Wer steht heute auf meiner Liste?",
                                  "wen soll ich heute anrufen", "ma liste d'appels stp",
                                  "quién está en mi lista hoy?"])
async def test_the_list_asked_in_another_language_is_shown(people: Session, text: str) -> None:
    dispatcher = CollectingDispatcher()
    await ActionAssignThemeOwner().run(dispatcher, make_tracker("A001", text,
                                                                "assign_theme_owner"), {})
    assert [p["type"] for p in payloads(dispatcher)] == ["call_list"], texts(dispatcher)


async def test_an_owner_request_is_still_one(people: Session) -> None:
    dispatcher = CollectingDispatcher()
    await ActionAssignThemeOwner().run(dispatcher, make_tracker(
        "A001", "make me owner of the theme on my list", "assign_theme_owner"), {})
    assert "Only branch managers" in " ".join(texts(dispatcher))
