"""What a short message says of the call just logged, whatever the NLU made of it: "it's
still open" after a complaint was closed (knowledge.call_list.complaint_turns), "mark it
resolved" after a call with an open complaint, "his wife too" (knowledge.call_list.
relative_too). Glue only."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions.base import Reply, channel_of


def turn_reply(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """The last call reopened, closed or repeated for a relative as the message says; None
    when the message says none of these (words-only checks first)."""
    from knowledge.call_list.complaint_turns import closure_of_last_call, reopened_after_closure
    from knowledge.call_list.relative_too import same_call_for_relative

    last = tracker.get_slot("last_write")
    if tracker.get_slot("pending_write") or not isinstance(last, dict):
        return None
    text = (tracker.latest_message or {}).get("text")
    answer = (reopened_after_closure(session=session, staff=staff, text=text, last=last,
                                     channel=channel_of(tracker))
              or closure_of_last_call(session=session, staff=staff, text=text, last=last)
              or same_call_for_relative(session=session, staff=staff, text=text, last=last))
    return Reply.of(answer) if answer is not None else None
