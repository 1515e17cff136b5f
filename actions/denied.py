"""A plain "no" to a call shown for a yes, then the fix in the next message: the refused call
changed as the fix says and shown again for a yes (knowledge.writes.denied,
knowledge.call_reports.amend). Glue only."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions.base import Reply
from actions.conversation import conversation_state


def fix_after_no_reply(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """The refused call changed by this message and shown again; None when the message is
    no fix of a call just refused (or changes nothing it can name)."""
    from knowledge.call_reports.amend import amend_shown
    from knowledge.writes.denied import fix_after_no

    if tracker.get_slot("pending_write"):
        return None
    found = fix_after_no((tracker.latest_message or {}).get("text"), conversation_state(tracker))
    if found is None:
        return None
    refused, answer_words = found
    answer = amend_shown(session=session, staff=staff, pending=refused, text=answer_words)
    return Reply.of(answer) if answer is not None else None
