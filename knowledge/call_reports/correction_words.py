"""A correction of the last call in the advisors' other languages ("scusa, non venerdì:
giovedì", "Entschuldigung, nicht Freitag sondern Donnerstag", "pardon, pas vendredi mais
jeudi", "przepraszam, nie piątek tylko czwartek", "förlåt, inte fredag utan torsdag"): the
words knowledge.call_reports.corrections reads in English, as data per language.

- SORRY opens a correction as "sorry" does in English.
- NEGATED is what stands before the part of the old call a correction denies ("non
  venerdì", "no el viernes", "nie w piątek"), so the date read is the other one.
- NOT_THIS_BUT_THAT is a short "not X, Y" / "not X but Y" with nothing else in it.
"""

from __future__ import annotations

import re

from knowledge.languages import alternatives as _alt

SORRY = ["scusa", "scusi", "scusate", "scusami", "pardon", "pardonne-moi", "désolé", "désolée",
         "perdón", "perdona", "disculpa", "lo siento", "przepraszam", "sorki", "pomyłka",
         "entschuldigung", "entschuldige", "verzeihung", "sorry", "excuses", "förlåt",
         "ursäkta", "oeps", "ups", "correzione", "correction", "korrektur", "correctie",
         "korekta", "rättelse", "corrección",
         # "wait" opens a correction as "sorry" does ("attends, mariana c'était joignable")
         "attends", "attendez", "aspetta", "aspetti", "warte", "moment", "espera", "espere",
         "czekaj", "chwila", "vänta", "wacht",
         # "oups, le 26", "hoppla, am 26.", "uy, el 26": the slip said as it is noticed
         "oups", "oupsi", "hoppla", "huch", "hups", "ops", "oops", "uy", "oj", "ojej", "hoppsan",
         "oepsie"]
# What opens before the "no" or the "sorry" ("ah non pardon", "oh nee sorry", "ach nein").
_INTERJECTION = ["ah", "aah", "oh", "och", "ach", "oj", "åh", "eh", "ay", "ai", "uh", "hm+",
                 "mh+", "euh", "ehm", "oh là", "oh la"]
_NO = ["no", "nee", "nein", "non", "nie", "nej", "nope", "nah", "ne"]
# "I meant X" anywhere in a short message ("4 december bedoel ik", "ich meinte Freitag",
# "je voulais dire …", "intendevo …", "quería decir …", "chodziło mi o …", "jag menade …").
MEANT = ["i meant", "i mean", "bedoel ik", "bedoelde ik", "ik bedoel", "ik bedoelde",
         "ich meinte", "meinte ich", "ich meine", "gemeint", "je voulais dire",
         "je veux dire", "j'ai voulu dire", "voulais dire", "intendevo", "volevo dire",
         "intendo dire", "quería decir", "quise decir", "quiero decir", "me refería a",
         "me refiero a", "chodziło mi o", "chodzi mi o", "miałem na myśli", "miałam na myśli",
         "jag menade", "jag menar", "menade jag", "menar jag"]
# "it was X" after a "no" ("non, c'était X", "nee, het was X", "nein, es war X").
_IT_WAS = ["c'était", "c’était", "c'est", "era", "es war", "war", "fue", "het was", "was",
           "to był", "to była", "to byl", "det var", "it was", "it's", "its"]
# Said to be the advisor's own mistake, anywhere in the message ("je me suis trompée", "mi
# sono sbagliato", "me equivoqué", "ich habe mich vertan", "ik heb me vergist",
# "pomyliłam się", "jag tog fel").
MISTAKE = ["je me suis trompée?", "je me suis trompé", "erreur de ma part", "mi sono sbagliat[oa]",
           "ho sbagliato", "errore mio", "me equivoqué", "me he equivocado", "me confundí",
           "ich habe mich (?:vertan|geirrt|vertippt)", "hab mich (?:vertan|geirrt|vertippt)",
           "mein fehler", "ik heb me vergist", "mijn fout", "pomylił(?:em|am) się",
           "mój błąd", "jag tog fel", "jag hade fel", "mitt fel"]
# The negations that deny a part of the call, with the article or preposition a date takes.
_NOT = ["non", "nicht", "nie", "niet", "inte", "ej", "pas", "not", "no"]
_BEFORE_DAY = ["el", "la", "il", "le", "w", "we", "op", "på", "am", "den", "de", "on", "the",
               "di", "el día", "le jour"]
