"""An undo naming an earlier call of the conversation by its customer, in the advisors' other
languages or politely ("das mit Maria Keller stimmt nicht, bitte löschen", "annule celui avec
maria keller stp", "could you delete the maria keller one please"): that call taken back, the
later call kept — never the last call undone instead, never a new call."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from actions.writes import ActionFallback
from knowledge.models.bank import Outcome
from tests.actions.conftest import Talk, logged_calls


@pytest.mark.parametrize("text", [
    "das mit Maria Keller stimmt nicht, bitte löschen",
    "annule celui avec maria keller stp",
    "cancella quella con maria keller per favore",
    "borra la de maria keller, porfa",
    "verwijder die met maria keller aub",
    "usuń ten z maria keller proszę",
    "ta bort den med maria keller tack",
    "could you delete the maria keller one please",
    "undo the call with maria keller",
    "der anruf mit maria keller war ein fehler - bitte stornieren",
    "celui avec maria keller était faux, annule stp",
    "the one with maria keller was wrong, pls delete",
])
@pytest.mark.parametrize("intent", ["nlu_fallback", "log_call_outcome"])
async def test_the_call_named_is_taken_back_and_the_later_one_kept(
        people: Session, text: str, intent: str) -> None:
    chat = Talk()
    await chat.say("maria keller no answer")
    await chat.say("jonas weber reached")
    said = await chat.say(text, ActionFallback() if intent == "nlu_fallback" else None, intent)
    assert [c[:2] for c in logged_calls(people)] == [("C002", Outcome.reached)], said
