"""The customer a pronoun ("her", "him", "sie", "lui") means in this conversation.

The focus follows the conversation, not only the turns that succeeded: a customer named in
full in a message the bot could not place ("rita martins - what's going on with her", "why is
monika weber on my list") is who "spoke to her just now" is about, as surely as one whose
profile was shown. Only a message after the focus was last set counts, the newest first, and
only one that names exactly one customer of the asker's book (never a customer of another
book: `named_in_full` reads the asker's book alone). Writes inferred this way are always shown
for a yes by the call readers ("“her” = X, the customer we were just talking about").
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from knowledge.conversation.state import ConversationState, Focus
from knowledge.customers.in_text import named_in_full
from knowledge.models.bank import Staff

LOOK_BACK = 3  # messages since the focus was set that may have named someone


def focus_of(session: Session, staff: Staff, state: ConversationState) -> Focus | None:
    """The customer in focus: one named alone in a message since the focus was last set,
    else the state's focus (a profile, a write, a place on the list, the slot)."""
    if state.pending is not None and state.pending.get("awaiting") == "outcome":
        # "and jiří dvořák?" → "how did the call with him go?": the one asked about is not
        # the focus the pronoun may mean (knowledge.call_reports.pointer_unclear asks)
        return state.focus
    for text in reversed(state.said_since_focus[-LOOK_BACK:]):
        named = set(named_in_full(session, staff, text))
        if len(named) == 1:
            return Focus(named.pop(), "named")
        if named:  # two customers named: nobody is the focus, never a guess
            return None
    return state.focus


def focus_id(session: Session, staff: Staff, state: ConversationState) -> str | None:
    found = focus_of(session, staff, state)
    return found.customer_id if found else None
