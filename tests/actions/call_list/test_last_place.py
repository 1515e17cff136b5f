"""The last place of the list as shown ("bottom one no answer", "der letzte auf der liste",
"ostatni z listy"): that customer's call, always shown for a yes (the list's last place is
read, never typed), and only with the list named — "the last one" alone stays the last call."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from actions.call_list import ActionLogCall
from actions.writes import ActionFallback
from tests.actions.call_list.test_positions import Chat, _calls


@pytest.mark.parametrize(("text", "outcome"), [
    ("bottom one no answer", "no_answer"),
    ("the very last on my list, tried, went to voicemail", "no_answer"),
    ("der letzte auf der liste: nicht erreicht", "no_answer"),
    ("le dernier de la liste, pas de réponse", "no_answer"),
    ("ostatni z listy nie odebrał", "no_answer"),
    ("den sista på listan svarade inte", "no_answer"),
])
async def test_the_last_place_is_shown_for_a_yes_then_logged(
        bank: Engine, text: str, outcome: str) -> None:
    chat = Chat()
    await chat.show_list()
    shown = await chat.say(text, ActionFallback(), "nlu_fallback")
    assert _calls(bank) == [], shown
    assert "OK?" in shown
    await chat.yes()
    assert _calls(bank) == [(chat.listed[-1], outcome, None)], shown


async def test_the_last_one_on_there_after_other_calls(bank: Engine) -> None:
    chat = Chat()
    await chat.show_list()
    await chat.say("#1 reached, fine", ActionLogCall(), "log_call_outcome")
    shown = await chat.say("and the last one on there - picked up, all good", ActionLogCall(),
                           "log_call_outcome")
    assert chat.listed[-1] in shown or "OK?" in shown
    await chat.yes()
    assert (chat.listed[-1], "reached", None) in _calls(bank), shown
