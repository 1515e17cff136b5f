"""A weekday said with its week, in either order ("next week, wednesday", "wednesday next
week", "thursday of next week", "this week on friday"): one date, that weekday of that
calendar week, never the coming weekday nor the week's Monday alone.

"<weekday> in a week" is read the same way only where its two readings agree (the coming
weekday plus seven days, and that weekday of the next calendar week): said on a Thursday,
"wednesday in a week" may be the 6th or the 13th day from now, so it is asked, never guessed.
"""

from __future__ import annotations

import datetime as dt
import re

_WEEKDAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|weds|"
            r"wed|thurs|thur|thu|fri|sat|sun)")
_WEEK = r"(?:next|this|the following|the coming|the next)\s+week"
# A regular-expression alternative (no groups) for _DATE in knowledge.call_reports.follow_up_dates
WEEK_AND_DAY = (rf"(?:on\s+)?{_WEEKDAY},?\s+(?:of\s+|in\s+)?(?:the\s+)?{_WEEK}\b|"
                rf"{_WEEK},?\s+(?:on\s+)?(?:the\s+)?{_WEEKDAY}\b")
_READ = re.compile(rf"(?:on\s+)?(?P<a>{_WEEKDAY}),?\s+(?:of\s+|in\s+)?(?:the\s+)?(?P<wa>{_WEEK})"
                   rf"|(?P<wb>{_WEEK}),?\s+(?:on\s+)?(?:the\s+)?(?P<b>{_WEEKDAY})",
                   re.IGNORECASE)


def week_and_day(phrase: str, as_of: dt.date) -> dt.date | None:
    """The weekday of the week the phrase names; None when the phrase is no such pair."""
    match = _READ.fullmatch(" ".join(phrase.lower().split()))
    if match is None:
        return None
    day = weekday_index(match.group("a") or match.group("b"))
    week = match.group("wa") or match.group("wb")
    monday = as_of - dt.timedelta(days=as_of.weekday())
    if not week.startswith("this"):
        monday += dt.timedelta(days=7)
    return monday + dt.timedelta(days=day)


def weekday_index(name: str) -> int:
    """0 for Monday … 6 for Sunday, from any of its English forms."""
    return ["mo", "tu", "we", "th", "fr", "sa", "su"].index(name[:2].lower())


def in_a_week_is_clear(weekday: int, as_of: dt.date) -> bool:
    """ "<weekday> in a week" has one reading: the weekday is today's or still to come this
    calendar week, so the coming one plus seven days is also next week's."""
    return weekday >= as_of.weekday()
