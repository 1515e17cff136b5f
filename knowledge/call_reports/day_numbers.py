"""A day of the month said without its month, as advisors type it in a hurry: after an English
weekday with no ordinal ending ("appt thu 26", "mtg tue, 24") and as a bare ordinal after a
meeting word ("appt 30th", "mtg on 3rd", "booked for 2nd").

A number after a weekday may also be a time ("thu 10" is ten o'clock), so it is a day only
where it cannot be an hour of the morning (13 or more) and the day is that weekday; a number
that could be an afternoon hour (13-23) is a day only within the next three weeks, where a
weekday said with its date is how a meeting is booked. Anything else keeps the weekday alone,
as before. The day itself is read by `follow_up_dates.parse_date` (dateparser), which checks
the weekday; this module only says which words are a date and how far it may be.
"""

from __future__ import annotations

import datetime as dt
import re

_DAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|weds|wed|"
        r"thurs|thur|thu|fri|sat|sun)")
_NOT_A_TIME = r"(?![\d:.,]\d)(?![\d:])(?!\s*(?:am|pm|a\.m|p\.m|h\b|hrs?\b|uhr|o'?clock|ish|-\s?\d))"
# "thu 26", "tue, 24", "fri the 27": a weekday and a day number of 13 or more (a regular-
# expression alternative without groups, for follow_up_dates._DATE)
WEEKDAY_AND_NUMBER = (rf"(?:on |next |this )?{_DAY},? (?:the )?(?:1[3-9]|2\d|3[01])"
                      rf"{_NOT_A_TIME}")
# "appt 30th", "mtg on the 3rd", "meeting on 2nd": the ordinal a meeting word leads to (the
# ordinal alone is no date: "2nd time", "5th floor", "3rd attempt")
_LEAD = (r"(?:(?<=\bappt )|(?<=\bappt\. )|(?<=\bmtg )|(?<=\bmeeting )|(?<=\bappointment )|"
         r"(?<=\bon )|(?<=\bfor )|(?<=\buntil )|(?<=\bby )|(?<=\bbooked )|"
         r"(?<=\bcallback )|(?<=\bcall back )|(?<=\bf/u )|(?<=\bfollow up ))")
# What an ordinal counts when it is no day: "2nd try", "3rd floor", "the 1st one on the list"
NOT_A_DAY_AFTER = (r"(?!\s+(?:time|floor|attempt|try|go|call|ring|round|place|position|spot|"
                   r"one|person|customer|client|number|on the list|in (?:the )?line|"
                   r"of (?!(?:the |this |next )?(?:month|jan|feb|mar|apr|may|jun|jul|aug|sep|"
                   r"oct|nov|dec))))")
LED_ORDINAL = (rf"(?=\d){_LEAD}(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b{NOT_A_DAY_AFTER}")
_READ = re.compile(rf"(?:on |next |this )?(?P<day>{_DAY}),? (?:the )?(?P<number>\d{{1,2}})",
                   re.IGNORECASE)
_HOUR_WINDOW = dt.timedelta(days=21)


def weekday_number_is_a_day(phrase: str, day: dt.date | None, as_of: dt.date) -> bool:
    """Whether `day`, read from a weekday with a bare number ("thu 26"), is the day meant and
    not an hour: 24 or more is no hour (a day that is not that weekday is asked by the
    caller); 13-23 only where it is that weekday within the next three weeks."""
    match = _READ.fullmatch(" ".join(phrase.lower().split()))
    if match is None or int(match.group("number")) >= 24:
        return True
    wanted = ["mo", "tu", "we", "th", "fr", "sa", "su"].index(match.group("day")[:2].lower())
    return day is not None and day.weekday() == wanted and day - as_of <= _HOUR_WINDOW
