"""One check after every staff action's turn, after the held-back one: a write the turn
stored or showed is checked against the conversation (knowledge.writes.session_check): one
already on record is not made twice, and one whose customer only carried over from earlier
turns is shown for a yes saying so, or asked about when several customers are live. Glue."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

_WRITE_SLOTS = ("pending_write", "last_write", "customer_candidates")
_POINTED = ("the customer we were just talking about", "I take it you mean")


def session_checked(session: Any, staff: Any, tracker: Tracker, reply: Any) -> Any | None:
    """The reply instead of `reply` (its database changes rolled back when it stored what
    the check refuses), or `reply` with the customer it carried over named; None when it
    stands as it is."""
    from actions.base import Reply
    from actions.conversation import conversation_state
    from knowledge.writes.held_back import made_or_proposed
    from knowledge.writes.session_check import checked_turn

    slots = {e.get("name"): e.get("value") for e in reply.events if e.get("event") == "slot"}
    previous = tracker.get_slot("last_write")
    writes = [w for w in made_or_proposed(slots, previous) if _made_now(w, reply.payloads)]
    if not writes:
        return None
    found = checked_turn(session=session, staff=staff, state=conversation_state(tracker),
                         text=(tracker.latest_message or {}).get("text"), writes=writes,
                         previous_last=previous if isinstance(previous, dict) else None,
                         reply_payloads=reply.payloads)
    if found is None:
        return None
    if found.answer is None:
        if found.note and reply.texts and not any(p in t for t in reply.texts for p in _POINTED):
            at = next((i for i, t in enumerate(reply.texts) if t.rstrip().endswith("OK?")),
                      len(reply.texts) - 1)  # the question that shows the call
            reply.texts[at] = f"{found.note} {reply.texts[at]}"
        return reply
    if found.rollback:
        session.rollback()  # nothing of the write stays, not even an audited attempt
    checked = Reply.of(found.answer)
    asked = bool((found.answer.slots.get("pending_write") or {}).get("candidates")) or (
        (found.answer.payload_json() or {}).get("type") == "customer_choice")
    dropped = (*_WRITE_SLOTS, *found.answer.slots, *(("customer_id",) if asked else ()))
    kept = [e for e in reply.events
            if not (e.get("event") == "slot" and e.get("name") in dropped)]
    checked.events = kept + checked.events
    return checked


def _made_now(write: dict[str, Any], payloads: list[dict[str, Any]]) -> bool:
    """The write was stored by this turn (its record in the answer's payload) or shown by it
    (a confirm_write payload); a last write that an undo left standing is neither."""
    if not write.get("id"):
        return any(p.get("type") == "confirm_write" for p in payloads)
    made = {str(p.get(k)) for p in payloads for k in ("interaction_id", "feedback_id")}
    made |= {str(i) for p in payloads for i in p.get("interaction_ids") or []}
    return bool(set(str(write["id"]).split(",")) & made)
