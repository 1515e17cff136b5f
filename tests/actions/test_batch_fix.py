"""One call of several logged together, changed by a later message that names its customer
("jonas is thurs 26th btw", "sorry ingrid was also n/a"): shown for a yes, that one call
replaced (an audited reversal), the others kept; never a second call, never all undone.

The `people` bank (Maria Keller C001, Jonas Weber C002, Ingrid Dahl C003, Pedro Alves C004);
today Monday 2026-11-23."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from tests.actions.conftest import Chat, new_calls, pin_today


async def _batch(chat: Chat) -> str:
    return await chat.say("maria keller vm, jonas weber reached - wants appt nxt wk re savings")


@pytest.mark.parametrize("text", ["jonas is thurs 26th btw", "Weber: thursday the 26th",
                                  "jonas weber's mtg is on the 26th",
                                  # the day denied abroad is never the one meant
                                  "z jonasem to był czwartek, nie poniedziałek",
                                  "jonas weber: c'était jeudi, pas lundi"])
async def test_a_new_date_for_one_call_of_the_batch_moves_that_call(
        people: Session, text: str) -> None:
    chat = Chat()
    await _batch(chat)
    said = await chat.say(text)
    assert new_calls(people) == [("C001", "no_answer", None),
                                 ("C002", "follow_up", "2026-11-26")], said


@pytest.mark.parametrize("text", ["sorry maria was also reached, all good",
                                  "actually keller picked up"])
async def test_a_new_outcome_for_one_call_of_the_batch_changes_that_call_only(
        people: Session, text: str) -> None:
    chat = Chat()
    await _batch(chat)
    said = await chat.say(text)
    assert new_calls(people) == [("C001", "reached", None),
                                 ("C002", "follow_up", "2026-11-30")], said


async def test_three_calls_one_corrected_to_no_answer(people: Session) -> None:
    chat = Chat()
    await chat.say("maria keller n/a, ingrid dahl reached, pedro alves vm")
    said = await chat.say("sorry ingrid was also n/a")
    assert new_calls(people) == [("C001", "no_answer", None), ("C003", "no_answer", None),
                                 ("C004", "no_answer", None)], said


async def test_a_relative_date_is_read_on_the_day_it_is_said(
        people: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    chat = Chat()
    await _batch(chat)
    pin_today(monkeypatch, "2026-11-25")  # wednesday: "tmrw" is thursday the 26th
    said = await chat.say("jonas wants it tmrw instead")
    assert ("C002", "follow_up", "2026-11-26") in new_calls(people), said


async def test_the_same_outcome_again_or_someone_outside_the_batch_is_no_change(
        people: Session) -> None:
    chat = Chat()
    await _batch(chat)
    said = await chat.say("ingrid dahl no answer")  # a call of its own
    assert ("C003", "no_answer", None) in new_calls(people), said
    assert ("C001", "no_answer", None) in new_calls(people), said


async def test_a_change_denying_the_old_outcome_by_quote_reads_as_one_call_named(
        people: Session) -> None:
    # the batch and a single earlier call are changed by one reading: "not 'vm'" is denied
    chat = Chat()
    await _batch(chat)
    said = await chat.say("keller picked up after all, not 'vm', my bad")
    assert new_calls(people) == [("C001", "reached", None),
                                 ("C002", "follow_up", "2026-11-30")], said
