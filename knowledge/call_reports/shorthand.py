"""Call notes as advisors type them in a CRM: shorthand spelt out, and where a message takes
back what it said first.

"NI" (not interested), "LVM" (left a voicemail), "n/a" (no answer), "f/u" (follow-up), "cb"
(call back), "compl." (complaint), "nxt wk" (next week) are read as the words they stand
for, so a call note pasted from the CRM reads like one typed out; the customer who called back
("he did call back", "hat zurückgerufen", "oddzwoniła") got through. A message that changes its
mind ("sold her a mortgage no actually she only wants to think about it") is split where it
does, so that what it says last can stand (knowledge.call_reports.said).
"""

from __future__ import annotations

import re

from knowledge.text_input import plain_quotes
from knowledge.writes.take_back_words import CHANGED_MIND

_SHORTHAND = (
    (re.compile(r"\bNI\b"), "not interested"),  # capitals only: "ni" is no shorthand
    (re.compile(r"\blvm\b", re.IGNORECASE), "left a voicemail"),
    (re.compile(r"(?<![\w/])n/a(?![\w/])", re.IGNORECASE), "no answer"),
    (re.compile(r"(?<![\w/])f/u(?![\w/])", re.IGNORECASE), "follow up"),
    (re.compile(r"\bcb\b", re.IGNORECASE), "call back"),
    (re.compile(r"\bcompl\.?(?=\s|$)", re.IGNORECASE), "complaint"),
    (re.compile(r"\bnxt\b", re.IGNORECASE), "next"),
    (re.compile(r"\b(next|this|a|one|two|\d+) wks?\b", re.IGNORECASE), r"\1 week"),
)
# Outcomes as dictation or autocorrect leaves them ("know answer", "left a massage", "voice
# male", "spoketo", "not intrested"): each is the misheard twin of one outcome's own words,
# never a word of another outcome, so a no-answer can never read as reached.
_MISHEARD = (
    # not the verb: "wants to know answer by friday", "let her know answer is yes"
    (re.compile(r"(?<!\bto )(?<!\bher )(?<!\bhim )(?<!\bthem )(?<!\bme )(?<!\bus )"
                r"(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bshe )(?<!\bhe )(?<!\bthey )"
                r"\bknow (answer|reply|response)\b", re.IGNORECASE), r"no \1"),
    (re.compile(r"\bno(answer|reply|response)\b", re.IGNORECASE), r"no \1"),
    # letters dropped or swapped in "answer": "no anser", "no answr", "no awnser", "no asnwer"
    (re.compile(r"\bno (?!answer\b)(?=a\w*n)(?=a\w*[sw])(?=\w*r\b)a[answer]{3,6}\b",
                re.IGNORECASE), "no answer"),
    (re.compile(r"\b(left (?:(?:her|him|them) )?an?) massage\b", re.IGNORECASE), r"\1 message"),
    (re.compile(r"\bvoice ?(?:male|mall|males)\b", re.IGNORECASE), "voicemail"),
    (re.compile(r"\bspoke(to|with)\b", re.IGNORECASE), r"spoke \1"),
    # letters swapped or dropped in a hurry: "reahced", "raeched", "reachd", "rechaed"
    (re.compile(r"\b(?!reached\b)r(?:ea|ae|e)(?:ch|hc)(?:e|ea|a)?d\b|\brecha?ed\b",
                re.IGNORECASE), "reached"),
    (re.compile(r"\b(not|isn'?t|wasn'?t) (?:intrested|intersted|interseted|interested|"
                r"intereseted|intrestd|interessted|interestd)\b", re.IGNORECASE),
     r"\1 interested"),
)
# The customer who called back, in the past ("he did call back later", "der oskar hat doch
# zurückgerufen", "jednak oddzwoniła", "elle m'a rappelé"): the call got through, never a
# call back still to come ("she'll call back", "oddzwoni jutro", "wird zurückgerufen"), nor
# the advisor's own call back ("i did call back", "oddzwoniłam", "jag ringde tillbaka").
_CALLED_BACK = re.compile(
    r"(?<!\bi )(?<!\bwe )\b(?:(?:she|he|they)\s+(?:has\s+|had\s+)?(?:called|rang|rung|phoned)|"
    r"(?:did|has|had)\s+(?:call|ring|phone|called|rung|phoned))(?:\s+(?:me|us))?\s+back\b|"
    r"\bhat\b(?:\s+\w+){0,3}?\s+zur(?:ü|ue|u)ckgerufen\b|\boddzwonił(?:a|o|i|y)?\b|"
    r"(?:\b(?:il|elle)\s+(?:m['’])?a|\bm['’]a)\s+rappelée?\b|\bmi\s+ha\s+richiamat[oa]\b|"
    r"\b(?:heeft|had)\s+(?:\w+\s+){0,2}?teruggebeld\b|(?<!\bik )\bbelde\s+(?:\w+\s+){0,2}?terug\b|"
    r"(?<!\bjag )\bringde\s+(?:\w+\s+){0,2}?tillbaka\b|"
    r"\b(?:me\s+)?devolvió\s+la\s+llamada\b|\bme\s+llamó\s+de\s+vuelta\b", re.IGNORECASE)
# Words that take back what was just said, in the same message.
_TAKE_BACK = re.compile(CHANGED_MIND, re.IGNORECASE)


def spelt_out(words: str) -> str:
    """The message with CRM shorthand written out ("LVM" → "left a voicemail") and dictation's
    misheard outcomes put right ("know answer" → "no answer")."""
    from knowledge.call_reports.dates_abroad import counted_in_digits

    words = counted_in_digits(plain_quotes(words))  # "over twee weken": "over 2 weken"
    for pattern, meaning in _SHORTHAND + _MISHEARD:
        words = pattern.sub(meaning, words)
    from knowledge.call_reports.date_words import denied_weekday

    # "to był wtorek, nie poniedziałek": the day denied is no date of the call
    return denied_weekday().sub(" ", _CALLED_BACK.sub("rang me back", words))


def taken_back_after(words: str) -> list[tuple[str, str]]:
    """(before, after) around each take-back word of the message, the last one first."""
    return [(words[: m.start()], words[m.end():]) for m in reversed(list(
        _TAKE_BACK.finditer(words))) if m.start() > 0]
