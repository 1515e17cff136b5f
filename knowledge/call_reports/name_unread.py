"""A customer's name is never read as a date or an outcome: "spoke to jan koch" names no
January, "may lee" no month, "tue nielsen" no Tuesday, "will sale" no sale. The name's words
are blanked to "nnn" (same length, so every span read stays where it was typed) before the report is
read, and a date the NLU took from the name alone is dropped."""

from __future__ import annotations

import re

from knowledge.customers.names import name_parts

# A name's particles are everyday words too ("de", "van", "la", "del"): never blanked
_PARTICLES = frozenset("de da di do du des del della dos das van von der den ter la le el il "
                       "al bin ben af av zu ten".split())


def without_name(text: str | None, name: str | None) -> str | None:
    """`text` with each word of the customer's `name` blanked, wherever it stands."""
    if not text or not name:
        return text
    for part in {*name_parts(name), *re.findall(r"[^\W\d_]{2,}", name)}:
        if len(part) >= 3 and part.lower() not in _PARTICLES:  # "pas de réponse" stays
            text = re.sub(rf"(?<![\w-]){re.escape(part)}(?![\w-])",
                          lambda m: "n" * len(m.group(0)), text, flags=re.IGNORECASE)
    return text


def date_not_the_name(follow_up: str | None, name: str | None) -> str | None:
    """The NLU's follow-up date, None when it is only words of the customer's name."""
    if not follow_up or not name:
        return follow_up
    rest = without_name(follow_up, name) or ""
    return follow_up if re.search(r"[^\W_]", rest) else None


# What a call's words are read from ("Mailbox", "Termin", "keine Antwort", "Rückruf"): a
# capitalised noun of an outcome, never a name no customer has
_CAPITAL_WORD = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w'’-]*")


def outcomes_lowered(text: str) -> str:
    """`text` with the capitalised words of its outcome and date phrases in lower case
    ("der 5. Mailbox" → "der 5. mailbox"), so no reader takes them for an unknown name; a
    customer's name in full is still found (names are matched without case)."""
    from knowledge.call_reports.said import _CALL_WORDS, _DATE

    spans = [m.span() for p in (*_CALL_WORDS, _DATE) for m in p.finditer(text)]
    if not spans:
        return text

    def lowered(match: re.Match[str]) -> str:
        inside = any(a <= match.start() and match.end() <= b for a, b in spans)
        return match.group(0).lower() if inside else match.group(0)

    return _CAPITAL_WORD.sub(lowered, text)
