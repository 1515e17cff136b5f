"""German date words advisors in Vienna type ("übermorgen", "am Freitag", "1 Dez", "nächste
Woche", "in zwei Wochen"), taken from dateparser's own German locale data rather than listed
here, so finding a date in a message and reading it (dateparser, `languages=["de"]`) share one
vocabulary. Typed without umlauts on an English keyboard ("ubermorgen", "naechste woche") they
are read the same; a relative phrase means what its English twin in the same data means here
("nächste Woche" = "next week": its Monday, as for the English words).

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
        words = words | {v for w in words for v in _folded(w)}  # "ubermorgen", "naechste"
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


_UMLAUTS = {"ä": ("ae", "a"), "ö": ("oe", "o"), "ü": ("ue", "u"), "ß": ("ss",)}


def _folded(word: str) -> set[str]:
    """The spellings of `word` without umlauts: "übermorgen" → "uebermorgen", "ubermorgen"."""
    variants = {word}
    for letter, plain in _UMLAUTS.items():
        variants = {v.replace(letter, p) for v in variants for p in plain} if letter in word \
            else variants
    return variants - {word}


@cache
def _spellings() -> dict[str, str]:
    """Each umlaut-less spelling of a German date word → the word as dateparser spells it."""
    from dateparser.data.date_translation_data import de

    phrases = [w for value in de.info.values() if isinstance(value, list)
               for w in value if isinstance(w, str)]
    phrases += [w for value in de.info["relative-type"].values() for w in value]
    words = {part.lower() for phrase in phrases for part in phrase.split()}
    return {v: w for w in words for v in _folded(w)}


@cache
def _english_twins() -> dict[str, str]:
    """German relative phrases → the English phrase dateparser files under the same key
    ("nächste woche" and "next week" are both "in 1 week")."""
    from dateparser.data.date_translation_data import de, en

    english = en.info["relative-type"]
    return {w.lower(): english[key][0] for key, words in de.info["relative-type"].items()
            if english.get(key) for w in words}


def german_reading(phrase: str) -> tuple[str, bool]:
    """(the phrase to read, whether it is now English): umlauts restored where a German date
    word was typed without them; a relative phrase replaced by its English twin."""
    spellings = _spellings()
    text = " ".join(spellings.get(w, w) for w in phrase.lower().split())
    bare = GERMAN_PREPOSITION.sub("", text)
    twin = _english_twins().get(bare)
    return (twin, True) if twin else (bare, False)
