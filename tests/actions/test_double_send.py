"""The same call report sent twice (a retry, a phone's signature, an emoji added): stored
once, and the advisor told so plainly, not asked a yes/no question a hurried "yes" would
answer; "log it again" stores it after all; a report that says it is one more try is a new
call. Checked in the database. The `people` bank: A001's book Maria Keller C001, Jonas Weber
C002, Ingrid Dahl C003, Pedro Alves C004, Li Wei C005; today Monday 2026-11-23."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from actions.writes import ActionFallback
from tests.actions.conftest import Chat, logged_calls


def _is_a_question(said: str) -> bool:
    # bench/conversation_eval/play.py's reading of a confirmation, for a plain reply
    last = said.strip().splitlines()[-1].strip().lower()
    return last.endswith(("ok?", "okay?")) or ("confirm" in last and last.endswith("?")) or (
        "yes/no" in last or "yes or no" in last)


@pytest.mark.parametrize(("first", "second"), [
    ("jonas weber no answer", "jonas weber no answer"),
    ("jonas weber no answer", "Jonas Weber no answer\n\nSent from my iPhone"),
    ("jonas weber no answer", "jonas weber no answer 👍👍"),
    ("jonas weber no answer", "  JONAS WEBER   no answer!!"),
    ("jonas weber no answer", "jonas weber no answer\n\nVon meinem iPhone gesendet"),
    ("jonas weber no answer", "jonas weber no answer\n--\nAnna Berg, Advisor"),
    ("tried jonas weber again, no answer", "tried jonas weber again, no answer"),
])
async def test_a_report_sent_twice_is_stored_once_and_said_plainly(
        people: Session, first: str, second: str) -> None:
    chat = Chat()
    await chat.say(first)
    said = await chat.say(second)
    assert [c[:2] for c in logged_calls(people)] == [("C002", "no_answer")], said
    assert "Already logged" in said and "not stored twice" in said
    assert "log it again" in said and not _is_a_question(said), said


async def test_a_sale_sent_twice_with_a_celebration_is_one_sale(people: Session) -> None:
    chat = Chat()
    await chat.say("Sold pedro alves the fund")
    said = await chat.say("Sold pedro alves the fund 🎉🎉")
    assert [c[1] for c in logged_calls(people)] == ["sale"], said
    assert "not stored twice" in said


@pytest.mark.parametrize("answer", ["log it again", "Log it again pls", "yes, log it again",
                                    "it was another call", "store it again"])
async def test_log_it_again_stores_the_held_report(people: Session, answer: str) -> None:
    chat = Chat()
    await chat.say("maria keller reached")
    await chat.say("maria keller reached")
    assert len(logged_calls(people)) == 1
    said = await chat.say(answer, ActionFallback(), "nlu_fallback")
    assert [c[:2] for c in logged_calls(people)] == [("C001", "reached"), ("C001", "reached")]
    assert "Logged your call with Maria Keller" in said


@pytest.mark.parametrize("second", [
    "tried jonas weber again, no answer",
    "jonas weber still no answer",
    "jonas weber no answer, 2nd time today",
    "another try with jonas weber, no answer",
    "jonas weber no answer x2",
    "rang jonas weber once more, no answer",
])
async def test_a_further_attempt_is_a_new_call(people: Session, second: str) -> None:
    chat = Chat()
    await chat.say("jonas weber no answer")
    said = await chat.say(second)
    assert [c[:2] for c in logged_calls(people)] == [("C002", "no_answer")] * 2, said
    assert "not stored twice" not in said


async def test_another_product_sold_is_no_double_send(people: Session) -> None:
    chat = Chat()
    await chat.say("sold pedro alves the fund")
    said = await chat.say("sold pedro alves a mortgage")
    assert "not stored twice" not in said


async def test_the_same_report_after_another_write_is_a_new_report(people: Session) -> None:
    chat = Chat()
    await chat.say("jonas weber no answer")
    await chat.say("maria keller reached")
    said = await chat.say("jonas weber no answer")
    assert "not stored twice" not in said
    assert len(logged_calls(people)) == 3


async def test_a_plain_yes_after_a_double_send_stores_nothing_and_says_how(
        people: Session) -> None:
    from actions.writes import ActionConfirmWrite

    chat = Chat()
    await chat.say("maria keller reached")
    await chat.say("maria keller reached")
    said = await chat.say("yes", ActionConfirmWrite(), "affirm")
    assert len(logged_calls(people)) == 1
    assert "log it again" in said
