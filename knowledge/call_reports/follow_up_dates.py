"""Follow-up dates as advisors type them: the phrase found in a call report (`DATE`) and
read against the as-of date (`parse_date`). Reading goes through `dateparser` after the
advisor shorthands and the British / spoken forms it does not know are put in its terms
("tmrw", "end of month", "tuesday week", "tomorrow week", "the 1st of next month", "in the
morning"); German phrases through the same library's German data (date_words).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from itertools import pairwise

from knowledge.call_reports.date_words import (
    DAY_ENDING,
    german_date_pattern,
    german_reading,
    other_date_pattern,
    read_other,
    today_words,
)
from knowledge.call_reports.dates_abroad import PATTERN as ABROAD
from knowledge.call_reports.dates_abroad import english_twin
from knowledge.call_reports.day_numbers import (
    LED_ORDINAL,
    NOT_A_DAY_AFTER,
    WEEKDAY_AND_NUMBER,
    weekday_number_is_a_day,
)
from knowledge.call_reports.past_day import marked_past
from knowledge.call_reports.plan_words import WEEKDAYS as _WEEKDAY_NAMES
from knowledge.call_reports.week_days import WEEK_AND_DAY, in_a_week_is_clear, week_and_day
from knowledge.call_reports.week_days_abroad import week_and_day_abroad, week_and_day_pattern
from knowledge.languages import alternatives as _alt

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_DAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|weds|wed|"
        r"thurs|thur|thu|fri|sat|sun)")
_ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
            r"fifteenth|twentieth|last)")
_GERMAN_DAY_DATE = (r"(?:am )?(?P<de_day>mo|di|mi|do|fr|sa|so)\.?,? "
                    r"(?P<de_date>\d{1,2}\.(?:(?:0?[1-9]|1[0-2])\.?)?)(?![\d:])")
_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few)"
# "wednesday in a week", "Mittwoch in einer Woche", "woensdag over een week": that weekday
# of the week after the coming one (the coming one plus seven days), never the coming one.
_IN_A_WEEK = (r"(?:in (?:a|one) week|in einer woche|over een week|tra una settimana|fra una "
              r"settimana|dans une semaine|en una semana|dentro de una semana|za tydzień|"
              r"za tydzien|om en vecka)")
_WEEKDAY_IN_A_WEEK = re.compile(
    rf"(?:on |am |op |il |le |el |w |på )?(?P<day>{_DAY}|{_alt(_WEEKDAY_NAMES)}) {_IN_A_WEEK}",
    re.IGNORECASE)
# The first days of next week, said without a day ("after the weekend", "early next week",
# "beginning of next week"): its Monday, a day picked for a span, so shown first.
_START_OF_NEXT_WEEK = (r"(?:right |just |straight )?after the (?:weekend|wknd|w/?e)\b|"
                       r"(?:early|(?:the )?(?:beginning|start) of) (?:next|the coming) week\b")
_DATE = re.compile(
    # "the 1st of next month", "first of the month": that day of that month
    rf"\b((?:the )?(?:\d{{1,2}}(?:st|nd|rd|th)(?: of)?|(?:\d{{1,2}}|{_ORDINAL}) of) "
    rf"(?:the )?(?:next |this )?month\b|(?:the )?{_ORDINAL} of {_MONTH}\b"
    r"|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}[./]\d{1,2}(?:[./](?:\d{2,4})?)?"
    rf"|(?:the )?\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {_MONTH}\b"
    rf"|{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b"
    # "the 3rd" (never "the 2nd try", "the 3rd floor": NOT_A_DAY_AFTER, day_numbers)
    rf"|the \d{{1,2}}(?:st|nd|rd|th)\b{NOT_A_DAY_AFTER}"
    rf"|(?:in )?(?:a |an )?{_NUMBER} (?:days?|weeks?|months?)(?:'s)? (?:from (?:now|today)|time)\b"
    rf"|in (?:a |an )?{_NUMBER} (?:days?|weeks?|months?)\b"
    # "tomorrow week" (British): a week after tomorrow, never tomorrow itself
    r"|(?:today|tomorrow|tmrw|tmr|tmw|2moro) week\b"
    # "wednesday in a week", "Mittwoch in einer Woche": a week after the coming one
    rf"|{_WEEKDAY_IN_A_WEEK.pattern}(?!\w)"
    rf"|{_IN_A_WEEK}(?!\w)"  # "over een week", "za tydzień": a week from today
    # "in the morning", "first thing", "this afternoon": a time of day (see TIME_OF_DAY)
    rf"|(?:first thing )?(?:tomorrow|tmrw) (?:morning|afternoon|evening)"
    rf"|first thing(?: in the morning| tomorrow| tmrw)?(?!\s+(?:on |next |this )?(?:{_DAY}|\d))"
    r"|in the (?:morning|afternoon|evening)|this (?:afternoon|evening)"
    r"|day after (?:tomorrow|tmrw)|tomorrow|tmrw|tmr|tmw|2moro|later today|tonight"
    r"|end of (?:the |this |next )?(?:month|week)|eom|eow"
    r"|in (?:a |one |two |2 )?fortnights?"
    rf"|(?:(?:the )?(?:beginning|start|end|first week|last week) of (?:next month|{_MONTH})|"
    rf"(?:early|late) (?:next month|{_MONTH}))\b"
    # "next week, wednesday", "wednesday next week": that weekday of that week, as one date
    rf"|{WEEK_AND_DAY}|{week_and_day_pattern()}"  # "Dienstag nächste Woche" (week_days_abroad)
    rf"|{_START_OF_NEXT_WEEK}"  # "after the weekend", "early next week": its Monday, shown
    r"|next (?:week|month)|this week"
    # "friday after next", "tuesday week": a week after the coming one, never that one
    rf"|(?:on |the )?{_DAY} (?:after next|week)\b"
    # "a week on thursday", "a week today": a week after that day ("a week on" is British)
    rf"|(?:a|one) week (?:on |from )?(?:today|tomorrow|tmrw|{_DAY})\b"
    # "wed 2 dec", "fri 4th", "mon 23.11.": the date, checked against its weekday
    rf"|(?:on |next |this )?{_DAY},? (?:the )?(?:\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {_MONTH}\b|"
    rf"{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}(?:st|nd|rd|th)\b|"
    # a day and a month (1-12), never a time ("fri 10.30", "mon 9.15": the weekday alone)
    rf"\d{{1,2}}[./](?:0?[1-9]|1[0-2])(?![\d:])\.?)"
    # "Mo 23.", "am Fr 4.12.": a German weekday's short form only with its day number
    rf"|{_GERMAN_DAY_DATE}"
    rf"|{WEEKDAY_AND_NUMBER}|{LED_ORDINAL}"  # "appt thu 26", "appt 30th" (day_numbers)
    rf"|(?:on |next |this |last |past |previous )?{_DAY}\b"
    rf"|(?:{german_date_pattern()}|{other_date_pattern()})(?!\w)"
    rf"|{ABROAD})",  # "rdv le 3", "fine mese", "Termin Do" (dates_abroad)
    re.IGNORECASE,
)
_MONTH_EDGE = re.compile(
    rf"(?:the )?(?P<edge>beginning|start|end|first week|last week|early|late)(?: of)? "
    rf"(?P<month>next month|{_MONTH})")
_LATE = ("end", "last week", "late")
# A time of day for the next contact ("call back in the morning", "first thing"): said on the
# day of the call it means the next morning; it is a follow-up date only where the words ask
# for one (knowledge.call_reports.said), as "spoke to her in the morning" tells when she was called.
TIME_OF_DAY = re.compile(
    r"(?:first thing )?(?:tomorrow|tmrw) (?:morning|afternoon|evening)|"
    r"first thing(?: in the morning| tomorrow| tmrw)?|in the (?:morning|afternoon|evening)|"
    r"this (?:afternoon|evening)|later today|tonight", re.IGNORECASE)
# The day of the call itself ("heute nicht erreicht", "reached her today", "köpte fonden
# idag"): no follow-up unless the words ask for one ("call back today"). "Today" in each of
# the advisors' languages comes from dateparser's own locale data (date_words.today_words).
_CALL_TIME = re.compile(r"first thing(?: in the morning)?|(?:in the|this) (?:morning|afternoon|"
                        r"evening)", re.IGNORECASE)


def is_call_day(phrase: str) -> bool:
    """The phrase only says when the call itself happened (today, this morning)."""
    words = " ".join(phrase.lower().split())
    return bool(_CALL_TIME.fullmatch(words)) or words in today_words()


# "till friday", "bis Freitag": the customer away ("vom Freitag", the call's day: past_day)
_UNTIL = re.compile(r"\b(?:till|until|til|'til|through|bis|fino a|fino al|jusqu'?(?:à|au)|"
                    r"hasta(?: el)?|aż do|tot|t\.?o\.?m\.?)\s+(?:(?:on|the|next|this)\s+)?$",
                    re.IGNORECASE)


def when_not_next(phrase: str, words: str) -> bool:
    """The date only says when the call happened ("today", "this morning") or until when the
    customer is away ("in lisbon till friday"), not a day for the next contact."""
    at = words.lower().find(phrase.lower())
    return is_call_day(phrase) or bool(re.match(r"(?:bis|till|until)\s", phrase, re.I)) or (
        at >= 0 and (bool(_UNTIL.search(words[:at])) or marked_past(words[:at])))


def without_call_day(what: str) -> str:
    """The product sold without the day of the call said after it ("aktiefonden idag",
    "the bond fund this morning"): the day is no part of what was sold."""
    words = what.split()
    for size in (3, 2, 1):
        if len(words) > size and is_call_day(" ".join(words[-size:])):
            return " ".join(words[:-size])
    return what


_DAY_OF_MONTH = re.compile(
    rf"(?:the )?(?P<day>\d{{1,2}}(?:st|nd|rd|th)?|{_ORDINAL})(?: of)? "
    rf"(?P<which>next month|this month|the month|the next month|(?<=of ){_MONTH})")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "fifteenth": 15, "twentieth": 20}
_APPROXIMATE = re.compile(rf"(?:the )?(?:early|late)\b|{_START_OF_NEXT_WEEK}", re.IGNORECASE)
# Calendar words or a day number in a meeting request that no date phrase took ("mid
# december", "the week after next", "1 Dez"): the date is asked for, never dropped.
_TIME_HINT = re.compile(
    rf"\b(?:fortnight|weeks?|months?|mid|early|beginning|{_MONTH}|"
    rf"\d{{1,2}}(?:st|nd|rd|th|{DAY_ENDING})?|\d{{1,2}}[./-]\d{{1,2}})\b", re.IGNORECASE)
_SHORTHAND = {"tmrw": "tomorrow", "tmr": "tomorrow", "tmw": "tomorrow", "2moro": "tomorrow",
              "day after tmrw": "day after tomorrow"}


def parse_date(phrase: str | None, as_of: dt.date) -> dt.date | None:
    """A follow-up date on `as_of`: "tmrw", "on friday", "3 Dec", "the 15th", "end of month",
    "in two weeks", "next week" (its Monday), ISO dates; None when it cannot be read."""
    if not phrase:
        return None
    text = " ".join(phrase.lower().split())
    text = _SHORTHAND.get(text, text)
    text = english_twin(text) or text  # "le 3", "fin du mois", "am do" (dates_abroad)
    # "1er décembre", "1º dicembre", "1:a december": the day number alone
    text = re.sub(rf"(?<![\w:])(\d{{1,2}})(?:{DAY_ENDING})(?=\.? [^\W\d_])", r"\1", text)
    if re.fullmatch(_IN_A_WEEK, text):
        return as_of + dt.timedelta(days=7)
    if m := _WEEKDAY_IN_A_WEEK.fullmatch(text):  # "wednesday in a week": the one after next
        coming = parse_date(m.group("day"), as_of)
        if coming is not None and coming.weekday() == as_of.weekday():
            return as_of + dt.timedelta(days=7)  # "monday in a week" said on a monday
        if coming is not None and not in_a_week_is_clear(coming.weekday(), as_of):
            return None  # said on a thursday, "wednesday in a week": the 6th or 13th day, asked
        return coming + dt.timedelta(days=7) if coming else None
    if (day := week_and_day(text, as_of) or week_and_day_abroad(text, as_of)) is not None:
        return day
    if text in ("today", "tonight", "later today", "this afternoon", "this evening"):
        return as_of
    if TIME_OF_DAY.fullmatch(text):  # "in the morning", "first thing", "tomorrow afternoon"
        return as_of + dt.timedelta(days=1)
    if m := re.fullmatch(r"(today|tomorrow|tmrw|tmr|tmw|2moro) week", text):
        that_day = parse_date(m.group(1), as_of)
        return that_day + dt.timedelta(days=7) if that_day else None
    if m := _DAY_OF_MONTH.fullmatch(text):
        return _day_of_month(m.group("day"), m.group("which"), as_of)
    if text in ("end of month", "end of the month", "end of this month", "eom"):
        return as_of.replace(day=calendar.monthrange(as_of.year, as_of.month)[1])
    if text == "end of next month":
        first = (as_of.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        return first.replace(day=calendar.monthrange(first.year, first.month)[1])
    if text in ("end of week", "end of the week", "end of this week", "eow"):
        return as_of + dt.timedelta(days=max(0, 4 - as_of.weekday()))
    if re.fullmatch(_START_OF_NEXT_WEEK, text):
        return as_of + dt.timedelta(days=7 - as_of.weekday())  # the coming Monday
    if text in ("next week", "end of next week"):
        monday = as_of - dt.timedelta(days=as_of.weekday()) + dt.timedelta(days=7)
        return monday + dt.timedelta(days=4) if text.startswith("end") else monday
    if text == "this week":
        return as_of
    if m := re.fullmatch(rf"(?:on |next |this )?({_DAY}),? (?=.*\d)(.+)", text):
        day = parse_date(m.group(2), as_of)
        if not weekday_number_is_a_day(text, day, as_of):  # "thu 14": two o'clock, maybe
            return parse_date(m.group(1), as_of)
        # A weekday that is not the date's ("fri 3rd" when the 3rd is a Thursday): asked.
        return day if day is not None and day.weekday() == _weekday(m.group(1)) else None
    if m := re.fullmatch(_GERMAN_DAY_DATE, text):  # "mo 23.": the 23rd, if it is a Monday
        day_words = m.group("de_date").rstrip(".")
        day = (parse_date(day_words, as_of) if "." in day_words
               else _next_day_of_month(int(day_words), as_of))
        wanted = ["mo", "di", "mi", "do", "fr", "sa", "so"].index(m.group("de_day"))
        return day if day is not None and day.weekday() == wanted else None
    if m := re.fullmatch(rf"(?:a|one) week (?:on |from )?(today|tomorrow|tmrw|{_DAY})", text):
        that_day = parse_date(m.group(1), as_of)
        return that_day + dt.timedelta(days=7) if that_day else None
    if m := re.fullmatch(rf"(?:on |the )?({_DAY}) (?:after next|week)", text):
        coming = parse_date(m.group(1), as_of)  # the coming one (never today)
        return coming + dt.timedelta(days=7) if coming else None
    if m := re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)", text):
        return _next_day_of_month(int(m.group(1)), as_of)
    if m := re.fullmatch(r"(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4})?)?\.?", text):
        # 3.12 / 3/12 / 3.12.26: day first, as in the bank's markets; the next such day.
        day, month = int(m.group(1)), int(m.group(2))
        if month > 12 >= day and "/" in text:  # "11/25": US order, as no month is the 25th
            day, month = month, day
        year = int(m.group(3)) if m.group(3) else None
        year = year + 2000 if year is not None and year < 100 else year
        try:
            candidate = dt.date(year or as_of.year, month, day)
            if year is None and candidate < as_of:
                candidate = candidate.replace(year=as_of.year + 1)
            return candidate
        except ValueError:
            return None
    import dateparser

    edge = _MONTH_EDGE.fullmatch(text)
    if edge:  # "beginning of december", "late next month": its first or last day
        text = edge.group("month")
    text = re.sub(r"^on ", "", text)
    # "2 weeks from now", "a week from today", "in a week's time": dateparser reads "in 2 weeks"
    # (and "a week from today" as a week ago).
    text = re.sub(r"^(?:in )?(.+?)(?:'s)? (?:from (?:now|today)|time)$", r"in \1", text)
    # the short weekday names dateparser reads only alone ("wed", not "next wed", "this sat")
    text = re.sub(r"\b(thurs?|tues|weds|wed|sat|sun)\b", lambda m: {
        "thur": "thursday", "thurs": "thursday", "tues": "tuesday", "weds": "wednesday",
        "wed": "wednesday", "sat": "saturday", "sun": "sunday"}[m.group(1)], text)
    text = re.sub(r"\b(a couple of|a few)\b", lambda m: "2" if "couple" in m.group(0) else "3",
                  text)
    settings = {"RELATIVE_BASE": dt.datetime.combine(as_of, dt.time()),
                "PREFER_DATES_FROM": "future", "DATE_ORDER": "DMY",
                **({"PREFER_DAY_OF_MONTH": "last" if edge.group("edge") in _LATE else "first"}
                   if edge else {})}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        # German ("übermorgen", "am Freitag", "1 Dez") only where English reads nothing, so an
        # English phrase never changes meaning ("mar 3" stays March, whatever "mär" is).
        german, english = german_reading(text)
        if english:  # "nächste woche": read as "next week" is, its Monday
            return parse_date(german, as_of)
        parsed = dateparser.parse(german, languages=["de"], settings=settings)
    if parsed is None:  # Italian, French, Spanish, Polish, Dutch, Swedish (date_words)
        parsed = read_other(text, settings)
    if parsed is None:
        return None
    day = parsed.date()
    if day.year == as_of.year + 1 and day.replace(year=as_of.year) == as_of:
        return as_of  # "3 Dec" said on 3 December means today, not next year
    return day


_NEXT_DAY = re.compile(rf"next ({_DAY})", re.IGNORECASE)


def other_reading_of_next(phrase: str | None, read: dt.date | None, as_of: dt.date
                          ) -> dt.date | None:
    """ "next tue" said on a Monday: the coming Tuesday (as read) or next week's, both live;
    that other day, shown by name. None for no "next <weekday>", or said on a Thursday."""
    if not phrase or read is None or not _NEXT_DAY.fullmatch(" ".join(phrase.lower().split())):
        return None
    same_week = read.isocalendar()[:2] == as_of.isocalendar()[:2]
    return read + dt.timedelta(days=7) if same_week else None


def is_approximate(phrase: str | None, read: dt.date | None) -> bool:
    """A day picked for a span ("early next month", "late july"): shown first (call_writes)."""
    return read is not None and bool(_APPROXIMATE.match(phrase or ""))


def asked_about(text: str, phrase: re.Match[str]) -> bool:
    """The date phrase stands in a question ("which tuesday did you put?"): not given."""
    return (after := re.search(r"[.!?;]", text[phrase.end():])) is not None and after[0] == "?"


def _weekday(name: str) -> int:
    return ["mo", "tu", "we", "th", "fr", "sa", "su"].index(name[:2].lower())


def _next_day_of_month(day: int, as_of: dt.date) -> dt.date | None:
    year, month = as_of.year, as_of.month
    for _ in range(3):
        if day <= calendar.monthrange(year, month)[1]:
            candidate = dt.date(year, month, day)
            if candidate >= as_of:
                return candidate
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _day_of_month(day_words: str, which: str, as_of: dt.date) -> dt.date | None:
    """"the 1st of next month" → its first; "first of the month" → the next 1st; "the second
    of december" → 2 December (the next one); "last of next month" → its last day."""
    if which not in ("next month", "this month", "the month", "the next month"):
        month = parse_date(f"1 {which}", as_of)  # a month name: its next 1st
        if month is None:
            return None
        year, number = month.year, month.month
    elif which in ("next month", "the next month"):
        number, year = (1, as_of.year + 1) if as_of.month == 12 else (as_of.month + 1, as_of.year)
    elif which == "this month":
        number, year = as_of.month, as_of.year
    else:  # "the first of the month": the next such day
        first = _ordinal(day_words, 31)
        return _next_day_of_month(first, as_of) if first else None
    last = calendar.monthrange(year, number)[1]
    day = _ordinal(day_words, last)
    if day is None or day > last:
        return None
    candidate = dt.date(year, number, day)
    return candidate if candidate >= as_of else None  # "the 3rd of this month" gone: asked


