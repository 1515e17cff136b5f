"""The same report sent twice: stored once, and the advisor told so plainly.

A message sent twice (a retry on a bad connection, the phone adding "Sent from my iPhone",
an "🎉🎉" added on the second send) reads as exactly the write made last in the conversation.
Asking "Log it again? … OK?" invites a hurried "yes" and a double record, so within a short
window nothing is stored and the answer says so, as a statement, not a yes/no question:
"Already logged 1 minute ago: a call with Fleur Vos (C000014): reached — not stored twice.
If it was another call, say “log it again”." The write waits in `last_write["held"]`;
"log it again" stores it (audited like any write). A report that says it is a further
attempt ("again", "another", "still", "2nd time", "once more", "x2") is a new call and never
held. Outside the window (or when a sale names another product) the old question is asked.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from knowledge.answer import ChatAnswer
from knowledge.text_input import without_signature
from knowledge.writes.pending import describe, same_as_last
from knowledge.writes.unsure import REPEAT, unsure_about

WINDOW = dt.timedelta(minutes=30)
LOG_AGAIN = "log it again"

# One more try, in the words advisors use; the count words ("twice", "x2", "second time")
# are the safety net's REPEAT class (knowledge.writes.unsure), not repeated here.
_FURTHER = re.compile(
    r"\b(?:again|another|once more|one more (?:time|try|attempt)|still|(?:2nd|3rd|third|"
    r"second|new) (?:time|try|attempt|call)|retried|re-?tried|nochmal|noch ?mal|wieder|"
    r"erneut|encore|otra vez|de nuevo|"
    # the other languages' "again" and "still": "di nuovo", "opnieuw", "ponownie", "igen",
    # "immer noch", "toujours pas", "sigue sin", "nog steeds", "nadal", "fortfarande"
    r"di nuovo|ancora|riprovato|opnieuw|nog (?:een )?keer|nogmaals|nog steeds|ponownie|"
    r"jeszcze raz|znowu|nadal|igen|en gång till|fortfarande|immer noch|à nouveau|de nouveau|"
    r"toujours|réessayé|reessaye|sigue sin|todavía|todavia|"
    # a call made again in one word or a count said in words ("rappelé X cet aprem",
    # "richiamato", "volví a llamar", "tweede poging", "drugi raz", "zum zweiten Mal")
    r"rappel[ée]e?s?|retent[ée]e?|nouvel (?:essai|appel)|deuxième (?:fois|essai|appel|tentative)|"
    r"richiamat[oa]|seconda volta|secondo tentativo|(?:he |ha )?vuelto a llamar|volví a llamar|"
    r"segunda vez|segundo intento|nog altijd|weer|tweede (?:keer|poging)|wciąż|drugi raz|"
    r"druga próba|andra (?:gången|försöket)|noch immer|weiterhin|zweiter versuch|"
    r"(?:zum )?zweiten mal|zweites mal|"
    # "she called back", "rang back", "got back to me": a contact of its own
    r"(?<!be )(?<!being )(?<!been )(?<!get )(?:called|rang|rung|phoned) (?:me |us )?back"
    r"(?! on| tomorrow| tmrw| later)|"
    r"got back to (?:me|us)|returned (?:my|the|our) call|hat zurückgerufen|rief zurück)\b",
    re.IGNORECASE)
_NOT_WORDS = re.compile(r"[^\w]+")
# A clock time in a report ("9:15", "14.30", "um 16 Uhr", "at 3pm", "kl 14"): when it was made
_TIME = re.compile(r"\b(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d\b|\s*(?:am|pm|uhr|h)\b)|"
                   r"\b(?:kl\.?|klockan|godz\.?|ore|alle|um|at|à)\s*(?:[01]?\d|2[0-3])\b",
                   re.IGNORECASE)


def _times(text: object) -> set[str]:
    return {re.sub(r"\D", "", t) for t in _TIME.findall(str(text or ""))}


def at_another_time(text: str | None, name: str | None, earlier: Sequence[str]) -> bool:
    """The report carries a clock time and an earlier message about the same customer another
    ("lena n/a 9:15", then "lena n/a 14:30"): another attempt, never the same call twice."""
    first = (name or "").split()[0].lower() if (name or "").split() else ""
    said = [_times(e) for e in earlier if first and first in e.lower() and _times(e)]
    return bool(_times(text)) and bool(said) and _times(text) not in said

# "log it again", "yes, store it again", "it was another call", "nochmal loggen"
_ASKS_AGAIN = re.compile(
    r"^\s*(?:(?:yes|yep|ja|ok(?:ay)?|sure)[\s,.!]*)?(?:(?:pls|please|bitte)\s+)?"
    r"(?:(?:log|store|save|record|add|book)\s+(?:it|that|this|the call|them)?\s*"
    r"(?:again|anyway|twice|a second time|once more|as (?:a )?(?:new|second|another) call)|"
    r"(?:it|that|this)\s+(?:was|is)\s+(?:a |an )?(?:another|second|new|different|separate)"
    r"\s+(?:call|one|attempt|try)|"
    r"nochmal\s+(?:loggen|speichern|eintragen))"
    r"(?:[\s,.!]+(?:pls|please|bitte|thanks|thx))*[\s.!]*$", re.IGNORECASE)


def further_attempt(text: str | None) -> bool:
    """The report says it is one more try ("tried her again", "still no answer", "x2")."""
    words = text or ""
    return bool(_FURTHER.search(words)) or unsure_about(words, kinds=(REPEAT,)) is not None


def without_garnish(text: str | None) -> str:
    """The words of a message without a phone's signature, emoji, punctuation or spacing."""
    return " ".join(_NOT_WORDS.sub(" ", without_signature(text or "").lower()).split())


