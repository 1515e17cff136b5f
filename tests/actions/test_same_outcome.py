"""Another customer with the same outcome as the call just logged ("stefan too, same
answer", "same for jonas weber"): the last call's outcome and date for the customer named,
shown for a yes and saying so; never stored at once, never another outcome.

The `people` bank; today Monday 2026-11-23 (friday = the 27th)."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from tests.actions.conftest import Chat, logged_calls


def _calls(session: Session) -> list[tuple[str, str, str | None]]:
    return [(c, o.value, d.isoformat() if d else None) for c, o, d in logged_calls(session)]


@pytest.mark.parametrize("text", ["jonas weber too, same answer", "same for Jonas Weber",
                                  "ditto jonas weber", "jonas weber as well"])
async def test_the_same_outcome_for_another_customer_is_shown_then_stored(
        people: Session, text: str) -> None:
    chat = Chat()
    await chat.say("maria keller not interested")
    said = await chat.say(text)
    assert "The same as your last call: not interested" in said, said
    assert _calls(people) == [("C001", "not_interested", None),
                              ("C002", "not_interested", None)], said


async def test_the_same_meeting_day_comes_along(people: Session) -> None:
    chat = Chat()
    await chat.say("maria keller wants a meeting friday")
    said = await chat.say("same for jonas weber")
    assert ("C002", "follow_up", "2026-11-27") in _calls(people), said


async def test_an_outcome_of_its_own_wins_over_same(people: Session) -> None:
    chat = Chat()
    await chat.say("maria keller not interested")
    said = await chat.say("jonas weber too, but no answer")
    assert ("C002", "no_answer", None) in _calls(people), said
    assert "same as your last call" not in said


@pytest.mark.parametrize("text", ["jonas too 👍", "Jonas as well"])
async def test_a_first_name_pointing_back_not_understood_is_the_same_call_shown(
        people: Session, text: str) -> None:
    from rasa_sdk.executor import CollectingDispatcher

    from actions.call_list import ActionLogCall
    from actions.writes import ActionConfirmWrite, ActionFallback
    from tests.actions.conftest import make_tracker, new_calls, texts

    events = await ActionLogCall().run(CollectingDispatcher(), make_tracker(
        "A001", "maria keller reached", "log_call_outcome",
        entities=[{"entity": "customer_name", "value": "maria keller"}]), {})
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    dispatcher = CollectingDispatcher()
    events = await ActionFallback().run(dispatcher, make_tracker(
        "A001", text, "nlu_fallback", slots={"last_write": slots["last_write"]}), {})
    said = " ".join(texts(dispatcher))
    assert "Jonas Weber" in said and said.endswith("OK?"), said
    assert new_calls(people) == [("C001", "reached", None)]
    waiting = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    await ActionConfirmWrite().run(CollectingDispatcher(), make_tracker(
        "A001", "yes", "affirm", slots={"pending_write": waiting["pending_write"]}), {})
    assert new_calls(people) == [("C001", "reached", None), ("C002", "reached", None)]


@pytest.mark.parametrize("text", ["idem per Jonas Weber", "pareil pour jonas weber",
                                  "lo mismo con Jonas Weber", "to samo z jonas weber",
                                  "dasselbe bei Jonas Weber", "jonas weber też"])
async def test_the_same_outcome_in_another_language_even_read_as_a_profile(
        people: Session, text: str) -> None:
    from actions.profile import ActionCustomerProfile

    chat = Chat()
    await chat.say("maria keller no answer")
    said = await chat.say(text, ActionCustomerProfile(), "ask_profile")
    assert _calls(people) == [("C001", "no_answer", None), ("C002", "no_answer", None)], said


@pytest.mark.parametrize("text", ["idem per jonas weber", "pareil pour Jonas Weber",
                                  "dasselbe bei jonas weber", "to samo z jonas weber",
                                  "hetzelfde voor jonas weber", "samma för jonas weber"])
async def test_the_same_said_in_the_advisors_other_languages(people: Session, text: str) -> None:
    from actions.profile import ActionCustomerProfile

    chat = Chat()
    await chat.say("maria keller not interested")
    said = await chat.say(text, ActionCustomerProfile(), "ask_customer_profile")
    assert _calls(people) == [("C001", "not_interested", None),
                              ("C002", "not_interested", None)], said


@pytest.mark.parametrize(("text", "intent"), [
    ("same for her", "out_of_scope"), ("ditto for him pls", "nlu_fallback"),
    ("anche lei, stessa cosa", "out_of_scope")])
async def test_the_same_outcome_for_the_customer_whose_profile_was_just_shown(
        people: Session, text: str, intent: str) -> None:
    """"same for her" right after another customer's profile: the last call's outcome for
    that customer, shown for a yes — not dropped as out of scope."""
    from actions.profile import ActionCustomerProfile
    from actions.writes import ActionFallback, ActionOutOfScope
    from tests.actions.conftest import Talk

    talk = Talk()
    await talk.say("maria keller not interested")
    await talk.say("pull up ingrid dahl", ActionCustomerProfile(), "ask_profile")
    action = ActionOutOfScope() if intent == "out_of_scope" else ActionFallback()
    said = await talk.say(text, action, intent)
    assert "Ingrid Dahl (C003)" in said and "OK?" in said, said
    assert _calls(people) == [("C001", "not_interested", None),
                              ("C003", "not_interested", None)], said
