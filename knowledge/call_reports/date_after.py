"""The day of a meeting said in the message after it: "marieke visser wants a meeting" (logged
with no date) → "thursday the 26th"; "lena fischer wants to come in" → "in two weeks,
morning"; "chiara bruno - riunione" → "il 2 dicembre alle 11".

The last call of the conversation is a follow-up with no date, and the message says one date
and nothing else (a time of day and a few small words around it): that call with the date,
shown for a yes, which replaces it (an audited reversal, knowledge.writes.dispatch
`replaces`). A message that says anything more — a customer, an outcome, a second date — is
not read here. The date is read as every call report's is (knowledge.call_reports.said), on
the day it is said (said_today).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.call_reports.said_today import day_said
from knowledge.models.bank import Staff

# What may stand beside the date: a time ("10am", "alle 11", "um 10 Uhr", "kl 14", "à 14h"),
# a part of the day, and small words ("on", "at", "how about", "then").
_TIME = re.compile(
    r"(?:\b(?:at|um|alle|ore|kl\.?|klockan|om|o|godz\.?|à|a las|a la)\s*\d{1,2}(?:[:.h]\d{2})?"
    r"|\b\d{1,2}[:.h]\d{2}|\b\d{1,2}(?=\s*(?:am|pm|a\.m\.|p\.m\.|h|uhr|hrs|o'?clock)\b))"
    r"\s*(?:am|pm|a\.m\.|p\.m\.|h|uhr|hrs|o'?clock)?(?!\w)", re.IGNORECASE)
_SMALL = frozenset(
    "on at for the a in around about how say then so ok okay ok, it's its is it would be works "
    "morning afternoon evening noon midday lunch lunchtime early late please pls thx thanks "
    "am um im ab vormittag vormittags nachmittag nachmittags morgens abends "
    "il la le el de di del alle ore mattina pomeriggio sera matin après-midi soir "
    "por tarde om kl på förmiddag eftermiddag rano po południu godz "
    "meeting appt appointment mtg".split())
_WORDS = 9


def date_of_undated_meeting(*, session: Session, staff: Staff, text: str | None, last: Any
                            ) -> ChatAnswer | None:
    """The last call's follow-up with the date the message gives, shown for a yes; None when
    the last call has a date (or is no follow-up) or the message says more than a date."""
    from knowledge.call_reports.amend import replaced
    from knowledge.call_reports.follow_up_dates import TIME_OF_DAY
    from knowledge.call_reports.said import _DATE, read_call
    from knowledge.writes.pending import confirm, describe

    if not (isinstance(last, dict) and last.get("kind") == "call"
            and isinstance(last.get("write"), dict)):
        return None
    old = last["write"]
    if old.get("outcome") != "follow_up" or old.get("follow_up_on"):
        return None
    words = " ".join((text or "").split())
    # "in 2 weeks, in the morning": a part of the day beside the date is no second date
    found = list(_DATE.finditer(words))
    phrases = [m for m in found if not TIME_OF_DAY.fullmatch(m.group(0))] or found
    if not words or len(words.split()) > _WORDS or len(phrases) != 1:
        return None
    rest = _TIME.sub(" ", re.sub("|".join(re.escape(m.group(0)) for m in found), " ", words))
    if re.search(r"[#\d]", rest) or any(
            w not in _SMALL for w in re.findall(r"[^\W\d_][\w'’-]*", rest.lower())):
        return None  # "anna lange friday", "no answer friday", "#2 friday": more than a date
    as_of = day_said()
    said = read_call(words, as_of)
    if said.follow_up_on is None or said.follow_up_on < as_of or said.date_unreadable:
        return None
    write = {**old, "follow_up_on": said.follow_up_on.isoformat(), "replaces": replaced(last),
             "note": f"{old.get('note') or ''} (follow-up: {words})".strip()}
    shown = confirm(write, why=f"The date of the meeting just logged without one: on a yes I "
                               f"take back {describe(old)} and")
    shown.text = shown.text.replace(" and Log ", " and log ", 1)
    return shown
