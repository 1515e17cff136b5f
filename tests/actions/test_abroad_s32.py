"""Messages in the advisors' other languages that the NLU sent somewhere unexpected (round
s32): the call list asked under a call report's intent, a two-word outcome sent as a greeting,
German nouns and report words tagged as a name, a correction opening with "falsch", a call
taken back by its customer's name with the verb last, a customer asked for under the
theme-owner intent, a sale headed by its noun. The `people` bank; today Monday 2026-11-23."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from actions.profile import ActionCustomerProfile
from actions.small_talk import ActionGreet
from actions.themes import ActionAssignThemeOwner
from actions.writes import ActionFallback, ActionUndoWrite
from tests.actions.conftest import Talk, make_tracker, new_calls, payloads, texts


def _name(value: str) -> list[dict[str, Any]]:
    return [{"entity": "customer_name", "value": value}]


@pytest.mark.parametrize("text", ["hej, vem ska jag ringa idag?",
                                  "qui dois-je appeler aujourd'hui ?",
                                  "wen rufe ich heute an?"])
async def test_the_list_asked_under_a_call_reports_intent_is_shown(
        people: Session, text: str) -> None:
    dispatcher = CollectingDispatcher()
    await ActionLogCall().run(dispatcher, make_tracker(
        "A001", text, "log_call_outcome", entities=_name(text.split()[1])), {})
    assert [p["type"] for p in payloads(dispatcher)] == ["call_list"], texts(dispatcher)
    assert new_calls(people) == []


@pytest.mark.parametrize("text", ["nie odbiera", "non risponde", "geen gehoor"])
async def test_a_two_word_outcome_sent_as_a_greeting_is_the_shown_customers_call(
        people: Session, text: str) -> None:
    talk = Talk()
    await talk.say("show me ingrid dahl", ActionCustomerProfile(), "ask_profile")
    said = await talk.say(text, ActionGreet(), "greet")
    assert "Ingrid Dahl (C003)" in said and "OK?" in said, said
    assert new_calls(people) == [("C003", "no_answer", None)], said


async def test_a_german_noun_is_no_name_and_the_pronoun_points_at_the_profile(
        people: Session) -> None:
    talk = Talk()
    await talk.say("Profil von Jonas Weber", ActionCustomerProfile(), "ask_profile")
    said = await talk.say("hab ihn erreicht, er will einen Rückruf am Donnerstag",
                          ActionFallback(), "nlu_fallback")
    assert "Jonas Weber (C002)" in said and "OK?" in said, said
    assert new_calls(people) == [("C002", "follow_up", "2026-11-26")], said


async def test_report_words_tagged_as_a_name_name_nobody(people: Session) -> None:
    talk = Talk()
    await talk.say("show me li wei", ActionCustomerProfile(), "ask_profile")
    said = await talk.say("rozmawiałem z nim, wszystko ok", ActionLogCall(), "log_call_outcome")
    assert "Li Wei (C005)" in said and "rozmawiałem" not in said, said
    assert new_calls(people) == [("C005", "reached", None)], said


async def test_a_correction_opening_with_wrong_keeps_the_customer(people: Session) -> None:
    talk = Talk()
    await talk.say("Maria Keller erreicht", ActionLogCall())
    said = await talk.say("nein sorry, falsch - Mailbox", ActionUndoWrite(), "undo_write")
    assert "Nobody" not in said, said
    assert new_calls(people) == [("C001", "no_answer", None)], said


@pytest.mark.parametrize("text", ["der Anruf mit Maria Keller war falsch, bitte löschen",
                                  "lo de Maria Keller está mal, bórralo"])
async def test_a_call_named_then_the_delete_verb_takes_that_call_back(
        people: Session, text: str) -> None:
    talk = Talk()
    await talk.say("Maria Keller Mailbox", ActionLogCall())
    await talk.say("Jonas Weber erreicht", ActionLogCall())
    said = await talk.say(text, ActionFallback(), "nlu_fallback")
    assert "Undone" in said and "Maria Keller" in said, said
    assert new_calls(people) == [("C002", "reached", None)], said


async def test_a_customer_asked_for_under_the_theme_owner_intent_is_shown(
        people: Session) -> None:
    dispatcher = CollectingDispatcher()
    await ActionAssignThemeOwner().run(dispatcher, make_tracker(
        "A001", "zeige mir bitte Ingrid Dahl", "assign_theme_owner",
        entities=_name("Ingrid Dahl")), {})
    said = " ".join(texts(dispatcher))
    assert "Ingrid Dahl (C003)" in said and "theme" not in said.lower(), said


async def test_a_sale_headed_by_its_noun_is_shown_as_a_sale(people: Session) -> None:
    talk = Talk()
    said = await talk.say("Verkauf: Sparplan an Pedro Alves", ActionFallback(), "nlu_fallback")
    assert new_calls(people) == [("C004", "sale", None)], said


@pytest.mark.parametrize("text", ["opinia klienta Jonas Weber: przelewy trwają za długo",
                                  "retour du client Jonas Weber : l'appli plante sans arrêt"])
async def test_a_headed_statement_read_as_a_lookup_is_the_customers_feedback(
        people: Session, text: str) -> None:
    dispatcher = CollectingDispatcher()
    await ActionCustomerProfile().run(dispatcher, make_tracker(
        "A001", text, "ask_profile", entities=_name("Jonas Weber")), {})
    said = " ".join(texts(dispatcher))
    assert "feedback" in said.lower() and "Jonas Weber" in said, said
