"""A follow-up asked for or booked in words the NLU takes for something else: "rita martins
would like a call on monday" (read as "my call list"), "olivier faure wants a callback tmrw",
"pencil in camille chevalier for 25/11", "book joana costa in for thursday".

The customer comes from the message's own words, as for any call report
(knowledge.call_reports.call_writes): one customer of the asker's book named in full or by id,
else nothing here (the caller answers as before). The follow-up is stored at once when the
customer and the date were stated; a follow-up without a date is shown first ("… OK?").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.models.bank import Staff

# A request for a call or meeting ("would like a call", "wants a callback", "asked for an
# appointment"), or a booking verb ("pencil in", "pencil X in", "book X in", "schedule X").
_BOOKING = re.compile(
    r"\b(?:would like|'d like|wants?|wanted|asked for|asks for|asking for|needs?|requested|"
    r"requests)\s+(?:to have\s+)?(?:a |an )?(?:quick |short |follow[- ]?up )?"
    r"(?:call ?back|callback|ring ?back|call|meeting|appointment|appt|mtg|chat)\b"
    r"|\bpencil(?:led|ed)?\b|\bbook(?:ed)?\s+(?!my\b|of\b)(?:[^\W\d_]+\s+){1,3}in\b"
    r"|\bschedul(?:e|ed)\s+(?:a (?:call|meeting) with\s+)?(?!my\b)[^\W\d_]+",
    re.IGNORECASE)
NO_DATE = "No date was given for the follow-up:"


def asks_for_a_follow_up(text: str | None) -> bool:
    """Cheap, words only: does the message ask for or book a call or meeting?"""
    return bool(_BOOKING.search(text or ""))


def booked_follow_up(*, session: Session, staff: Staff, as_of: dt.date, text: str | None,
                     focus: str | None, last_write: dict[str, Any] | None,
                     channel: str = "other") -> ChatAnswer | None:
    """The follow-up the message asks for, logged for the one customer it names (stored at
    once when the date was given, shown first otherwise); None when it asks for none or the
    customer is not one of the book named unambiguously."""
    from knowledge.call_reports.call_writes import log_call_answer, who_is_meant
    from knowledge.call_reports.said import read_call

    words = " ".join((text or "").split())
    if not asks_for_a_follow_up(words) or words.endswith("?"):
        return None
    report = read_call(words, as_of)
    if report.explicit and report.outcome.value != "follow_up":
        return None  # "no answer, wants a callback": a call report of its own kind
    who = who_is_meant(session=session, staff=staff, name=None, customer_id=None, text=words,
                       focus=focus, channel=channel)
    if who.status != "found":
        return None
    return log_call_answer(session=session, staff=staff, as_of=as_of, name=None,
                           customer_id=None, outcome="follow_up", follow_up=None, text=words,
                           focus=focus, last_write=last_write, channel=channel,
                           always_ask=None if report.follow_up_on or report.date_words
                           else NO_DATE)
