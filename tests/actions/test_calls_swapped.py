"""Two calls of the conversation corrected in one message ("switch them round: jonas was the
voicemail, maria answered", "other way round"): both shown for one yes, then both replaced
(audited reversals), never a second call beside the first.

The `people` bank's today is Monday 2026-11-23; A001's book: Maria Keller C001, Jonas Weber
C002, Ingrid Dahl C003, Pedro Alves C004, Li Wei C005."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from actions.writes import ActionFallback
from knowledge.models.bank import WriteReversal
from tests.actions.conftest import Talk
from tests.actions.conftest import new_calls as _calls


def _reversals(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(WriteReversal)) or 0


@pytest.mark.parametrize(("text", "action", "intent"), [
    ("switch them round - jonas was the voicemail and maria answered", ActionLogCall(),
     "log_call_outcome"),
    ("oops i mixed them up, keller reached, weber no answer", ActionFallback(), "nlu_fallback"),
    ("other way round", ActionFallback(), "nlu_fallback"),
    ("vertauscht: jonas nicht erreicht, maria erreicht", ActionLogCall(), "log_call_outcome"),
])
async def test_two_calls_corrected_together_replace_both(
        people: Session, text: str, action: Any, intent: str) -> None:
    talk = Talk()
    await talk.say("maria keller no answer")
    await talk.say("jonas weber reached")
    said = await talk.say(text, action, intent)
    assert _calls(people) == [("C001", "reached", None), ("C002", "no_answer", None)], said
    assert _reversals(people) == 2
    # one undo now takes back both corrected calls
    from actions.writes import ActionUndoWrite

    await talk.say("undo", ActionUndoWrite(), "undo")
    assert _calls(people) == []


async def test_a_third_call_stays_when_two_are_swapped(people: Session) -> None:
    talk = Talk()
    await talk.say("ingrid dahl not interested")
    await talk.say("maria keller no answer")
    await talk.say("jonas weber reached")
    said = await talk.say("sorry got those backwards, maria picked up and jonas was vm")
    assert _calls(people) == [("C001", "reached", None), ("C002", "no_answer", None),
                              ("C003", "not_interested", None)], said


async def test_two_new_calls_without_a_correction_word_are_new_calls(people: Session) -> None:
    talk = Talk()
    await talk.say("maria keller no answer")
    await talk.say("jonas weber no answer")
    said = await talk.say("tried again: maria keller reached, jonas weber reached")
    assert ("C001", "no_answer", None) in _calls(people), said
    assert _reversals(people) == 0


async def test_both_tried_again_after_a_correction_word_are_new_calls(people: Session) -> None:
    talk = Talk()
    await talk.say("maria keller no answer")
    await talk.say("jonas weber no answer")
    await talk.say("hang on, rang them both again - maria reached, jonas picked up too")
    assert ("C001", "no_answer", None) in _calls(people)
    assert _reversals(people) == 0
