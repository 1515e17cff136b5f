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

import datetime as dt
import re
from functools import cache

# "25.11.", "3.12": a day of the month and a month, never a time ("10.30 Uhr")
_DAY_MONTH = r"(?:3[01]|[12]\d|0?[1-9])\.(?:1[0-2]|0?[1-9])(?![\d:])\.?(?!\s*uhr\b)"

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
        # 1 Dez, am 3. Dezember
        rf"(?:am |ab |bis |den |zum ){{0,2}}\d{{1,2}}\.? ?{month}(?: \d{{4}})?"
        # am Mittwoch, den 25.11. (the weekday with its date: the date, never this week's day)
        # ("Freitag 10.30 Uhr" is a time: a day of the month and a month 1-12 only)
        rf"|(?:am |ab |bis )?(?:{alt(weekdays)}),? (?:den )?{_DAY_MONTH}(?:\d{{2,4}})?"
        rf"|(?:am |ab |bis )?(?:{alt(weekdays)})"  # am Freitag
        rf"|in (?:\d+|{alt(numbers)}) (?:{alt(units)})"  # in zwei Wochen
        # übermorgen, morgen, nächste woche ("guten Morgen" is a greeting, "am Morgen" a time)
        rf"|(?<!guten )(?<!am )(?<!gestern )(?<!heute )(?:{alt(forward)})"
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
    word was typed without them; a relative phrase replaced by its English twin ("next"
    and a weekday in any of the advisors' languages too: next_week_twin)."""
    if twin := next_week_twin(phrase):
        return twin, True
    if dated := _WEEKDAY_DATED.fullmatch(" ".join(phrase.lower().split())):
        return dated.group(1), True  # "Donnerstag, den 3.12.": the date ("3.12" is no time)
    spellings = _spellings()
    text = " ".join(spellings.get(w, w) for w in phrase.lower().split())
    bare = re.sub(r",? den (?=\d)", " ", GERMAN_PREPOSITION.sub("", text))  # "Mi, den 25.11."
    twin = _english_twins().get(bare)
    return (twin, True) if twin else (bare, False)


# The other languages of the bank's advisors, read the same way from dateparser's own data:
# Italian, French, Spanish, Polish, Dutch, Swedish ("venerdì", "pojutrze", "dans 14 jours",
# "nästa vecka", "3 de diciembre"), also typed without accents ("venerdi", "piatek").
OTHER_LANGUAGES = ("it", "fr", "es", "pl", "nl", "sv")
# The ordinal endings of a day number in those languages (French "1er", "1re"; Italian and
# Spanish "1º", "1°", "1ª"; Swedish "1:a", "3:e"; Polish "1-go", "2-ego"; Dutch "1e", "2de").
DAY_ENDING = r"er|ère|ere|re|º|°|ª|:a|:e|-go|-ego|-ego|e|de|ste"


@cache
def other_date_pattern() -> str:
    """A regular-expression alternative (no groups) matching one date phrase in one of
    OTHER_LANGUAGES: a day and a month name, a full weekday name, "in N days / weeks /
    months" as the language says it, and the forward words ("domani", "pojutrze")."""
    import dateparser

    found: set[str] = set()
    for code in OTHER_LANGUAGES:
        info = _locale(code)
        # three letters and more ("3 dic", "1er déc"): only ever read after a day number
        months = {w.lower() for key in _MONTHS for w in info[key] if len(w) >= 3}
        # "1er décembre", "1º dicembre", "1:a december", "1-go grudnia": a day's ordinal ending
        found |= {rf"\d{{1,2}}(?:{DAY_ENDING})?\.? (?:de )?{re.escape(m)}"
                  for m in _with_plain(months)}
        weekdays = "|".join(re.escape(w) for w in _with_plain(
            {max(info[key], key=len).lower() for key in _WEEKDAYS}))
        found.add(weekdays)
        # "venerdì 4 dicembre", "jeudi 19", "fredag den 4 december" (never a time: "piątek 10:30")
        month = "|".join(map(re.escape, _with_plain(months)))
        found.add(rf"(?:{weekdays}),? (?:(?:il|le|el|den|de|w|op) )?\d{{1,2}}(?![\d:h])"
                  rf"(?:\.(?!\d))?(?: (?:de )?(?:{month}))?")
        forward = {w.lower() for key, words in info["relative-type"].items()
                   if key.startswith("in ") or key == "0 day ago" for w in words}
        base = dt.datetime(2026, 1, 5)
        for pair in info.get("simplifications", ()):  # "pojutrze" → "za 2 dnia", not "huit"
            for word, said in pair.items():
                if re.fullmatch(r"\d+", str(said)) or not re.fullmatch(r"[^\W\d_]+", word):
                    continue
                day = dateparser.parse(word, languages=[code], settings={"RELATIVE_BASE": base})
                if day is not None and day > base:
                    forward.add(word.lower())
        # German's own words ("morgen") keep German's rules ("guten Morgen" is no date)
        german = {w.lower() for words in _locale("de")["relative-type"].values() for w in words}
        found |= {re.escape(w) for w in _with_plain(forward - german) if len(w) >= 4}
        for key, patterns in info.get("relative-type-regex", {}).items():
            if key in ("in \\1 day", "in \\1 week", "in \\1 month"):
                found |= {p.replace(r"(\d++[.,]?\d*+)", r"\d+") for p in patterns}
    found |= {re.escape(w) for w in _with_plain(set(MISSING))}
    found.add(next_weekday_pattern())  # "w przyszły wtorek", "mardi prochain"
    # "esta mañana", "por la mañana": the morning (of the call), never "tomorrow"
    return "|".join(rf"(?<!esta )(?<!la ){w}" if w in ("mañana", "manana") else w
                    for w in sorted(found, key=len, reverse=True))


def read_other(text: str, settings: dict) -> dt.datetime | None:
    """The phrase read in the first of OTHER_LANGUAGES that reads it (accents restored)."""
    import dateparser

    if twin := MISSING.get(text) or MISSING.get(_plain_twins().get(text, "")):
        return dateparser.parse(twin, languages=["en"], settings=settings)
    for code in OTHER_LANGUAGES:
        for phrase in (text, _accented(code).get(text, text)):
            if parsed := dateparser.parse(phrase, languages=[code], settings=settings):
                day = _weekday_named(code, phrase)
                # a weekday that is not the date's ("giovedì 4 dicembre", a Friday): asked
                return parsed if day is None or parsed.weekday() == day else None
    return None


def _weekday_named(code: str, phrase: str) -> int | None:
    """The weekday (0 = Monday) a phrase names before a day number, None when it names none."""
    from knowledge.languages import plain

    first = phrase.split()[0].rstrip(",") if phrase.split() else ""
    if len(phrase.split()) < 2:
        return None
    info = _locale(code)
    for index, key in enumerate(_WEEKDAYS):
        if first in {w.lower() for w in info[key]} | {plain(w.lower()) for w in info[key]}:
            return index
    return None


@cache
def today_words() -> frozenset[str]:
    """"Today" as the advisors write it ("today", "heute", "idag", "i dag", "dzisiaj",
    "vandaag", "aujourd'hui"), from dateparser's locale data, also without accents."""
    words = {w.lower() for code in ("en", "de", *OTHER_LANGUAGES)
             for w in _locale(code)["relative-type"].get("0 day ago", ())}
    return frozenset(_with_plain(words))


# Apart from a day number, a month is read only by a name that is no everyday word too: the
# full names (five letters and more, and these) and the English short forms that are no word
# or first name ("set up", "ago", "jan", "mar", "may", "maja" never are).
_SHORT_MONTHS = frozenset({"feb", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
                           "june", "july", "juni", "juli", "mars", "août"})


@cache
def _month_apart() -> re.Pattern[str]:
    names = {w.lower() for code in ("en", "de", *OTHER_LANGUAGES) for key in _MONTHS
             for w in _locale(code)[key] if len(w) >= 5} | _SHORT_MONTHS
    names = _with_plain(names)
    longest_first = sorted(map(re.escape, names), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(longest_first)})(?!\w)", re.IGNORECASE)


