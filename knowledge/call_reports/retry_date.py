"""When to try again, said right after a call: "no answer from cristina perez" → "try her
again tmrw" is the date of that call's follow-up, not a second call (a meeting) beside it.

A short message that asks to try, ring or call the customer again or back, with one date,
no customer named and no outcome of its own: the last call with that date as its follow-up
(its outcome kept; a call that got through becomes a follow-up), shown for a yes, and on the
yes it replaces the call (an audited reversal, knowledge.writes.dispatch `replaces`).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.call_reports.said_today import day_said
from knowledge.models.bank import Staff

_AGAIN = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|so|and|then|will|i'?ll|gonna|pls|please)[\s,]+)*"
    r"(?:try|retry|ring|call|phone)\b(?:\s+(?:her|him|them|again|back|once more)){0,3}\b",
    re.IGNORECASE)
_WORDS = 8


def retry_date_of_last_call(*, session: Session, staff: Staff, text: str | None, last: Any
                            ) -> ChatAnswer | None:
    """The last call with the retry date the message gives, shown for a yes; None when the
    message is not only a date to try that customer again."""
    from knowledge.call_reports.amend import replaced
    from knowledge.call_reports.said import _DATE, read_call
    from knowledge.customers.in_text import named_in_full
    from knowledge.customers.typed_ids import typed_ids
    from knowledge.writes.pending import confirm, describe

    words = " ".join((text or "").split())
    found = _AGAIN.match(words)
    if (found is None or len(words.split()) > _WORDS
            or not re.search(r"\b(?:again|back|retry)\b", found.group(0), re.IGNORECASE)):
        return None
    if not (isinstance(last, dict) and last.get("kind") == "call"
            and isinstance(last.get("write"), dict)):
        return None
    old = last["write"]
    as_of = day_said()  # the correction's own day, not the call's (said_today)
    said = read_call(words, as_of)
    if (len(list(_DATE.finditer(words))) != 1 or said.follow_up_on is None
            or said.follow_up_on < as_of or said.outcome.value != "follow_up"
            or said.date_approximate or typed_ids(words) or named_in_full(session, staff, words)):
        return None
    day = said.follow_up_on.isoformat()
    if old.get("follow_up_on") == day:
        return None
    outcome = "follow_up" if old.get("outcome") == "reached" else old.get("outcome")
    write = {**old, "follow_up_on": day, "outcome": outcome, "replaces": replaced(last),
             "note": f"{old.get('note') or ''} (follow-up: {words})".strip()}
    shown = confirm(write, why=f"The date to try again, for the call just logged: on a yes I "
                               f"take back {describe(old)} and")
    shown.text = shown.text.replace(" and Log ", " and log ", 1)
    return shown


_CONTACT = re.compile(r"\b(?:reached|spoke|talked|picked up|answered|meeting|appt|appointment|"
                      r"wants?|sold|agreed|happy|fine)\b", re.IGNORECASE)


def outcome_of_retry(text: str | None, outcome: str) -> str:
    """ "try her again fri" with nothing else said: the try did not get through (no answer,
    the day its follow-up), not a meeting agreed; any other outcome is kept."""
    words = " ".join((text or "").split())
    found = _AGAIN.match(words)
    if (outcome != "follow_up" or found is None or len(words.split()) > _WORDS
            or not re.search(r"\b(?:again|retry)\b", found.group(0), re.IGNORECASE)
            or _CONTACT.search(words)):
        return outcome
    return "no_answer"
