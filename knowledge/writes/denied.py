"""A plain "no" to a call shown for a yes, then the fix in the next message ("greta no
answer" → "Log a call with Greta Günther …? OK?" → "no" → "klein"; "… Friday …? OK?" → "no"
→ "monday"): the fix read as the change of the call just refused, as "no, klein" would have
been (knowledge.call_list.amend), and the changed call shown again for a yes. Nothing is
stored from the fix itself.

Read from the conversation's events (no slot): the answer two turns back showed a call for a
yes, the advisor answered it with a plain "no", and nothing has been shown since.
"""

from __future__ import annotations

from typing import Any

CONFIRM_TYPE = "confirm_write"
FIX_WORDS = 8  # a fix is short: "klein", "mazur, not szymanski", "it was monday"


def refused_call(events: list[dict[str, Any]] | None) -> dict[str, Any] | None:
    """The call shown for a yes that the message before this one refused with a plain "no";
    None when the conversation does not end that way."""
    from knowledge.writes.pending import plain_answer

    users: list[dict[str, Any]] = []
    for event in reversed(events or []):
        kind = event.get("event")
        if kind == "user":
            users.append(event)
            if len(users) > 2:
                return None
            continue
        if kind != "bot" or len(users) != 2:
            continue
        if plain_answer(str(users[1].get("text") or "")) != "no":
            return None
        custom = (event.get("data") or {}).get("custom")
        if isinstance(custom, dict) and custom.get("type") == CONFIRM_TYPE:
            write = custom.get("write")
            if (isinstance(write, dict) and write.get("kind") == "call"
                    and not write.get("replaces")):
                return write
            return None
    return None


def fix_after_no(text: str | None, events: list[dict[str, Any]] | None
                 ) -> tuple[dict[str, Any], str] | None:
    """(the refused call, the fix read as an answer to it: "no, <fix>") when the message is a
    short fix of the call just refused; None otherwise (words and events only)."""
    from knowledge.writes.pending import plain_answer

    words = " ".join((text or "").split())
    if not words or len(words.split()) > FIX_WORDS or plain_answer(words) is not None:
        return None
    refused = refused_call(events)
    if refused is None:
        return None
    return refused, f"no, {words}"
