"""Which of several dates in a call report is the follow-up's: the one the meeting word leads
to ("wants to top up the pension nxt month - appt dec 3": 3 December, not next month; "sends
the docs tmrw, mtg fri": Friday), as a careful reader takes the date booked over a date said of
something else the customer plans.

Only where the message has two or more date phrases that are not one taken back or offered
as a choice ("tues, no, wed", "tues or wed": `follow_up_dates.second_thoughts`, read after
this) and a meeting word stands right before exactly one of them; otherwise the first date of
the call's sentence stays, as before.
"""

from __future__ import annotations

import re

# A meeting booked, in the bank's languages: the word right before the date it is on
_MEETING = re.compile(
    r"\b(?:appt|appointment|mtg|meeting|meet(?:ing)? (?:up )?(?:on )?|f/u|follow[- ]?up|"
    r"call ?back|come in|pop in|termin|rdv|rendez-vous|cita|appuntamento|spotkanie|afspraak|"
    r"möte|mote|besök|vorbeikommen|treffen)\b", re.IGNORECASE)
# Between the meeting word and its date: at most a few small words ("appt on the", "mtg set
# for", "termin am", "rdv le", "cita el"), never another clause
_BETWEEN = re.compile(r"^[\s:,–—-]*(?:(?:is|set|booked|fixed|for|on|at|the|am|le|el|il|w|op|"
                      r"på|den|de|booked in|in)\s+){0,3}$", re.IGNORECASE)


def meeting_date_phrase(words: str, dates: re.Pattern[str]) -> str | None:
    """The date phrase a meeting word leads to, when the message has several date phrases
    and exactly one follows a meeting word; None otherwise (the caller keeps its reading)."""
    if not _MEETING.search(words):
        return None  # no meeting word: nothing to choose by (and no second pass over dates)
    found = list(dates.finditer(words))
    if len({m.group(0).lower() for m in found}) < 2:
        return None
    led = [m for m in found if _led_by_meeting(words[: m.start()])]
    if len({m.group(0).lower() for m in led}) != 1:
        return None
    return led[0].group(0)


def _led_by_meeting(before: str) -> bool:
    """Whether the text before a date ends in a meeting word and a few small words."""
    for meeting in _MEETING.finditer(before):
        if _BETWEEN.fullmatch(before[meeting.end():]):
            return True
    return False
