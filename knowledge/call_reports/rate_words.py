"""Head office's rate news as written across Europe, put in the English words the rate
reader (knowledge.call_reports.chat_records) already reads:

- a decimal comma: "0,25 %" is 0.25 %, never 25 % (2,500 bp);
- the units: "Prozentpunkte", "procentpunt", "punti percentuali", "points de base",
  "puntos básicos", "punktów bazowych", "baspunkter" …;
- the direction: "gesenkt", "verhoogt", "tagliato", "baissé", "bajó", "obniżył", "höjde" …;
- the day: "am Donnerstag", "gisteren", "ieri", a day-month with dashes ("13-11") as the
  dotted day-month it means ("13.11."); weekday names and "yesterday" / "today" come from
  dateparser's own locale data;
- a forecast or a supposition ("wird … senken", "zal", "dovrebbe", "si", "falls") for
  `is_forecast` / `is_hypothetical`, so such news is answered, never recorded.
"""

from __future__ import annotations

import re
from functools import cache

from knowledge.languages import alternatives

LANGUAGES = ("de", "nl", "it", "fr", "es", "pl", "sv")

_PERCENT = [r"prozentpunkte?n?", r"prozent", r"procentpunt(?:en)?", r"procent",
            r"punti percentuali", r"punto percentuale", r"per cento", r"points? de pourcentage",
            r"pour ?cent", r"puntos? porcentuales?", r"por ciento", r"punkt\w* procentow\w*",
            r"pkt proc\.?", r"procentenhet(?:er)?", r"procentegheter"]
_BASIS = [r"basispunkte?n?", r"basispunten", r"punti base", r"punti di base", r"points? de base",
          r"puntos? básicos?", r"punkt\w* bazow\w*", r"baspunkter", r"pb"]
_DOWN = [r"gesenkt", r"senk\w*", r"gesunken", r"reduziert", r"verringert", r"verlaag\w*",
         r"omlaag", r"abbass\w*", r"ridott\w*", r"ridu(?:ce|cono|zione)", r"taglia\w*", r"taglio",
         r"baiss\w*", r"réduit\w*", r"abaiss\w*", r"baj\w*", r"rebaj\w*", r"recort\w*",
         r"reduj\w*", r"reducid\w*", r"obniż\w*", r"obniz\w*", r"sänk\w*"]
_UP = [r"erhöh\w*", r"anheb\w*", r"angehoben", r"gestiegen", r"verhoog\w*", r"omhoog", r"alza\w*",
       r"alzat\w*", r"aument\w*", r"rialz\w*", r"relev(?:é|ée|és|er|ait)", r"relève", r"hausse",
       r"augment\w*", r"subi(?:do|da|ó|eron)", r"sube", r"podni\w*", r"podwyż\w*", r"podwyz\w*",
       r"höj\w*"]
FORECAST = [r"wird", r"werden", r"dürfte", r"voraussichtlich", r"erwartet", r"vermutlich",
            r"wahrscheinlich", r"zal", r"zullen", r"verwacht\w*", r"waarschijnlijk", r"sarà",
            r"dovrebbe", r"previst\w*", r"probabilmente", r"devrait", r"prévu\w*", r"probablement",
            r"va (?:encore |de nouveau )?(?:baisser|augmenter|relever)",
            r"vont (?:encore )?(?:baisser|augmenter|relever)", r"va a",
            # hearsay: a rumour is no event, whatever its tense
            r"j['’]ai entendu", r"il paraît", r"paraît-il", r"on dit que", r"ho sentito",
            r"pare che", r"si dice", r"he oído", r"dicen que", r"al parecer", r"ik hoorde",
            r"ik heb gehoord", r"naar verluidt", r"schijnt", r"słyszał\w*", r"podobno",
            r"hörde", r"har hört", r"tydligen", r"ryktas", r"gerücht\w*", r"angeblich",
            r"hab(?:e)? gehört", r"van a", r"podría", r"probablemente",
            r"będzie", r"prawdopodobnie", r"kommer att", r"väntas", r"troligen",
            r"(?<!guten )morgen", r"domani", r"demain", r"mañana", r"jutro", r"imorgon"]
SUPPOSE = [r"wenn", r"falls (?:die|der|das|es|sie|er|wir|man)", r"angenommen", r"würden?",
           r"indien", r"stel dat", r"qualora",
           r"supponiamo", r"nel caso", r"si jamais", r"supposons", r"suponiendo", r"jeśli",
           r"jeżeli", r"gdyby", r"ifall", r"antag"]

