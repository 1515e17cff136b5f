"""One check after every staff action's turn: a write the turn made or showed for a yes is
held back when the message is no report of it (a question, a plan, a quoted note, …), and
the message is answered as what it is (knowledge.writes.held_back). Glue only."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

_WRITE_SLOTS = ("pending_write", "last_write")


def held_back_reply(session: Any, staff: Any, tracker: Tracker, reply: Any) -> Any | None:
    """The reply instead of `reply` when it writes what the message does not report; the
    turn's database changes are rolled back then. None when `reply` stands."""
    from knowledge.settings import get_settings
    from knowledge.writes.held_back import held_back, made_or_proposed, not_reported

    slots = {e.get("name"): e.get("value") for e in reply.events if e.get("event") == "slot"}
    text = (tracker.latest_message or {}).get("text")
    forbidden = [w for w in made_or_proposed(slots, tracker.get_slot("last_write"))
                 if not_reported(text, w) is not None]
    if not forbidden:
        return None
    write = forbidden[0]
    from actions.base import Reply, channel_of

    session.rollback()  # nothing of the write stays, not even an audited attempt
    answer = held_back(session=session, staff=staff, text=text, write=write,
                       as_of=get_settings().today(), channel=channel_of(tracker))
    assert answer is not None  # the same reading as above: the rollback must be answered
    held = Reply.of(answer)
    kept = [e for e in reply.events
            if not (e.get("event") == "slot" and e.get("name") in (*_WRITE_SLOTS, *answer.slots))]
    held.events = kept + held.events
    return held
