"""Another customer, the same outcome as the call just logged: "stefan too, same answer",
"same for jonas weber", "ditto for maria keller" — the last call's outcome (and follow-up
date) for the customer this message names, always shown for a yes, saying so. A message that
states an outcome of its own is read as it stands.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import knowledge.languages as _lang
from knowledge.call_reports.said import read_call
from knowledge.languages import alternatives as _alt

_SAME = re.compile(r"\b(?:same (?:answer|outcome|result|response|story|thing|here|again|for)|"
                   rf"ditto|likewise|{_alt(_lang.SAME)})\b", re.IGNORECASE)
# "stefan too", "anna as well": only in a short message that says nothing else
_TOO = re.compile(r"(?<!\w)(?:too|as well|also|auch|anche|también|aussi|też|również|också|ook)"
                  r"(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class SameOutcome:
    outcome: str
    follow_up: str | None
    why: str


def same_as_last_call(text: str | None, last_write: Any, as_of: dt.date) -> SameOutcome | None:
    """The last call's outcome for this message's customer, when the message says "the same"
    and states no outcome of its own; None otherwise."""
    words = " ".join((text or "").split())
    if not (isinstance(last_write, dict) and last_write.get("kind") == "call"
            and isinstance(last_write.get("write"), dict)):
        return None
    if not (_SAME.search(words) or (_TOO.search(words) and len(words.split()) <= 4)):
        return None
    rest = _TOO.sub(" ", _SAME.sub(" ", words))
    if read_call(rest, as_of).explicit:
        return None  # "maria too, but no answer": its own outcome
    old = last_write["write"]
    outcome = str(old.get("outcome") or "")
    if not outcome:
        return None
    said = outcome.replace("_", " ")
    if old.get("follow_up_on"):
        day = dt.date.fromisoformat(old["follow_up_on"])
        said += f", follow-up on {day:%A} {day.isoformat()}"
    return SameOutcome(outcome, old.get("follow_up_on"),
                       f"(The same as your last call: {said}.)")


# "stefan too 👍", "and katrin as well": what is left once the "same" words are gone
_FILLER = re.compile(r"\b(?:and|plus|for|with|the|then|pls|please|ok|okay|yes|yep)\b|[^\w\s]",
                     re.IGNORECASE)
_NOT_A_NAME = re.compile(r"\b(?:me|you|u|us|we|i|it|that|this|him|her|them|they|he|she|"
                         r"thanks|thx|ty|cheers|great|good|nice|fine|lol)\b", re.IGNORECASE)


def named_alone(session: Any, staff: Any, text: str | None) -> str | None:
    """The one customer of the asker's book a "same" message names by a first name or a
    surname alone ("stefan too 👍"); None when it names nobody, several, or is chatter ("you
    too", "me too, thx"). The call is then shown for a yes with the full name."""
    from knowledge.customers.resolver import resolve_customer

    rest = " ".join(_FILLER.sub(" ", _TOO.sub(" ", _SAME.sub(" ", text or ""))).split())
    if not rest or len(rest.split()) > 2 or _NOT_A_NAME.search(rest) or any(
            len(w) < 3 or not w.isalpha() for w in rest.split()):
        return None
    found = resolve_customer(session=session, staff=staff, name=rest)
    return found.customer_id if found.status == "found" and found.customer_id else None
