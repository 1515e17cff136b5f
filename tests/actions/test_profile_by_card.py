"""A customer's card asked for by its name in the advisors' languages ("scheda di X", "fiche
de X", "Profil von X"), which the NLU sent to the call report: the profile is shown, no
question about how a call went and nothing logged; a call stated in those words is still a
call."""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from tests.actions.conftest import make_tracker, new_calls, payloads, texts


@pytest.mark.parametrize("text", [
    "la scheda cliente di jonas weber", "fiche client de Maria Keller", "ficha de pedro alves",
    "bitte Profil von Ingrid Dahl", "profiel van Jonas Weber", "karta klienta Maria Keller",
    "kundkort för ingrid dahl", "profile of li wei pls",
])
async def test_a_card_asked_for_is_the_profile(people: Session, text: str) -> None:
    dispatcher = CollectingDispatcher()
    await ActionLogCall().run(dispatcher, make_tracker("A001", text, "log_call_outcome"), {})
    said = " ".join(texts(dispatcher))
    assert "How did the call" not in said and "customer_profile" in [
        p.get("type") for p in payloads(dispatcher)], said
    assert new_calls(people) == []


async def test_a_call_said_after_the_card_words_is_a_call(people: Session) -> None:
    dispatcher = CollectingDispatcher()
    await ActionLogCall().run(dispatcher, make_tracker(
        "A001", "dati di jonas weber: non risponde", "log_call_outcome"), {})
    assert "customer_profile" not in [p.get("type") for p in payloads(dispatcher)], texts(
        dispatcher)
