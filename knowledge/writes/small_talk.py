"""What a greeting or a goodbye carries besides itself: "ciao, chi devo chiamare oggi?" asks
for the call list, "cofnij to" takes the last write back, "hej, tvåan svarade inte" reports a
call on the list, "buongiorno, ho sentito Giorgio Conti, appuntamento giovedì" reports a call.
The NLU may read such a message as the greeting (or goodbye) its first word is; the small-talk
actions (actions/small_talk.py) ask this reader and hand the message over instead of only
saying hello. Words only, no database.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from knowledge.call_reports.positions import position_in
from knowledge.call_reports.said import read_call
from knowledge.writes.mixed import asks_for_the_list
from knowledge.writes.short_report import short_call_report
from knowledge.writes.take_back_words import is_take_back

Request = Literal["undo", "list", "place", "report"]

# The greeting or goodbye itself, in the advisors' languages, with what may follow it
# ("hi there", "guten Morgen zusammen", "ciao a tutti").
_HELLO = re.compile(
    r"^\s*(?:(?:hi|hello|hey|hiya|yo|morning|good (?:morning|afternoon|evening)|gm|"
    r"hallo|moin|servus|grüß gott|gruss gott|guten (?:morgen|tag|abend)|tschüss|tschuess|"
    r"bonjour|bonsoir|salut|coucou|ciao|buongiorno|buonasera|salve|hola|buenos d[ií]as|"
    r"buenas(?: tardes)?|hoi|dag|goedemorgen|goedemiddag|cześć|czesc|dzień dobry|dzien dobry|"
    r"witam|hej|hejsan|god morgon|tja|bye|adios|adiós|arrivederci|tot ziens|do widzenia|"
    r"hej då|ha det)\b(?:\s+(?:there|all|team|zusammen|à tous|a tutti|a todos|allemaal|"
    r"wszystkim|alla|bot|assistant))?[\s,.!:;-]*)+", re.IGNORECASE)


def rest_of(text: str | None) -> str:
    """The message without the greeting or goodbye it opens with."""
    words = " ".join((text or "").split())
    hello = _HELLO.match(words)
    return words[hello.end():] if hello else words


def request_in(text: str | None, as_of: dt.date) -> Request | None:
    """What the message asks beyond hello or goodbye: "undo" (it takes the last write back),
    "list" (the call list), "place" (a call reported by its place on the list), "report" (a
    call reported by the customer's name); None for a greeting or goodbye alone ("hej!",
    "good morning team", "ciao, a domani")."""
    rest = rest_of(text)
    if not rest.strip(" .,!?"):
        return None
    if is_take_back(rest):
        return "undo"
    if asks_for_the_list(rest):
        return "list"
    number, is_next, match = position_in(rest)
    if match is not None and (number is not None or is_next):
        return "place"
    return "report" if _reports_a_call(rest, as_of) else None


def _reports_a_call(rest: str, as_of: dt.date) -> bool:
    """The words state a call's outcome, and not only a day ("see you tomorrow", "a domani",
    "vi ses imorgon" name a day and report nothing)."""
    report = read_call(rest, as_of)
    if not report.explicit or (len(rest.split()) < 2 and not short_call_report(rest, as_of)):
        return False  # "hej, röstbrevlåda" reports a call; "hi, happy" does not
    if report.date_words:
        rest = rest.replace(report.date_words, " ")
        return len(rest.split()) >= 2 and read_call(rest, as_of).explicit
    return True
