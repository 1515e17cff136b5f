"""A call a colleague made, told by the advisor: not the advisor's call, so nothing is logged.

"sofia rang femke van dijk for me this morning, reached", "marco from next door rang dieter
lange about the mortgage", "my colleague spoke to rita sousa yesterday", "the trainee called
X": the interactions table holds each advisor's own contacts ("Logged your call with …"),
so a colleague's call is never stored as the sender's, not even for a yes. The subject of
the call verb must be a colleague: a colleague word ("my colleague", "the trainee"), or a
first name with "from <team>" after it or "for me" / "on my behalf" in the message; a
customer who called ("anna lange called the branch, she spoke with the trainee") is no
colleague, and neither is "i", "we" or a pronoun.
"""

from __future__ import annotations

import re

SOMEONE_ELSE = "someone_else"  # the kind knowledge.call_reports.plans.nothing_logged words

_CALL_VERB = (r"(?:has |had |have |already |just |also |finally |quickly )*"
              r"(?:rang|rung|called|phoned|rung up|spoke (?:to|with)|spoken (?:to|with)|"
              r"talked (?:to|with)|reached|got hold of|got through to|tried|met|saw|caught|"
              r"ha (?:chiamato|parlato con)|hat\s+(?:\S+\s+)?(?:angerufen|erreicht))")
_COLLEAGUE = (r"(?:(?:my|our|a|the|one of (?:my|our|the))\s+)?(?:colleagues?|co-?workers?|"
              r"assistant|trainee|intern|apprentice|team ?mate|deputy|manager|boss|back ?office|"
              r"front desk|reception(?:ist)?|kollegin|kollege|collega|collègue)"
              r"(?:\s+(?!has\b|had\b|have\b|already\b|just\b|also\b)[^\W\d_][\w-]*)?")
# (never a word of time or manner opening the sender's own report: "today rang X for me …",
# "finally rang X", "ok called X")
_FIRST_NAME = (r"(?!(?:i|we|he|she|they|you|it|who|customer|client|today|yesterday|tonight|"
               r"earlier|later|then|so|ok|okay|also|just|finally|quickly|already|again|first|"
               r"and|but|btw|anyway|eventually|successfully|this|morning|afternoon|evening|"
               r"have|had|has|once|twice|still|last|lastly|next|now|well)\b)[^\W\d_][\w-]*")
# Where the colleague works: "from next door", "from the mortgage team", "from our team"
_FROM_TEAM = r"\s+from\s+(?:[\w'-]+\s+){0,3}?(?:door|team|desk|branch|office|department|floor)"
_CLAUSE = r"(?:^|(?<=[.;!?\n])|(?<=,)|(?<=\s[-–—]))\s*"
_BY_COLLEAGUE = re.compile(rf"{_CLAUSE}(?P<who>{_COLLEAGUE})\s+{_CALL_VERB}\s+(?P<rest>.*)",
                           re.IGNORECASE)
_BY_NAMED = re.compile(rf"{_CLAUSE}(?P<who>{_FIRST_NAME}(?P<team>{_FROM_TEAM})?)\s+{_CALL_VERB}"
                       rf"\s+(?P<rest>.*)", re.IGNORECASE)
_FOR_ME = re.compile(r"\b(?:for me|on my behalf|in my place|instead of me|while i was (?:out|"
                     r"away|off))\b", re.IGNORECASE)


def someone_elses_call(text: str | None, customer_name: str | None) -> str | None:
    """The words that say a colleague made the call with `customer_name` ("sofia rang femke
    van dijk"), or None when the message does not say so."""
    words = " ".join((text or "").split())
    parts = {p.lower() for p in re.findall(r"[^\W\d_][\w-]*", customer_name or "")}
    if not words or not parts:
        return None
    for pattern in (_BY_COLLEAGUE, _BY_NAMED):
        for match in pattern.finditer(words):
            who = match.group("who")
            if who.split()[0].lower() in parts:
                continue  # the customer called ("anna lange called the branch")
            if not _names(match.group("rest"), parts):
                continue  # the colleague called someone else, or nobody named
            if pattern is _BY_NAMED and not (match.group("team") or _for_me(words, match)):
                continue  # "finally rang X": a first word is no colleague without more
            named = match.group("rest").split()[:len(parts) + 1]
            while named and named[-1].lower().strip(",.;:!?") not in parts:
                named.pop()  # up to the customer's last name word ("… rang dieter lange")
            return " ".join([words[match.start("who"):match.start("rest")].strip(), *named]
                            ).rstrip(",.;:!?")
    return None


def _for_me(words: str, match: re.Match[str]) -> bool:
    """ "for me" / "on my behalf" in the clause of the call ("sofia rang X for me, reached"),
    not elsewhere in the message ("yep rang X, reached, booked the room for me")."""
    end = _CLAUSE_END.search(words, match.start("rest"))
    start = max(words.rfind(mark, 0, match.start("who")) for mark in ".;!?\n") + 1
    return bool(_FOR_ME.search(words, start, end.start() if end else len(words)))


_CLAUSE_END = re.compile(r"[.,;:!?\n]|\s[-–—]\s")


def _names(rest: str, parts: set[str]) -> bool:
    """The words right after the call verb name the customer (a title may come first)."""
    first = re.findall(r"[^\W\d_][\w-]*", rest)[:3]
    first = [w.lower() for w in first if w.lower() not in ("mr", "mrs", "ms", "dr", "herr", "frau")]
    return bool(first) and first[0] in parts
