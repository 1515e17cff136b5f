"""A weekday said with "next week" in the other languages of the bank's advisors, in either
order ("Dienstag nächste Woche", "nächste Woche am Dienstag", "martedì della settimana
prossima", "mardi de la semaine prochaine", "el martes de la semana que viene", "wtorek w
przyszłym tygodniu", "dinsdag volgende week", "tisdag nästa vecka"): that weekday of the next
calendar week, as `week_days.week_and_day` reads the English ("tuesday next week"), never the
coming weekday alone.

The weekday names and the "next week" phrases come from dateparser's own locale data (the
library `follow_up_dates` reads dates with), with the few everyday forms it lacks ("nächster
Woche", "la semana que viene", "della prossima settimana").
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

_CODES = ("de", "it", "fr", "es", "pl", "nl", "sv")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "next week" as typed, beside the locale data's own words (a grammatical case, an article)
_NEXT_WEEK_MORE = ("nächster woche", "der nächsten woche", "kommende woche", "kommender woche",
                   "der kommenden woche", "prossima settimana", "la prossima settimana",
                   "della prossima settimana", "della settimana prossima",
                   "semaine prochaine", "de la semaine prochaine", "la semana que viene",
                   "de la semana que viene", "de la próxima semana", "próxima semana",
                   "de volgende week", "nästa veckas")
# The small words between the weekday and its week ("am", "de la", "della", "w", "på", ",")
_LINK = r"(?:,\s*)?(?:(?:am|an|der|de|la|del|della|el|il|le|w|we|i|på|op|van)\s+){0,2}"


@cache
def _names() -> tuple[dict[str, int], set[str]]:
    """(each weekday's full name, with and without accents → 0..6; the "next week" phrases)."""
    from dateparser.data.date_translation_data import de, es, fr, it, nl, pl, sv

    from knowledge.languages import plain

    days: dict[str, int] = {}
    weeks: set[str] = set(_NEXT_WEEK_MORE)
    for info in (de.info, it.info, fr.info, es.info, pl.info, nl.info, sv.info):
        for index, key in enumerate(_WEEKDAYS):
            for name in info[key]:
                if len(name) >= 5:  # full names only: "do", "mar", "so" are other words
                    days[name.lower()] = index
        weeks |= {w.lower() for w in info["relative-type"].get("in 1 week", ()) if len(w) > 6}
    days |= {plain(name): index for name, index in list(days.items())}
    days |= {"środę": 2, "srode": 2}  # Polish accusative ("w środę")
    weeks |= {plain(w) for w in weeks} | {w.replace("ä", "ae") for w in weeks}
    return days, weeks


def _alternative(words: set[str] | dict[str, int]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def week_and_day_pattern() -> str:
    """A regular-expression alternative (no groups) for follow_up_dates._DATE."""
    days, weeks = _names()
    day, week = _alternative(days), _alternative(weeks)
    # (a weekday name or "next week" phrase has five letters or more: other words fail at once)
    return (rf"(?=(?:[^\W\d_]{{2,3}}\s+)?[^\W\d_]{{5}})"
            rf"(?:(?:am\s+|el\s+|le\s+|il\s+|w\s+|på\s+|op\s+)?(?:{day}),?\s+{_LINK}(?:{week})"
            rf"|(?:{week}),?\s+{_LINK}(?:{day}))")


def week_and_day_abroad(phrase: str, as_of: dt.date) -> dt.date | None:
    """That weekday of the next calendar week; None when the phrase is no such pair."""
    text = " ".join(phrase.lower().split())
    if not re.fullmatch(week_and_day_pattern(), text, re.IGNORECASE):
        return None
    days, _weeks = _names()
    index = next((days[w] for w in re.findall(r"[^\W\d_]+", text) if w in days), None)
    if index is None:
        return None
    monday = as_of - dt.timedelta(days=as_of.weekday()) + dt.timedelta(days=7)
    return monday + dt.timedelta(days=index)
