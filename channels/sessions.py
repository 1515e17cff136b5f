"""Long conversations: a session that grows past CONVERSATION_MAX_EVENTS events ends, and
the next message starts a new one, so the session's events stop adding to each turn's cost
(bench.long_conversation), and a new session carries each slot over once.

Rasa 3.6 does per turn work that grows with the session's events: it rebuilds the tracker
from them (every tracker store), replays them to compute the policies' states, and sends
them all to the action server with every custom action. One advisor's conversation grew
from 0.08 s to 0.81 s a turn over 550 turns: sessions only ended after 60 idle minutes
(bot/domain/core.yml `session_expiration_time`), and an advisor keeps the chat open all day.

What grew after sessions were bounded: Rasa's `action_session_start` carries slots over by
copying every `SlotSet` event of the ending session, and that session began with the copies
of the session before it. The copies piled up (1,595 slot events in the session after 200
turns, 330 KB of tracker), every turn rebuilt, replayed and sent them to the action server,
and the session bound fired on every turn. `install()` makes the new session carry over
the latest `SlotSet` of each slot only: the same slot values, a constant number of events.
An idle session (`session_expiration_time`) had the same growth, one day at a time.

`install()` also extends Rasa's own test, `MessageProcessor._has_session_expired`: besides the
idle time, a session has also expired when it holds more than CONVERSATION_MAX_EVENTS
events and no form is active (a form's questions stay in one session). Rasa then runs
`action_session_start` as for an idle session: the slots carry over
(`carry_over_slots_to_new_session: true`: the customer in focus, the list's position);
TEDPolicy looks back five turns (config.yml `max_history`), the memoization and rule
policies over the latest session, which the bound keeps short; and every tracker store
reads only the latest session (Rasa's SQL store by query, its in-memory store by keeping
just that session). The stored events of earlier sessions stay where they were.

Installed by `channels.resilience.install()` (when Rasa builds the REST channel at start).
Imports only rasa and the standard library: runs in the Rasa environment (Python 3.10).
"""

from __future__ import annotations

import logging
import os
from typing import Any

from rasa.core.actions.action import ActionSessionStart
from rasa.core.processor import MessageProcessor
from rasa.shared.core.events import SessionStarted, SlotSet

log = logging.getLogger(__name__)

VARIABLE = "CONVERSATION_MAX_EVENTS"
DEFAULT_MAX_EVENTS, BOUNDS = 150, (40, 5000)  # same as knowledge/settings.py
_INSTALLED = "_advisor_bounded_sessions"


def max_events() -> int:
    raw = os.environ.get(VARIABLE, "").strip()
    if not raw:
        return DEFAULT_MAX_EVENTS
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{VARIABLE} must be a whole number, got {raw!r}") from None
    if not BOUNDS[0] <= value <= BOUNDS[1]:
        raise ValueError(f"{VARIABLE} must be between {BOUNDS[0]} and {BOUNDS[1]}, got {value}")
    return value


def session_events(tracker: Any) -> int:
    """Events of the tracker's latest session (all of them when none started)."""
    count = 0
    for event in reversed(tracker.events):
        if isinstance(event, SessionStarted):
            break
        count += 1
    return count


def carried_over_slots(tracker: Any) -> list[SlotSet]:
    """The latest `SlotSet` of each slot in the tracker's session, in the order of Rasa's
    own carry-over (by each slot's latest setting): the slot values a new session starts
    with, each once."""
    latest: dict[str, SlotSet] = {}
    for event in tracker.applied_events():
        if isinstance(event, SlotSet):
            latest.pop(event.key, None)  # re-inserted last: keeps the order of the settings
            latest[event.key] = event
    return [SlotSet(key=e.key, value=e.value, metadata=e.metadata) for e in latest.values()]


def install() -> None:
    """Extend Rasa's session expiry and slot carry-over once per process (idempotent)."""
    if getattr(MessageProcessor, _INSTALLED, False):
        return
    limit = max_events()  # a bad setting stops the server at start
    idle_expired = MessageProcessor._has_session_expired

    def _has_session_expired(self: MessageProcessor, tracker: Any) -> bool:
        if idle_expired(self, tracker):
            return True
        if not self.domain.session_config.are_sessions_enabled() or tracker.active_loop_name:
            return False
        return session_events(tracker) > limit

    MessageProcessor._has_session_expired = _has_session_expired  # type: ignore[method-assign]
    ActionSessionStart._slot_set_events_from_tracker = staticmethod(carried_over_slots)  # type: ignore[method-assign]
    setattr(MessageProcessor, _INSTALLED, True)
