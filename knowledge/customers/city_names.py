"""A city as advisors may type it: the name the bank stores ("München", "Frankfurt am Main")
or its English name ("munich", "frankfurt"). Used where a city tells namesakes apart ("the
one in munich" answering "which Riccardo Esposito?")."""

from __future__ import annotations

import re

from knowledge.customers.names import fold

# The stored (local) name, folded → its English names, folded.
_ENGLISH = {
    "munchen": ("munich",), "koln": ("cologne",), "nurnberg": ("nuremberg",),
    "hannover": ("hanover",), "wien": ("vienna",), "zurich": ("zurich",),
    "geneve": ("geneva",), "praha": ("prague",), "warszawa": ("warsaw",),
    "krakow": ("cracow", "krakow"), "milano": ("milan",), "roma": ("rome",),
    "napoli": ("naples",), "torino": ("turin",), "firenze": ("florence",),
    "venezia": ("venice",), "genova": ("genoa",), "lisboa": ("lisbon",),
    "bruxelles": ("brussels",), "brussel": ("brussels",), "antwerpen": ("antwerp",),
    "den haag": ("the hague", "hague"), "kobenhavn": ("copenhagen",),
    "goteborg": ("gothenburg",), "sevilla": ("seville",), "braunschweig": ("brunswick",),
}
# "Frankfurt am Main", "Halle (Saale)", "Weil am Rhein": the town's own word is enough.
_QUALIFIER = re.compile(r"\s+(?:am|an der|an|im|ob der|in der|bei|\().*$", re.IGNORECASE)


def city_spellings(city: str) -> list[str]:
    """The folded ways to type `city`: its stored name, without a river or region qualifier,
    and its English names."""
    stored = " ".join(fold(city).split())
    short = _QUALIFIER.sub("", stored).strip()
    names = [stored, short] if short and short != stored else [stored]
    for name in list(names):
        names.extend(_ENGLISH.get(name, ()))
    return names
