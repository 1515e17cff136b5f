"""An outcome corrected by quoting the reading it denies, in the advisors' languages ("maria
was reached, not 'voicemail', my mistake", "pardon, maria c'était joignable, pas « pas de
réponse »", "wacht, maria was wel bereikt, niet 'geen gehoor', mijn fout"), of the last call
or of an earlier one: the call replaced with the outcome stated (an audited reversal), never
read as the denied outcome again ("already logged") nor stored twice.

The `people` bank's today is Monday 2026-11-23; A001's book: Maria Keller C001, Jonas Weber
C002, Ingrid Dahl C003, Pedro Alves C004, Li Wei C005."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from tests.actions.conftest import Talk
from tests.actions.conftest import new_calls as _calls

_CORRECTIONS = [
    "hold on, maria was reached, not 'voicemail', my mistake",
    "pardon, maria c'était joignable, pas « pas de réponse »",
    "wacht, maria was bereikt, niet 'geen gehoor', mijn fout",
]


@pytest.mark.parametrize("text", _CORRECTIONS)
async def test_the_last_call_gets_the_outcome_stated(people: Session, text: str) -> None:
    talk = Talk()
    await talk.say("maria keller no answer")
    said = await talk.say(text)
    assert _calls(people) == [("C001", "reached", None)], said


@pytest.mark.parametrize("text", _CORRECTIONS)
async def test_an_earlier_call_gets_the_outcome_stated(people: Session, text: str) -> None:
    talk = Talk()
    await talk.say("maria keller no answer")
    await talk.say("jonas weber not interested")
    said = await talk.say(text)
    assert _calls(people) == [("C001", "reached", None), ("C002", "not_interested", None)], said


@pytest.mark.parametrize("text", ["maria keller joignable",
                                  "Maria Keller : joignable, tout va bien"])
async def test_reachable_in_french_is_a_call_that_got_through(people: Session, text: str) -> None:
    from actions.profile import ActionCustomerProfile

    said = await Talk().say(text, ActionCustomerProfile(), "ask_profile")
    assert _calls(people) == [("C001", "reached", None)], said


@pytest.mark.parametrize("text", ["maria keller injoignable", "maria keller pas joignable"])
async def test_unreachable_in_french_stays_no_answer(people: Session, text: str) -> None:
    said = await Talk().say(text)
    assert _calls(people) == [("C001", "no_answer", None)], said
