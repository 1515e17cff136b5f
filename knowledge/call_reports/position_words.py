"""List positions as the bank's advisors write them in their own languages: "il primo", "la
seconda", "le 3", "le premier", "el primero", "der dritte", "die erste", "de tweede", "den
andra", "pierwszy", "numero 3", "Nummer 3", "n° 3". Used by knowledge.call_reports.positions.

Strict: a bare number after an article ("le 3", "el 3", "il 3") counts only where no date,
time or amount follows ("le 3 décembre", "el 3 de marzo", "le 3 à 10h" are dates).
"""

from __future__ import annotations

ORDINALS: dict[str, int] = {
    # Italian
    "primo": 1, "prima": 1, "secondo": 2, "seconda": 2, "terzo": 3, "terza": 3, "quarto": 4,
    "quarta": 4, "quinto": 5, "quinta": 5,
    # French
    "premier": 1, "première": 1, "premiere": 1, "deuxième": 2, "deuxieme": 2, "second": 2,
    "seconde": 2, "troisième": 3, "troisieme": 3, "quatrième": 4, "quatrieme": 4,
    "cinquième": 5, "cinquieme": 5,
    # Spanish
    "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercero": 3, "tercera": 3,
    "cuarto": 4, "cuarta": 4, "quinta_": 5,
    # German
    "erste": 1, "erster": 1, "ersten": 1, "zweite": 2, "zweiter": 2, "zweiten": 2,
    "dritte": 3, "dritter": 3, "dritten": 3, "vierte": 4, "vierter": 4, "vierten": 4,
    "fünfte": 5, "fünfter": 5, "fünften": 5,
    # Dutch
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5,
    # Swedish
    "första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "femte": 5,
    # Polish
    "pierwszy": 1, "pierwsza": 1, "drugi": 2, "druga": 2, "trzeci": 3, "trzecia": 3,
    "czwarty": 4, "czwarta": 4, "piąty": 5, "piąta": 5,
}
_ARTICLES = (r"(?:il|la|lo|l['’]|le|el|der|die|den|das|de|het|dem|ten|al|del|du|au|"
             r"a(?:l)?|och|i|z|ze|do|u)")
_NOT_A_DATE = (r"(?!\s*(?:[./-]\d|de\s|d['’]|h\b|[àa]\s*\d|um\s*\d|alle\s*\d|\d|uhr|€|eur|%|"
               r"heure|ore\b|hora|"
               r"(?:jan|feb|fév|fev|mar|mär|apr|avr|abr|mai|may|mag|jun|juin|giu|jul|juil|lug|"
               r"aug|aoû|aou|ago|sep|set|okt|oct|ott|nov|dec|déc|dez|dic|ene|gen)\w*))")
# "la prima volta", "die erste Rate", "la première fois": an ordinal of something else
_COUNTED = (r"(?:volt[ae]|fois|vez|veces|mal|keer|gång\w*|raz\w*|rat[ae]n?|semaine|settimana|"
            r"semana|woche|week|vecka|giorno|jour|día|tag|dag|dzień|mois|mese|mes|monat|maand|"
            r"månad|année|anno|año|jahr|jaar|år|rok|échéance|payment|zahlung|pago|pagamento)\b")
# "il primo", "la seconda", "den andra", "der dritte" (the article first: "secondo me" is
# an opinion), "numero 3", "Nummer 3", "n° 3", "le 3 :", "el 2,"
FOREIGN = (
    rf"\b{_ARTICLES}\s*(?P<foreign>{'|'.join(k for k in ORDINALS if not k.endswith('_'))})\b"
    rf"(?!\s+{_COUNTED})|"
    r"\b(?:numero|número|numéro|nummer|numer|n°|nº)\s?(?P<numero>\d{1,2})\b|"
    # "le 5e :", "et le 1er," (a French ordinal ending), never "le 1er décembre"
    rf"(?:^|(?<=[\s(,]))(?:le|el|il|la)\s(?P<bare>\d{{1,2}})(?:er|re|e|ème|eme)?{_NOT_A_DATE}"
    rf"(?!\s+(?:{_COUNTED}|étage|etage|piano|stock\w*))(?=\s*[:,;–—-]|\s+\w)|"
    # "4. nie odbiera", "3. erreicht", "2 - vm", "5) reached": a number and a stop, dash or
    # bracket opening the message (never "4. Dez", "10:30 call", "2 - 3 weeks")
    rf"^\s*(?P<dotted>\d{{1,2}})(?:\.|\s*[-–—:)]){_NOT_A_DATE}(?=\s*[^\W\d_])"
)


def foreign_number(groups: dict[str, str | None]) -> int | None:
    """The position a match of FOREIGN names, None when it matched none of its groups."""
    if groups.get("foreign"):
        return ORDINALS.get(str(groups["foreign"]).lower())
    raw = groups.get("numero") or groups.get("bare") or groups.get("dotted")
    return int(raw) if raw else None
