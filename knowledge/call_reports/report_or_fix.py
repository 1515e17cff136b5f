"""A "sorry" before another customer's full report: a correction of the last call, or a new
call said with an apology ("sorry, jan koch no answer" after "anna lange reached";
"Entschuldigung, Jan Koch nicht erreicht")? When the message changes both the customer and
the outcome and says nothing else that corrects (no "i meant", "wrong customer", "not X",
"should be", "it was …"), either reading is likely: the last call is kept, nothing else is
written, and which one is asked. A change of one of them ("sorry, jan koch"; "sorry, no
answer") stays a correction.
"""

from __future__ import annotations

import re
from typing import Any

# "it was maria", "that was", "meant", "instead": words that say the last call was wrong.
_FIXING = re.compile(r"\b(?:it|that|this) (?:was|is|'s)\b|\b(?:it|that)'s\b|\bmeant\b|"
                     r"\binstead\b|\bactually\b|\bwrong\b|\bnot (?:for|with)\b|\bnicht\b(?!\s+"
                     r"(?:erreicht|erreichbar|da|interessiert))|\bsondern\b|\bstatt\b",
                     re.IGNORECASE)


def new_report_or_fix(words: str, old: dict[str, Any], write: dict[str, Any]) -> str | None:
    """The question when `write` (the last call `old` as the message would change it) has a
    new customer and a new outcome and the message opens only with an apology; None when it
    reads as a correction."""
    from knowledge.call_reports.correction_words import _NOT_THIS_BUT_THAT
    from knowledge.call_reports.corrections import _AMENDS, _CORRECTION, _DATE_DISPUTED
    from knowledge.writes.pending import describe

    if write.get("customer_id") == old.get("customer_id"):
        return None
    if write.get("outcome") == old.get("outcome"):
        return None
    if (_CORRECTION.search(words) or _AMENDS.match(words) or _DATE_DISPUTED.search(words)
            or _NOT_THIS_BUT_THAT.search(words) or _FIXING.search(words)):
        return None
    who = write.get("name") or write.get("customer_id")
    return (f"Is that a correction of your last call ({describe(old)}), or a new call with "
            f"{who}? Say \"i meant {who}\" to correct it, or send the new call again without "
            "the apology.")
