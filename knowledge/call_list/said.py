"""What an advisor's call report says: the outcome and the follow-up date, read from the text.

The NLU's `call_outcome` entity is a guess over a few words; the words themselves decide
here ("tried to reach C104 but no answer" is no_answer even when "reach" was tagged as
reached). Dates go through `dateparser` (relative to the settings' as-of date) after a
few advisor shorthands are spelt out ("tmrw", "end of month"). `explicit` says whether the
outcome was stated or only defaulted, so the caller can ask before storing a guess.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

import knowledge.languages as _lang
from knowledge.call_list.date_words import (
    german_date_pattern,
    german_reading,
    other_date_pattern,
    read_other,
)
from knowledge.call_list.shorthand import spelt_out, taken_back_after
from knowledge.languages import alternatives as _alt
from knowledge.models.bank import Outcome

_NO_ANSWER = re.compile(
    rf"\b({_alt(_lang.NO_ANSWER)}|"
    r"no answer|no reply|no response|not answering|didn'?t answer|did not answer|"
    r"didn'?t pick(?: it)? up|did not pick(?: it)? up|didnt pick up|no pick ?up|not picking up|"
    r"not reachable|unreachable|couldn'?t reach|could not reach|can'?t reach|cannot reach|"
    r"could not get hold|couldn'?t get hold|voice ?mail|mailbox|"
    r"left (?:(?:her|him|them) )?an? (?:message|msg)|"
    r"nobody answered|no one answered|went straight to|line (?:was |is )?busy|was busy|"
    r"busy (?:signal|tone)|r(?:a|u)ng out|rings? out|ringing out|"
    r"not available|unavailable|missed (?:me|my call)|switched off|"
    r"(?:phone|mobile|cell|handy) (?:was |is |seems |still )?(?:off|dead|turned off)|"
    r"tried (?:to )?(?:reach|call|ring|phone)\w*"
    r"(?: \S+){0,3} but|vm|no luck|(?:couldn'?t|could not|didn'?t|did not|can'?t) get through|"
    r"(?:nobody|no one|noone) (?:picked up|answered|there|(?:at )?home)|"
    r"tried\b[^.;!?]{0,40}\bnothing|"
    # "rang her twice, nothing": nothing at the end of the clause ("nothing new" is a talk)
    r"(?:rang|called|phoned)\b[^.;!?]{0,40}\bnothing\s*(?=$|[.;,!?]|\b(?:again|at all|so far)\b)|"
    r"nada|no joy|engaged (?:tone|signal)|(?:line|phone|number) (?:was |is )?engaged|"
    r"(?:couldn'?t|could not|didn'?t|did not|can'?t) get thru|"
    # German, as advisors in Vienna write it
    r"nicht erreicht|nicht erreichbar|niemanden? erreicht|keine antwort|nicht abgehoben|"
    r"nicht (?:ran|hin)gegangen|geht nicht ran|ging nicht ran|mobilbox|anrufbeantworter|"
    r"besetzt|nachricht hinterlassen)",
    re.IGNORECASE,
)
_COMPLAINT_RESOLVED = re.compile(
    rf"\b(?:complaint|issue|problem|beschwerde|reklamation|{_alt(_lang.COMPLAINT)})\w*\b"
    rf"(?:(?!\b(?:{_alt(_lang.NEGATION_BEFORE)}|not|no|never|noch|still|yet)\b)[^.;!?]){{0,40}}?"
    rf"\b(resolved|closed|sorted|fixed|settled|solved|done|erledigt|gelöst|geklärt|"
    rf"{_alt(_lang.RESOLVED)})\b|"
    r"\b(resolved|closed|sorted out|settled|solved|fixed)\b[^.;!?]{0,30}?\bcomplaint",
    re.IGNORECASE,
)
_SALE = re.compile(
    rf"\b({_alt(_lang.SALE)}|"
    r"sold|sale|bought|buys|purchased|signed(?: up)?(?: for)?|closed the deal|done deal|"
    r"opened (?:a|an|the)|took out|takes out|took the|subscribed|said yes to|agreed to|"
    r"went for|goes for|verkauft|abgeschlossen|unterschrieben)\b(?P<what>[^.;,!?]*)",
    re.IGNORECASE,
)
_NOT_INTERESTED = re.compile(
    rf"\b({_alt(_lang.NOT_INTERESTED)}|"
    r"not interested|no interest|isn'?t (?:interested|keen)|is not keen|declined|"
    r"doesn'?t want|does not want|not keen|"
    r"turned (?:it|us|me|the \w+) down|said no|no thanks|passed on|not for (?:her|him|them)|"
    r"(?:a |hard )pass\b|hard no|"
    r"said not now|kein interesse|nicht interessiert|kein bedarf|abgelehnt|lehnt ab|"
    r"will nicht|möchte nicht)\b",
    re.IGNORECASE,
)
_FOLLOW_UP = re.compile(
    rf"\b({_alt(_lang.FOLLOW_UP)}|"
    r"meeting|meet|appointment|appt|mtg|call ?back|ring back|follow[- ]?up|"
    r"get back to|try again|retry|call again|see (?:her|him|them)|"
    # keen on a next step, no date yet ("she's keen!! no date yet"): a follow-up, undated
    r"keen|eager|wants to (?:talk|discuss|hear|know) more|"
    r"termine?|terminvereinbarung|rückruf|ruckruf|zurückrufen|zuruckrufen|ruft zurück|treffen|"
    r"wiedervorlage|nochmal (?:anrufen|versuchen))\b",
    re.IGNORECASE,
)
_REACHED = re.compile(
    rf"\b({_alt(_lang.REACHED)}|"
    r"reached|spoke|spoken|talked|chatted|had a chat|got hold|got through|got thru|caught|"
    r"all (?:fine|good|ok)|had a (?:quick |short |brief |long |good )?(?:chat|talk|word)|"
    r"got (?:her|him|them)|"
    r"nothing needed|happy|sorted|done with|picked up|"
    r"erreicht|gesprochen|telefoniert|alles (?:gut|ok|passt|erledigt))\b",
    re.IGNORECASE,
)

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_DAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|weds|wed|"
        r"thurs|thur|thu|fri|sat|sun)")
_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few)"
_DATE = re.compile(
    r"\b(\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}[./]\d{1,2}(?:[./](?:\d{2,4})?)?"
    rf"|(?:the )?\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {_MONTH}\b"
    rf"|{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b"
    r"|the \d{1,2}(?:st|nd|rd|th)\b"
    rf"|(?:in )?(?:a |an )?{_NUMBER} (?:days?|weeks?|months?)(?:'s)? (?:from (?:now|today)|time)\b"
    rf"|in (?:a |an )?{_NUMBER} (?:days?|weeks?|months?)\b"
    r"|day after (?:tomorrow|tmrw)|tomorrow|tmrw|tmr|tmw|2moro|later today|tonight"
    r"|end of (?:the |this |next )?(?:month|week)|eom|eow"
    r"|in (?:a |one |two |2 )?fortnights?"
    rf"|(?:(?:the )?(?:beginning|start|end|first week|last week) of (?:next month|{_MONTH})|"
    rf"(?:early|late) (?:next month|{_MONTH}))\b"
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
    rf"|(?:on |next |this |last |past |previous )?{_DAY}\b"
    rf"|(?:{german_date_pattern()}|{other_date_pattern()})(?!\w))",
    re.IGNORECASE,
)
_MONTH_EDGE = re.compile(
    rf"(?:the )?(?P<edge>beginning|start|end|first week|last week|early|late)(?: of)? "
    rf"(?P<month>next month|{_MONTH})")
_LATE = ("end", "last week", "late")
_APPROXIMATE = re.compile(r"(?:the )?(?:early|late)\b", re.IGNORECASE)
# Calendar words or a day number in a meeting request that no date phrase took ("mid
# december", "the week after next", "1 Dez"): the date is asked for, never dropped.
_TIME_HINT = re.compile(
    rf"\b(?:fortnight|weeks?|months?|mid|early|beginning|{_MONTH}|"
    r"\d{1,2}(?:st|nd|rd|th)?|\d{1,2}[./-]\d{1,2})\b", re.IGNORECASE)
_SHORTHAND = {"tmrw": "tomorrow", "tmr": "tomorrow", "tmw": "tomorrow", "2moro": "tomorrow",
              "day after tmrw": "day after tomorrow"}


@dataclass(frozen=True)
class CallReport:
    outcome: Outcome
    explicit: bool  # the words name the outcome (not defaulted)
    follow_up_on: dt.date | None
    date_words: str | None  # the date as typed, None when there was none
    date_unreadable: bool  # a date was typed but could not be read
    close_complaint: bool
    sale_of: str | None
    not_interested: bool
    # "early next month", "late july": a day had to be picked for a span, so it is shown first
    date_approximate: bool = False
    taken_back: bool = False  # an outcome the same message took back: the later one, asked


def read_call(text: str | None, as_of: dt.date, *, entity_outcome: str | None = None,
              entity_follow_up: str | None = None) -> CallReport:
    """The outcome and follow-up a call report states, read from its words."""
    words = spelt_out(" ".join((text or "").split()))
    later = _taken_back(words, as_of)
    if later is not None:
        # "sold her a mortgage no actually she only wants to think about it, f/u nxt wk":
        # what the message says last stands, and it is shown before it is stored.
        return replace(read_call(later, as_of), taken_back=True)
    # The NLU's date only where it reads as one ("spoke 2 C000023": "2" is no date).
    date_words, elsewhere = _call_date_phrase(words)
    date_words = date_words or (_date_phrase(entity_follow_up or "") or None)
    follow_up_on = parse_date(date_words, as_of) if date_words else None
    unreadable = bool(date_words) and follow_up_on is None
    close = bool(_COMPLAINT_RESOLVED.search(words))
    sale = _affirmed(_SALE, words)
    not_interested = bool(_NOT_INTERESTED.search(words))
    if _NO_ANSWER.search(words) and _contradicted(words):
        # "no answer - sorry, reached her after all": which one stands is asked, not guessed.
        outcome, explicit = Outcome.no_answer, False
    elif _NO_ANSWER.search(words):
        outcome, explicit = Outcome.no_answer, True
    elif close:
        outcome, explicit = Outcome.reached, True
    elif not_interested:
        outcome, explicit = Outcome.not_interested, True
    elif sale:
        outcome, explicit = Outcome.sale, True
    elif follow_up_on or _affirmed(_FOLLOW_UP, words):
        outcome, explicit = Outcome.follow_up, True
    elif _affirmed(_REACHED, words):  # "nie rozmawiałem", "never picked up": no reach
        outcome, explicit = Outcome.reached, True
    else:
        outcome, explicit = _from_entity(entity_outcome)
        if outcome in _denied(words):  # "sold him nothing" tagged as a sale: asked
            outcome, explicit = Outcome.reached, False
    if outcome is Outcome.reached and follow_up_on is not None:
        outcome = Outcome.follow_up
    if outcome is Outcome.follow_up and not date_words and (hint := _TIME_HINT.search(words)):
        date_words, unreadable = hint.group(0), True
    sale_of = None
    if outcome is Outcome.sale and sale:
        what = re.sub(r"^(?:(?:her|him|them|us|me|to|for|the|a|an|up)\s+)+", "",
                      sale.group("what").replace(":", " ").strip(), flags=re.IGNORECASE)
        sale_of = " ".join(what.split()[:6]) or None
    approximate = follow_up_on is not None and (elsewhere
                                                or bool(_APPROXIMATE.match(date_words or "")))
    return CallReport(outcome, explicit, follow_up_on, date_words, unreadable, close,
                      sale_of, not_interested and not close, approximate)


# "sold nothing", "didn't buy", "no sale", "no meeting needed": the word is there, denied.
_DENIED_BEFORE = re.compile(
    r"\b(?:no|not(?! only)|never|nothing|didn'?t|did not|doesn'?t|does not|won'?t|will not|wasn'?t|"
    r"isn'?t|aren'?t|"
    rf"was not|without|no need (?:for|to)|{_alt(_lang.NEGATION_BEFORE)})(?:\s+[\w'’]+){{0,2}}\s*$",
    re.IGNORECASE)
# "sold her nothing", "sold greta klein nothing" (a name between): up to three words, one clause
_DENIED_AFTER = re.compile(r"^\s*(?:[^\W\d_][\w'’-]*\s+){0,3}?(?:nothing|anything|none|"
                           rf"{_alt(_lang.NEGATION_AFTER)})\b"
                           r"(?!\s+(?:else|more|further|new))", re.IGNORECASE)


def _affirmed(pattern: re.Pattern[str], words: str) -> re.Match[str] | None:
    """The first match of `pattern` that the words around it do not deny."""
    for match in pattern.finditer(words):
        before = re.split(r"[.;,!?]|\bbut\b", words[: match.start()])[-1]
        if _DENIED_BEFORE.search(before) or _DENIED_AFTER.match(words[match.end(1):]):
            continue
        return match
    return None


def names_a_follow_up(text: str | None) -> bool:
    """The words ask for a meeting or follow-up ("he wants a f/u EOM"), not only a date."""
    return bool(_affirmed(_FOLLOW_UP, spelt_out(" ".join((text or "").split()))))


def _denied(words: str) -> set[Outcome]:
    """The outcomes whose words the message names only to deny them."""
    return {outcome for outcome, pattern in ((Outcome.sale, _SALE), (Outcome.reached, _REACHED),
                                             (Outcome.follow_up, _FOLLOW_UP))
            if pattern.search(words) and not _affirmed(pattern, words)}


_TAKES_BACK = re.compile(r"\b(?:sorry|actually|wait|after all|i mean|err+|correction|oops|"
                         r"scratch that|no no)\b", re.IGNORECASE)


def _contradicted(words: str) -> bool:
    """A no-answer the same message takes back ("no answer - sorry, reached her after all"):
    after it, a word of taking back and, outside any no-answer words, a call that got through."""
    first = _NO_ANSWER.search(words)
    later = words[first.end():] if first else ""
    back = _TAKES_BACK.search(later)
    if back is None:
        return False
    rest = _NO_ANSWER.sub(" ", later)
    return bool(_REACHED.search(rest) or _SALE.search(rest) or _NOT_INTERESTED.search(rest))


def _taken_back(words: str, as_of: dt.date) -> str | None:
    """The words after an outcome or date the message takes back ("NI... actually no, she
    wants the brochure, cb next monday"), when they state another; None otherwise."""
    def stated(part: str) -> tuple[Outcome, dt.date | None] | None:
        report = read_call(part, as_of)
        return (report.outcome, report.follow_up_on) if (
            report.explicit or report.date_words) else None

    for before, after in taken_back_after(words):
        first, last = stated(before), stated(after)
        if first is not None and last is not None and last != first:
            return after
    return None


def _from_entity(value: str | None) -> tuple[Outcome, bool]:
    code = (value or "").strip().lower().replace(" ", "_")
    if code in ("reached", "no_answer", "follow_up", "sale", "not_interested"):
        return Outcome(code), True
    return Outcome.reached, False  # nothing said: shown and asked before storing


# Where a sentence ends in a chatty message ("Team lunch is moved to Thursday. Quick update -
# rang X, he wants to meet Nov 20."): a stop (not a date's, "23.11.") before a space, a dash
# between spaces, a semicolon or a line break.
_SENTENCE = re.compile(r"(?<=[.!?])(?<!\d\.)\s+(?=\S)|\s[-–—]\s|;\s*|\n+")
_CALL_WORDS = (_NO_ANSWER, _FOLLOW_UP, _REACHED, _SALE, _NOT_INTERESTED, _COMPLAINT_RESOLVED)


def _call_date_phrase(words: str) -> tuple[str | None, bool]:
    """(the date of the call's own sentence, whether it came from another sentence): in a
    message of several sentences the date is read where the call is told, never from a
    sentence about something else; a date only found elsewhere is marked so it is shown first."""
    sentences = [part for part in _SENTENCE.split(words) if part.strip()]
    if len(sentences) < 2:
        return _date_phrase(words), False
    told = [part for part in sentences if any(p.search(part) for p in _CALL_WORDS)]
    for part in told:
        if phrase := _date_phrase(part):
            return phrase, False
    phrase = _date_phrase(words)
    return phrase, phrase is not None and bool(told)


def _date_phrase(text: str) -> str | None:
    match = _DATE.search(text)
    return match.group(0) if match else None


def parse_date(phrase: str | None, as_of: dt.date) -> dt.date | None:
    """A follow-up date on `as_of`: "tmrw", "on friday", "3 Dec", "the 15th", "end of month",
    "in two weeks", "next week" (its Monday), ISO dates; None when it cannot be read."""
    if not phrase:
        return None
    text = " ".join(phrase.lower().split())
    text = _SHORTHAND.get(text, text)
    if text in ("today", "tonight", "later today"):
        return as_of
    if text in ("end of month", "end of the month", "end of this month", "eom"):
        return as_of.replace(day=calendar.monthrange(as_of.year, as_of.month)[1])
    if text == "end of next month":
        first = (as_of.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        return first.replace(day=calendar.monthrange(first.year, first.month)[1])
    if text in ("end of week", "end of the week", "end of this week", "eow"):
        return as_of + dt.timedelta(days=max(0, 4 - as_of.weekday()))
    if text in ("next week", "end of next week"):
        monday = as_of - dt.timedelta(days=as_of.weekday()) + dt.timedelta(days=7)
        return monday + dt.timedelta(days=4) if text.startswith("end") else monday
    if text == "this week":
        return as_of
    if m := re.fullmatch(rf"(?:on |next |this )?({_DAY}),? (?=.*\d)(.+)", text):
        day = parse_date(m.group(2), as_of)
        # A weekday that is not the date's ("fri 3rd" when the 3rd is a Thursday): asked.
        return day if day is not None and day.weekday() == _weekday(m.group(1)) else None
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
    text = re.sub(r"\b(thurs?|tues|weds)\b", lambda m: {"thur": "thursday", "thurs": "thursday",
                  "tues": "tuesday", "weds": "wednesday"}[m.group(1)], text)
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
