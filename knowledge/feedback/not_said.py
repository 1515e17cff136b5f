"""Messages sent to the feedback form that are no customer's statement, in any of the
advisors' languages: the state of a complaint ("the reclamation of X is closed", "la
réclamation de X est toujours en cours", "il reclamo di X è risolto") is a call report about
it, and a customer asking to be called back ("please call me back next week", "bitte um
Rückruf", "rappelez-moi") is a call to make. Neither is stored as feedback.

A heading with a colon ("reclamo da X: il problema non è risolto") is a statement: the
complaint word and the state must be in one clause, with no colon between them.
"""

from __future__ import annotations

import re
from functools import cache

from knowledge.languages import COMPLAINT, RESOLVED, alternatives

# English and the words for "being worked on" (the other languages' "resolved" are RESOLVED)
_DONE = [r"resolved", r"closed", r"solved", r"fixed", r"sorted", r"done", r"settled",
         r"erledigt", r"gelöst", r"geschlossen", r"abgeschlossen", r"in progress",
         r"in bearbeitung", r"in behandeling", r"in corso", r"en cours", r"en curso", r"w toku",
         r"pågår"]
_STILL = [r"still open", r"noch offen", r"nog open", r"ancora apert[oa]", r"toujours ouverte?",
          r"toujours en cours", r"sigue abiert[oa]", r"todavía abiert[oa]", r"nadal otwart\w*",
          r"fortfarande öppe[nt]"]
_CALL_ME = [r"call (?:me|us) back", r"ring (?:me|us) back", r"please (?:call|ring|phone) (?:me|us)",
            r"um rückruf", r"rufen sie mich", r"bel me terug", r"belt u mij", r"richiamarmi",
            r"mi richiami", r"rappelez-moi", r"me rappeler", r"llámeme", r"llamarme",
            r"oddzwoń\w*", r"proszę o kontakt", r"ring mig", r"ringa mig"]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    state = alternatives(RESOLVED + _DONE + _STILL)
    nouns = alternatives([*COMPLAINT, r"complaint\w*", r"beschwerde\w*", r"reklamation"])
    about = re.compile(rf"\b(?:{nouns})\b[^:.;!?\"“”]{{0,60}}?(?<!\w)(?:{state})(?!\w)",
                       re.IGNORECASE)
    return about, re.compile(rf"\b(?:{alternatives(_CALL_ME)})\b", re.IGNORECASE)


# A message opening with the advisor's call ("gesproken met X, alles in orde", "ho parlato con
# X", "rozmawiałem z X"): a call report, whatever follows.
_CALLED = [r"(?:ik |ich |j['’]ai |ho |he |jag )?(?:heb |hab(?:e)? |har )?(?:gesproken|gebeld|"
           r"bereikt|gesprochen|telefoniert|erreicht|sprach|parlato|sentito|raggiunt[oa]|"
           r"parlé|joint|hablé|hablado|llamé|rozmawiał\w*|dodzwonił\w*|pratade|pratat|talade|"
           r"nådde)", r"(?:i |we )?(?:had|have had) (?:a |an )?(?:quick |short |long |good )?"
           r"(?:chat|call|word|talk|conversation) with", r"(?:i |we )?(?:chatted|caught up) with",
           r"(?:i |we )?got (?:hold of|through to)",
           # the perfect tense with the customer between ("hab sie gerade angerufen", "heb hem
           # net gebeld", "je l'ai appelée", "l'ho sentita", "la he llamado", "jag har ringt")
           r"(?:ich\s+)?hab(?:e)?\s+(?:[\w'’]+\s+){0,3}?(?:angerufen|erreicht|gesprochen|"
           r"telefoniert|kontaktiert)", r"(?:ik\s+)?heb\s+(?:[\w'’]+\s+){0,3}?(?:gebeld|"
           r"gesproken|bereikt)", r"(?:je\s+)?l['’]ai\s+(?:[\w'’]+\s+){0,2}?(?:appel\w*|eue?|"
           r"jointe?)", r"(?:l['’])?ho\s+(?:[\w'’]+\s+){0,2}?(?:chiamat\w|sentit\w|"
           r"raggiunt\w)", r"(?:la|le|lo)\s+(?:he\s+)?(?:llamado|llamé)",
           r"(?:za)?dzwoniłe?m", r"(?:jag\s+)?(?:ringde|har ringt)"]


