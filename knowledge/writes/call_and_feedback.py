"""A call report that also carries what the customer said, to be kept as feedback: "spoke to
olivier faure, reached. he said the app login is a nightmare - pls log as fb".

The call is handled as any call. When it was stored (stated in full), what the customer said
is shown as that customer's feedback for a yes; the advisor's request ("pls log as fb") is
left out of the statement. When the call itself waits for a yes, nothing more is asked in the
same turn (one question at a time) and the reply says the feedback was not saved.
"""

from __future__ import annotations

import re
from typing import Any

from knowledge.answer import ChatAnswer

# The advisor asks for feedback to be kept: "pls log as fb", "log that as feedback", "fb:".
_ASKS_FEEDBACK = re.compile(
    r"\b(?:log|save|record|note|add|keep)\b[^.;!?]{0,20}?\b(?:fb|feedback)\b|"
    r"\b(?:fb|feedback)\s*[:–—]", re.IGNORECASE)
# Where the customer's words start: "he said …", "she says that …".
_SAID = re.compile(
    r"\b(?:he|she|they|customer|client)\s+(?:said|says|told me|tells me|thinks|finds|"
    r"complained|complains|mentioned)\b(?:\s+that)?\s*(?P<said>.+)$", re.IGNORECASE | re.DOTALL)
_REQUEST_AT_END = re.compile(
    r"[\s,.;:–—-]*\b(?:(?:pls|please|plz|can you|could you)\s+)?(?:log|save|record|add|keep)\b"
    r"[^.;!?]{0,20}?\b(?:fb|feedback)\b[\s.!]*$", re.IGNORECASE)
NOT_SAVED = (" (The feedback in your message is not saved yet: once the call is settled, send "
             "it on its own, e.g. “log feedback for <name>: …”.)")


def feedback_said_in(text: str | None) -> str | None:
    """What the customer said, when the message asks for it to be kept as feedback."""
    words = " ".join((text or "").split())
    if not _ASKS_FEEDBACK.search(words):
        return None
    said = _SAID.search(words)
    if said is None:
        return None
    statement = _REQUEST_AT_END.sub("", said.group("said")).strip(" .,;-–—")
    return statement if len(statement.split()) >= 3 else None


def feedback_after_call(*, session: Any, call: ChatAnswer, text: str | None
                        ) -> ChatAnswer | None:
    """The customer's words shown as their feedback, after their call was stored; None when
    the message holds no such words or the call was not stored."""
    from knowledge.feedback.service import FeedbackRejected, clean_text
    from knowledge.writes.pending import confirm, customer_name

    statement = feedback_said_in(text)
    if statement is None:
        return None
    payload = call.payload
    kind = payload.get("type") if isinstance(payload, dict) else getattr(payload, "type", None)
    customer = (payload.get("customer_id") if isinstance(payload, dict)
                else getattr(payload, "customer_id", None))
    if kind != "call_logged" or not customer:
        if call.text.rstrip().endswith("OK?"):
            call.text = call.text.rstrip() + NOT_SAVED
        return None
    customer = str(customer)
    try:
        cleaned = clean_text(statement)
    except FeedbackRejected:
        return None
    write = {"kind": "feedback", "customer_id": customer,
             "name": customer_name(session, customer), "text": cleaned, "compensation": None}
    return confirm(write, why="And what they said, as their feedback:")
