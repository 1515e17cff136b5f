"""A meeting asked for with no date phrase found: is a day still said in it?

The date phrases (knowledge.call_reports.follow_up_dates) know each language's usual forms;
a form they miss ("w środę", "na sobotę": Polish accusative; any inflection dateparser's
locale data knows) must not leave a meeting without its day. Each word the phrases left is
read alone by the same date reader: a day of the coming week found so (a weekday, "jutro";
never a month alone, which names no day) is the meeting's day, shown for a yes (never
stored at once); otherwise calendar words or a day number that no phrase
took mean the date is asked for, never dropped."""

from __future__ import annotations

import datetime as dt
import re

from knowledge.call_reports.edges_abroad import day_in_span, edge_twin
from knowledge.call_reports.follow_up_dates import _TIME_HINT, is_approximate, parse_date

# Words read alone: letters only, long enough not to be a short form of something else
# ("sat", "mar", "do" are other words too)
_WORD = re.compile(r"(?<![\w-])[^\W\d_]{5,}(?![\w-])")


def date_left(words: str, as_of: dt.date) -> tuple[str, dt.date | None, bool, bool] | None:
    """(the words, the day read or None, unreadable, approximate) for a follow-up whose date
    no phrase took; None when the message names no day at all."""
    for found in _WORD.finditer(words):
        day = parse_date(found.group(0), as_of)
        if day is not None and as_of < day <= as_of + dt.timedelta(days=7):
            return found.group(0), day, False, True
    if (hint := _TIME_HINT.search(words)) is not None:
        return hint.group(0), None, True, False
    return None


# A span said around the date phrase ("mid next week", "sometime next week", "later this
# week", "around the 10th", "by friday"): the phrase alone names one day of it.
_SPAN_BEFORE = re.compile(r"\b(?P<span>mid|middle of|sometime|some time|later|around|"
                          r"towards?(?: the end of)?|by|before|no later than|earliest|"
                          r"at the earliest|at the latest)[\s-]+(?:the\s+)?$", re.IGNORECASE)


def within_a_span(words: str, date_words: str | None, day: dt.date | None,
                  elsewhere: bool = False) -> tuple[dt.date | None, bool]:
    """The day, and whether it is only one day of a span (so shown first): "mid next week"
    is its Wednesday, "mid december" the 15th; "sometime next week", "by friday", "late
    july", "early next month" and a date found `elsewhere` in the message: the day read."""
    if not date_words or day is None:
        return day, False
    # "eind volgende week", "Anfang Dezember": one day of a span, shown first (edges_abroad)
    approximate = is_approximate(date_words, day) or edge_twin(date_words) is not None
    said = day_in_span(words, date_words) if approximate else None
    # read from the span's first day: the day read, or a week before an end ("fin novembre")
    end = re.match(r"(?:end|late)\b", edge_twin(date_words) or date_words, re.IGNORECASE)
    first = day - dt.timedelta(days=8 if end else 1)
    picked = parse_date(said, first) if said else None
    if picked is not None and first < picked <= day + dt.timedelta(days=31):
        return picked, True  # "Anfang nächster Woche, sagen wir Dienstag": that Tuesday
    at = words.lower().find(date_words.lower())
    span = _SPAN_BEFORE.search(words[:at]) if at > 0 else None
    if span is None:
        return day, elsewhere or approximate
    if span.group("span").lower() in ("mid", "middle of"):
        if re.search(r"\bweek\b", date_words, re.IGNORECASE):
            return day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=2), True
        if day.day == 1 or re.fullmatch(r"[^\d]+", date_words):
            return day.replace(day=15), True
    return day, True
