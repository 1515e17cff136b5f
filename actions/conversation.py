"""The tracker as the conversation's state (knowledge.conversation): the one adapter every
action reads "which customer?" and "what was written?" through. Glue only."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from knowledge.conversation.state import ConversationState, state_of


def conversation_state(tracker: Tracker) -> ConversationState:
    """This conversation's state: its events since the latest restart or new session, with
    the tracker's current slots. Built once per turn (every reader of the turn asks it)."""
    from actions.base import conversation_events

    # Worked out once per turn: a turn's steps each ask ("no" then a fix? a write named by
    # customer? a place on the list?), and each reading walks every event of the session.
    key = (id(tracker.events), len(tracker.events or []), repr(tracker.slots))
    cached = getattr(tracker, "_state_of_turn", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    slots = dict(tracker.slots or {})
    if stale_pending(tracker):
        slots["pending_write"] = None
    found = state_of(conversation_events(tracker), slots)
    tracker._state_of_turn = (key, found)  # type: ignore[attr-defined]
    return found


def in_view_of_call(tracker: Tracker) -> dict[str, Any]:
    """What a call report's names are read against (knowledge.call_reports.call_writes.
    log_call_answer's keywords): the choice just offered, the profile just shown, the calls
    logged and the customers at the list's places or written about. Every caller passes it, so
    "lena vm, tove reached" means the listed Lena whichever action the message reached."""
    state = conversation_state(tracker)
    return {"offered": list(state.offered), "shown": state.profile_shown,
            "called": state.called or None,  # a tracker with slots alone: the chain
            "known": (*(place.customer_id for place in state.shown.values()),
                      *state.written_customers)}


def stale_pending(tracker: Tracker) -> bool:
    """A write waiting for a yes that a new session carried over from the old one (Rasa
    copies the slots after `session_started`): nothing waits in the new session, so a "yes"
    there never stores a write shown the day before."""
    if not (tracker.slots or {}).get("pending_write"):
        return False
    events = list(tracker.events_after_latest_restart() or [])
    starts = [i for i, e in enumerate(events) if e.get("event") == "session_started"]
    if not starts:
        return False
    spoken = False
    for event in events[starts[-1] + 1:]:
        if event.get("event") in ("user", "bot"):
            spoken = True
        elif spoken and event.get("event") == "slot" and event.get("name") == "pending_write":
            return False  # set in this session
    return True


def focus_customer(session: Any, staff: Any, tracker: Tracker) -> str | None:
    """The customer "her" / "him" means now (knowledge.conversation.focus), worked out once
    per turn: several steps of one turn ask, and each asking reads the book."""
    from knowledge.conversation.focus import focus_id

    key = (id(tracker), len(tracker.events or []), tracker.get_slot("focus_customer"))
    cached = getattr(tracker, "_focus_of_turn", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    found = focus_id(session, staff, conversation_state(tracker))
    tracker._focus_of_turn = (key, found)  # type: ignore[attr-defined]
    return found


def by_customer_reply(session: Any, staff: Any, tracker: Tracker) -> Any:
    """ "undo claudia", "sorry nicolas was also n/a": the conversation's write for the customer
    named, undone or shown as changed (knowledge.writes.by_customer); two of its calls
    corrected at once ("swap them", knowledge.writes.calls_swapped); None otherwise."""
    from actions.base import Reply, channel_of, today
    from knowledge.writes.by_customer import by_customer_answer
    from knowledge.writes.calls_swapped import calls_corrected

    state, last = conversation_state(tracker), tracker.get_slot("last_write")
    text = (tracker.latest_message or {}).get("text")
    answer = (calls_corrected(session=session, staff=staff, state=state, last=last, text=text,
                              as_of=today())  # "swap them - X was the vm, Y picked up"
              or by_customer_answer(session=session, staff=staff, state=state, last=last,
                                    text=text, as_of=today(), channel=channel_of(tracker)))
    return Reply.of(answer) if answer is not None else None


def double_post_reply(session: Any, staff: Any, tracker: Tracker) -> Any:
    """ "that was a double post" after a repeat was held back: nothing undone
    (knowledge.writes.double_send); None otherwise."""
    from actions.base import Reply
    from knowledge.writes.double_send import double_post_answer

    answer = double_post_answer((tracker.latest_message or {}).get("text"),
                                tracker.get_slot("last_write"))
    return Reply.of(answer) if answer is not None else None
