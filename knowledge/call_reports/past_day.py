"""A day that says when the call happened, not when the next one is ("fri afternoon i spoke
with X", "last week (wed) X - no answer", "met X tuesday last week", "Nachtrag von Freitag: X
erreicht", "hablé con X esta mañana", "late one from last thurs"): no follow-up date, unless
the words ask for a next step (then a later date of the message, if any, is the follow-up).

Marks of the past, in the advisors' languages: a "last" / "from" / "von" / "z zeszłego" before
the day (a "from" or "forgot" only where it opens the message: "from thu: …", "oublié
vendredi : …"), a "last week" / "ago" / "letzte Woche" after it, a past call verb right after a day
that opens the message ("fri i spoke with …"), a report told late ("forgot to log it",
"Nachtrag", "late one"), and a day that reads as before today. Words only, no database.
"""

from __future__ import annotations

import datetime as dt
import re

# Before the day: "last", "on … last", "von", "vom", "seit", "z zeszłego", "z piątku",
# "w ostatni piątek", "letzten", "från fredag"
_BEFORE = re.compile(
    r"\b(?:last|past|previous|since|von|vom|seit|letzten?|vergangenen?|vorigen?|afgelopen|"
    r"vorige|dernier|passé|scorso|scorsa|pasado|pasada|förra|från|fran|z|zeszł\w*|zeszl\w*|"
    r"ubiegł\w*|ubiegl\w*|ostatni\w*)\b(?:[\s(,]*(?:week|woche))?[\s(,]*$",
    re.IGNORECASE)
# Opening the message right before the day: "from thu: X wasn't reachable", "oublié vendredi :
# X jointe", "vergessen Freitag: …" — the day whose report this is
_HEAD = re.compile(
    r"^\W*(?:from|forgot|forgotten|oubli[ée]|vergessen|dimenticat[oa]|olvid[ée]|"
    r"zapomnia\w*|glömde|glomde|vergeten)[\s(,]*$", re.IGNORECASE)
# "esta mañana" is this morning, never tomorrow ("mañana" alone)
_THIS_MORNING = re.compile(r"\besta\s*$", re.IGNORECASE)
# After the day: "last week", "ago", "letzte Woche", "la semaine dernière", "la settimana
# scorsa", "la semana pasada", "förra veckan", "w zeszłym tygodniu", "vorige week"
_AFTER = re.compile(
    r"^[\s,)]*(?:(?:of |in )?(?:the )?(?:last|past|previous) week|ago|(?:der |in der )?"
    r"(?:letzten|vergangenen|vorigen) woche|letzte woche|vorige week|"
    r"(?:de )?la semaine (?:dernière|derniere|passée|passee)|dernier|"
    r"(?:della )?(?:la )?settimana scorsa|scorso|(?:de )?la semana pasada|pasado|"
    r"förra veckan|forra veckan|w zeszłym tygodniu|w zeszlym tygodniu)\b",
    re.IGNORECASE)
# A call verb in the past right after the day ("fri afternoon i spoke with X")
_VERB_AFTER = re.compile(
    r"^[\s,]*(?:morning|afternoon|evening|vormittag|nachmittag|matin|après-midi)?[\s,]*"
    r"(?:i|we|ich|wir)\s+(?:(?:finally|briefly|only|just)\s+)?(?:spoke|talked|called|rang|"
    r"phoned|met|reached|tried|saw|had|caught|got|habe|hab|haben|hatte|sprach|telefonierte)\b"
    # German puts the participle last: "X am Freitag erreicht", "am Mo. kurz gesprochen"
    r"|^[\s,]*(?:[^\W\d_]+\s+){0,2}?(?:erreicht|gesprochen|telefoniert|angerufen|getroffen)\b",
    re.IGNORECASE)
# A call verb in the past governing the day ("spoke to X on friday", "called her on wed",
# "hab X am Freitag erreicht")
_VERB_BEFORE = re.compile(
    r"\b(?:spoke|talked|called|rang|phoned|met|saw|visited|reached|tried|caught|"
    r"gesprochen|telefoniert|angerufen|erreicht|getroffen)\b[^.;,!?]{0,40}?\s(?:on|am)\s*$",
    re.IGNORECASE)
