"""Logging a call: an Interaction with its outcome and follow-up date, and reading follow-up
expressions ("next week", "tomorrow", "on Friday", "in 2 weeks", "2026-07-01") against as_of."""

from __future__ import annotations

import datetime as dt
import re
import uuid

from sqlalchemy.orm import Session

from knowledge.models.bank import Channel, Customer, Interaction, InteractionKind, Outcome

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "couple of": 2,
    "few": 3,
}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}
_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}


class OutcomeInvalid(ValueError):
    """A call outcome that cannot be logged; the message says what to give instead."""


def parse_follow_up(text: str | None, as_of: dt.date) -> dt.date | None:
    """The date a follow-up expression means on `as_of`, or None when there is none."""
    if not text:
        return None
    t = " ".join(text.lower().replace(",", " ").split())
    if m := re.search(r"\b(\d{4}-\d{2}-\d{2})\b", t):
        try:
            return dt.date.fromisoformat(m.group(1))
        except ValueError:
            return None
    if "day after tomorrow" in t:
        return as_of + dt.timedelta(days=2)
    if "tomorrow" in t:
        return as_of + dt.timedelta(days=1)
    if re.search(r"\btoday\b|\btonight\b|\blater\b", t):
        return as_of
    number = r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|couple of|few)"
    if m := re.search(rf"\bin (?:a )?{number} (day|week|month)s?\b", t):
        count = int(m.group(1)) if m.group(1).isdigit() else _NUMBERS[m.group(1)]
        return as_of + dt.timedelta(days=count * _UNIT_DAYS[m.group(2)])
    if m := re.search(r"\b(next|this) (week|month)\b", t):
        if m.group(2) == "week":
            monday = as_of - dt.timedelta(days=as_of.weekday())
            return monday + dt.timedelta(days=7) if m.group(1) == "next" else max(as_of, monday)
        first = (as_of.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        return first if m.group(1) == "next" else as_of
    for index, name in enumerate(WEEKDAYS):
        if re.search(rf"\b(?:next |on |this )?{name}\b", t):
            # "on/next Friday" = the coming Friday (never today), as most people mean it.
            ahead = (index - as_of.weekday()) % 7 or 7
            return as_of + dt.timedelta(days=ahead)
    if m := re.search(r"\b(\d{1,2})(?:st|nd|rd|th)? (" + "|".join(_MONTHS) + r")\b", t):
        return _next_date(int(m.group(1)), _MONTHS[m.group(2)], as_of)
    if m := re.search(r"\b(" + "|".join(_MONTHS) + r") (\d{1,2})(?:st|nd|rd|th)?\b", t):
        return _next_date(int(m.group(2)), _MONTHS[m.group(1)], as_of)
    return None


def _next_date(day_of_month: int, month: int, as_of: dt.date) -> dt.date | None:
    for year in (as_of.year, as_of.year + 1):
        try:
            candidate = dt.date(year, month, day_of_month)
        except ValueError:
            return None
        if candidate >= as_of:
            return candidate
    return None


CALL_OUTCOMES = frozenset({"reached", "no_answer", "follow_up", "sale"})


def outcome_from(value: str | None, follow_up_on: dt.date | None) -> Outcome:
    """The call outcome: named explicitly, else follow_up when a date was given, else reached."""
    if value:
        try:
            outcome = Outcome(value.strip().lower().replace(" ", "_"))
        except ValueError:
            allowed = "reached, no_answer, follow_up, sale"
            raise OutcomeInvalid(f"unknown call outcome {value!r}; use one of: {allowed}") from None
        if outcome in (Outcome.open, Outcome.resolved):
            raise OutcomeInvalid("a call's outcome is reached, no_answer, follow_up or sale")
        return outcome
    return Outcome.follow_up if follow_up_on else Outcome.reached


def log_call(
    *,
    session: Session,
    customer_id: str,
    advisor_id: str,
    as_of: dt.date,
    outcome: str | None = None,
    follow_up: str | dt.date | None = None,
    note: str | None = None,
    channel: str = "phone",
    kind: str = "call",
) -> Interaction:
    """Record a call (or meeting) with its outcome; the customer leaves today's list."""
    if session.get(Customer, customer_id) is None:
        raise OutcomeInvalid(f"no customer with id {customer_id!r}")
    if isinstance(follow_up, dt.date):
        follow_up_on: dt.date | None = follow_up
    else:
        follow_up_on = parse_follow_up(follow_up, as_of)
        if follow_up and follow_up_on is None:
            raise OutcomeInvalid(
                f"I could not read the follow-up {follow_up!r}; say e.g. 'tomorrow', "
                "'next week', 'on Friday', 'in 2 weeks' or a date as YYYY-MM-DD"
            )
    if follow_up_on is not None and follow_up_on < as_of:
        raise OutcomeInvalid("the follow-up date is in the past; give a future date")
    try:
        channel_value, kind_value = Channel(channel), InteractionKind(kind)
    except ValueError:
        raise OutcomeInvalid(
            "channel must be phone/meeting/branch/email/chat and kind call/advisory_session/service"
        ) from None
    interaction = Interaction(
        id=f"I-{uuid.uuid4().hex[:16]}",
        customer_id=customer_id,
        advisor_id=advisor_id,
        occurred_on=as_of,
        channel=channel_value,
        kind=kind_value,
        outcome=outcome_from(outcome, follow_up_on),
        note=(note or None),
        follow_up_on=follow_up_on,
    )
    session.add(interaction)
    session.flush()
    return interaction
