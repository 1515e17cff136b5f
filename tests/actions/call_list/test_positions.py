"""The call list by position once it was shown ("#2 no answer", "2nd one know answer", "the
top one wants a meeting thurs", "same for the next one"), through the actions, whatever intent
the NLU gives: the customer at that place of the list as shown, checked in the database."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from actions.call_list import ActionCallList, ActionCallListMore, ActionLogCall
from actions.profile import ActionCustomerProfile
from actions.writes import ActionConfirmWrite, ActionFallback
from knowledge.models.bank import Interaction, InteractionKind
from tests.actions.call_list.conftest import payload, texts
from tests.actions.conftest import make_tracker
from tests.knowledge.call_list.factory import AS_OF


class Chat:
    """One conversation of A1's: events and slots carried as Rasa would."""

    def __init__(self) -> None:
        self.slots: dict[str, Any] = {}
        self.events: list[dict[str, Any]] = []
        self.listed: list[str] = []

    async def say(self, text: str, action: Any, intent: str) -> str:
        dispatcher = CollectingDispatcher()
        tracker = make_tracker("A1", text, intent, slots=dict(self.slots), events=self.events)
        events = await action.run(dispatcher, tracker, {})
        self.events = [*tracker.events,
                       *({"event": "bot", "text": m.get("text"), "data": {"custom": m["custom"]}}
                         if m.get("custom") else {"event": "bot", "text": m.get("text"),
                                                  "data": {}} for m in dispatcher.messages)]
        self.slots.update({e["name"]: e["value"] for e in events if e.get("event") == "slot"})
        if any((m.get("custom") or {}).get("type") == "call_list" for m in dispatcher.messages):
            self.listed = [i["customer_id"] for i in payload(dispatcher)["items"]]
        return texts(dispatcher)

    async def show_list(self) -> None:
        await self.say("who should i call today", ActionCallList(), "ask_call_list")

    async def yes(self) -> str:
        return await self.say("yes", ActionConfirmWrite(), "affirm")


def _calls(bank: Engine) -> list[tuple[str, str, str | None]]:
    with Session(bank) as session:
        rows = session.scalars(select(Interaction).where(
            Interaction.kind == InteractionKind.call, Interaction.occurred_on == AS_OF))
        return sorted((r.customer_id, r.outcome.value,
                       r.follow_up_on.isoformat() if r.follow_up_on else None) for r in rows)


@pytest.mark.parametrize(("text", "place", "outcome"), [
    ("#2 no answer", 2, "no_answer"),
    ("2nd one know answer", 2, "no_answer"),
    ("number 3 - left a massage", 3, "no_answer"),
    ("called the fourth one, reached her, all fine", 4, "reached"),
    ("no 3 not interested, put the cash in a flat", 3, "not_interested"),
])
async def test_a_position_right_after_the_list_logs_that_customers_call(
        bank: Engine, text: str, place: int, outcome: str) -> None:
    chat = Chat()
    await chat.show_list()
    said = await chat.say(text, ActionFallback(), "nlu_fallback")
    assert _calls(bank) == [(chat.listed[place - 1], outcome, None)], said


async def test_the_top_one_with_a_meeting_day(bank: Engine) -> None:
    chat = Chat()
    await chat.show_list()
    said = await chat.say("the top one wants a meeting thurs", ActionLogCall(),
                          "log_call_outcome")
    assert _calls(bank) == [(chat.listed[0], "follow_up", "2026-06-18")], said


async def test_same_for_the_next_one_is_shown_first_then_logged(bank: Engine) -> None:
    chat = Chat()
    await chat.show_list()
    await chat.say("first one reached, all good", ActionLogCall(), "log_call_outcome")
    said = await chat.say("same for the next one", ActionFallback(), "nlu_fallback")
    assert said.endswith("OK?") and "Number 2" in said, said
    assert _calls(bank) == [(chat.listed[0], "reached", None)]
    await chat.yes()
    assert _calls(bank) == sorted([(chat.listed[0], "reached", None),
                                   (chat.listed[1], "reached", None)])


async def test_a_position_from_a_list_shown_turns_ago_is_shown_first(bank: Engine) -> None:
    chat = Chat()
    await chat.show_list()
    await chat.say("tell me about sam saver", ActionCustomerProfile(), "ask_customer_profile")
    said = await chat.say("#3 no answer", ActionFallback(), "nlu_fallback")
    assert said.endswith("OK?") and "Number 3" in said, said
    assert _calls(bank) == []
    await chat.yes()
    assert _calls(bank) == [(chat.listed[2], "no_answer", None)]


async def test_a_position_with_no_list_shown_names_nobody(bank: Engine) -> None:
    chat = Chat()
    await chat.say("#2 no answer", ActionFallback(), "nlu_fallback")
    assert _calls(bank) == []


@pytest.mark.parametrize(("action", "intent"), [(ActionCallList(), "ask_call_list"),
                                                (ActionCallListMore(), "ask_more")])
async def test_a_call_report_sent_to_the_list_is_shown_for_a_yes_not_a_list(
        bank: Engine, action: Any, intent: str) -> None:
    chat = Chat()
    said = await chat.say("maria maturity f/u next tues", action, intent)
    assert said.endswith("OK?") and "Maria Maturity (MAT)" in said, said
    assert _calls(bank) == []
    await chat.yes()
    assert _calls(bank) == [("MAT", "follow_up", "2026-06-16")]


