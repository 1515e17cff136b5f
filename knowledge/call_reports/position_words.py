"""List positions as the bank's advisors write them in their own languages: "il primo", "la
seconda", "le 3", "le premier", "el primero", "der dritte", "die erste", "de tweede", "den
andra", "pierwszy", "trzecia nie odbiera", "fyran", "zweite: erreicht", "numero 3", "Nummer 3",
"Nr. 3", "n° 3". One table for every language. Used by knowledge.call_reports.positions.

Strict: a bare number after an article ("le 3", "el 3", "il 3") counts only where no date,
time or amount follows ("le 3 décembre", "el 3 de marzo", "le 3 à 10h" are dates).
"""

from __future__ import annotations

ORDINALS: dict[str, int] = {
    # Italian
    "primo": 1, "prima": 1, "secondo": 2, "seconda": 2, "terzo": 3, "terza": 3, "quarto": 4,
    "quarta": 4, "quinto": 5, "quinta": 5, "sesto": 6, "sesta": 6, "settimo": 7, "settima": 7,
    "ottavo": 8, "ottava": 8, "nono": 9, "nona": 9, "decimo": 10, "decima": 10,
    # French
    "premier": 1, "première": 1, "premiere": 1, "deuxième": 2, "deuxieme": 2, "second": 2,
    "seconde": 2, "troisième": 3, "troisieme": 3, "quatrième": 4, "quatrieme": 4,
    "cinquième": 5, "cinquieme": 5, "sixième": 6, "sixieme": 6, "septième": 7, "septieme": 7,
    "huitième": 8, "huitieme": 8, "neuvième": 9, "neuvieme": 9, "dixième": 10, "dixieme": 10,
    # Spanish
    "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercero": 3, "tercera": 3,
    "cuarto": 4, "cuarta": 4, "quinta_": 5, "sexto": 6, "sexta": 6, "séptimo": 7, "septimo": 7,
    "séptima": 7, "septima": 7, "octavo": 8, "octava": 8, "noveno": 9, "novena": 9,
    "décimo": 10, "decimo_": 10, "décima": 10,
    # German
    "erste": 1, "erster": 1, "ersten": 1, "zweite": 2, "zweiter": 2, "zweiten": 2,
    "dritte": 3, "dritter": 3, "dritten": 3, "vierte": 4, "vierter": 4, "vierten": 4,
    "fünfte": 5, "fünfter": 5, "fünften": 5, "sechste": 6, "sechster": 6, "sechsten": 6,
    "siebte": 7, "siebter": 7, "siebten": 7, "achte": 8, "achter": 8, "achten": 8,
    "neunte": 9, "neunter": 9, "neunten": 9, "zehnte": 10, "zehnter": 10, "zehnten": 10,
    # Dutch
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7,
    "achtste": 8, "negende": 9, "tiende": 10,
    # Swedish
    "första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "femte": 5, "sjätte": 6, "sjunde": 7,
    "åttonde": 8, "nionde": 9, "tionde": 10,
    # Polish
    "pierwszy": 1, "pierwsza": 1, "drugi": 2, "druga": 2, "trzeci": 3, "trzecia": 3,
    "czwarty": 4, "czwarta": 4, "piąty": 5, "piąta": 5, "szósty": 6, "szósta": 6,
    "siódmy": 7, "siódma": 7, "ósmy": 8, "ósma": 8, "dziewiąty": 9, "dziewiąta": 9,
    "dziesiąty": 10, "dziesiąta": 10,
}
# Swedish names a place by its number made a noun, article built in: "ettan", "tvåan",
# "fyran" (the one at number 1, 2, 4); said anywhere in the message ("ringde trean").
SWEDISH_PLACES: dict[str, int] = {
    "ettan": 1, "tvåan": 2, "tvaan": 2, "trean": 3, "fyran": 4, "femman": 5, "sexan": 6,
    "sjuan": 7, "åttan": 8, "attan": 8, "nian": 9, "tian": 10,
}
# Polish has no articles: its ordinal alone opens the message or a clause ("trzecia nie
# odbiera", "drugi z listy: …"); advisors drop the article in the other languages too
# ("femte är inte intresserad", "dritte nicht erreicht", "vijfde neemt niet op"), but only
# ordinals that are no other word ("andra" is "other", "prima" "before", "secondo me" an
# opinion, "second" English) open a message alone without a colon.
_POLISH = ("pierwszy", "pierwsza", "drugi", "druga", "trzeci", "trzecia", "czwarty", "czwarta",
           "piąty", "piąta", "szósty", "szósta", "siódmy", "siódma", "ósmy", "ósma",
           "dziewiąty", "dziewiąta", "dziesiąty", "dziesiąta",
           "första", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde",
           "tionde", "erste", "erster", "zweite", "zweiter", "dritte", "dritter", "vierte",
           "vierter", "fünfte", "fünfter", "sechste", "sechster", "eerste", "tweede", "derde",
           "vierde", "vijfde", "zesde", "zevende", "achtste", "primo", "terzo", "terza",
           "quinto", "sesto", "sesta", "premier", "première", "deuxième", "troisième",
           "quatrième", "cinquième", "sixième", "primero", "primera", "tercero", "tercera",
           "cuarto", "cuarta", "sexto", "sexta")
# "der zweite auf der Liste", "il primo della lista", "pierwszy z listy": the list named after
_ON_THE_LIST = (r"(?:auf|von) der liste|della lista|sulla lista|de la liste|sur la liste|"
                r"de la lista|en la lista|op de lijst|van de lijst|z listy|na liście|"
                r"på listan")
