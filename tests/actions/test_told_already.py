"""A call report that says it is no news ("jonas: nothing new, he already turned it down this
morning") while the bank has that call today: nothing stored twice, "log it again" stores it
after all; without such words, or with no such call today, the report is a call of its own.

The `people` bank's today is Monday 2026-11-23; A001's book: Maria Keller C001, Jonas Weber
C002, Ingrid Dahl C003, Pedro Alves C004, Li Wei C005."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from actions.writes import ActionFallback
from knowledge.models.bank import Channel, Interaction, InteractionKind, Outcome
from tests.actions.conftest import Talk
from tests.actions.conftest import new_calls as _calls


def _morning_call(session: Session) -> None:
    session.add(Interaction(id="I-morning", customer_id="C002", advisor_id="A001",
                            occurred_on=dt.date(2026, 11, 23), channel=Channel.phone,
                            kind=InteractionKind.call, outcome=Outcome.not_interested))
    session.commit()


@pytest.mark.parametrize("text", [
    "jonas weber - nothing new, he already turned it down this morning",
    "jonas weber: schon erledigt, kein Interesse",
])
async def test_no_news_of_a_call_on_record_today_is_not_stored_twice(
        people: Session, text: str) -> None:
    _morning_call(people)
    talk = Talk()
    said = await talk.say(text)
    assert _calls(people) == [("C002", "not_interested", None)], said
    assert "Already on record" in said
    await talk.say("log it again", ActionFallback(), "nlu_fallback")
    assert _calls(people) == [("C002", "not_interested", None)] * 2


async def test_the_same_outcome_without_such_words_is_a_call_of_its_own(
        people: Session) -> None:
    _morning_call(people)
    said = await Talk().say("jonas weber not interested")
    assert _calls(people) == [("C002", "not_interested", None)] * 2, said


async def test_already_without_a_call_today_is_stored(people: Session) -> None:
    said = await Talk().say("jonas weber already said no, not interested")
    assert _calls(people) == [("C002", "not_interested", None)], said
