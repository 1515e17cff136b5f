"""A relative getting the same call, said in the bank's other languages: "son mari aussi",
"anche suo marito", "también su hija", "haar man ook", "jej mąż też", "hennes man också",
"ihr Bruder auch" — read as the English words the relative readers know ("her husband too").

Only a possessive (or article) and a relation word together are rewritten, so a name or an
outcome is never touched; the too-word becomes "also" opening the message, "too" after it.
"""

from __future__ import annotations

import re

# relation words of fr, it, es, nl, pl, sv, de → the English relation
_RELATIONS: dict[str, str] = {
    # French
    "mari": "husband", "femme": "wife", "épouse": "wife", "epouse": "wife", "fils": "son",
    "fille": "daughter", "mère": "mother", "mere": "mother", "père": "father", "pere": "father",
    "frère": "brother", "frere": "brother", "sœur": "sister", "soeur": "sister",
    # Italian
    "marito": "husband", "moglie": "wife", "figlio": "son", "figlia": "daughter",
    "madre": "mother", "padre": "father", "fratello": "brother", "sorella": "sister",
    # Spanish
    "marido": "husband", "esposo": "husband", "esposa": "wife", "mujer": "wife", "hijo": "son",
    "hija": "daughter", "hermano": "brother", "hermana": "sister",
    # Dutch
    "man": "husband", "vrouw": "wife", "echtgenoot": "husband", "echtgenote": "wife",
    "zoon": "son", "dochter": "daughter", "moeder": "mother", "vader": "father",
    "broer": "brother", "zus": "sister", "zuster": "sister",
    # Polish
    "mąż": "husband", "maz": "husband", "żona": "wife", "zona": "wife", "syn": "son",
    "córka": "daughter", "corka": "daughter", "matka": "mother", "mama": "mum",
    "ojciec": "father", "tata": "dad", "brat": "brother", "siostra": "sister",
    # Swedish
    "maken": "husband", "fru": "wife", "frun": "wife", "hustru": "wife", "sonen": "son",
    "dotter": "daughter", "dottern": "daughter", "mamma": "mum", "mor": "mother",
    "pappa": "dad", "far": "father", "bror": "brother", "brodern": "brother",
    "syster": "sister", "systern": "sister",
    # German
    "mann": "husband", "frau": "wife", "sohn": "son", "tochter": "daughter",
    "mutter": "mother", "vater": "father", "bruder": "brother", "schwester": "sister",
    "ehemann": "husband", "ehefrau": "wife",
}
_POSSESSIVES = (r"son|sa|ses|le|la|l['’]|il|suo|sua|su|el|haar|zijn|de|het|jej|jego|ich|"
                r"hennes|hans|deras|sein|seine|seinen|ihr|ihre|ihren|der|die|den")
_TOO = (r"aussi|également|egalement|anche|pure|también|tambien|ook|też|tez|również|rowniez|"
        r"także|takze|också|ocksa|auch|ebenso")
_AND = r"et|e|y|en|i|och|und|a"
_RELATIVE = re.compile(
    rf"\b(?:(?:il|la)\s+)?(?:{_POSSESSIVES})\s*(?P<rel>{'|'.join(_RELATIONS)})\b", re.IGNORECASE)
_OPENING_TOO = re.compile(rf"^\s*(?:(?:{_AND})\s+)?(?:{_TOO})\b", re.IGNORECASE)
_TOO_WORD = re.compile(rf"\b(?:{_TOO})\b", re.IGNORECASE)
_OPENING_AND = re.compile(rf"^\s*(?:{_AND})\s+(?=her\s)", re.IGNORECASE)


def in_english(text: str | None) -> str:
    """The message with a relative and a too-word of another language in English ("son mari
    aussi" → "her husband too"); an English message comes back as it was (spaces folded)."""
    words = " ".join((text or "").split())
    if not _RELATIVE.search(words) or not _TOO_WORD.search(words):
        return words
    words = _RELATIVE.sub(lambda m: f"her {_RELATIONS[m.group('rel').lower()]}", words)
    words = _OPENING_TOO.sub("also", words)
    words = _OPENING_AND.sub("and ", words)
    return _TOO_WORD.sub("too", words)
