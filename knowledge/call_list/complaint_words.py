"""Whether a call report closes the customer's open complaint: the resolving words, unless
the message keeps the complaint open ("wip, not closed yet", "still pending", "noch offen",
"couldn't resolve it") — then nothing is closed, and the rest of the message says what the
call was (or it is asked).

Word lists, not a parse (see knowledge.writes.unsure for why): the in-progress and negation
words that govern a complaint's state in advisors' notes, English and German.
"""

from __future__ import annotations

import re

_DONE = r"(?:resolved|closed|sorted(?: out)?|fixed|settled|solved|done|finished|over|erledigt|" \
        r"gelöst|geloest|geklärt|geklaert|abgeschlossen)"
_STILL_OPEN = re.compile(
    # "not closed yet", "isn't resolved", "hasn't been sorted", "not yet done", "nicht erledigt"
    rf"\b(?:not|isn'?t|isnt|wasn'?t|wasnt|hasn'?t|hasnt|haven'?t|never|nicht|noch nicht|kein)"
    rf"(?:\s+(?:yet|been|quite|fully|really|completely|ganz|noch))*\s+{_DONE}\b|"
    # "couldn't resolve it", "did not close the complaint", "unable to fix"
    r"\b(?:couldn'?t|could not|didn'?t|did not|can'?t|cannot|unable to|won'?t|will not)\s+"
    r"(?:\w+\s+)?(?:resolve|close|fix|sort|settle|solve)\b|"
    # "still open", "remains pending", "keep it open"
    r"\b(?:still|remains?|stays?|keep(?: it)?|leave(?: it)?|is|as)\s+(?:open|pending|ongoing|"
    r"unresolved|in progress|active)\b|"
    r"\b(?:wip|w\.i\.p\.?|in prog(?:ress)?|work in progress|ongoing|pending|unresolved|"
    r"open still|working on it|being worked on|not yet|noch offen|offen|in bearbeitung|"
    r"läuft noch|laeuft noch|en cours|pas encore|sigue abierta|en curso)\b",
    re.IGNORECASE)


def keeps_complaint_open(words: str | None) -> bool:
    """The message says the complaint is not closed (yet) or still being worked on."""
    return bool(_STILL_OPEN.search(words or ""))


def without_open_complaint(words: str) -> str:
    """The message with what keeps the complaint open blanked (same length), so "not sorted
    yet" is not read as a call that got through."""
    return _STILL_OPEN.sub(lambda m: " " * len(m.group(0)), words)
