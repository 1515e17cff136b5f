"""A relative date is read on the day the message was said, whatever turn it comes in and
whichever earlier write it changes: "in 10 days" three turns after a call dated friday, "try
him again tmrw" or "make it tmrw" the morning after a call logged the day before (a chat left
open overnight) — never against the earlier write's day.

The `people` bank (Maria Keller C001, Jonas Weber C002, Ingrid Dahl C003, Pedro Alves C004);
today Monday 2026-11-23 unless the test moves it."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from tests.actions.conftest import Chat, new_calls, pin_today


async def test_a_relative_date_several_turns_after_a_dated_write_is_read_on_today(
        people: Session) -> None:
    chat = Chat()
    await chat.say("maria keller wants a meeting friday")
    await chat.say("ingrid dahl no answer")
    await chat.say("pedro alves reached, all good")
    said = await chat.say("jonas weber picked up, wants to see me in 10 days re savings")
    assert new_calls(people) == [("C001", "follow_up", "2026-11-27"),
                                 ("C002", "follow_up", "2026-12-03"),
                                 ("C003", "no_answer", None),
                                 ("C004", "reached", None)], said


async def test_a_retry_date_the_next_day_is_read_on_that_day(
        people: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    chat = Chat()
    await chat.say("jonas weber no answer")
    await chat.say("ingrid dahl vm")
    pin_today(monkeypatch, "2026-11-25")  # the chat left open until wednesday
    said = await chat.say("try her again tmrw")
    # Thursday the 26th (tomorrow as said on wednesday), not Tuesday the 24th
    assert ("C003", "no_answer", "2026-11-26") in new_calls(people), said
    assert ("C003", "no_answer", "2026-11-24") not in new_calls(people), said


async def test_a_date_corrected_the_next_day_is_read_on_that_day(
        people: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    chat = Chat()
    await chat.say("maria keller wants a meeting friday")
    pin_today(monkeypatch, "2026-11-25")
    said = await chat.say("sorry, wrong day - make it tmrw")
    assert new_calls(people) == [("C001", "follow_up", "2026-11-26")], said


async def test_a_weekday_of_next_week_in_german_after_an_earlier_write(
        people: Session) -> None:
    chat = Chat()
    await chat.say("jonas weber nicht erreicht")
    said = await chat.say("Maria Keller erreicht, will Dienstag nächste Woche einen Termin")
    assert new_calls(people) == [("C001", "follow_up", "2026-12-01"),
                                 ("C002", "no_answer", None)], said


@pytest.mark.parametrize("text", ["probaré el jueves", "riprovo giovedì",
                                  "ich versuche es Donnerstag nochmal"])
async def test_a_next_attempt_said_after_a_no_answer_logs_no_meeting(
        people: Session, text: str) -> None:
    chat = Chat()
    await chat.say("ingrid dahl no answer")
    said = await chat.say(text)
    # the attempt still to come is no call, and never a follow-up meeting beside the call
    assert new_calls(people) == [("C003", "no_answer", None)], said


async def test_a_relative_answered_for_an_absent_customer_a_turn_later_is_no_answer(
        people: Session) -> None:
    chat = Chat()
    await chat.say("maria keller reached")
    said = await chat.say("jonas weber wasn't there, his wife picked up")
    assert new_calls(people) == [("C001", "reached", None), ("C002", "no_answer", None)], said
