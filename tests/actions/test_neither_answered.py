"""Several customers tried, and the one outcome said of them all in the negative ("neither
picked up", "none of them answered"): a no answer for each, never a reached.

The `people` bank's today is Monday 2026-11-23; A001's book: Maria Keller C001, Jonas Weber
C002, Ingrid Dahl C003, Pedro Alves C004, Li Wei C005."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from tests.actions.conftest import Talk, new_calls


@pytest.mark.parametrize("text", [
    "rang maria keller and li wei, neither answered",
    "tried jonas weber + ingrid dahl this morning - none of them picked up",
    "called pedro alves and maria keller but neither of them was reachable"])
async def test_neither_answered_is_no_answer_for_each(people: Session, text: str) -> None:
    talk = Talk()
    said = await talk.say(text)
    if "OK?" in said:
        said = await talk.say("yes")
    calls = new_calls(people)
    assert len(calls) == 2, said
    assert {outcome for _, outcome, _ in calls} == {"no_answer"}, said
