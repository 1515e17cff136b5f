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
         "czekaj", "chwila", "vänta", "wacht"]
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
_SORRY = re.compile(rf"^\s*(?:(?:no|nee|nein|non|nie|nej)\b[\s,.!-]*)?(?:{_alt(SORRY)})(?!\w)",
                    re.IGNORECASE)
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
    """A message (of at most `most_words` words) that opens with "sorry", "wait" or "wrong" in
    one of the advisors' languages, says it was the advisor's mistake, or says "not X, Y"."""
    if most_words is not None and len(words.split()) > most_words:
        return False
    if _SORRY.match(words) or MISTAKE_SAID.search(words) or _WRONG_OPENING.match(words):
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
                      r"(?:one|call|entry|log)\b", re.IGNORECASE)
