"""The call list asked for in the advisors' languages, which the NLU sent to the theme-owner
action ("Wer steht heute auf meiner Liste?"), to the fallback or to a profile ("visa min
ringlista"): the list, never a refusal about theme owners or "no such customer"."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.profile import ActionCustomerProfile
from actions.themes import ActionAssignThemeOwner
from actions.writes import ActionFallback
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


@pytest.mark.parametrize("text", ["dagens ringlista tack", "wie moet ik vandaag bellen?",
                                  "do kogo dziś dzwonić", "chi devo sentire oggi?",
                                  "wen muss ich heute anrufen"])
@pytest.mark.parametrize(("action", "intent"), [(ActionFallback, "nlu_fallback"),
                                                (ActionCustomerProfile, "ask_profile")])
async def test_the_list_asked_in_words_the_nlu_could_not_place(
        people: Session, text: str, action: Any, intent: str) -> None:
    """Sent to the fallback or read as a customer's name ("ringlista"): still the list."""
    dispatcher = CollectingDispatcher()
    await action().run(dispatcher, make_tracker("A001", text, intent), {})
    assert [p["type"] for p in payloads(dispatcher)] == ["call_list"], texts(dispatcher)


async def test_a_profile_asked_for_is_still_a_profile(people: Session) -> None:
    dispatcher = CollectingDispatcher()
    await ActionCustomerProfile().run(dispatcher, make_tracker(
        "A001", "show me jonas weber", "ask_profile"), {})
    assert "call_list" not in [p["type"] for p in payloads(dispatcher)], texts(dispatcher)