# "FYI we're not allowed to promise rates over the phone": a note to colleagues about the
# bank itself, never a customer's words.
_OWN_NOTE = re.compile(r"^\s*(?:fyi|btw|heads[- ]up|reminder|note to (?:all|team))\b[\s,:!-]*"
                       r"(?:we\b|we['’]re\b|our\b|us\b|the bank\b|all\b|everyone\b)",
                       re.IGNORECASE)


def own_note(text: str | None) -> bool:
    return bool(_OWN_NOTE.search(text or ""))


# The advisor's own sale, told after the customer's name or on its own ("javier fernandez -
# sold him a 12m deposit", "sold the fund to X", "we sold her the isa", "habe ihm den Fonds
# verkauft"): a call with a sale, whoever the NLU thinks is speaking. A customer telling of a
# sale ("she says the bank sold her a card she never wanted") has another subject.
_OWN_SALE = re.compile(
    r"(?:(?:^|[-–—,:;.()]\s*|\bwe\s+|\bwe['’]ve\s+|\bwe have\s+|\bi['’]ve\s+|\bi have\s+|"
    r"\bi\s+(?=(?:just\s+|finally\s+)?sold\s+(?:him|her|them)\b))(?:just\s+|finally\s+)?"
    r"(?:sold\s+(?:him|her|them|the|a|an|one|\d)|signed (?:him|her|them) up)\b)|"
    r"\b(?:habe|hab)\s+(?:ihm|ihr|ihnen)\b[^.;]{0,30}\bverkauft\b|\bj['’]ai vendu\b",
    re.IGNORECASE)


# The customer's purchase told in the third person ("marco took out a consumer loan, 8k",
# "she opened a term deposit", "hat einen Kredit abgeschlossen"): a sale to log as a call,
# unless the customer is quoted ("she says she took out a loan elsewhere because …").
_BOUGHT = re.compile(
    r"\b(?:took out|has taken out|opened|signed up for|went for|bought|hat\s+(?:einen?|die|den|"
    r"das)\s+[\w-]+\s+abgeschlossen)\b(?:\s+(?:a|an|the|her|his|their|another|new|second|"
    r"\d+\S*|[\w-]+)){0,4}?\s+(?:loan|mortgage|deposit|fund|isa|policy|insurance|pension|bond|"
    r"savings|account|card|plan|credit)\b|\bhat\s+[^.;]{0,30}\babgeschlossen\b", re.IGNORECASE)
_QUOTED = re.compile(r"\b(?:says?|said|told|tells|complain\w*|claims?|feels?|thinks?|"
                     r"because|sagt|dit|dice|zegt|säger|mówi)\b|[\"“„«]", re.IGNORECASE)


def the_advisors_sale(text: str | None) -> bool:
    """ "X - sold him the fund", "X took out a consumer loan": a sale, a call report, never a
    statement (a customer quoted about a purchase is one)."""
    words = text or ""
    return bool(_OWN_SALE.search(words) or (_BOUGHT.search(words)
                                            and not _QUOTED.search(words)))


def a_call_opening(text: str | None) -> bool:
    """ "gesproken met Femke van Dijk, alles in orde": the advisor's call, told first."""
    return bool(re.match(rf"\s*(?:{alternatives(_CALLED)})\b", text or "", re.IGNORECASE))


def about_a_complaint(text: str | None) -> bool:
    """ "the reclamation of X is closed", "la réclamation de X est toujours en cours"; "once
    the refund lands we can close X's complaint" (its closure, asked or planned)."""
    return bool(_patterns()[0].search(text or "") or _CLOSING.search(text or ""))


# "close X's complaint", "we can close the complaint", "mark her complaint resolved"
# (and done: "closed andreas's complaint", "resolved her complaint", "sorted the complaint")
_CLOSING = re.compile(r"\b(?:close[ds]?|closing|resolved?|resolving|mark(?:ed)?|sorted(?: out)?|"
                      r"settled|fixed|cleared(?: up)?)\s+(?:[\w'’-]+\s+){0,4}?"
                      r"(?:complaint|reclamation|beschwerde|reklamation)", re.IGNORECASE)


def asks_for_a_call(text: str | None) -> bool:
    """ "please call me back next week", "bitte um Rückruf", "rappelez-moi"."""
    return bool(_patterns()[1].search(text or ""))
