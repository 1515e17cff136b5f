"""What the customer said, told alongside a call ("antoine fontaine reached and he said the new
app is great"): the call is the call, and the customer's words are feedback for the same
customer, shown for a yes (never stored unasked, never dropped without a word).

Strict: only words the message itself gives as the customer's ("he said …", "she mentioned
that …", "they complained …") after the call, for the customer the call was logged with;
a request, a plan or a call report in those words is no statement.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.models.bank import Staff

_SAID = re.compile(
    r"(?:^|[,;.]\s*|\s(?:and|but|also|plus)\s+)(?:he|she|they|the customer|customer)\s+"
    r"(?:said|says|mentioned|told me|complained|thinks|thought|feels|finds|found|loves|likes|"
    r"hates|is unhappy|was unhappy|is happy|was happy)\b(?:\s+that)?\s*[:,]?\s*"
    r"(?P<what>[^;]{6,})$", re.IGNORECASE)


def statement_alongside(text: str | None) -> str | None:
    """The customer's words a call report gives after the call, None when it gives none."""
    from knowledge.feedback.chat import not_a_statement

    match = _SAID.search(" ".join((text or "").split()))
    if match is None:
        return None
    from knowledge.call_list.said import read_call

    what = match.group("what").strip(" .")
    if (not_a_statement(what) or len(what.split()) < 2
            or read_call(match.group(0), dt.date.today()).explicit):
        return None  # "he said call back tomorrow", "she said no to the fund": the call's
    return what[0].upper() + what[1:]


def feedback_alongside(*, session: Session, staff: Staff, text: str | None,
                       call: dict[str, Any] | None) -> ChatAnswer | None:
    """The statement told with a stored call, as feedback for that call's customer, shown
    for a yes; None when the message tells none or no call was stored."""
    from knowledge.feedback.service import FeedbackRejected, clean_text
    from knowledge.writes.pending import confirm

    if not isinstance(call, dict) or call.get("kind") != "call" or not call.get("customer_id"):
        return None
    said = statement_alongside(text)
    if said is None:
        return None
    try:
        statement = clean_text(said)
    except FeedbackRejected:
        return None
    write = {"kind": "feedback", "customer_id": call["customer_id"],
             "name": call.get("name") or call["customer_id"], "text": statement,
             "compensation": None}
    return confirm(write, why="You also told me what the customer said; as feedback:")
