"""A confirmation answered with more than a yes: "sure but change the date to friday", "yes
and also log olivier faure reached", "ja, aber am Freitag".

A yes with a change of the waiting call's follow-up date stores the call with that date (the
yes confirms what was shown, and the date is stated in the message itself); a yes with another
report stores what was shown and reads the rest as a message of its own (each of its writes
shown or stored as usual). Any other "yes but …" is no plain yes and is left to the other
readers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

import knowledge.languages as _lang
from knowledge.answer import ChatAnswer
from knowledge.call_reports.follow_up_dates import parse_date
from knowledge.call_reports.said import _DATE, read_call
from knowledge.languages import alternatives as _alt
from knowledge.models.bank import Staff
from knowledge.writes.dispatch import store
from knowledge.writes.pending import confirm

_YES_AND = re.compile(
    r"^\s*(?:yes|yep|yup|yeah|yea|ja|jo|sure|ok(?:ay)?|correct|right|fine|go ahead|passt|"
    rf"👍|✅|{_alt(_lang.YES)})\b[\s,.!:;–—-]*(?P<link>but|and(?:\s+also)?|also|plus|aber|"
    r"und(?:\s+auch)?|mais|ma|però|pero|maar|ale|men|et(?:\s+aussi)?|e\s+anche|y\s+también|"
    r"en\s+ook|och\s+också|i\s+też)\b"
    r"[\s,.!:;–—-]*(?P<rest>\S.*)$", re.IGNORECASE | re.DOTALL)
# "change the date to friday", "make it friday", "move it to the 20th", "on friday instead"
_NEW_DATE = re.compile(
    r"^(?:(?:please|pls|can you|could you)\s+)?(?:(?:change|move|make|set|put|push|shift|"
    r"switch)\s+(?:the\s+|it\s+|that\s+)?(?:date|day|follow[- ]?up|meeting|appointment|it|that)?"
    r"\s*(?:to|for|on|till|until|zu|auf)?\s*|(?:on|for|am)\s+)?(?P<date>.+?)"
    r"(?:\s+instead)?[\s.!]*$", re.IGNORECASE)

# A span rather than a day ("early next month", "end of december", "next week")
_SPAN = re.compile(r"(?:the )?(?:early|late|beginning|start|end|mid|first week|last week)\b|"
                   r"(?:next|this) (?:week|month)$|eo[mw]$", re.IGNORECASE)


@dataclass(frozen=True)
class YesAnd:
    link: str  # "but", "and", ...
    rest: str  # what follows the yes


def yes_and(text: str | None) -> YesAnd | None:
    """The yes and what follows it, when the message opens with a yes and goes on."""
    match = _YES_AND.match(" ".join((text or "").split()))
    return YesAnd(match.group("link").lower(), match.group("rest")) if match else None


def new_date(rest: str, as_of: dt.date) -> dt.date | None:
    """The follow-up date the words after the yes change the call to, when that is all they say."""
    match = _NEW_DATE.match(rest)
    phrase = match.group("date") if match else ""
    found = _DATE.fullmatch(phrase.strip())
    day = parse_date(found.group(0), as_of) if found else None
    return day if day is None or day >= as_of else None  # "yes but last friday": no follow-up


def answer_yes_and(*, session: Session, staff: Staff, pending: dict[str, Any], text: str,
                   as_of: dt.date, channel: str,
                   then: Callable[[str], ChatAnswer | None]) -> ChatAnswer | None:
    """The answer to a yes that says more while `pending` waits; None when the message is
    no such yes (or what follows says nothing the bot can act on: left to the other readers).
    `then(rest)` answers the rest as a message of its own."""
    said = yes_and(text)
    if said is None or not pending.get("kind"):
        return None
    day = new_date(said.rest, as_of) if pending.get("kind") == "call" else None
    if day is not None:
        changed = {**pending, "follow_up_on": day.isoformat(),
                   "outcome": "follow_up" if pending.get("outcome") == "reached"
                   else pending.get("outcome")}
        if _SPAN.match(_NEW_DATE.match(said.rest).group("date")):  # type: ignore[union-attr]
            # "early next month": a day was picked for a span, so it is shown first
            return confirm(changed, why=f"I read the new date as {day:%A} {day.isoformat()}.")
        # The yes confirms what was shown and the date is stated in this very message.
        return store(session=session, staff=staff, write=changed, channel=channel)
    if said.link.startswith(("and", "also", "plus", "und", "et", "e ", "y ", "en ", "och", "i ")
                            ) and read_call(said.rest,
                                                                          as_of).explicit:
        stored = store(session=session, staff=staff, write=pending, channel=channel)
        more = then(said.rest)
        if more is None:
            return stored
        slots = {**stored.slots, **{k: v for k, v in more.slots.items()
                                    if not (k == "last_write" and v is None)}}
        return ChatAnswer(f"{stored.text}\n{more.text}", more.payload, slots)
    return None
