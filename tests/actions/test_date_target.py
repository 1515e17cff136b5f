"""A date correction that names no customer ("make it the 4th", "nope - wed, not fri") means
the call that has a date: the one whose date it denies, else the one dated call of the
conversation, never the last call by default; shown for a yes, that call replaced; asked when
two dated calls could be meant. Relative dates are read on the day the correction is said.

The `people` bank (Maria Keller C001, Jonas Weber C002, Ingrid Dahl C003, Pedro Alves C004);
today Monday 2026-11-23 (so "friday" is the 27th, "wednesday" the 25th)."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from tests.actions.conftest import Chat, new_calls, pin_today


@pytest.mark.parametrize("fix", ["nope - wed, not fri", "no sorry: wednesday not friday",
                                 "make it the 25th", "scusa, non venerdì: mercoledì"])
async def test_a_date_fix_after_another_call_moves_the_dated_call(
        people: Session, fix: str) -> None:
    chat = Chat()
    await chat.say("jonas weber picked up, wants to meet friday")
    await chat.say("pedro alves didnt pick up")
    said = await chat.say(fix)
    assert new_calls(people) == [("C002", "follow_up", "2026-11-25"),
                                 ("C004", "no_answer", None)], said


async def test_a_date_fix_after_calls_logged_together_moves_the_dated_one(
        people: Session) -> None:
    chat = Chat()
    await chat.say("ingrid dahl reached, appt friday; maria keller voicemail")
    said = await chat.say("sorry, thursday not friday")
    assert new_calls(people) == [("C001", "no_answer", None),
                                 ("C003", "follow_up", "2026-11-26")], said


async def test_a_denied_date_no_call_has_is_asked_about(people: Session) -> None:
    chat = Chat()
    await chat.say("jonas weber picked up, wants to meet friday")
    await chat.say("pedro alves didnt pick up")
    said = await chat.say("no wait - tuesday not monday")
    assert "Nothing was changed" in said
    assert new_calls(people) == [("C002", "follow_up", "2026-11-27"),
                                 ("C004", "no_answer", None)]


async def test_two_dated_calls_and_a_bare_new_date_is_asked_about(people: Session) -> None:
    chat = Chat()
    await chat.say("jonas weber reached, wants to meet friday, pedro alves reached, mtg thu")
    said = await chat.say("make that the 30th")
    assert "Which call" in said
    assert new_calls(people) == [("C002", "follow_up", "2026-11-27"),
                                 ("C004", "follow_up", "2026-11-26")]


async def test_the_weekday_is_read_on_the_day_the_fix_is_said(
        people: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    chat = Chat()
    await chat.say("jonas weber picked up, wants to meet friday")
    await chat.say("pedro alves didnt pick up")
    pin_today(monkeypatch, "2026-11-24")  # tuesday: "monday" is the 30th, not the 23rd
    said = await chat.say("no, monday not friday")
    assert ("C002", "follow_up", "2026-11-30") in new_calls(people), said


@pytest.mark.parametrize("fix", ["hmm, jonas is wednesday, not friday",
                                 "vänta, jonas är onsdag inte fredag",
                                 "sorry - weber's meeting is the 25th"])
async def test_a_date_fix_naming_the_customer_moves_that_call_not_a_new_one(
        people: Session, fix: str) -> None:
    chat = Chat()
    await chat.say("jonas weber picked up, wants to meet friday")
    await chat.say("pedro alves didnt pick up")
    await chat.say("ingrid dahl reached, all fine")
    said = await chat.say(fix)
    assert new_calls(people) == [("C002", "follow_up", "2026-11-25"), ("C003", "reached", None),
                                 ("C004", "no_answer", None)], said


async def test_one_day_said_two_ways_is_that_day(people: Session) -> None:
    chat = Chat()
    await chat.say("jonas weber reached, mtg fri")
    await chat.say("pedro alves didnt pick up")
    said = await chat.say("no wait, jonas is the 25th, this wed, not the end of the week")
    assert ("C002", "follow_up", "2026-11-25") in new_calls(people), said
    assert len([c for c in new_calls(people) if c[0] == "C002"]) == 1
