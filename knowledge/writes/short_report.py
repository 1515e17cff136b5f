"""A call's outcome in one or two words ("nie odebrał", "keine Antwort", "voicemail",
"svarade inte", "kein Interesse"): a report whatever intent the NLU gave it (a greeting, a
"no", a yes), never a plain answer. A short yes or no ("no thanks", "all good", "nada",
"tutto ok") is no such report: it says nothing a call could not also be said to be, and a
"no" to an offer is never logged as a refusal. The call it reads is shown for a yes
(knowledge.writes.unplaced), never stored at once. Words only, no database.
"""

from __future__ import annotations

import datetime as dt
import re

import knowledge.languages as _lang
from knowledge.call_reports.said import read_call
from knowledge.languages import alternatives as _alt
from knowledge.models.bank import Outcome

# A yes, a no or "all fine" on its own: an answer, or how the advisor is, before a call's outcome
_ANSWER = re.compile(
    rf"^\s*(?:{_alt(_lang.YES + _lang.NO + _lang.POLITE)}|no|nope|nah|yes|yep|ok|okay|fine|"
    r"no thanks?|no thank you|not now|nada|all (?:good|fine|ok)|happy|sorted|great|perfect|"
    r"alles (?:gut|ok|klar|passt)|tutto (?:bene|ok|a posto)|tout va bien|todo (?:bien|ok)|"
    r"allt (?:bra|ok)|wszystko (?:ok|dobrze|w porządku)|alles (?:goed|in orde))"
    r"(?:[\s,.!]+(?:danke|thanks|thank you|merci|grazie|gracias|tack|dzięki|bedankt))?"
    r"[\s.!]*$",
    re.IGNORECASE)
SHORT = 2  # words: "nie odebrał", "geen gehoor"; three and more are read as any report


def short_call_report(text: str | None, as_of: dt.date) -> bool:
    """One or two words that state a call's outcome ("nie odebrał", "mailbox", "kein
    Interesse", "svarade inte"), and are no yes, no or "all good" of an answer."""
    words = " ".join((text or "").split())
    if not words or len(words.split()) > SHORT or "?" in words or _ANSWER.match(words):
        return False
    report = read_call(words, as_of)
    return report.explicit and report.outcome is not Outcome.reached or (
        report.explicit and len(words.split()) == SHORT)
