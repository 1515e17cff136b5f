"""A plain "no" to a call shown for a yes, then the fix in the next message ("klein", "it
was monday"): the refused call changed as the fix says and shown again for a yes; nothing is
stored from the "no" or the fix alone, and a new request after the "no" is read as it is.

The `people` bank; today Monday 2026-11-23 (friday = the 27th, next monday the 30th)."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from actions.profile import ActionCustomerProfile
from actions.writes import ActionConfirmWrite, ActionDenyWrite, ActionFallback
from tests.actions.conftest import logged_calls, make_tracker, texts


class Chat:
    """One conversation: slots and events carried as Rasa would."""

    def __init__(self) -> None:
        self.slots: dict[str, Any] = {}
        self.events: list[dict[str, Any]] = []

    async def say(self, text: str, action: Any, intent: str) -> str:
        dispatcher = CollectingDispatcher()
        tracker = make_tracker("A001", text, intent, slots=dict(self.slots), events=self.events)
        events = await action.run(dispatcher, tracker, {})
        self.events = [*tracker.events, *({"event": "bot", "text": m.get("text"),
                                           "data": {"custom": m.get("custom")}}
                                          for m in dispatcher.messages)]
        self.slots.update({e["name"]: e["value"] for e in events if e.get("event") == "slot"})
        return " ".join(texts(dispatcher))


def _calls(session: Session) -> list[tuple[str, str, str | None]]:
    return [(c, o.value, d.isoformat() if d else None) for c, o, d in logged_calls(session)]


@pytest.mark.parametrize(("first", "fix", "action", "intent", "expected"), [
    ("maria keler no answer", "jonas weber", ActionCustomerProfile(), "ask_profile",
     ("C002", "no_answer", None)),
    ("maria keller wants a meeting friday i think", "it was monday", ActionFallback(),
     "nlu_fallback", ("C001", "follow_up", "2026-11-30")),
    ("maria keller wants a meeting friday i think", "Monday", ActionLogCall(),
     "log_call_outcome", ("C001", "follow_up", "2026-11-30")),
])
async def test_the_fix_after_a_plain_no_is_shown_again_then_stored(
        people: Session, first: str, fix: str, action: Any, intent: str,
        expected: tuple[str, str, str | None]) -> None:
    chat = Chat()
    said = await chat.say(first, ActionLogCall(), "log_call_outcome")
    assert said.endswith("OK?"), said
    said = await chat.say("no", ActionDenyWrite(), "deny")
    said = await chat.say(fix, action, intent)
    assert said.endswith("OK?") and _calls(people) == [], said
    await chat.say("yes", ActionConfirmWrite(), "affirm")
    assert _calls(people) == [expected]


async def test_a_new_request_after_the_no_is_no_fix(people: Session) -> None:
    chat = Chat()
    await chat.say("maria keler no answer", ActionLogCall(), "log_call_outcome")
    await chat.say("no", ActionDenyWrite(), "deny")
    said = await chat.say("show me jonas weber", ActionCustomerProfile(), "ask_profile")
    assert said.startswith("Jonas Weber (C002)") and not chat.slots.get("pending_write"), said
    assert _calls(people) == []


@pytest.mark.parametrize("new_start", [{"event": "restart"}, {"event": "session_started"}])
async def test_a_no_before_a_restart_or_a_new_session_is_not_answered_by_the_next_message(
        people: Session, new_start: dict[str, Any]) -> None:
    """A message in a new conversation ("rita martini opened savings" the next morning) was
    read as the fix of the call the advisor had refused before it, and shown as that call
    (with its outcome) on the customer the message named."""
    chat = Chat()
    await chat.say("maria keler no answer", ActionLogCall(), "log_call_outcome")
    await chat.say("no", ActionDenyWrite(), "deny")
    chat.events.append(new_start)
    chat.slots.clear()
    said = await chat.say("jonas weber", ActionFallback(), "nlu_fallback")
    assert "no answer" not in said, said
    await chat.say("yes", ActionConfirmWrite(), "affirm")
    assert _calls(people) == []