def month_said_apart(words: str, taken: list[tuple[int, int]]) -> str | None:
    """The one month a message names outside its date phrases (`taken`: their spans), as in
    "the 16th, not 15th - dec i mean", "am 3., im Dezember"; None when none or several."""
    found = {m.group(0).lower() for m in _month_apart().finditer(words)
             if not any(start <= m.start() < end for start, end in taken)}
    return found.pop() if len(found) == 1 else None


# The few everyday forward phrases dateparser's data lacks, each with its English twin.
MISSING = {"dopodomani": "day after tomorrow", "pasado mañana": "day after tomorrow",
           "i övermorgon": "day after tomorrow", "övermorgon": "day after tomorrow",
           "après demain": "day after tomorrow", "prossima settimana": "next monday",
           "la prossima settimana": "next monday", "la semana que viene": "next monday",
           "semaine prochaine": "next monday"}


@cache
def _plain_twins() -> dict[str, str]:
    from knowledge.languages import plain

    return {plain(w): w for w in MISSING}


def _locale(code: str) -> dict:
    import importlib

    return importlib.import_module(f"dateparser.data.date_translation_data.{code}").info


def _with_plain(words: set[str]) -> set[str]:
    from knowledge.languages import plain

    return words | {plain(w) for w in words}


@cache
def _accented(code: str) -> dict[str, str]:
    """Each date phrase of `code` typed without accents → the phrase as dateparser spells it."""
    from knowledge.languages import plain

    info = _locale(code)
    phrases = [w for value in info.values() if isinstance(value, list)
               for w in value if isinstance(w, str)]
    phrases += [w for value in info["relative-type"].values() for w in value]
    return {plain(w.lower()): w.lower() for w in phrases if plain(w.lower()) != w.lower()}


