"""A pronoun whose referent this conversation leaves open: "how did the call with Jiří Dvořák
go?" asked while Hannah Zimmermann's profile was the customer in focus, answered "she wants a
meeting thursday". The pronoun may point at either; nothing is stored at once, and which
customer is asked (both offered; the pick stores the call as said). A pronoun stored at once
is one whose referent is the only customer it can be: the one asked about, with no other
customer in focus.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.customers.pronouns import POINTER
from knowledge.writes.pending import customer_name


def unclear_pointer(session: Session, pending: dict[str, Any], focus: str | None,
                    text: str | None, outcome: str | None = None,
                    follow_up: str | None = None) -> ChatAnswer | None:
    """The question when the answer to "how did the call with X go?" points with a pronoun
    and another customer is in focus; None when the pronoun can only mean X (or there is
    none)."""
    asked = str(pending.get("customer_id") or "")
    found = POINTER.search(text or "")
    if not asked or not focus or focus == asked or found is None:
        return None
    options = [asked, focus]
    names = [f"{customer_name(session, c)} ({c})" for c in options]
    waiting = {"kind": "call", "text": text, "outcome_entity": outcome,
               "follow_up_entity": follow_up, "as_of": pending.get("as_of"),
               "candidates": options}
    return ChatAnswer(
        f"Who do you mean by “{found.group(0)}”: {names[0]} or {names[1]}? Nothing is logged "
        f"yet.\n1. {names[0]}\n2. {names[1]}\nSay the number or the customer id.",
        {"type": "customer_choice", "choices": [
            {"customer_id": c, "name": customer_name(session, c)} for c in options]},
        {"customer_candidates": options, "pending_write": waiting})
