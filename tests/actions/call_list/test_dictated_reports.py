"""Call reports as dictation, autocorrect and a phone keyboard leave them ("know answer", "left
a massage", "voice male", "didn’t pick up" with a typographic apostrophe, "not intrested"),
and dates said the British way ("a week on thursday", "a week today") or in a chatty
paragraph whose other sentence has another date: through the actions, checking what is stored.

The `people` bank's today is Monday 2026-11-23."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from actions.profile import ActionCustomerProfile
from actions.writes import ActionConfirmWrite
from knowledge.models.bank import Interaction, InteractionKind
from tests.actions.conftest import make_tracker, texts


def _calls(session: Session) -> list[tuple[str, str, str | None]]:
    session.expire_all()
    rows = session.scalars(select(Interaction).where(Interaction.kind == InteractionKind.call,
                                                     Interaction.id != "I1"))
    return sorted((r.customer_id, r.outcome.value,
                   r.follow_up_on.isoformat() if r.follow_up_on else None) for r in rows)


def _slots(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


async def _say(text: str, slots: dict[str, Any] | None = None) -> tuple[str, dict[str, Any]]:
    """The message through the call logging action, and a yes when it asks for one."""
    dispatcher = CollectingDispatcher()
    events = await ActionLogCall().run(
        dispatcher, make_tracker("A001", text, "log_call_outcome", slots=slots), {})
    said = " ".join(texts(dispatcher))
    new = _slots(events)
    if said.endswith("OK?"):
        yes = CollectingDispatcher()
        events = await ActionConfirmWrite().run(yes, make_tracker(
            "A001", "yes", "affirm", slots={**(slots or {}), **new}), {})
        said += " | " + " ".join(texts(yes))
        new.update(_slots(events))
    return said, new


@pytest.mark.parametrize("text", [
    "tried jonas weber know answer",
    "noanswer jonas weber",
    "left a massage for jonas weber",
    "voice male again for jonas weber",
    "rang jonas weber twice today, just rings out",
    "Jonas Weber didn\u2019t pick up",
    "tried jonas weber nobody home",
])
async def test_a_dictated_no_answer_is_stored_as_no_answer(people: Session, text: str) -> None:
    said, _ = await _say(text)
    assert _calls(people) == [("C002", "no_answer", None)], said


@pytest.mark.parametrize(("text", "outcome"), [
    ("spoketo jonas weber fine", "reached"),
    ("jonas weber not intrested", "not_interested"),
])
async def test_other_dictated_outcomes_are_read_as_said(people: Session, text: str,
                                                        outcome: str) -> None:
    said, _ = await _say(text)
    assert _calls(people) == [("C002", outcome, None)], said


async def test_a_voice_male_left_for_her_is_never_stored_as_reached(people: Session) -> None:
    profile = CollectingDispatcher()
    events = await ActionCustomerProfile().run(profile, make_tracker(
        "A001", "tell me about ingrid dahl", "ask_customer_profile",
        entities=[{"entity": "customer_name", "value": "ingrid dahl"}]), {})
    said, _ = await _say("left her a voice male", slots=_slots(events))
    assert _calls(people) == [("C003", "no_answer", None)], said


@pytest.mark.parametrize(("text", "day"), [
    ("meeting with jonas weber a week on thursday", "2026-12-03"),  # not the coming 26th
    ("had a good chat with jonas weber, he'd like to meet a week today", "2026-11-30"),
    ("jonas weber wants a meeting a week tomorrow", "2026-12-01"),
])
async def test_a_week_on_a_day_is_the_week_after_that_day(people: Session, text: str,
                                                          day: str) -> None:
    said, _ = await _say(text)
    assert _calls(people) == [("C002", "follow_up", day)], said


async def test_the_date_is_read_from_the_calls_own_sentence(people: Session) -> None:
    said, _ = await _say("Morning! Team lunch is moved to Thursday. Quick update - rang Jonas "
                         "Weber, he wants to meet Dec 2. Does anyone have the new rate sheet?")
    assert _calls(people) == [("C002", "follow_up", "2026-12-02")], said


async def test_a_date_only_in_another_sentence_is_shown_before_it_is_stored(
        people: Session) -> None:
    dispatcher = CollectingDispatcher()
    await ActionLogCall().run(dispatcher, make_tracker(
        "A001", "rang jonas weber, he wants to meet. Thursday works for him.",
        "log_call_outcome"), {})
    said = " ".join(texts(dispatcher))
    assert said.endswith("OK?") and "2026-11-26" in said, said
    assert _calls(people) == []


async def test_wanting_to_know_the_answer_is_no_no_answer(people: Session) -> None:
    # "know answer" after "to" is the verb: it was stored at once as a no-answer call
    dispatcher = CollectingDispatcher()
    await ActionLogCall().run(dispatcher, make_tracker(
        "A001", "maria keller reached, she wants to know answer on the loan by friday",
        "log_call_outcome"), {})
    said = " ".join(texts(dispatcher))
    assert all(outcome != "no_answer" for _, outcome, _ in _calls(people)), said