async def test_a_position_of_the_page_before_the_one_just_shown_is_shown_first(
        bank: Engine) -> None:
    # page 2 was the answer just before; #2 is on page 1, shown a turn earlier
    chat = Chat()
    await chat.show_list()
    first_page = list(chat.listed)
    await chat.say("show me more", ActionCallListMore(), "ask_more")
    assert chat.listed and chat.listed != first_page
    said = await chat.say("#2 no answer", ActionFallback(), "nlu_fallback")
    assert said.endswith("OK?") and "Number 2" in said, said
    assert _calls(bank) == []
    await chat.yes()
    assert _calls(bank) == [(first_page[1], "no_answer", None)]


@pytest.mark.parametrize(("text", "places"), [
    ("number 2 reached, number 4 no answer", {2: "reached", 4: "no_answer"}),
    ("2nd one no answer and the 3rd one reached", {2: "no_answer", 3: "reached"}),
    ("#2 no answer, #3 reached", {2: "no_answer", 3: "reached"}),
    ("the first one you showed - no answer. 2nd one reached, all fine",
     {1: "no_answer", 2: "reached"}),
])
async def test_two_positions_in_one_message_are_shown_each_from_its_own_words(
        bank: Engine, text: str, places: dict[int, str]) -> None:
    # one call read from it took the other's outcome ("no answer" for #2) or its place as a
    # date ("the 3rd" = July 3rd): each call now reads only its own words, shown for one yes
    chat = Chat()
    await chat.show_list()
    said = await chat.say(text, ActionFallback(), "nlu_fallback")
    assert _calls(bank) == [] and said.endswith("OK?"), said
    await chat.yes()
    assert _calls(bank) == sorted((chat.listed[p - 1], o, None) for p, o in places.items())


@pytest.mark.parametrize("text", ["number 2 reached, number 4",
                                  "#2 no answer, same for #3"])
async def test_two_positions_one_without_its_own_outcome_store_nothing_and_say_so(
        bank: Engine, text: str) -> None:
    chat = Chat()
    await chat.show_list()
    said = await chat.say(text, ActionFallback(), "nlu_fallback")
    assert _calls(bank) == [], said
    assert "one at a time" in said, said


@pytest.mark.parametrize(("text", "place"), [
    ("top of the list: complaint sorted, he's happy now", 1),
    ("2nd of the list - no answer", 2),
])
async def test_a_place_of_the_list_said_with_of(bank: Engine, text: str, place: int) -> None:
    chat = Chat()
    await chat.show_list()
    said = await chat.say(text, ActionLogCall(), "log_call_outcome")
    assert [c[0] for c in _calls(bank)] == [chat.listed[place - 1]], said


@pytest.mark.parametrize("text", ["second call today, still no answer",
                                  "rang her, first call went to voicemail",
                                  "tried her number 2 times, no answer"])
async def test_an_attempt_count_or_phone_number_is_no_list_position(bank: Engine,
                                                                    text: str) -> None:
    # "second call", "her number 2 times": which attempt, her phone; nobody on the list
    chat = Chat()
    await chat.show_list()
    said = await chat.say(text, ActionLogCall(), "log_call_outcome")
    assert _calls(bank) == [], said


async def test_feedback_for_a_list_position_logs_no_call(bank: Engine) -> None:
    # it was stored at once as a call that closed the customer's open complaint
    from actions.feedback import ActionSaveFeedback

    chat = Chat()
    await chat.show_list()
    said = await chat.say("feedback for the first one: complaint resolved quickly, she is happy",
                          ActionSaveFeedback(), "give_feedback")
    assert _calls(bank) == [], said
    assert "Logged your call" not in said and "Closed" not in said, said


async def test_no_and_a_place_after_a_call_is_that_place_not_the_customer_just_logged(
        bank: Engine) -> None:
    chat = Chat()
    await chat.show_list()
    await chat.say("the top one wants a meeting thurs", ActionLogCall(), "log_call_outcome")
    said = await chat.say("no 2 not interested, he's fine", ActionLogCall(), "log_call_outcome")
    if said.endswith("OK?"):
        said += await chat.yes()
    assert _calls(bank) == sorted([(chat.listed[0], "follow_up", "2026-06-18"),
                                   (chat.listed[1], "not_interested", None)]), said


@pytest.mark.parametrize(("text", "place"), [("samma för nästa", 3), ("idem per il prossimo", 3),
                                             ("same for the 5th", 5)])
async def test_the_same_for_a_place_said_in_other_words(bank: Engine, text: str,
                                                        place: int) -> None:
    chat = Chat()
    await chat.show_list()
    await chat.say("#2 no answer", ActionLogCall(), "log_call_outcome")
    said = await chat.say(text, ActionFallback(), "nlu_fallback")
    if said.endswith("OK?"):
        said += await chat.yes()
    assert _calls(bank) == sorted([(chat.listed[1], "no_answer", None),
                                   (chat.listed[place - 1], "no_answer", None)]), said