# A report told late: the days it names are when it happened
_TOLD_LATE = re.compile(
    r"\b(?:forgot to (?:log|note|enter|record|add)|forgot (?:it|this)|late one|belated|"
    r"catching up|backlog|nachtrag\w*|nachgetragen|"
    r"vergessen(?: einzutragen| zu (?:loggen|erfassen|notieren))|oubli[ée] de (?:noter|saisir|"
    r"logger)|dimenticato di (?:registrar|segnar|inserir)\w*|olvid[ée] (?:de )?(?:registrar|"
    r"anotar)|zapomniał\w* (?:wpisać|zapisać|dodać|zalogować)|glömde (?:logga|registrera|"
    r"skriva)|vergeten (?:te )?(?:loggen|noteren|registreren|invoeren))\b",
    re.IGNORECASE)


def marked_past(before: str) -> bool:
    """The words right before a day mark it as past ("last", "vom", "z zeszłego", "förra")."""
    return bool(_BEFORE.search(before) or _HEAD.search(before))


def said_of_the_past(date_words: str, words: str, as_of: dt.date, read: dt.date | None, *,
                     next_step: bool) -> bool:
    """The day `date_words` (read as `read`) tells when the call happened. With a next step
    asked for (`next_step`), only a day the words themselves mark as past ("last thurs",
    "tuesday last week") counts; without, also a day before today, a past call verb after
    it, or a report told late."""
    at = words.lower().find(date_words.lower())
    before, after = (words[:at], words[at + len(date_words):]) if at >= 0 else ("", "")
    if (marked_past(before) or _AFTER.match(after) or re.match(r"(?:last|past) ", date_words,
                                                                re.IGNORECASE)
            or (date_words.lower() in ("mañana", "manana") and _THIS_MORNING.search(before))):
        return True
    if next_step:
        return False
    led = re.match(r"(?:on|am) ", date_words, re.IGNORECASE)  # "on friday" read as one
    return ((_before_today(read, as_of) and _told_besides(words, date_words))
            or bool(_VERB_AFTER.match(after))
            or bool(_VERB_BEFORE.search(before + (led.group(0) if led else "")))
            or bool(_TOLD_LATE.search(words)))


def _told_besides(words: str, date_words: str) -> bool:
    """The message states how the call went besides the day ("19.11. reached"): a day alone
    ("Korrektur: am 12.11.") stays the date it is, asked about if past."""
    from knowledge.call_reports.said import _CALL_WORDS

    rest = words.replace(date_words, " ")
    return any(pattern.search(rest) for pattern in _CALL_WORDS)


def _before_today(read: dt.date | None, as_of: dt.date) -> bool:
    """A day before today, or a day and month of the last weeks that the date reader moved to
    next year ("19.11." said on 23 November)."""
    if read is None:
        return False
    if read < as_of:
        return True
    try:
        this_year = read.replace(year=as_of.year)
    except ValueError:  # 29 February
        return False
    return read.year > as_of.year and this_year < as_of and (as_of - this_year).days <= _RECENT


_RECENT = 92  # days: a day and month this far back is a call of this season, not next year's


def next_step_date(date_words: str | None, words: str, as_of: dt.date,
                   pattern: re.Pattern[str], next_step: re.Match[str] | bool | None
                   ) -> str | None:
    """The date of the next step: `date_words` unless it says when the call happened; then
    the date named after it where a next step is asked for ("spoke on thursday, mtg friday
    20th"), else none."""
    from knowledge.call_reports.follow_up_dates import parse_date

    date_words = _with_its_date(date_words, words)
    if not date_words or not said_of_the_past(
            date_words, words, as_of, parse_date(date_words, as_of), next_step=bool(next_step)):
        return date_words
    if not next_step:
        return None
    at = words.lower().find(date_words.lower())
    found = pattern.search(words, at + len(date_words)) if at >= 0 else None
    return found.group(0) if found else None


# A day and month right after a weekday ("Mittwoch 25.11.", "am Mittwoch, den 25.11.", "Do.
# 26.11."): the date the weekday names, read as one
_ITS_DATE = re.compile(r"^\.?,?\s*(?:(?:den|dem|the|le|il|el|de)\s+)?"
                       r"(\d{1,2}[./-](?:0?[1-9]|1[0-2])(?:[./-](?:\d{4}|\d{2})|\.)?)(?![\d:])"
                       r"(?!\s*(?:uhr|h|am|pm|o'?clock)\b)", re.IGNORECASE)


def _with_its_date(date_words: str | None, words: str) -> str | None:
    """ "Mittwoch" followed by "25.11.": "25.11." (the day and month said stand over the
    weekday, which a reader takes for the coming one); other dates as they are."""
    if not date_words or re.search(r"\d", date_words) or len(date_words.split()) > 3:
        return date_words
    at = words.lower().find(date_words.lower())
    found = _ITS_DATE.match(words[at + len(date_words):]) if at >= 0 else None
    return found.group(1) if found else date_words
