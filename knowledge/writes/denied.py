"""A plain "no" to a call shown for a yes, then the fix in the next message ("greta no
answer" → "Log a call with Greta Günther …? OK?" → "no" → "klein"; "… Friday …? OK?" → "no"
→ "monday"): the fix read as the change of the call just refused, as "no, klein" would have
been (knowledge.call_reports.amend), and the changed call shown again for a yes. Nothing is
stored from the fix itself.

Read from the conversation's state (knowledge.conversation): the answer two turns back
showed a call for a yes, and the advisor answered it with a plain "no".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from knowledge.conversation.state import ConversationState

FIX_WORDS = 8  # a fix is short: "klein", "mazur, not szymanski", "it was monday"


def refused_call(state: ConversationState) -> dict[str, Any] | None:
    """The call shown for a yes that the message before this one refused with a plain "no";
    None when the conversation does not end that way."""
    from knowledge.writes.pending import plain_answer

    write = state.shown_before_previous
    if not state.said_before or plain_answer(state.said_before[-1]) != "no":
        return None
    if isinstance(write, Mapping) and write.get("kind") == "call" and not write.get("replaces"):
        return dict(write)
    return None


def refused_write(text: str | None, state: ConversationState,
                  kinds: tuple[str, ...]) -> dict[str, Any] | None:
    """The write of one of `kinds` shown for a yes that the message before this one refused
    with a plain "no", when this message is short and no plain answer itself; else None."""
    from knowledge.writes.pending import plain_answer

    words = " ".join((text or "").split())
    write = state.shown_before_previous
    if (not words or len(words.split()) > 16 or plain_answer(words) is not None
            or not state.said_before or plain_answer(state.said_before[-1]) != "no"):
        return None
    return dict(write) if isinstance(write, Mapping) and write.get("kind") in kinds else None


def fix_after_no(text: str | None, state: ConversationState
                 ) -> tuple[dict[str, Any], str] | None:
    """(the refused call, the fix read as an answer to it: "no, <fix>") when the message is a
    short fix of the call just refused; None otherwise (words and events only)."""
    from knowledge.writes.pending import plain_answer

    words = " ".join((text or "").split())
    if not words or len(words.split()) > FIX_WORDS or plain_answer(words) is not None:
        return None
    refused = refused_call(state)
    if refused is None:
        return None
    return refused, f"no, {words}"
