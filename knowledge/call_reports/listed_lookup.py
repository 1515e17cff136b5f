"""A place on the call list asked about: "tell me more about no 3", "details on #2 pls", "more
on number 4", "who's the third one?", "why is #2 on my list?", "what does no 4 hold" — the
customer at that place of the list as shown, so the lookup reads them, whichever lookup the NLU
sent the message to (a theme's detail, the list's next page, a profile's section).

A place means the call list only when the numbered list the conversation showed last is the
call list: after a themes list, "tell me more about #3" is theme 3. A message that reports a
call or names a customer in full is no lookup of a place (the call readers have it).
"""

from __future__ import annotations

import datetime as dt
import re

from knowledge.call_reports.positions import position_in
from knowledge.conversation.state import ConversationState, Listed
from knowledge.customers.resolver import ordinal_in

# asking about someone, not reporting a call: "tell me (more) about", "more on", "details on",
# "info on", "what about", "who is", "show me", "pull up", "look up", "profile of"
_ASKED = re.compile(
    r"\b(?:tell me (?:a bit |some ?thing |a little )?(?:more )?(?:about|abt|on)|"
    r"more (?:on|about|abt|info|details)|details? (?:on|of|for|about|abt)|"
    r"info(?:rmation)? (?:on|about|abt|for)|what about|how about|who(?:'?s| is| was)|"
    r"show me|pull up|look up|lookup|open|profile (?:of|for)|background on|"
    r"what(?:'?s| is) (?:the story|the deal|up) with|anything on)\b", re.IGNORECASE)
# "about no 3", "on no. 4": "no" as "number" after a word that asks about someone
_NO_PLACE = re.compile(r"\b(?:about|abt|on|of|for|is|re|with)\s+(?:no\.?|nr\.?|n°|nº)\s?"
                       r"(?P<n>\d{1,2})\b(?!\s*(?:times|x|min\w*|hours?|days?|calls?)\b)",
                       re.IGNORECASE)


def listed_asked_about(text: str | None, state: ConversationState, *, as_of: dt.date,
                       ordinal: str | None = None, asking: bool = True) -> Listed | None:
    """The customer at the list place the message asks about; None when it asks about no
    place, the list shown last is no call list, or the place is past its end. `asking`:
    the words must ask about someone (a read the NLU chose for another reason); a read of a
    customer by its intent ("why is no 3 on my list?", "what does number 4 hold") need not."""
    from knowledge.call_reports.said import read_call

    words = " ".join((text or "").split())
    if state.last_list != "calls" or not state.shown or (asking and not _ASKED.search(words)):
        return None
    if read_call(words, as_of).explicit:
        return None  # "what about no 3 - reached her": a call report
    number = place_named(words)
    if number is None and ordinal and not position_in(words)[1]:
        number = ordinal_in(str(ordinal))
        if number is not None and str(number) not in words and not ordinal_in(words):
            number = None  # the NLU's ordinal must be in the words
    if number is None or number < 1:
        return None
    return state.at(number)


def place_named(text: str | None) -> int | None:
    """The list place a message names ("#3", "number 2", "the third one", "about no 3");
    None for none, or for "the next one" (a place after another)."""
    words = " ".join((text or "").split())
    number, is_next, match = position_in(words)
    if is_next:
        return None
    if match is None:
        found = _NO_PLACE.search(words)
        number = int(found.group("n")) if found else None
    return number