# "sondern", "mais", "ma", "pero", "sino", "tylko", "lecz", "maar", "utan", "but": the part
# that stands instead.
_INSTEAD = ["sondern", "mais", "ma", "pero", "sino", "tylko", "lecz", "ale", "maar", "utan",
            "but", "instead", "invece", "plutôt", "en cambio", "zamiast"]

NEGATED = re.compile(
    rf"(?<!\w)(?:{_alt(_NOT)})\s+(?:(?:{_alt(_BEFORE_DAY)})\s+)?$", re.IGNORECASE)
_OPENING = rf"^\s*(?:(?:{_alt(_INTERJECTION)})\b[\s,.!-]*)?(?:(?:{_alt(_NO)})\b[\s,.!-]*)?"
_SORRY = re.compile(rf"{_OPENING}(?:{_alt(SORRY)})(?!\w)", re.IGNORECASE)
_NO_IT_WAS = re.compile(rf"^\s*(?:(?:{_alt(_INTERJECTION)})\b[\s,.!-]*)?(?:{_alt(_NO)})"
                        rf"\s*[,.!–—-][\s,.!–—-]*(?:{_alt(_IT_WAS)})(?!\w)", re.IGNORECASE)
MEANT_SAID = re.compile(rf"(?<!\w)(?:{_alt(MEANT)})(?!\w)", re.IGNORECASE)
# "non venerdì: giovedì", "nicht Freitag sondern Donnerstag", "inte fredag, torsdag"
_NOT_THIS_BUT_THAT = re.compile(
    rf"(?:^|[\s,.!:-])(?:{_alt(_NOT)})\s+(?:(?:{_alt(_BEFORE_DAY)})\s+)?[^\W\d_]+\.?"
    rf"(?:\s+\d{{1,2}}\.?)?\s*(?:[,:;–—-]|\s(?:{_alt(_INSTEAD)})\b)\s*(?:{_alt(_INSTEAD)}\s+)?"
    rf"(?:(?:{_alt(_BEFORE_DAY)})\s+)?[^\W\d_]+\.?\s*[.!]*$", re.IGNORECASE)


# "wrong, it was X" opens a correction too: "fel, det var …", "falsch - es war …", "faux :
# c'était …" (the word then a pause; "fel nummer", "falsch verbunden" are a call's outcome).
_WRONG_OPENING = re.compile(r"^\s*(?:(?:no|nee|nein|non|nie|nej)\b[\s,.!-]*)?(?:fel|falsch|"
                            r"sbagliato|fout|verkeerd|źle|faux|equivocado|wrong)\s*[,:;.!–—-]",
                            re.IGNORECASE)
MISTAKE_SAID = re.compile(rf"(?<!\w)(?:{_alt(MISTAKE)})(?!\w)", re.IGNORECASE)
# The bot's reading quoted to deny it: "not 'no answer'", "pas « pas de réponse »",
# "nicht „nicht erreicht“" (the quote is what it was not)
NOT_QUOTED = re.compile(rf"(?<!\w)(?:{_alt(_NOT)})\s*[\"'«‘“„]\s*[^\"'»’”“]{{1,40}}?\s*"
                        r"[\"'»’”“]", re.IGNORECASE)


def corrects_in_other_words(words: str, most_words: int | None = None) -> bool:
    """A message (of at most `most_words` words) that opens with "sorry", "wait", "oops",
    "wrong" or "no, it was" in one of the advisors' languages, says it was the advisor's
    mistake or what they meant, or says "not X, Y"."""
    if most_words is not None and len(words.split()) > most_words:
        return False
    if (_SORRY.match(words) or MISTAKE_SAID.search(words) or _WRONG_OPENING.match(words)
            or _NO_IT_WAS.match(words) or MEANT_SAID.search(words) or WRONG_PART.search(words)):
        return True
    instead = _NOT_THIS_BUT_THAT.search(words)
    if instead is None:
        return False
    from knowledge.call_reports.said import _CALL_WORDS

    # "non interessata, grazie", "nie odbiera, wyłączony": an outcome denied, not a part of
    # the last call replaced
    return not any(pattern.search(instead.group(0)) for pattern in _CALL_WORDS)


# "the 1st one", "the second call": a call of the conversation by its place, never a date.
POSITION = re.compile(r"\bthe\s+(?:1st|2nd|3rd|4th|first|second|third|fourth)\s+"
                      r"(?:one|call|entry|log)\b|"
                      # "le premier", "der erste", "il primo", "el segundo", "de eerste", "den
                      # första", "ten pierwszy": a call by its place, in the other languages
                      r"\b(?:la premi[eè]re|le premier|la deuxi[eè]me|le deuxi[eè]me|la seconde|"
                      r"(?:der|die|den|das) (?:erste|zweite)[nr]?|il primo|la prima|il secondo|"
                      r"la seconda|el primero|la primera|el segundo|la segunda|(?:de|het) "
                      r"(?:eerste|tweede)|(?:den|det) f[öo]rsta|pierwsz(?:y|a|ą|e|ego))\b",
                      re.IGNORECASE)


