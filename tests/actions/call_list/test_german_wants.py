"""German "will" is "wants": "der zweite will am Montag vorbeikommen" after the call list is
that customer's follow-up (shown or logged), never read as an English question or plan."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from actions.call_list import ActionLogCall
from tests.actions.call_list.test_positions import Chat, _calls


@pytest.mark.parametrize(("text", "place", "outcome", "day"), [
    ("der zweite will am Montag vorbeikommen", 2, "follow_up", "2026-06-22"),
    ("Nr. 4 will einen rückruf am mittwoch", 4, "follow_up", "2026-06-17"),
    ("die dritte will nichts, kein Bedarf", 3, "not_interested", None),
])
async def test_german_will_after_the_list_is_the_customers_wish(
        bank: Engine, text: str, place: int, outcome: str, day: str | None) -> None:
    chat = Chat()
    await chat.show_list()
    said = await chat.say(text, ActionLogCall(), "log_call_outcome")
    if said.endswith("OK?"):
        await chat.yes()
    assert _calls(bank) == [(chat.listed[place - 1], outcome, day)], said
