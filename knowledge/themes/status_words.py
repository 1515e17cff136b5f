"""A theme's new status in a manager's words, in English as a first or second language and
in the languages the bank's managers write: "in progress", "wip", "in work", "in treatment",
"in Bearbeitung", "in behandeling", "in corso", "en cours", "en curso", "w toku", "pågår";
"resolved", "solved since Friday", "erledigt", "opgelost", "risolto", "résolu", "resuelto",
"rozwiązany", "löst"; "reopen", "wieder offen". A denied one ("not fixed yet", "noch nicht
erledigt", "niet opgelost", "non risolto", "pas résolu") is no status: the manager is asked.
"""

from __future__ import annotations

import re
from functools import cache

from knowledge.languages import alternatives

REOPEN = [r"re-?open\w*", r"wieder (?:offen|geöffnet|eröffnet)", r"wiedereröffnet",
          r"heropend", r"weer open", r"riapert[oa]", r"rouvert\w*", r"reabiert[oa]",
          r"ponownie otwart\w*", r"återöppna\w*"]
IN_PROGRESS = [r"in[\s-]?prog\w*", r"wip", r"working on", r"started", r"in (?:the )?works?",
               r"in treatment", r"in (?:the )?making", r"under (?:way|work)", r"ongoing",
               r"in bearbeitung", r"in arbeit", r"wird bearbeitet", r"in behandeling",
               r"mee bezig", r"in uitvoering", r"in corso", r"in lavorazione", r"en cours",
               r"en traitement", r"en curso", r"en proceso", r"w toku", r"w trakcie",
               r"w realizacji", r"pågår", r"påbörja\w*", r"under arbete"]
RESOLVED = [r"resolved", r"fixed", r"done", r"solved", r"closed", r"sorted(?: out)?",
            r"erledigt", r"gelöst",
            r"behoben", r"geschlossen", r"abgeschlossen", r"opgelost", r"afgehandeld",
            r"gesloten", r"risolt[oa]", r"chius[oa]", r"résolue?", r"réglée?", r"clôturée?",
            r"resuelt[oa]", r"cerrad[oa]", r"solucionad[oa]", r"rozwiązan\w*", r"zamknięt\w*",
            r"załatwion\w*", r"löst", r"åtgärdad", r"avslutad", r"stängd"]
OPEN = [r"open", r"offen", r"aperto", r"ouvert", r"abierto", r"otwart\w*", r"öppen"]
NOT = [r"not", r"isn'?t", r"wasn'?t", r"never", r"no longer", r"nicht", r"noch nicht", r"niet",
       r"nog niet", r"non", r"pas", r"no", r"nie", r"inte", r"ej", r"ancora"]


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    def words(entries: list[str]) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{alternatives(entries)})(?!\w)", re.IGNORECASE)

    denied = re.compile(
        rf"(?<!\w)(?:{alternatives(NOT)})\s+(?:(?:yet|really|been|actually|ganz|helemaal|"
        rf"encore|è|e|est|ist|is|jest|är|ha|har)\s+){{0,2}}(?:{alternatives(RESOLVED)})(?!\w)",
        re.IGNORECASE)
    return words(REOPEN), words(IN_PROGRESS), denied, words(RESOLVED), words(OPEN)


def status_in(text: str | None) -> str | None:
    """The status the text sets, None when it sets none or denies one ("not fixed yet")."""
    reopen, in_progress, denied, resolved, opened = _patterns()
    if reopen.search(text or ""):
        return "open"  # "reopen the resolved card theme": the new status, not the old one
    if in_progress.search(text or ""):
        return "in_progress"
    if denied.search(text or ""):
        return None
    if resolved.search(text or ""):
        return "resolved"
    if opened.search(text or ""):
        return "open"
    return None


def denied(text: str | None) -> bool:
    """ "it's not fixed yet", "noch nicht erledigt": a status said not to hold."""
    return bool(_patterns()[2].search(text or ""))
