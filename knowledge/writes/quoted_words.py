"""A customer's own words in quote marks after their name ("Petra Weber: 'nessuno mi ha
richiamata dopo la domanda di prestito'", "jonas weber – “no one rang me back”"): their story,
told as they told it. A call or an outcome read in it is not the advisor's report
(knowledge.writes.speech_act's QUOTED act); the words may be their feedback, shown for a yes.
"""

from __future__ import annotations

import re

from knowledge.writes.speech_act import _FORWARDED, _quote

_I = re.IGNORECASE
# Quote marks, a single one only outside a word: "je l'ai eue, elle passe à l'agence" quotes
# nothing (its apostrophes are French), "Petra Weber: 'nessuno mi ha …'" does.
_QUOTED = re.compile(r"(?<!\w)'([^']{6,})'(?!\w)|\"([^\"]{6,})\"|“([^”]{6,})”|„([^“”]{6,})[“”]|"
                     r"«\s*([^»]{6,})»")
# The advisor's own contact, told beside a quote ("rang X, she said '…'"): the call is theirs.
_CONTACTED = re.compile(
    r"\b(?:call(?:ed)?|rang|rung|ring|phoned?|spoke|spoken|talked|tried|reached|met|visited|"
    r"vm|voicemail|angerufen|erreicht|gesprochen|telefoniert|chiamat\w|sentit\w|parlato|"
    r"appel\w*|joint|parlé|llam\w*|hablé|hablado|gebeld|gesproken|bereikt|dzwoni\w*|"
    r"rozmawia\w*|ringde|ringt|pratade|talade|nådde)\b", _I)


def customer_quoted(words: str) -> str | None:
    """ "Petra Weber: 'nessuno mi ha richiamata dopo la domanda'": a sentence of the
    customer's in quote marks, and nothing outside them that tells a contact of the
    advisor's; a call read from the quoted words is the customer's story, not a call."""
    from knowledge.call_reports.said import _CALL_WORDS

    inner = quoted_sentence(words)
    if inner is None or len(inner.split()) < 4 or _FORWARDED.search(words):
        return None
    outside = outside_quotes(words)
    if outside == words or _CONTACTED.search(outside) or any(
            p.search(outside) for p in _CALL_WORDS):
        return None
    return _quote(words, words.find(inner), len(words), most=8)


def quoted_sentence(text: str | None) -> str | None:
    """The longest words in quote marks (apostrophes inside words are none), or None."""
    words = " ".join((text or "").split())
    found = [next(g for g in m.groups() if g) for m in _QUOTED.finditer(words)]
    return max(found, key=len).strip() if found else None


def outside_quotes(text: str | None, fewest: int = 4) -> str:
    """The message without the words it holds in quote marks, when they are a sentence of
    `fewest` words or more: what the customer said, quoted ("Petra Weber: 'nessuno mi ha
    richiamata'"), is theirs, so a call or an outcome read in it is not the advisor's."""
    words = " ".join((text or "").split())
    return _QUOTED.sub(lambda m: " " if len(m.group(0).split()) >= fewest else m.group(0),
                       words)
