"""A correction in the advisors' languages that opens with "no, sorry" or "wrong," and then
tells the call again in full ("non pardon, en fait je l'ai eue juste après, elle veut bien un
rdv vendredi", "fout, het was li wei"): the last call replaced, never a second call beside
it; "wrong number" said of a call is an outcome, no correction.

The `people` bank's today is Monday 2026-11-23; A001's book: Maria Keller C001, Jonas Weber
C002, Ingrid Dahl C003, Pedro Alves C004, Li Wei C005."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from tests.actions.conftest import Talk, new_calls


async def _settled(talk: Talk, text: str) -> str:
    said = await talk.say(text)
    return await talk.say("yes") if "OK?" in said else said


async def test_no_sorry_then_the_call_told_again_replaces_the_last_call(people: Session) -> None:
    talk = Talk()
    await _settled(talk, "maria keller pas de réponse")
    said = await _settled(talk, "non pardon, en fait je l'ai eue juste après, elle veut bien "
                                "un rdv vendredi")
    assert new_calls(people) == [("C001", "follow_up", "2026-11-27")], said


@pytest.mark.parametrize(("text", "meant"), [
    ("fout, het was li wei", "C005"),
    ("sbagliato: era ingrid dahl", "C003"),
    ("faux - c'était pedro alves", "C004"),
])
async def test_wrong_then_the_customer_moves_the_call(people: Session, text: str, meant: str
                                                      ) -> None:
    talk = Talk()
    await _settled(talk, "jonas weber no answer")
    said = await _settled(talk, text)
    assert new_calls(people) == [(meant, "no_answer", None)], said
