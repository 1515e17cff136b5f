"""German date words advisors in Vienna type ("übermorgen", "am Freitag", "1 Dez", "nächste
Woche", "in zwei Wochen"), taken from dateparser's own German locale data rather than listed
here, so finding a date in a message and reading it (dateparser, `languages=["de"]`) share one
vocabulary.

Only words that cannot be English are taken: full weekday names ("Mon", "Die", "Don", "So"
are English words or names), month names of three letters or more, and the relative phrases
that point forward ("morgen", "übermorgen", "nächste woche"; "gestern" is no follow-up).
"""

from __future__ import annotations

import re
from functools import cache


@cache
def german_date_pattern() -> str:
    """A regular-expression alternative (no groups) matching one German date phrase."""
    from dateparser.data.date_translation_data import de

    info = de.info
    months = {w.lower() for key in _MONTHS for w in info[key] if len(w) >= 3}
    for variant in info.get("locale_specific", {}).values():  # de-AT: "Jänner", "Jän"
        months |= {w.lower() for key in _MONTHS for w in variant.get(key, ()) if len(w) >= 3}
    weekdays = {max(info[key], key=len).lower() for key in _WEEKDAYS}
    forward = {w.lower() for key, words in info["relative-type"].items()
               if key.startswith("in ") or key == "0 day ago" for w in words}
    numbers = {w for pair in info.get("simplifications", ()) for w in pair}
    units = {w.lower() for key in ("day", "week", "month") for w in info[key] if len(w) >= 3}

    def alt(words: set[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    month = rf"(?:{alt(months)})\.?"
    return (
        rf"(?:am |ab |bis |den |zum )*\d{{1,2}}\.? ?{month}(?: \d{{4}})?"  # 1 Dez, am 3. Dezember
        rf"|(?:am |ab |bis )?(?:{alt(weekdays)})"  # am Freitag
        rf"|in (?:\d+|{alt(numbers)}) (?:{alt(units)})"  # in zwei Wochen
        # übermorgen, morgen, nächste woche ("guten Morgen" is a greeting, "am Morgen" a time)
        rf"|(?<!guten )(?<!am )(?:{alt(forward)})"
    )


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A German preposition before a date that dateparser would misread ("am" is its a.m. marker).
GERMAN_PREPOSITION = re.compile(r"^(?:(?:am|ab|bis|den|zum)\s+)+", re.IGNORECASE)
