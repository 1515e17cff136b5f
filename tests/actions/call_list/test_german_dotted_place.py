"""A list place written the German way, article and ordinal number with its dot ("den 5.
nicht erreicht", "die 2. - kein Interesse", "der 3. erreicht, alles gut"): that customer of the
list as shown; "den 5. Dezember" stays a date."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from actions.writes import ActionFallback
from tests.actions.call_list.test_positions import Chat, _calls


@pytest.mark.parametrize(("text", "place", "outcome"), [
    ("den 5. nicht erreicht, mailbox", 5, "no_answer"),
    ("die 2. - kein interesse", 2, "not_interested"),
    ("der 3. erreicht, alles gut", 3, "reached"),
])
async def test_the_dotted_place_is_that_customers_call(
        bank: Engine, text: str, place: int, outcome: str) -> None:
    chat = Chat()
    await chat.show_list()
    said = await chat.say(text, ActionFallback(), "nlu_fallback")
    if "OK?" in said:
        await chat.yes()
    assert _calls(bank) == [(chat.listed[place - 1], outcome, None)], said
