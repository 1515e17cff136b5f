"""What a customer said, sent by the NLU to a lookup, a theme status, a call report or the
fallback: shown for a yes as that customer's feedback (never a profile, a theme refusal or
"how did the call go?"), and stored on the yes with the customer named."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.models.bank import Feedback
from tests.actions.conftest import Talk


def _statements(session: Session) -> list[tuple[str | None, str]]:
    session.expire_all()
    return [(f.customer_id, f.text) for f in session.scalars(select(Feedback))]


def _profile() -> Any:
    from actions.profile import ActionCustomerProfile

    return ActionCustomerProfile()


def _status() -> Any:
    from actions.themes import ActionSetThemeStatus

    return ActionSetThemeStatus()


def _fallback() -> Any:
    from actions.writes import ActionFallback

    return ActionFallback()


@pytest.mark.parametrize("text, action, intent", [
    ("ingrid dahl beschwert sich dass die Kontoauszüge zu spät kommen", _profile, "ask_profile"),
    ("Ingrid Dahl: przelew szedł trzy dni, jest bardzo zła", _profile, "ask_profile"),
    ("ingrid dahl says the card reader in the lobby never works", _status,
     "set_theme_status"),
    ("ingrid dahl said the lobby card reader is broken half the time", None,
     "log_call_outcome"),
])
async def test_a_statement_sent_elsewhere_is_stored_as_theirs_on_the_yes(
        people: Session, text: str, action: Any, intent: str) -> None:
    said = await Talk().say(text, action() if action else None, intent)
    assert "OK?" in said, said
    [(customer, statement)] = _statements(people)
    assert customer == "C003" and statement


async def test_their_words_in_quote_marks_after_the_name(people: Session) -> None:
    said = await Talk().say("pedro alves: 'the new statements are impossible to read'",
                            _fallback(), "nlu_fallback")
    assert "OK?" in said, said
    [(customer, statement)] = _statements(people)
    assert customer == "C004" and statement == "the new statements are impossible to read"


@pytest.mark.parametrize("text, action, intent", [
    ("what did ingrid dahl complain about last time?", _profile, "ask_profile"),
    ("ingrid dahl said she'd think about the fund offer", None, "log_call_outcome"),
])
async def test_a_question_or_a_call_outcome_is_no_statement(
        people: Session, text: str, action: Any, intent: str) -> None:
    await Talk().say(text, action() if action else None, intent)
    assert _statements(people) == []


async def test_a_surname_with_a_title_the_lookup_found_is_the_customer(people: Session) -> None:
    from rasa_sdk.executor import CollectingDispatcher

    from tests.actions.conftest import make_tracker, texts

    dispatcher = CollectingDispatcher()
    await _profile().run(dispatcher, make_tracker(
        "A001", "Mr Alves trouve que les frais de carte sont beaucoup trop élevés",
        "ask_profile", entities=[{"entity": "customer_name", "value": "Mr Alves"}]), {})
    [said] = texts(dispatcher)
    assert "Save feedback for Pedro Alves (C004)" in said and said.endswith("OK?"), said


def _out_of_scope() -> Any:
    from actions.writes import ActionOutOfScope

    return ActionOutOfScope()


async def test_words_relayed_without_a_subject_after_a_call_are_that_customers(
        people: Session) -> None:
    talk = Talk()
    await talk.say("sentito pedro alves, reached")
    said = await talk.say("dice che la app si blocca ogni volta al login", _out_of_scope(),
                          "out_of_scope")
    assert "Pedro Alves" in said, said
    assert [c for c, _t in _statements(people)] == ["C004"]


async def test_what_the_customer_said_of_the_bank_after_the_call_is_not_lost(
        people: Session) -> None:
    talk = Talk()
    await talk.say("rang ingrid dahl, got her")
    said = await talk.say("she said we charge far too much for the debit card")
    assert "feedback" in said.lower(), said
    [(customer, text)] = _statements(people)
    assert customer == "C003" and "too much" in text
