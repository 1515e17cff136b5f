"""A "which one did you call?" answered with a place and a call of its own ("2 - she signed
for the savings plan" while a no answer waits): no plain pick, so the waiting call is not
stored for that customer; which is meant is asked and nothing is written. A plain pick, or
one that repeats the waiting outcome, still logs the waiting call.

The `people` bank plus Paul Keller (C007); today Monday 2026-11-23."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from actions.profile import ActionChooseCustomer
from actions.writes import ActionFallback
from knowledge.models.bank import Customer
from tests.actions.conftest import Talk, new_calls


@pytest.fixture
def kellers(people: Session) -> Session:
    people.add(Customer(id="C007", name="Paul Keller", advisor_id="A001"))
    people.commit()
    return people


async def _asked(talk: Talk) -> None:
    asked = await talk.say("keller didnt pick up")
    assert "Which one did you call?" in asked, asked


@pytest.mark.parametrize(("answer", "action", "intent"), [
    ("2 - she signed for the savings plan", ActionChooseCustomer(), "choose_option"),
    ("#1: wants a meeting on friday", ActionFallback(), "nlu_fallback"),
    ("the 2nd one - ok elle a pris le fonds monétaire", ActionChooseCustomer(),
     "choose_option"),
])
async def test_a_pick_that_tells_its_own_call_is_asked_not_logged_as_the_waiting_one(
        kellers: Session, answer: str, action: Any, intent: str) -> None:
    talk = Talk()
    await _asked(talk)
    said = await talk.say(answer, action, intent)
    assert new_calls(kellers) == [], said
    assert "Which is it?" in said and "Nothing is logged" in said, said


@pytest.mark.parametrize(("answer", "picked"), [
    ("2", "C007"), ("1 - no answer", "C001"), ("number 2, paul keller", "C007")])
async def test_a_plain_pick_still_logs_the_waiting_call(
        kellers: Session, answer: str, picked: str) -> None:
    talk = Talk()
    await _asked(talk)
    said = await talk.say(answer, ActionChooseCustomer(), "choose_option")
    assert new_calls(kellers) == [(picked, "no_answer", None)], said
