"""The start or end of a week or a month in the advisors' languages ("Anfang nächster Woche",
"eind volgende week", "i slutet av veckan", "début décembre", "a finales de la semana que
viene", "na początku grudnia"): read as its English twin ("early next week", "end of next
week", "end of the week", "beginning of december"), which names one day of a span, so the
call is always shown first (knowledge.call_reports.follow_up_dates.is_approximate).

A day said after the span ("Anfang nächster Woche, sagen wir Dienstag", "begin december, zeg
2/12", "inizio settimana prossima, diciamo martedì"): that day, the first such day of the span
(`day_in_span`). Month names come from dateparser's locale data, so every inflection it knows
("grudnia", "Jänner") is read.
"""

from __future__ import annotations

import importlib
import re
from functools import cache

_START = (r"anfang|anfangs|beginn|zu beginn|début|debut|en début de|au début de|début de|"
          r"inizio|all'inizio di|all'inizio della|a inizio|ad inizio|inizio di|a principios de|"
          r"principios de|a comienzos de|comienzos de|na początku|na poczatku|początek|poczatek|"
          r"begin|begin van|aan het begin van|i början av|början av|borjan av|i borjan av")
_END = (r"ende|ende der|ende des|gegen ende|zum ende der|fin|fin de|à la fin de|a la fin de|"
        r"en fin de|fine|alla fine di|alla fine della|a fine|a finales de|finales de|"
        r"a final de|final de|pod koniec|na koniec|koniec|eind|einde|eind van|aan het eind van|"
        r"aan het einde van|i slutet av|slutet av")
_NEXT_WEEK = (r"nächster woche|naechster woche|nächste woche|der nächsten woche|kommender woche|"
              r"la semaine prochaine|semaine prochaine|la prossima settimana|prossima settimana|"
              r"settimana prossima|della prossima settimana|la semana que viene|"
              r"la próxima semana|la proxima semana|przyszłego tygodnia|przyszlego tygodnia|"
              r"następnego tygodnia|volgende week|nästa vecka|nasta vecka")
_THIS_WEEK = (r"der woche|dieser woche|la semaine|cette semaine|della settimana|"
              r"questa settimana|la semana|esta semana|tego tygodnia|tygodnia|de week|"
              r"deze week|veckan|denna vecka|den här veckan")
_NEXT_MONTH = (r"nächsten monats|naechsten monats|nächster monat|du mois prochain|"
               r"mois prochain|del mese prossimo|del prossimo mese|prossimo mese|"
               r"del mes que viene|del próximo mes|del proximo mes|przyszłego miesiąca|"
               r"przyszlego miesiaca|volgende maand|nästa månad|nasta manad")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_CODES = ("de", "fr", "it", "es", "pl", "nl", "sv")


@cache
def _month_names() -> dict[str, str]:
    """Each language's month names (three letters or more), lower case → the English name."""
    names: dict[str, str] = {}
    for code in _CODES:
        info = importlib.import_module(f"dateparser.data.date_translation_data.{code}").info
        for month in _MONTHS:
            names.update({word.lower(): month for word in info[month] if len(word) >= 3})
    return names


@cache
def edge_pattern() -> str:
    """A regular-expression alternative (no groups) matching one edge of a week or month."""
    months = "|".join(re.escape(m) for m in sorted(_month_names(), key=len, reverse=True))
    of = r"\s+(?:de\s+|d'|di\s+|del\s+|van\s+|av\s+)?"
    ahead = rf"(?:{_NEXT_WEEK}|{_NEXT_MONTH}|(?:{months})\b\.?)"
    # the start of this week is past ("Anfang der Woche erreicht"): never a follow-up's day
    return rf"(?:(?:{_START}){of}{ahead}|(?:{_END}){of}(?:{ahead}|{_THIS_WEEK}))(?!\w)"


def edge_twin(phrase: str) -> str | None:
    """ "Anfang nächster Woche" → "early next week", "eind december" → "end of december";
    None when the phrase is no edge of a week or month in these languages."""
    words = " ".join(phrase.lower().split())
    if not re.fullmatch(edge_pattern(), words, re.IGNORECASE):
        return None
    end = re.match(rf"(?:{_END})\s", words) is not None and not re.match(
        rf"(?:{_START})\s", words)
    rest = words.rstrip(".").split()
    if re.search(rf"(?:{_NEXT_WEEK})$", words):
        return "end of next week" if end else "early next week"
    if re.search(rf"(?:{_THIS_WEEK})$", words):
        return "end of the week" if end else None
    if re.search(rf"(?:{_NEXT_MONTH})$", words):
        return "end of next month" if end else "early next month"
    month = _month_names().get(rest[-1])
    return f"{'end' if end else 'beginning'} of {month}" if month else None


# "…, sagen wir Dienstag", "zeg 2/12", "disons jeudi", "diciamo martedì", "digamos el 3",
# "powiedzmy wtorek", "säg tisdag", "say tue": the day picked within the span said before
_SAYS = ("let's say", "lets say", "say", "sagen wir mal", "sagen wir", "sag mal", "zeg maar",
         "zeg", "laten we zeggen", "disons", "mettons", "diciamo", "mettiamo", "digamos",
         "pongamos", "powiedzmy", "vi säger", "säg", "sag")
_SAY = re.compile(r"(?:^|[\s,;:–—-])(?:"
                  + "|".join(re.escape(w) for w in sorted(_SAYS, key=len, reverse=True))
                  + r")\s+(?P<day>.+?)\s*(?:[,;!?]|\.(?!\d)|$)", re.IGNORECASE)


def day_in_span(words: str, phrase: str) -> str | None:
    """The words of a day said right after the span `phrase` ("sagen wir Dienstag"), to be
    read from the span's first day on; None when none is said."""
    at = words.lower().find(phrase.lower())
    found = _SAY.search(words[at + len(phrase):]) if at >= 0 else None
    return found.group("day") if found else None