_DECIMAL_COMMA = re.compile(r"(?<![\d,])(\d{1,3}),(\d{1,2})(?![\d,])")
_DASHED = re.compile(r"(?<![\d./-])(\d{1,2})-(\d{1,2})(?:-(\d{4}|\d{2}))?(?![\d/-])")


def _words(entries: list[str]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternatives(entries)})\b", re.IGNORECASE)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return ((_words(_PERCENT), "percent"), (_words(_BASIS), "bp"), (_words(_DOWN), "cut"),
            (_words(_UP), "raised"))


@cache
def _days() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Weekday names and "yesterday" / "today" of each language → the English words."""
    import importlib

    found: dict[str, str] = {}
    for code in LANGUAGES:
        info = importlib.import_module(f"dateparser.data.date_translation_data.{code}").info
        for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                    "sunday"):
            for word in info[day]:
                if len(word) >= 5:  # the names, not "do", "je", "Don"
                    found[word.lower()] = f"on {day}"
        for key, english in (("1 day ago", "yesterday"), ("0 day ago", "today")):
            for word in info["relative-type"].get(key, []):
                found[word.lower()] = english
    found.pop("hier", None)  # French "yesterday", Dutch "here": left unread (asked)
    opener = r"(?:(?:am|op|le|il|el|w|på|en)\s+)?"
    return tuple((re.compile(rf"\b{opener}(?:{alternatives([re.escape(w)])})\b", re.IGNORECASE),
                  english) for w, english in found.items())


def _dashed(match: re.Match[str]) -> str:
    day, month, year = int(match.group(1)), int(match.group(2)), match.group(3)
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return match.group(0)
    return f"{day}.{month}." + (year or "")


def in_english(text: str | None) -> str:
    """The rate news with its sizes, units, directions and days in the reader's words."""
    out = _DECIMAL_COMMA.sub(r"\1.\2", text or "")
    out = _DASHED.sub(_dashed, out)
    for pattern, english in _patterns():
        out = pattern.sub(english, out)
    for pattern, english in _days():
        out = pattern.sub(english, out)
    return out


@cache
def _forecast() -> re.Pattern[str]:
    return _words(FORECAST)


@cache
def _suppose() -> re.Pattern[str]:
    return _words(SUPPOSE)


def foreign_forecast(text: str | None) -> bool:
    return bool(_forecast().search(text or ""))


def foreign_supposition(text: str | None) -> bool:
    return bool(_suppose().search(text or ""))


# A central bank or its policy rate named, in the advisors' languages: "die EZB hat …",
# "la BCE a baissé son taux directeur", "Riksbanken höjde styrräntan".
_CENTRAL_BANK = re.compile(
    r"\b(?:ecb|ezb|bce|ebc|fed|snb|nbp|boe|riksbank(?:en)?|norges bank|central bank|"
    r"zentralbank|notenbank|banque centrale|banca centrale|banco central|centrale bank|"
    r"bank centralny|centralbank(?:en)?|leitzins\w*|taux directeurs?|tasso di riferimento|"
    r"tassi? ufficial\w*|tipos? de inter[eé]s oficial\w*|beleidsrente|stop[ay] referencyjn\w*|"
    r"styrräntan?|policy rate|key rate)\b", re.IGNORECASE)


def names_a_central_bank(text: str | None) -> bool:
    """The message is about a central bank's rate ("die EZB hat den Zins gesenkt")."""
    return bool(_CENTRAL_BANK.search(text or ""))


# The direction of a change, as English says it (a central bank's "cut", a market's "fell"):
# read on the words in English (in_english)
RATE_DOWN = re.compile(r"\b(cut\w*|lower\w*|reduc\w*|decreas\w*|drop\w*|down|eas\w*|fell|"
                       r"fall\w*|sank|sink\w*|slash\w*|trimm?\w*|declin\w*|dipp?\w*|slid\w*|"
                       r"slip\w*|tumbl\w*|plung\w*)\b")
# "up" as a rate's direction, not in "heads-up", "heads up:", "follow up", "top-up"
RATE_UP = re.compile(r"\b(hike\w*|rais\w*|increas\w*|(?<!-)(?<!heads )(?<!follow )(?<!top )"
                     r"(?<!catch )(?<!set )(?<!pick )(?<!look )up|lift\w*|tighten\w*|rose|ris\w*|"
                     r"climb\w*|jump\w*|grew|surg\w*|higher)\b")
