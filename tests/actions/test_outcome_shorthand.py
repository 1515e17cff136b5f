"""A call report in shorthand after another call ("pedro alves not int") is a new call with
its own outcome, never a correction that moves the call before it onto this customer.
The `people` bank; today Monday 2026-11-23."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from tests.actions.conftest import Chat, new_calls


@pytest.mark.parametrize("text", ["pedro alves not int", "Pedro Alves - not intd.",
                                  "not int - pedro alves"])
async def test_not_int_is_not_interested_and_a_call_of_its_own(
        people: Session, text: str) -> None:
    chat = Chat()
    await chat.say("ingrid dahl n/a")
    said = await chat.say(text)
    assert new_calls(people) == [("C003", "no_answer", None),
                                 ("C004", "not_interested", None)], said
