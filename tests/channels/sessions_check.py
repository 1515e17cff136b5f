"""Run by tests/channels/test_sessions.py in the Rasa environment (Python 3.10): Rasa's own
session-expiry test, as channels.sessions extends it, on trackers of the bot's domain."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
os.environ["CONVERSATION_MAX_EVENTS"] = "60"

from rasa.core.actions.action import ActionSessionStart  # noqa: E402
from rasa.core.processor import MessageProcessor  # noqa: E402
from rasa.shared.core.domain import Domain  # noqa: E402
from rasa.shared.core.events import (  # noqa: E402
    ActionExecuted,
    ActiveLoop,
    BotUttered,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker  # noqa: E402

from channels import sessions  # noqa: E402

sessions.install()
domain = Domain.load("bot/domain")
processor = SimpleNamespace(domain=domain)


def tracker(turns: int, *, start_events: bool = True) -> DialogueStateTracker:
    now = time.time()
    events = [ActionExecuted("action_session_start", timestamp=now),
              SessionStarted(timestamp=now), ActionExecuted("action_listen", timestamp=now)]
    if not start_events:
        events = []
    for _ in range(turns):
        events += [UserUttered("thanks", {"name": "thank", "confidence": 1.0}, timestamp=now),
                   BotUttered("You're welcome", timestamp=now),
                   ActionExecuted("action_listen", timestamp=now)]
    return DialogueStateTracker.from_events("A001", events, domain.slots)


def expired(t: DialogueStateTracker) -> bool:
    return bool(MessageProcessor._has_session_expired(processor, t))


long = tracker(30)  # 93 events
in_form = tracker(30)
in_form.update(ActiveLoop("feedback_form"))
after_new_session = tracker(30)
for event in tracker(2).events:
    after_new_session.update(event)

def sessions_of_a_long_day(count: int) -> tuple[list[int], dict[str, Any]]:
    """`count` sessions, each of 20 turns that set the customer in focus and the list's page,
    each started by Rasa's own action_session_start from the tracker of the one before (as
    the tracker store hands it back: the latest session only). Events each new session
    began with, and the slot values at the end."""
    t = tracker(0)
    started_with = []
    for session in range(count):
        for turn in range(20):
            t.update_with_events([
                UserUttered("tell me about her", {"name": "ask_profile", "confidence": 1.0}),
                ActionExecuted("action_customer_profile"),
                SlotSet("focus_customer", f"C{session:03d}{turn:03d}"),
                SlotSet("call_list_page", float(turn)),
                ActionExecuted("action_listen")], domain)
        new = asyncio.run(ActionSessionStart().run(None, None, t, domain))  # type: ignore[arg-type]
        t = DialogueStateTracker.from_events("A001", [ActionExecuted("action_session_start"),
                                                      *new], domain.slots)
        started_with.append(len(t.events))
    return started_with, {k: t.get_slot(k) for k in ("focus_customer", "call_list_page")}


started_with, carried = sessions_of_a_long_day(6)
results = {
    "session_starts": started_with,
    "carried": carried,
    "short": expired(tracker(5)),
    "long": expired(long),
    "long_without_any_session": expired(tracker(30, start_events=False)),
    "long_in_a_form": expired(in_form),
    "short_after_a_new_session": expired(after_new_session),
    "counted": sessions.session_events(long),
}
print("RESULTS " + json.dumps(results))