def _ordinal(words: str, last: int) -> int | None:
    if words == "last":
        return last
    if words in _ORDINALS:
        return _ORDINALS[words]
    digits = re.match(r"\d+", words)
    return int(digits.group(0)) if digits else None


# Between two dates, words that drop the first ("tues, no, wed", "thu sorry fri", "the 3rd -
# I mean the 4th", "Di, nein Mi", "mardi, non, mercredi", "giovedì, anzi venerdì", "martes,
# perdón, el miércoles", "wtorek, nie, środa"): the second is meant.
_DATE_TAKEN_BACK = re.compile(
    r"[\s,;:.!–—-]*(?:(?:no+|nope|nah|sorry|soz|err*m*|uh+m*|ah|oops|i mean|or rather|rather|"
    r"actually|make (?:it|that)|correction|wait|scratch that|nein|ich meine|äh+|eher|lieber|"
    r"non|pardon|plutôt|ou plutôt|je veux dire|anzi|scusa|cioè|o meglio|perd[oó]n|mejor dicho|"
    r"o mejor|quiero decir|nee|ik bedoel|of liever|nie|przepraszam|raczej|właściwie|nej|förlåt|"
    r"jag menar|eller snarare|oder besser|bzw|beziehungsweise|eigentlich)[\s,;:.!–—-]*)+"
    r"(?:(?:el|la|le|il|am|op|w|på)\s+)?", re.IGNORECASE)
