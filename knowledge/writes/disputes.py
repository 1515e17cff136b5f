"""Does the message take back what was just stored? ("no wait, anna lange", "wait no -
friday", "actually no, the 15th", "nope hold on, C000052")

knowledge.call_reports.corrections reads the corrections it knows by their wording; a message
that opens by disputing the last write in other words ("no wait, …") used to be read as a
fresh request, and the write it disputed stayed stored. Read here as a correction too, so
the caller corrects the last write from the message's own words (a new customer or date only
when they name it unambiguously) or takes it back and asks: never keeps it, never guesses.
"""

from __future__ import annotations

import re
from typing import Any

# A negation and a pause, in either order, opening the message.
_DISPUTE_OPENER = re.compile(
    r"^\s*(?:(?:no|nope|nah|oh no)\b[\s,.!-]*(?:no\b[\s,.!-]*)?"
    r"(?:wait|hold on|hang on|actually|sorry|my bad|scratch that)\b"
    r"|(?:wait|hold on|hang on|actually|hmm+|um+|oh)\b[\s,.!-]*(?:no|nope|nah)\b(?!\s+answer)"
    r"|no\s+no\b)", re.IGNORECASE)
# "no wait, show me anna lange": a new question after a pause, not a correction.
_A_REQUEST = re.compile(
    r"\b(?:show|tell me|open|pull up|profile|look up|search|find|list|what|who|how|why|"
    r"where|when)\b", re.IGNORECASE)


def disputes_last_write(text: str | None, last: dict[str, Any] | None = None) -> bool:
    """A short message that corrects or takes back the last write, in any of the wordings
    knowledge.call_reports.corrections knows or opening with "no wait" and its kin; or, when
    the last write asked for its date ("wrong date" → "which date?"), the date alone."""
    from knowledge.call_reports.corrections import CLEFT, is_correction

    words = " ".join((text or "").split())
    if answers_the_date_question(words, last) or redates_last_call(words, last):
        return True
    if not words or len(words.split()) > 12 or _A_REQUEST.search(CLEFT.sub(" ", words)):
        return False
    from knowledge.writes.take_back_words import opens_with_take_back

    # "annule ça, il n'a rien acheté", "cofnij to, nic nie kupił": the undo, then why
    return (is_correction(words) or bool(_DISPUTE_OPENER.match(words))
            or opens_with_take_back(words))


# What may stand around the date that answers "which date?" ("make it the 4th pls").
_AROUND_A_DATE = re.compile(
    r"\b(?:it'?s|it is|make it|should be|on|the|meeting|callback|follow[- ]?up|pls|please|"
    r"instead|then|sorry|oh|ah|ok|okay|i meant|meant)\b|[\s,.!:;-]+", re.IGNORECASE)


def answers_the_date_question(text: str | None, last: dict[str, Any] | None) -> bool:
    """The last call asked for its date ("wrong date" → "which date?") and this message gives
    only a date ("the 4th", "friday then"): a correction of that call's date. A message naming
    anything else (a customer, an outcome) is a message of its own."""
    from knowledge.call_reports.said import _DATE

    if not (isinstance(last, dict) and last.get("kind") == "call"
            and last.get("awaiting") == "date"):
        return False
    words = " ".join((text or "").split())
    dates = list(_DATE.finditer(words))
    if len(dates) != 1:
        return False
    rest = words[: dates[0].start()] + " " + words[dates[0].end():]
    return not _AROUND_A_DATE.sub("", rest).strip()


# "no he said the 26th", "nope, friday", "nah its the 3rd": a "no" opening a short message
# whose only news is a date; "no answer, try fri" states an outcome of its own.
_NO_OPENING = re.compile(r"^\s*(?:no+|nope|nah|nein|non|nee|nie|nej)\b(?!\s*(?:-|\s)\s*(?:answer|"
                         r"reply|response|pick|show|luck|interest|need|contact|one|thanks))",
                         re.IGNORECASE)
_REDATE_WORDS = 8


def redates_last_call(text: str | None, last: dict[str, Any] | None) -> bool:
    """The last call has a follow-up date, and this short message opens with a "no" and
    gives one other date and no outcome but a follow-up: that call's date corrected (its
    date replaced), never a second call beside it."""
    from knowledge.call_reports.said import _DATE, read_call
    from knowledge.call_reports.said_today import day_said

    if not (isinstance(last, dict) and last.get("kind") == "call"
            and isinstance(last.get("write"), dict) and last["write"].get("follow_up_on")):
        return False
    words = " ".join((text or "").split())
    if len(words.split()) > _REDATE_WORDS or not _NO_OPENING.match(words):
        return False
    if not list(_DATE.finditer(words)):
        return _bare_day_alone(words[_NO_OPENING.match(words).end():])  # "non, le 26"
    if len(list(_DATE.finditer(words))) != 1:
        return False
    said = read_call(words, day_said())
    return said.outcome.value == "follow_up" and not said.close_complaint


def _bare_day_alone(rest: str) -> bool:
    """Only a day of the month is left after the "no" ("non, le 26", "nee, de 26e", "nein,
    am 26.", "no, the 26th"), with nothing but a correction's own words around it."""
    from knowledge.call_reports.correction_words import BARE_DAY, FILLER_ABROAD

    days = list(BARE_DAY.finditer(rest))
    if len(days) != 1:
        return False
    left = re.findall(r"[^\W\d_]+", (rest[: days[0].start()] + " " + rest[days[0].end():]).lower())
    return all(word in FILLER_ABROAD for word in left)
