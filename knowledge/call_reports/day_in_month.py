"""A day of the month said alone ("the 16th", "il 2"), read in the month the words give: the
one the message names apart from it ("the 16th, not 15th - dec i mean"), or, when it corrects
a dated call, that call's month while it is still ahead ("the 25th not the 24th" of a meeting
on 24 July). Month names come from dateparser's locale data (date_words.month_said_apart).
"""

from __future__ import annotations

import datetime as dt
import re

from knowledge.call_reports.date_words import month_said_apart
from knowledge.call_reports.follow_up_dates import _DATE

_DAY_ALONE = re.compile(r"(?:the |on the |il |le |el |am |den )?(\d{1,2})(?:st|nd|rd|th|\.)?",
                        re.IGNORECASE)


def with_month_said(phrase: str | None, words: str) -> str | None:
    """A day of the month said alone ("the 16th") in the month the message names apart from
    it ("the 16th, not 15th - dec i mean", "il 2, dicembre"): "16 dec"; else the phrase."""
    day = _DAY_ALONE.fullmatch(phrase.strip()) if phrase else None
    if day is None:
        return phrase
    month = month_said_apart(words, [m.span() for m in _DATE.finditer(words)])
    return f"{day.group(1)} {month}" if month else phrase


def in_month_of(phrase: str | None, read: dt.date | None, before: dt.date | str | None,
                as_of: dt.date, words: str) -> dt.date | None:
    """A day of the month said alone against the corrected date's own day ("the 16th, not the
    15th" of a meeting on 15 December): that day of the corrected date's month when it is
    still ahead, as one moves a meeting within its month; else the day as read (a plain "i
    meant the 23rd" is the next 23rd)."""
    day = _DAY_ALONE.fullmatch(phrase.strip()) if phrase else None
    if day is None or not before:
        return read
    try:
        was = before if isinstance(before, dt.date) else dt.date.fromisoformat(str(before))
        moved = was.replace(day=int(day.group(1)))
    except ValueError:
        return read
    if not re.search(rf"\b(?:not|nicht|non|pas|nie|inte|niet)\s+(?:(?:the|am|le|il|el|den)\s+)?"
                     rf"0?{was.day}(?:st|nd|rd|th|\.)?(?!\d)", words, re.IGNORECASE):
        return read
    return moved if moved >= as_of else read
