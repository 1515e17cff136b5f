"""What the advisor reports in chat: a call made (with its outcome and follow-up), a rate
change, and who that change affects. Built from plain inputs like knowledge.call_reports.chat."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.access.policy import visible_customers
from knowledge.answer import ChatAnswer
from knowledge.call_list.events import (
    CATEGORY_WORDS,
    EventInvalid,
    affected_holdings,
    describe_event,
    recent_events,
    record_rate_event,
    validate_rate_event,
)
from knowledge.call_reports.call_writes import log_call_answer  # noqa: F401  (re-exported)
from knowledge.call_reports.rate_words import foreign_forecast, foreign_supposition, in_english
from knowledge.models.bank import Customer, MarketEvent, Staff
from knowledge.settings import get_settings
from knowledge.writes.pending import confirm, done, no_longer_yours, nothing_to_undo, take_back
from knowledge.writes.unsure import (
    CONDITION,
    HEDGE,
    NEGATION,
    QUESTION,
    TAKE_BACK,
    unsure_about,
)


def parse_rate_delta(delta: str | None, direction: str | None, text: str | None) -> int | None:
    """Basis points from "25 basis points", "0.25%", "25bp", "a quarter point"; cut < 0."""
    # "0,25 %", "Prozentpunkte", "gesenkt", "verhoogt": read in the words below (rate_words)
    delta, direction, text = (in_english(v) if v else v for v in (delta, direction, text))
    source = _figures(" ".join(v for v in (delta, text) if v).lower())
    bp: float | None = None
    if m := re.search(r"(\d+(?:\.\d+)?)\s*(?:basis points?|bps?|bp\b)", source):
        bp = float(m.group(1))
    elif m := re.search(r"(\d+(?:\.\d+)?)\s*(?:%|percent|per cent|percentage points?)", source):
        bp = float(m.group(1)) * 100
    elif "quarter" in source:
        bp = 25
    elif "half" in source:
        bp = 50
    elif m := re.fullmatch(r"\s*(\d+)\s*", delta or ""):
        bp = float(m.group(1))
    if bp is None:
        return None
    if (later := _size_taken_back(text, percent=bool(re.search(r"%|per ?cent", source)))):
        bp = later  # "ecb raised 25bp today, no sorry it was 50": the size said last
    words = (direction or source).lower()
    from knowledge.call_reports.rate_words import RATE_DOWN, RATE_UP  # "cut", "fell", "rose"
    down, up = RATE_DOWN.search(words), RATE_UP.search(words)
    if direction and not (down or up):  # "Donnerstag" tagged as the direction: the text's
        return parse_rate_delta(delta, None, text)
    if (sign := _SIGN.search(source)) is not None:
        # "ECB +25bp", "-50bp": the sign is the direction; a sign against the words is asked
        if _said_against_sign(words, sign.group(1)):
            return None
        if not (down or up):
            down, up = (None, sign) if sign.group(1) == "+" else (sign, None)
    if bool(down) == bool(up):
        return None  # no direction, or both: ask instead of guessing
    return -round(bp) if down else round(bp)


_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10,
                 "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                 "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}
_NUMBER_WORD = r"(?:" + "|".join(_NUMBER_WORDS) + r"|[1-9])\b"
# "fifty bp", "twenty-five basis points", "a hundred and fifty bp", "2 hundred bp"
_WORDS_SIZE = re.compile(
    rf"\b{_NUMBER_WORD}(?:(?:[- ]| and )(?:{_NUMBER_WORD}))*(?=\s*(?:basis|bps?\b|bp\b))")


def _figures(text: str) -> str:
    """A size written in words before its unit as figures ("fifty bp" → "50 bp")."""
    def figure(m: re.Match[str]) -> str:
        words = re.findall(r"[a-z]+|\d", m.group(0))
        if all(w.isdigit() or w in ("a", "and") for w in words):
            return m.group(0)  # figures already ("5 bp"), or no number word
        value = 0
        for word in words:
            if word == "hundred":
                value = (value or 1) * 100
            elif word != "and":
                value += int(word) if word.isdigit() else _NUMBER_WORDS[word]
        return str(value)
    return _WORDS_SIZE.sub(figure, text)


# A sign written on the size ("+25bp", "-0.25%", "−50 bps"): the change's direction.
_SIGN = re.compile(r"(?<![\w.])([+\-−–])(?=\d+(?:\.\d+)?\s*(?:basis points?|bps?\b|%))")


def _said_against_sign(words: str, sign: str) -> bool:
    """ "cut +25bp", "hike -25bp": the words say the other way."""
    from knowledge.call_reports.rate_words import RATE_DOWN, RATE_UP  # "cut", "fell", "rose"
    down, up = RATE_DOWN.search(words), RATE_UP.search(words)
    return bool(up) if sign != "+" else bool(down)


# "25bp, no sorry it was 50", "a cut of 25 - actually 50": a size the message takes back
_SIZE_TAKEN_BACK = re.compile(
    r"\b(?:no,?\s*sorry|sorry|actually|i mean|correction|no,?\s*wait|wait|make (?:that|it)|"
    r"oops|my bad|rather)\b[^\d.;!?]{0,20}?(\d+(?:\.\d+)?)\s*(?:(%|percent|per cent|bps?\b|"
    r"basis(?: points?)?)|(?=[,;!?]|\.(?!\d)|$))", re.IGNORECASE)


def _size_taken_back(text: str | None, *, percent: bool) -> int | None:
    """The size a take-back in the message gives last, in basis points; None without one."""
    found = list(_SIZE_TAKEN_BACK.finditer(text or ""))
    if not found:
        return None
    value, unit = float(found[-1].group(1)), (found[-1].group(2) or "").lower()
    in_percent = unit in ("%", "percent", "per cent") or (not unit and percent)
    return round(value * 100) if in_percent else round(value)


_HYPOTHETICAL = re.compile(
    r"\b(if|what if|suppose|supposing|assuming|assume|would|could|might|in case|should the|"
    r"hypothetical\w*|scenario|imagine|let'?s say)\b|"
    # "say rates dropped half a percent, who'd be hit?": a supposition, and a question
    r"^\s*say\b|\b(?:who|what|which)(?:'d|’d)\b", re.IGNORECASE)
# "the ecb will probably cut 25bp next month": a forecast, not an event that happened. Only
# an event that happened is recorded; a forecast is answered like a what-if.
_FORECAST = re.compile(
    r"\b(?:will|won'?t|shall|going to|gonna|about to|set to|due to|expected|expects?|"
    r"expecting|probabl[ey]|likely|maybe|perhaps|possibl[ey]|rumou?r\w*|forecast\w*|"
    r"predict\w*|speculat\w*|might|heard|unconfirmed|"
    r"word is|(?<!\d\s)may(?!\s\d)|plan(?:s|ning)? to|tipped to|priced in)\b|"
    r"\b\w+['’]ll\b|\bnext (?:week|month|year|quarter|meeting|time)\b|\btomorrow\b|"
    r"\bin (?:a|an|\d+|two|three) (?:days?|weeks?|months?)\b", re.IGNORECASE)
_PAST_DAY = re.compile(
    r"\b(?:on |last |this )?(mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|"
    r"\byesterday\b|\btoday\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|"
    r"may|jun|jul|aug|sep|oct|nov|dec)\w*", re.IGNORECASE)


_OTHER_DATE = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|last (?:week|month)|ago|earlier this|"
    r"\d{1,2}[./]\d{1,2})\b", re.IGNORECASE)


_DOTTED = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?![\d])")
_WEEKDAYS = {"mo": "monday", "tu": "tuesday", "we": "wednesday", "th": "thursday",
             "fr": "friday", "sa": "saturday", "su": "sunday"}


def may_record_events(staff: Staff) -> bool:
    allowed = {r.strip() for r in get_settings().market_event_roles.split(",") if r.strip()}
    return staff.role.value in allowed


def event_day(text: str | None, as_of: dt.date) -> dt.date | None:
    """The day a reported event happened: "on friday" is the last Friday (never later than
    today); no date means today. None when a date was given but cannot be read."""
    if nth := re.search(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b", text or "", re.IGNORECASE):
        # "the cut from the 14th": the latest 14th up to today
        day, probe = int(nth.group(1)), as_of
        for _ in range(3):
            try:
                candidate = probe.replace(day=day)
            except ValueError:
                candidate = None
            if candidate is not None and candidate <= as_of:
                return candidate
            probe = (probe.replace(day=1) - dt.timedelta(days=1))
        return None
    if dotted := _DOTTED.search(text or ""):
        # "14.11.", "9.11.2026": day and month as written in Vienna; without a year, the
        # latest such day up to today
        day, month, year = int(dotted.group(1)), int(dotted.group(2)), dotted.group(3)
        try:
            if year:
                found = dt.date(int(year) + (2000 if len(year) == 2 else 0), month, day)
                return found if found <= as_of else None
            found = dt.date(as_of.year, month, day)
            return found if found <= as_of else found.replace(year=as_of.year - 1)
        except ValueError:
            return None
    match = _PAST_DAY.search(text or "")
    if not match:
        # "in march", "last week", "a month ago": a date was given that no rule reads; asked
        return None if _OTHER_DATE.search(text or "") else as_of
    import dateparser

    phrase = re.sub(r"^(on|this) ", "", match.group(0).lower())
    if match.group(1):  # "last thurs", "on fri": the weekday written out for the parser
        phrase = phrase.replace(match.group(1).lower(), _WEEKDAYS[match.group(1)[:2].lower()])
        phrase = re.sub(r"(day)day\b", r"\1", phrase)
    parsed = dateparser.parse(phrase, languages=["en"], settings={
        "RELATIVE_BASE": dt.datetime.combine(as_of, dt.time()), "PREFER_DATES_FROM": "past"})
    if parsed is None:
        return None
    return min(parsed.date(), as_of)


def day_said(text: str | None, as_of: dt.date) -> dt.date | None:
    """The day a message states ("it was friday"), None when it states none (not today)."""
    english = in_english(text) or ""
    if not (_PAST_DAY.search(english) or _DOTTED.search(english)
            or re.search(r"\bthe \d{1,2}(?:st|nd|rd|th)\b", english, re.IGNORECASE)):
        return None
    return event_day(english, as_of)


def is_hypothetical(text: str | None) -> bool:
    return bool(_HYPOTHETICAL.search(text or "")) or foreign_supposition(text)


def is_forecast(text: str | None) -> bool:
    """A change expected, rumoured or planned, not one that happened."""
    return bool(_FORECAST.search(text or "")) or foreign_forecast(text)


def record_event_answer(
    *,
    session: Session,
    staff: Staff,
    as_of: dt.date,
    delta: str | None,
    direction: str | None,
    text: str | None,
) -> ChatAnswer:
    bp = parse_rate_delta(delta, direction, text)
    if is_hypothetical(text) or is_forecast(text):
        return what_if_answer(session=session, staff=staff, as_of=as_of, bp=bp)
    if bp is None:
        return ChatAnswer(
            "I didn't catch the change: say e.g. \"the ECB cut rates by 25 basis "
            'points" (a cut or a hike, and by how much). Nothing was recorded.'
        )
    if not may_record_events(staff):
        return ChatAnswer(
            "Nothing recorded: a market event is recorded by head office for the whole bank. "
            "Once it is on record, ask \"who is affected by the rate cut?\" to see your "
            "customers."
        )
    day = event_day(in_english(text), as_of)  # "am Donnerstag", "per 13-11"
    if day is None:
        return ChatAnswer("I could not read the date of that change; say e.g. \"on Friday\" "
                          "or a date as YYYY-MM-DD. Nothing was recorded.")
    existing = session.scalar(select(MarketEvent).where(
        MarketEvent.kind == "rate_change", MarketEvent.delta_bp == bp,
        MarketEvent.occurred_on == day))
    if existing is not None:
        return ChatAnswer(f"That change is already on record: {describe_event(existing)} "
                          f"(recorded for {day.isoformat()}). Nothing new was recorded.",
                          {"type": "rate_event_recorded", "event_id": existing.id, "delta_bp": bp,
                           "occurred_on": day.isoformat(), "already_recorded": True})
    description = None
    if text and re.search(r"\b(?:ecb|ezb|bce|ebc)\b", text.lower()):
        description = f"ECB {'cut' if bp < 0 else 'raised'} rates by {abs(bp)} bp"
    # A bank-wide act: always shown before it is stored, with any words that may change it
    # quoted ("apparently", "didn't", "if …"; forecasts and what-ifs were answered above).
    doubt = unsure_about(text, kinds=(TAKE_BACK, QUESTION, CONDITION, HEDGE, NEGATION))
    return confirm({"kind": "market_event", "delta_bp": bp, "occurred_on": day.isoformat(),
                    "description": description, "as_of": as_of.isoformat()},
                   why=doubt.why() if doubt else None)


def store_event(*, session: Session, staff: Staff, write: dict[str, Any]) -> ChatAnswer:
    """The confirmed market event (re-checked: role, duplicate, size)."""
    if not may_record_events(staff):
        return ChatAnswer("Nothing recorded: market events are recorded by head office.",
                          slots={"pending_write": None})
    bp, day = int(write["delta_bp"]), dt.date.fromisoformat(write["occurred_on"])
    existing = session.scalar(select(MarketEvent).where(
        MarketEvent.kind == "rate_change", MarketEvent.delta_bp == bp,
        MarketEvent.occurred_on == day))
    if existing is not None:
        return ChatAnswer(f"That change is already on record ({describe_event(existing)}); "
                          "nothing new was recorded.", slots={"pending_write": None})
    try:
        event = record_rate_event(session=session, delta_bp=bp, occurred_on=day,
                                  description=write.get("description"), recorded_by=staff.id)
    except EventInvalid as exc:
        return ChatAnswer(f"Nothing recorded: {exc}.", slots={"pending_write": None})
    as_of = dt.date.fromisoformat(write.get("as_of") or day.isoformat())
    affected = affected_holdings(
        session=session, event=event, where=visible_customers(staff), as_of=as_of
    )
    customers = len({a.customer_id for a in affected})
    answer = done(
        f"Recorded {describe_event(event)} (on {day.isoformat()}). It affects {customers} "
        f"customer{'' if customers == 1 else 's'} you can see; they are on the call lists now.",
        {"kind": "market_event", "id": str(event.id)}, write,
        {"type": "rate_event_recorded", "event_id": event.id, "delta_bp": bp,
         "occurred_on": day.isoformat(),
         "product_categories": event.product_categories, "affected_customers": customers})
    answer.slots.update({"rate_delta": None, "rate_direction": None})
    return answer


def reverse_event(*, session: Session, staff: Staff, last: dict[str, Any] | None,
                  channel: str = "other") -> ChatAnswer:
    """Take back the market event the asker recorded last."""
    if not last or not last.get("id"):
        return nothing_to_undo()
    record_id = str(last["id"])
    row = session.get(MarketEvent, int(record_id)) if record_id.isdigit() else None
    if row is None or row.recorded_by != staff.id:
        return no_longer_yours()
    return take_back(session=session, staff=staff, kind="market_event", row=row, last=last,
                     channel=channel)


def what_if_answer(*, session: Session, staff: Staff, as_of: dt.date, bp: int | None
                   ) -> ChatAnswer:
    """ "if rates went up 50 bp, who would be affected?": answered, nothing recorded."""
    if bp is None:
        return ChatAnswer("Nothing recorded. Tell me the change to look at, e.g. \"if rates "
                          "went up 50 bp, who would be affected?\"")
    try:
        categories = validate_rate_event(kind="rate_change", delta_bp=bp, product_categories=None)
    except EventInvalid as exc:
        return ChatAnswer(f"Nothing recorded, and I can't look that up: {exc}.")
    event = MarketEvent(kind="rate_change", occurred_on=as_of, delta_bp=bp,
                        product_categories=categories)
    affected = affected_holdings(
        session=session, event=event, where=visible_customers(staff), as_of=as_of
    )
    by_customer: dict[str, set[str]] = {}
    for a in affected:
        by_customer.setdefault(a.customer_id, set()).add(CATEGORY_WORDS.get(a.category, a.category))
    names = dict(session.execute(select(Customer.id, Customer.name)
                                 .where(Customer.id.in_(list(by_customer)))).all())
    ordered = sorted(by_customer, key=lambda cid: names.get(cid, cid))
    shown = ordered[: get_settings().call_list_capacity]
    lines = "\n".join(f"{i}. {names.get(c, c)} — {', '.join(sorted(by_customer[c]))}"
                      for i, c in enumerate(shown, 1))
    verb = "cut" if bp < 0 else "rise"
    head = (f"If rates saw a {abs(bp)} bp {verb}, {len(ordered)} of your customers would be "
            "affected (nothing recorded — this is only a what-if)")
    more = f"\n…and {len(ordered) - len(shown)} more." if len(ordered) > len(shown) else ""
    return ChatAnswer(head + (":\n" + lines + more if lines else "."),
                      {"type": "rate_what_if", "hypothetical": True, "delta_bp": bp,
                       "items": [{"customer_id": c, "name": names.get(c, c)} for c in ordered]})


def rate_affected_answer(*, session: Session, staff: Staff, as_of: dt.date,
                         text: str | None = None, delta: str | None = None,
                         direction: str | None = None) -> ChatAnswer:
    if is_hypothetical(text) and parse_rate_delta(delta, direction, text) is not None:
        return what_if_answer(session=session, staff=staff, as_of=as_of,
                              bp=parse_rate_delta(delta, direction, text))
    events = recent_events(session=session, as_of=as_of)
    if not events:
        return ChatAnswer(
            "No rate change is on record for the last "
            f"{get_settings().rate_event_window_days} days. Tell me when one "
            'happens, e.g. "the ECB cut rates by 25 basis points".'
        )
    event = events[0]
    affected = affected_holdings(
        session=session, event=event, where=visible_customers(staff), as_of=as_of
    )
    by_customer: dict[str, list[str]] = {}
    for a in affected:
        by_customer.setdefault(a.customer_id, []).append(CATEGORY_WORDS.get(a.category, a.category))
    names = dict(
        session.execute(
            select(Customer.id, Customer.name).where(Customer.id.in_(list(by_customer)))
        ).all()
    )
    ordered = sorted(by_customer, key=lambda cid: names.get(cid, cid))
    shown = ordered[: get_settings().call_list_capacity]
    lines = [
        f"{i}. {names.get(cid, cid)} — {', '.join(dict.fromkeys(by_customer[cid]))}"
        for i, cid in enumerate(shown, 1)
    ]
    head = f"{len(ordered)} of your customers are affected by {describe_event(event)}"
    more = (
        f"\n…and {len(ordered) - len(shown)} more (see the call list)."
        if len(ordered) > len(shown)
        else ""
    )
    body = (":\n" + "\n".join(lines) + more) if lines else "."
    payload = {
        "type": "rate_event_affected",
        "event_id": event.id,
        "delta_bp": event.delta_bp,
        "occurred_on": event.occurred_on.isoformat(),
        "items": [
            {"customer_id": cid, "name": names.get(cid, cid), "products": by_customer[cid]}
            for cid in ordered
        ],
    }
    return ChatAnswer(head + body, payload)
