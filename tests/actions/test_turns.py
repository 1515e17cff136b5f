"""Short messages about the call just logged, whatever intent the NLU gives them: "same for
<id>" is the same call for that customer (shown, then stored on the yes), never a profile;
"no she said <date>" moves the meeting just logged instead of adding a second one.

The `people` bank's today is Monday 2026-11-23 (Wednesday the 25th, Thursday the 26th);
A001's book: Maria Keller C001, Jonas Weber C002, Ingrid Dahl C003, Pedro Alves C004, Li Wei
C005."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from actions.profile import ActionCustomerProfile
from actions.writes import ActionFallback
from tests.actions.conftest import Chat
from tests.actions.conftest import new_calls as _calls


@pytest.mark.parametrize(("text", "action", "intent"), [
    ("same for C003", ActionCustomerProfile(), "customer_profile"),
    ("ditto ingrid dahl", ActionFallback(), "nlu_fallback"),
])
async def test_same_for_a_named_customer_is_the_same_call(
        people: Session, text: str, action: Any, intent: str) -> None:
    chat = Chat()
    await chat.say("maria keller no answer")
    said = await chat.say(text, action, intent)
    assert "same as your last call" in said, said
    assert _calls(people) == [("C001", "no_answer", None), ("C003", "no_answer", None)]


async def test_same_for_the_next_one_is_left_to_the_call_list(people: Session) -> None:
    chat = Chat()
    await chat.say("maria keller no answer")
    await chat.say("same for the next one", ActionFallback(), "nlu_fallback")
    assert _calls(people) == [("C001", "no_answer", None)]


@pytest.mark.parametrize(("text", "action", "intent"), [
    ("no she said thursday", ActionLogCall(), "log_call_outcome"),
    ("nope, he told me the 26th", ActionFallback(), "nlu_fallback"),
])
async def test_a_no_and_a_date_moves_the_meeting_just_logged(
        people: Session, text: str, action: Any, intent: str) -> None:
    chat = Chat()
    await chat.say("maria keller wants a meeting wed")
    await chat.say(text, action, intent)
    assert _calls(people) == [("C001", "follow_up", "2026-11-26")]


async def test_a_customer_asked_about_with_the_list_is_in_focus(people: Session) -> None:
    from actions.call_list import ActionCallList

    chat = Chat()
    said = await chat.say("is jonas weber on my list today", ActionCallList(), "ask_call_list")
    assert "Jonas Weber (C002) is" in said, said
    await chat.say("ok called him, meeting wed")
    assert _calls(people) == [("C002", "follow_up", "2026-11-25")]


async def test_the_list_alone_puts_nobody_in_focus(people: Session) -> None:
    from actions.call_list import ActionCallList

    chat = Chat()
    await chat.say("who should i call today", ActionCallList(), "ask_call_list")
    await chat.say("ok called him, meeting wed")
    assert _calls(people) == []