_ARTICLES = (r"(?:il|la|lo|l['’]|le|el|der|die|den|das|de|het|dem|ten|al|del|du|au|"
             r"a(?:l)?|och|i|z|ze|do|u)")
_NOT_A_DATE = (r"(?!\s*(?:[./-]\d|de\s|d['’]|h\b|[àa]\s*\d|um\s*\d|alle\s*\d|\d|uhr|€|eur|%|"
               r"heure|ore\b|hora|"
               r"(?:jan|feb|fév|fev|mar|mär|apr|avr|abr|mai(?!l)|may|mag|jun|juin|giu|jul|juil|lug|"
               r"aug|aoû|aou|ago|sep|set|okt|oct|ott|nov|dec|déc|dez|dic|ene|gen)\w*))")
# "la prima volta", "die erste Rate", "la première fois": an ordinal of something else
_COUNTED = (r"(?:volt[ae]|fois|vez|veces|mal|keer|gång\w*|raz\w*|rat[ae]n?|semaine|settimana|"
            r"semana|woche|week|vecka|giorno|jour|día|tag|dag|dzień|mois|mese|mes|monat|maand|"
            r"månad|année|anno|año|jahr|jaar|år|rok|échéance|payment|zahlung|pago|pagamento)\b")
# "il primo", "la seconda", "den andra", "der dritte" (the article first: "secondo me" is
# an opinion), "numero 3", "Nummer 3", "n° 3", "le 3 :", "el 2,"
FOREIGN = (
    rf"\b{_ARTICLES}\s*(?P<foreign>{'|'.join(k for k in ORDINALS if not k.endswith('_'))})\b"
    rf"(?!\s+{_COUNTED})(?:\s+(?:{_ON_THE_LIST})\b)?|"
    rf"\b(?P<swedish>{'|'.join(SWEDISH_PLACES)})\b|"
    # an ordinal alone opening the message or a clause: Polish before any word; any language
    # before a colon, dash or "on the list" ("zweite: erreicht", "tercero - no contesta")
    rf"(?:^|(?<=[,;.!]\s))\s*(?:(?P<polish>{'|'.join(_POLISH)})(?!\s+{_COUNTED})"
    rf"(?:\s+(?:{_ON_THE_LIST})\b)?(?=\s*[:–—-]|\s+[^\W\d_])|"
    rf"(?P<alone>{'|'.join(k for k in ORDINALS if not k.endswith('_'))})"
    rf"(?:(?=\s*[:–—-])|\s+(?:{_ON_THE_LIST})\b))|"
    r"\b(?:numero|número|numéro|nummer|numer|n°|nº|n\.)\s?(?P<numero>\d{1,2})\b|"
    # "le 5e :", "et le 1er," (a French ordinal ending), never "le 1er décembre"
    rf"(?:^|(?<=[\s(,]))(?:le|el|il|la)\s(?P<bare>\d{{1,2}})(?:er|re|e|ème|eme)?{_NOT_A_DATE}"
    rf"(?!\s+(?:{_COUNTED}|étage|etage|piano|stock\w*))(?=\s*[:,;–—-]|\s+\w)|"
    # "4. nie odbiera", "3. erreicht", "2 - vm", "5) reached", "5:e svarade inte", "3° non
    # risponde": a number and a stop, dash, bracket or ordinal mark opening the message
    # (never "4. Dez", "10:30 call", "2 - 3 weeks")
    # ("3. – spotkanie", "2.: vm", "4° - ok": a mark and a dash together)
    rf"^\s*(?P<dotted>\d{{1,2}})(?:(?:\.|:[ea]\b|[°ºª])(?:\s*[-–—:)])?|\s*[-–—:)])"
    rf"{_NOT_A_DATE}(?=\s*[^\W\d_])|"
    # "den 5. nicht erreicht", "der 2.: Termin", "il 5° non risponde", "el 5º: buzón", "de
    # 5e neemt niet op", "den 5:e svarade inte": an article, a number and its ordinal mark
    rf"\b{_ARTICLES}\s(?P<marked>\d{{1,2}})(?:\.|:[ea]\b|[°ºª]|(?:e|de|ste)\b){_NOT_A_DATE}"
    rf"(?!\s+(?:{_COUNTED}|étage|etage|piano|stock\w*|verdieping|våning))(?=\s*[:,;–—-]|\s+[^\W\d_])"
)


# "der letzte auf der Liste", "le dernier de la liste", "l'ultimo della lista", "ostatni z
# listy", "den sista på listan": the last place, only with the list named (alone, "the last
# one" is as often the last call)
LAST_ABROAD = (r"\b(?:letzten?|letzter|dernier|dernière|derniere|ultim[oa]|últim[oa]|laatste|"
               rf"sista|ostatni[aeo]?)(?:\s+[^\W\d_]+)?\s+(?:{_ON_THE_LIST})\b")


def foreign_number(groups: dict[str, str | None]) -> int | None:
    """The position a match of FOREIGN names, None when it matched none of its groups."""
    for group in ("foreign", "polish", "alone"):
        if groups.get(group):
            return ORDINALS.get(str(groups[group]).lower())
    if groups.get("swedish"):
        return SWEDISH_PLACES.get(str(groups["swedish"]).lower())
    raw = (groups.get("numero") or groups.get("bare") or groups.get("dotted")
           or groups.get("marked"))
    return int(raw) if raw else None