# "maybe next month actually call her on the 14th", "friday - no wait, see him monday": the
# take-back words, then the call or meeting asked for with its new date
_TAKEN_BACK_FOR_CALL = re.compile(
    rf"(?:{_DATE_TAKEN_BACK.pattern})(?:(?:call|ring|phone|try|see|meet|book|rebook)\s+"
    r"(?:her|him|them|it)?\s*(?:back\s+|again\s+|in\s+)?)?(?:on\s+|for\s+)?",
    re.IGNORECASE)
# "tues or wed", "jeudi ou vendredi": two dates offered, neither chosen: asked, never picked.
_EITHER = re.compile(r"\s*(?:,\s*)?(?:or|oder|ou|o|oppure|of|lub|albo|eller|/)\s*(?:maybe\s+|"
                     r"perhaps\s+|vielleicht\s+|peut-être\s+|forse\s+)?", re.IGNORECASE)


_SHORT_BETWEEN = 40
_BARE_DAY_TAKEN_BACK = re.compile(
    rf"(?:{_DATE_TAKEN_BACK.pattern})(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b",
    re.IGNORECASE)


def second_thoughts(words: str) -> tuple[str, str] | None:
    """("taken back", the date meant) when the message drops a date for the next one;
    ("either", both dates as typed) when it offers two; None otherwise."""
    dates = list(_DATE.finditer(words))
    for first, second in pairwise(dates):
        between = words[first.end():second.start()]
        if len(between) > _SHORT_BETWEEN:
            continue  # a date taken back or offered twice is a few words ("tues, no, wed")
        if _DATE_TAKEN_BACK.fullmatch(between) or _TAKEN_BACK_FOR_CALL.fullmatch(between):
            return "taken back", second.group(0)
        if _EITHER.fullmatch(between):
            return "either", words[first.start():second.end()]
    for first in dates:
        # "on the 24th - sorry 25th": a bare day number after the take-back is the day meant
        bare = _BARE_DAY_TAKEN_BACK.match(words, first.end())
        if bare and first.group(0).lower().startswith("the "):
            # the month the first date named stays ("the 22nd of january - sorry 23rd")
            day = rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)|{_ORDINAL})"
            return "taken back", re.sub(day, bare.group("day"), first.group(0), count=1,
                                        flags=re.IGNORECASE)
    return None
