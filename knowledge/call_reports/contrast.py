"""A refusal of one thing, then a next step for another, in one call report.

"not interested in the card. BUT wants to talk about the mortgage next tue", "no interest in
the fund, however she'd like a meeting about her pension", "declined the ISA but keen to
hear about savings": the customer said no to one offer and asked for the next step on
another, so the call's outcome is that next step (with its date), not "not interested". The
refusal must come first and the next step after a word of contrast (or the refusal must be
of a named thing and followed by the customer's wish, "not interested in the card, wants
to talk about the mortgage"); "wants a meeting? no, not interested" and "not interested in
the ISA, call again in spring" stay a refusal. knowledge.call_reports.said reads the outcomes;
this only says which one stands.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# "but", "however", "though", "although", "yet", "still", and the advisors' own languages
_CONTRAST = re.compile(r"\b(?:but|however|though|although|yet|still|instead|aber|jedoch|"
                       r"doch|mais|pero|ma|maar|men|ale)\b", re.IGNORECASE)
# A wish for a next step, with its date ("wants to talk about the mortgage next tue")
_WISH = re.compile(r"\b(?:wants?|wanted|would like|keen|asked|likes? to|happy to|open to|"
                   r"interested in)\b", re.IGNORECASE)
# The refusal is for now only: "not right now, call back next week" asks for that call
_FOR_NOW = re.compile(r"^(?:said\s+)?not\s+(?:for\s+|right\s+)?now$", re.IGNORECASE)
# The refusal is of one thing: "not interested in the card", "no interest in funds"
_SCOPED = re.compile(r"^\s*(?:in|on|about|for|with)\s+\S", re.IGNORECASE)


def next_step_after_refusal(words: str, refusal: re.Pattern[str],
                            follow_up: Callable[[str], object], date: re.Pattern[str]) -> bool:
    """Whether a refusal (`refusal`) is followed, after a contrast or as a refusal of one
    named thing, by a next step: words `follow_up` affirms (a meeting, a call back, a visit
    wanted) or a wish with a date (`date`)."""
    def next_step(rest: str) -> bool:
        if refusal.search(rest):
            return False  # "but she's not interested in that either": refused again
        return bool(follow_up(rest) or (_WISH.search(rest) and date.search(rest)))

    for match in refusal.finditer(words):
        rest = words[match.end():]
        contrast = _CONTRAST.search(rest)
        if contrast is not None and next_step(rest[contrast.end():]):
            return True
        if _FOR_NOW.match(match.group(0)) and next_step(rest):
            return True
        if _SCOPED.match(rest) and next_step(rest) and _WISH.search(rest):
            # "not interested in the card, wants a meeting re the mortgage": the customer's
            # wish; "not interested in the isa, call again in spring" is the refusal, with
            # the advisor's own next try
            return True
    return False