# A day of the month with its article or ending, said alone to move a dated call ("le 26",
# "am 26.", "il 26", "el 26", "op de 26e", "den 26:e", "26-go", "the 26th"): the number.
_DAY_ARTICLE = ["le", "il", "el", "am", "den", "der", "dem", "op de", "op", "de", "dnia", "the",
                "on the", "on", "på", "au", "al", "zum", "na"]
BARE_DAY = re.compile(
    rf"(?:(?<!\w)(?:{_alt(_DAY_ARTICLE)})\s+(?P<day>[12]\d|3[01]|0?[1-9])"
    r"(?:st|nd|rd|th|er|ème|e|de|ste|º|°|ª|:e|:a|-go|-ego|\.(?!\d))?"
    r"|(?<![\w.])(?P<ordinal>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|ème|ste|:e|:a|-go|-ego))"
    r"(?![\w.:/]*\d)(?!\w)", re.IGNORECASE)


def ordinal(number: int) -> str:
    """ "26th", "1st": the day as the English readers take it alone."""
    ending = "th" if 10 < number % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{ending}"


# The words of a correction that are no name ("nee … bedoel ik", "ah non pardon, c'était"):
# what is left of it once these are gone may be one.
FILLER_ABROAD = frozenset(
    word for phrase in (*SORRY, *MEANT, *_IT_WAS, *_NO, *_INTERJECTION, *_DAY_ARTICLE)
    for word in re.findall(r"[^\W\d_]+", phrase.lower()))


# "nic nie kupiła", "n'a rien acheté", "hat nichts gekauft", "non ha comprato niente", "no
# compró nada", "heeft niets gekocht", "köpte inget", "didn't buy anything": a sale denied,
# which a correction's reading leaves out (the call then was only a talk).
_NOTHING = ["nic nie", "nie", "rien", "pas", "nichts", "nicht", "keine?n?", "non", "niente",
            "nulla", "nada", "no", "niets", "niet", "geen", "inget", "inte", "ingenting", "ej",
            "not", "nothing", "didn't", "didnt", "did not", "n'a", "n'a rien", "n'a pas", "ingen",
            "brak", "sans", "senza", "sin", "ohne", "pas de", "no ha", "non ha"]
_BOUGHT = (r"(?:kupi\w*|kupuj\w*|achet\w*|gekauft|kauf\w*|compr\w*|gekocht|koop\w*|köp\w*|"
           r"bought|buy\w*|purchas\w*|sold|sale|verkauft|vendu\w*|vendut\w*|vendid\w*|"
           r"sprzeda\w*|verkocht|sål\w*|abgeschlossen|abschluss|signed|firmat\w*|podpisa\w*|vente|venta|"
           r"vendita|verkoop|försäljning|verkauf)")
NO_SALE = re.compile(
    rf"(?<!\w)(?:{_alt(_NOTHING)})\s+(?:[^\W\d_]+\s+){{0,2}}{_BOUGHT}(?!\w)(?:\s+(?:anything|"
    rf"nothing|nada|niente|nulla|rien|nic|nichts|niets|inget|ingenting))?"
    rf"|(?<!\w){_BOUGHT}\s+(?:[^\W\d_]+\s+)?(?:{_alt(_NOTHING)})(?!\w)", re.IGNORECASE)


# "verkeerde klant", "falscher Kunde", "mauvais client", "cliente sbagliato", "cliente
# equivocado", "zły klient", "fel kund": a part of the last call said to be wrong, anywhere.
WRONG_PART = re.compile(
    r"(?<!\w)(?:verkeerde?\s+(?:klant|datum|dag|persoon)|falsche[rsn]?\s+(?:kunde|kundin|datum|"
    r"tag|person)|mauvais(?:e)?\s+(?:client|cliente|date|jour|personne)|(?:cliente|data|giorno|"
    r"persona)\s+sbagliat[oa]|(?:cliente|fecha|día|dia|persona)\s+equivocad[oa]|(?:zł[yae]|"
    r"złego|zly|zla)\s+(?:klient\w*|data|dzień|dzien|osob\w*)|fel\s+(?:kund|datum|dag|person))"
    r"(?!\w)", re.IGNORECASE)
