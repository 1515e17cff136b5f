"""An earlier call of the conversation corrected by naming it, not only the last one: "the
first one was X" (who it was really with), "maria's was thursday not wed" (its customer by
one part of the name, its date corrected), whatever intent the NLU gives the message.

The `people` bank's today is Monday 2026-11-23 (Wednesday the 25th, Thursday the 26th);
A001's book: Maria Keller C001, Jonas Weber C002, Ingrid Dahl C003, Pedro Alves C004, Li Wei
C005."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from actions.profile import ActionChooseCustomer
from actions.writes import ActionFallback
from knowledge.models.bank import WriteReversal
from tests.actions.conftest import Chat
from tests.actions.conftest import new_calls as _calls


def _reversals(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(WriteReversal)) or 0


@pytest.mark.parametrize(("text", "action", "intent"), [
    ("oh and maria's was thursday not wed", ActionLogCall(), "log_call_outcome"),
    ("Maria was thurs, not wednesday", ActionFallback(), "nlu_fallback"),
    ("keller's should be thursday", ActionLogCall(), "log_call_outcome"),
])
async def test_an_earlier_call_named_by_a_part_of_its_name_gets_its_date_corrected(
        people: Session, text: str, action: Any, intent: str) -> None:
    chat = Chat()
    await chat.say("maria keller wants a meeting wed")
    await chat.say("jonas weber no answer")
    said = await chat.say(text, action, intent)
    assert _calls(people) == [("C001", "follow_up", "2026-11-26"),
                              ("C002", "no_answer", None)], said
    assert _reversals(people) == 1   # the old date kept as an audited reversal


@pytest.mark.parametrize(("text", "action", "intent"), [
    ("the first one was ingrid dahl btw", ActionChooseCustomer(), "choose_option"),
    ("the first call was with Ingrid Dahl", ActionFallback(), "nlu_fallback"),
])
async def test_the_first_one_was_someone_else_moves_that_call(
        people: Session, text: str, action: Any, intent: str) -> None:
    chat = Chat()
    await chat.say("maria keller no answer")
    await chat.say("jonas weber reached")
    said = await chat.say(text, action, intent)
    assert _calls(people) == [("C002", "reached", None), ("C003", "no_answer", None)], said
    assert _reversals(people) == 1


async def test_the_first_one_was_its_own_customer_changes_nothing(people: Session) -> None:
    chat = Chat()
    await chat.say("maria keller no answer")
    await chat.say("jonas weber reached")
    await chat.say("the first one was maria keller", ActionFallback(), "nlu_fallback")
    assert _calls(people) == [("C001", "no_answer", None), ("C002", "reached", None)]
    assert _reversals(people) == 0


async def test_a_new_call_naming_an_earlier_customer_is_a_new_call(people: Session) -> None:
    chat = Chat()
    await chat.say("maria keller no answer")
    await chat.say("jonas weber reached")
    await chat.say("maria keller called back, reached")
    assert _calls(people) == [("C001", "no_answer", None), ("C001", "reached", None),
                              ("C002", "reached", None)]


@pytest.mark.parametrize(("text", "action", "intent"), [
    ("the maria one shouldve been maria weber, sorry", ActionFallback(), "nlu_fallback"),
    ("oops marias call was actually maria weber", ActionLogCall(), "log_call_outcome"),
])
async def test_an_earlier_call_moved_to_a_customer_sharing_the_first_name_it_was_named_by(
        people: Session, text: str, action: Any, intent: str) -> None:
    from knowledge.models.bank import Customer

    people.add(Customer(id="C009", name="Maria Weber", advisor_id="A001"))
    people.commit()
    chat = Chat()
    await chat.say("maria keller reached")
    await chat.say("li wei no answer")
    said = await chat.say(text, action, intent)
    assert _calls(people) == [("C005", "no_answer", None), ("C009", "reached", None)], said
