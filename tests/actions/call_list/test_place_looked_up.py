"""A place on the call list asked about in a lookup ("pls give me the details on number 3",
"more abt no 2") after the list was shown, whichever lookup the NLU sent it to (a theme's
detail, the list's next page): that customer's profile, and "her" after it means them. A
place named in a turn that moved nothing keeps its customer live: a pronoun after it is not
silently the customer of the last call."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine

from actions.call_list import ActionCallListMore, ActionExplainCallReason, ActionLogCall
from actions.profile import ActionCustomerProfile, ActionProfileHoldings
from actions.themes import ActionThemeDetail
from tests.actions.call_list.test_positions import Chat, _calls


def _profiled(chat: Chat) -> str | None:
    for event in reversed(chat.events):
        custom = (event.get("data") or {}).get("custom") or {}
        if event.get("event") == "bot" and custom.get("type") == "customer_profile":
            return str(custom["who"]["customer_id"])
    return None


@pytest.mark.parametrize(("text", "place", "action", "intent"), [
    ("pls give me the details on number 3", 3, ActionThemeDetail(), "ask_theme_detail"),
    ("tell me a bit more abt no 2", 2, ActionThemeDetail(), "ask_theme_detail"),
    ("more info on #4 pls", 4, ActionCallListMore(), "ask_more"),
    ("tell me about number 2", 2, ActionCustomerProfile(), "ask_profile"),
    ("show me nr 5", 5, ActionCustomerProfile(), "ask_profile"),
])
async def test_a_place_looked_up_shows_that_customers_profile(
        bank: Engine, text: str, place: int, action: Any, intent: str) -> None:
    chat = Chat()
    await chat.show_list()
    said = await chat.say(text, action, intent)
    assert _profiled(chat) == chat.listed[place - 1], said
    assert _calls(bank) == []


async def test_her_after_the_place_looked_up_is_that_customer(bank: Engine) -> None:
    chat = Chat()
    await chat.show_list()
    await chat.say("1st one - spoke to her, all fine", ActionLogCall(), "log_call_outcome")
    await chat.say("anything on no 3?", ActionThemeDetail(), "ask_theme_detail")
    said = await chat.say("rang her, she wants to come in on friday", ActionLogCall(),
                          "log_call_outcome")
    if said.endswith("OK?"):
        said += await chat.yes()
    assert (chat.listed[2], "follow_up", "2026-06-19") in _calls(bank), said
    assert (chat.listed[0], "follow_up", "2026-06-19") not in _calls(bank), said


async def test_her_after_a_place_that_moved_nothing_is_asked_not_the_last_call(
        bank: Engine) -> None:
    chat = Chat()
    await chat.show_list()
    await chat.say("1st one - spoke to her, all fine", ActionLogCall(), "log_call_outcome")
    # a turn the bot answered with something else: the place named moved no focus
    chat.events += [{"event": "user", "text": "hmm and whats up w/ the 3rd one"},
                    {"event": "bot", "text": "Sorry, I didn't get that.", "data": {}}]
    said = await chat.say("rang her, she wants to come in on friday", ActionLogCall(),
                          "log_call_outcome")
    assert _calls(bank) == [(chat.listed[0], "reached", None)], said
    assert "OK?" not in said and chat.listed[2] in said and chat.listed[0] in said, said


@pytest.mark.parametrize("text", ["why is nr 2 on there?", "how come #2 is on my list"])
async def test_why_a_place_is_on_the_list_explains_that_customer(bank: Engine, text: str
                                                                 ) -> None:
    chat = Chat()
    await chat.show_list()
    said = await chat.say(text, ActionExplainCallReason(), "ask_why_on_list")
    assert "is number 2 on the list" in said, said


async def test_a_section_asked_of_a_place_is_that_customers(bank: Engine) -> None:
    chat = Chat()
    await chat.show_list()
    said = await chat.say("what does number 4 hold", ActionProfileHoldings(), "ask_holdings")
    payload = next(e["data"]["custom"] for e in reversed(chat.events)
                   if e.get("event") == "bot" and (e.get("data") or {}).get("custom"))
    assert payload.get("customer_id", (payload.get("who") or {}).get("customer_id")) == (
        chat.listed[3]), said