_WEEKDAY_DATED = re.compile(r"(?:am |ab |bis )?(?:montag|dienstag|mittwoch|donnerstag|freitag|"
                            rf"samstag|sonntag),? (?:den )?({_DAY_MONTH}(?:\d{{2,4}})?)")


# "next" before or after a weekday: "nächsten Dienstag", "w przyszły wtorek", "volgende
# dinsdag", "nästa tisdag", "el próximo martes", "mardi prochain", "martedì prossimo".
# Said where the coming one is tomorrow or later this week, it means next week's (tomorrow
# has its own word), and it is next week's anyway when said later in the week.
# ("kommenden Mittwoch", "komende woensdag": the coming one, as a bare weekday is read)
_NEXT_BEFORE = ("nächsten", "nächste", "nächster", "przyszły",
                "przyszłą", "przyszła", "następny", "następną", "volgende", "nästa",
                "prochain", "próximo", "próxima", "prossimo", "prossima")
_NEXT_AFTER = ("prochain", "prochaine", "próximo", "prossimo", "prossima", "que viene")


@cache
def _weekday_names() -> dict[str, str]:
    """Every full weekday name of the advisors' languages (folded too) → the English one."""
    from knowledge.languages import plain

    names: dict[str, str] = {}
    for code in ("de", *OTHER_LANGUAGES):
        info = _locale(code)
        for key in _WEEKDAYS:
            for word in info[key]:
                if len(word) >= 4:
                    names[word.lower()] = names[plain(word.lower())] = key
    return names


@cache
def denied_weekday() -> re.Pattern[str]:
    """A weekday said with a "not" before it in the advisors' languages ("nie poniedziałek",
    "pas lundi", "non lunedì", "niet maandag", "inte måndag"): the day a correction denies."""
    days = "|".join(map(re.escape, sorted(_weekday_names(), key=len, reverse=True)))
    # a bare "no" only with its article ("no el lunes"): "tue no wed" takes tuesday back
    return re.compile(rf"\b(?:(?:not|nicht|nie|pas|non|niet|inte)\s+(?:(?:w|le|il|el|op|på|am|"
                      rf"on|the)\s+)?|no\s+(?:el|the)\s+)(?:{days})\b", re.IGNORECASE)


@cache
def next_weekday_pattern() -> str:
    """A regular-expression alternative (no groups) of "next" and a weekday, either order."""
    days = "|".join(map(re.escape, sorted(_weekday_names(), key=len, reverse=True)))
    before = "|".join(map(re.escape, sorted(_with_plain(set(_NEXT_BEFORE)), key=len,
                                            reverse=True)))
    after = "|".join(map(re.escape, sorted(_with_plain(set(_NEXT_AFTER)), key=len, reverse=True)))
    return rf"(?:{before})\s+(?:{days})(?!\w)|(?:{days})\s+(?:{after})(?!\w)"


def next_week_twin(phrase: str) -> str | None:
    """ "tuesday next week" for "w przyszły wtorek" and its kind; None for anything else."""
    words = " ".join(phrase.lower().split())
    if not re.fullmatch(next_weekday_pattern(), words):
        return None
    day = next((_weekday_names()[w] for w in words.split() if w in _weekday_names()), None)
    return f"{day} next week" if day else None