def held_double(write: dict[str, Any], last: dict[str, Any] | None, text: str | None, *,
                now: dt.datetime | None = None) -> ChatAnswer | None:
    """The answer for a report that repeats the last write of the conversation: nothing
    stored, said plainly, the write kept for "log it again". None when it is no double send
    (another write, a further attempt, another product sold, or too long ago)."""
    if not same_as_last(write, last):
        return None
    before = (last or {}).get("write") or {}
    if further_attempt(text) and without_garnish(text) != without_garnish(before.get("note")):
        return None  # "tried her again, no answer": one more call (the same message twice is not)
    if _times(text) and _times(before.get("note")) and _times(text) != _times(before.get("note")):
        return None  # "lena n/a 9:15" then "lena n/a 14:30": two attempts, each at its time
    if without_garnish(write.get("sale_of")) != without_garnish(before.get("sale_of")):
        return None  # "sold her the bond" after "sold her the fund": another sale
    ago = _ago((last or {}).get("at"), now or dt.datetime.now(dt.UTC))
    if ago is None:
        return None
    return ChatAnswer(
        f"Already logged {ago}: {describe(write)} — not stored twice. If it was another "
        f"call, say “{LOG_AGAIN}”.",
        slots={"pending_write": None, "last_write": {**(last or {}), "held": write}})


def held_write(text: str | None, last: Any) -> dict[str, Any] | None:
    """The write held back as a double send, when this message asks to store it after all."""
    if not isinstance(last, dict) or not isinstance(last.get("held"), dict):
        return None
    return last["held"] if _ASKS_AGAIN.match(" ".join((text or "").split())) else None


def _ago(at: Any, now: dt.datetime) -> str | None:
    """"1 minute ago" for a write stored within the window; None when older (or unknown
    time: written before writes were stamped, so not said to be recent)."""
    try:
        stored = dt.datetime.fromisoformat(str(at))
    except ValueError:
        return None
    if stored.tzinfo is None:
        stored = stored.replace(tzinfo=dt.UTC)
    elapsed = now - stored
    if elapsed > WINDOW or elapsed < -dt.timedelta(minutes=1):
        return None
    minutes = max(int(elapsed.total_seconds() // 60), 0)
    if minutes == 0:
        return "less than a minute ago"
    return f"{minutes} minute{'s' if minutes != 1 else ''} ago"


# "that was a double post sorry", "sent it twice, ignore": the repeat named as such
_DOUBLE_SAID = re.compile(
    r"\b(?:double[- ]?(?:post(?:ed)?|sen[dt]|message)|(?:posted|sent|typed) (?:it |that )?twice|"
    r"duplicate|doppelt|dubbel|doppio|en double)\b", re.IGNORECASE)


def double_post_answer(text: str | None, last: Any) -> ChatAnswer | None:
    """ "that was a double post" right after a repeat was held back: nothing to take back,
    the write stays stored once (an undo here took back the one call there was); None
    otherwise."""
    if not isinstance(last, dict) or not isinstance(last.get("held"), dict):
        return None
    if not _DOUBLE_SAID.search(" ".join((text or "").split())):
        return None
    return ChatAnswer(f"No problem: it is stored once — {describe(last['held'])}. Nothing "
                      "else was changed.",
                      slots={"pending_write": None,
                             "last_write": {k: v for k, v in last.items() if k != "held"}})
