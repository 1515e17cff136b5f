"""Follow-up dates in the advisors' other languages that the date phrase finder missed: a day
of the month after a meeting or call-back word with its article ("rdv le 3", "richiamare il
25", "Termin am 3.", "cita el 2", "möte den 4"), the month's end ("rappeler fin du mois",
"richiamare fine mese", "Rückruf Ende des Monats", "a fin de mes", "eind van de maand",
"koniec miesiąca", "i slutet av månaden") and a German weekday's short form after "Termin"
("Termin Do", "Termin am Mi").

The article alone never makes a date ("le 3 : répondeur" is the third place of the list): the
meeting or call-back word must lead to it. Each phrase is read as its English twin by
knowledge.call_reports.follow_up_dates.parse_date (a day number: the next such day from
today; the month's end: its last day, shown first as approximate by the caller's rules).
"""

from __future__ import annotations

import re

from knowledge.call_reports.edges_abroad import edge_pattern, edge_twin

# The words that lead to a follow-up's day ("rdv", "appuntamento", "Termin", "möte" …).
_LEADS = ("rdv", "rendez-vous", "rappeler", "rappel", "appuntamento", "richiamare",
          "richiamo", "termin", "rückruf", "ruckruf", "anrufen", "cita", "llamar", "reunión",
          "spotkanie", "oddzwonić", "möte", "mote", "ringa", "afspraak", "terugbellen",
          "mtg", "appt", "meeting", "callback")
_LED = "".join(rf"(?<=\b{re.escape(word)} )" + "|" for word in _LEADS).rstrip("|")
_ARTICLE = r"(?:il|le|el|am|den|op|dnia|the|on)"
# "le 3", "il 25", "am 3.", "el 1º": a day number, never a time ("le 3 à 10h" keeps the day)
LED_DAY = (rf"(?:{_LED})(?:(?:fixé|prévu|fissato|previsto|fijada|vereinbart) )?{_ARTICLE} "
           r"(?:[12]\d|3[01]|0?[1-9])(?:er|ère|re|º|°|ª|:a|:e|-go|e|de|\.)?(?![^\W\d_])"
           r"(?![\d:,]|\.\d|\s*(?:h\b|uhr|heures?|ore|hrs?\b|am\b|pm\b|%|€|eur\b|k\b))"
           # "le 3 janvier", "il 3 dic": a month follows, read by the day-and-month phrases
           r"(?!\.?\s+(?:de\s+)?(?!(?:alle|vers|gegen|um|ore|heures|uhr|och|und|and|et|e|y)\b)"
           r"[^\W\d_]{3,})")
_END_OF_MONTH = ("fin du mois", "fin de mois", "fine mese", "fine del mese", "fin de mes",
                 "a fin de mes", "final de mes", "ende des monats", "ende monat",
                 "monatsende", "koniec miesiąca", "koniec miesiaca", "eind van de maand",
                 "eind van deze maand", "slutet av månaden", "i slutet av månaden",
                 "slutet av manaden", "i slutet av manaden", "à la fin du mois",
                 "a la fin du mois", "alla fine del mese", "zum monatsende")
END_OF_MONTH = "|".join(re.escape(p) for p in sorted(_END_OF_MONTH, key=len, reverse=True))
# "Termin Do", "Termin am Mi.": a German weekday's two letters, only after "Termin"
_GERMAN_SHORT = {"mo": "monday", "di": "tuesday", "mi": "wednesday", "do": "thursday",
                 "fr": "friday", "sa": "saturday"}
GERMAN_SHORT_DAY = r"(?<=\btermin )(?:am )?(?:mo|di|mi|do|fr|sa)\b\.?(?!\s*\d)"
# "Anfang nächster Woche", "eind december", "i slutet av veckan": an edge (edges_abroad)
PATTERN = f"{edge_pattern()}|{LED_DAY}|{END_OF_MONTH}|{GERMAN_SHORT_DAY}"

_DAY_NUMBER = re.compile(rf"{_ARTICLE} (\d{{1,2}})(?:er|ère|re|º|°|ª|:a|:e|-go|e|de|\.)?")
_SHORT = re.compile(r"(?:am )?(mo|di|mi|do|fr|sa)\.?")


def english_twin(text: str) -> str | None:
    """The phrase as follow_up_dates reads it in English ("le 3" → "the 3rd", "fine mese" →
    "end of month", "am do" → "thursday"); None when it is none of these."""
    words = " ".join(text.lower().split())
    if (edge := edge_twin(words)) is not None:  # "Anfang nächster Woche" (edges_abroad)
        return edge
    if words in _END_OF_MONTH:
        return "end of month"
    if m := _SHORT.fullmatch(words):
        return _GERMAN_SHORT[m.group(1)]
    if m := _DAY_NUMBER.fullmatch(re.sub(r"^(?:fixé|prévu|fissato|previsto|fijada|vereinbart) ",
                                         "", words)):
        number = int(m.group(1))
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
        return f"the {number}{suffix.get(number, 'th')}"
    return None


# A count of days, weeks or months written as a word ("over twee weken", "tra due
# settimane", "dans deux semaines", "en dos semanas", "za dwa tygodnie", "om två veckor"):
# the number as digits, which the date phrases of every language read.
_NUMBER_WORDS = {"twee": "2", "drie": "3", "vier": "4", "due": "2", "tre": "3", "quattro": "4",
                 "deux": "2", "trois": "3", "quatre": "4", "dos": "2", "tres": "3",
                 "cuatro": "4", "dwa": "2", "dwie": "2", "trzy": "3", "cztery": "4", "två": "2",
                 "fyra": "4"}
_COUNTED = re.compile(
    rf"\b({'|'.join(_NUMBER_WORDS)})\s+(?=(?:weken|dagen|maanden|settimane|giorni|mesi|"
    r"semaines|jours|mois|semanas|días|dias|meses|tygodnie|tygodni|dni|miesiące|miesiace|"
    r"veckor|dagar|månader)\b)", re.IGNORECASE)


def counted_in_digits(text: str) -> str:
    """The text with a spelt-out count of days, weeks or months as digits ("due settimane" →
    "2 settimane")."""
    return _COUNTED.sub(lambda m: _NUMBER_WORDS[m.group(1).lower()] + " ", text)
