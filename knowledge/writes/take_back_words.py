"""The words that ask the assistant to take a write back, in one place.

`UNDO_VERBS` are the verbs ("undo", "scratch", "scrap", "delete", "rückgängig"); each reader
places them its own way: a whole message that only takes back (`is_take_back`: "scrap that",
"forget i said that", "wrong chat, ignore", "undo pls", the feedback form's "cancel"), an undo
that names an earlier write (knowledge.writes.earlier: "undo both"), or a message never read
as a new call (actions.writes). The words that change one's mind inside a call report ("no
actually", "i mean") are another class, in two readings kept as they were: `LEFT_OVER`
(knowledge.writes.unsure, and the market events' reader through it) and `CHANGED_MIND`
(knowledge.call_reports.shorthand).
"""

from __future__ import annotations

import re

# The verb as advisors abroad type it to the assistant (imperative): Italian "cancella il
# primo", "annulla"; French "annule", "supprime"; Spanish "borra", "cancela", "deshaz"; Polish
# "cofnij giulię", "usuń", "anuluj", "skasuj"; Dutch "verwijder", "annuleer"; Swedish "ångra",
# "radera", "ta bort". Kept apart so a reader can tell "undo" from a verb that only opens a
# message (knowledge.writes.by_customer).
UNDO_VERBS_ABROAD = (r"cancell[ai]|annull[ai]|elimin[ai]|annule[rz]?|supprime[rz]?|efface[rz]?|"
                     r"cancel[ae]|borr[ae]|anul[ae]|deshaz|cofnij|usuń|usun|anuluj|skasuj|"
                     r"wycofaj|verwijder|annuleer|ångra|angra|radera|ta bort|togli|rimuovi|"
                     r"streiche|streichen|"
                     # the pronoun joined on: "deshazlo", "bórralo", "annullalo", "annule-le"
                     r"deshazlo|b[oó]rral[oa]|an[uú]lal[oa]|canc[eé]lal[oa]|elim[ií]nal[oa]|"
                     r"annullal[oa]|cancellal[oa]|eliminal[oa]|toglil[oa]|annule-l[ae]|"
                     r"supprime-l[ae]|efface-l[ae]")
UNDO_VERBS = (r"undo|cancel|delete|remove|take (?:\w+ )?back|scratch|scrap|drop|revert|reverse|"
              r"forget|get rid of|disregard|rückgängig|rueckgaengig|storn\w*|lösch\w*|loesch\w*|"
              r"ongedaan|terugdraaien|"
              + UNDO_VERBS_ABROAD)

# Left over in a call report, a take-back the reader did not use makes the write shown first
# (knowledge.writes.unsure; a bare "actually" adds: "X reached, actually he wants a meeting").
LEFT_OVER = (r"\b(?:no,? actually|actually,? no|sorry|no wait|wait|scratch that|strike that|"
             r"i mean|i meant|correction|oops|my bad|my mistake|disregard|ignore (?:that|it|this)|"
             r"forget (?:that|it|this)|never ?mind|nvm|undo|cancel)\b")
# Where a call report changes its mind, so what it says last stands (knowledge.call_list.
# shorthand: "sold her a mortgage no actually she only wants to think about it").
CHANGED_MIND = (r"\b(?:no,?\s+actually|actually,?\s+no|no,?\s+wait|wait,?\s+no|oh\s+wait|"
                r"no\s+sorry|sorry,?\s+no|i\s+mean|correction|scratch\s+that|oops|my\s+bad)\b")

# What an undo abroad points at: "ça", "to", "det", "l'ultima", "de laatste", "eso".
_IT_ABROAD = (r"(?:ça|ca|cela|ceci|le dernier|la derni[eè]re|l['’]ultim[oa]|quell[oa]|quest[oa]|"
              r"to|tamto|ostatni[ea]?|det|den sista|senaste|dat|het|de laatste|eso|esto|lo|"
              r"el [uú]ltimo|la [uú]ltima)")
# Why, said after it: "undo that, wrong customer", "ångra det, fel kund".
_WRONG_ONE = (r"(?:wrong (?:customer|client|one)|fel (?:kund|person)|falsche[rn]? kunde?n?|"
              r"mauvais client|cliente sbagliato|z[łl]y klient|verkeerde klant|cliente equivocado|"
              # "me equivoqué de cliente", "je me suis trompé de client", "ho sbagliato cliente"
              r"me (?:he )?equivo(?:c|qu)\w* de cliente|(?:je )?me suis tromp[ée]e? de client|"
              r"ho sbagliato (?:il )?cliente|pomyli[łl]\w* (?:klient\w*|osob\w*)|"
              r"(?:ich )?hab\w* mich (?:im|beim) kunden (?:vertan|geirrt)|"
              r"ik heb de verkeerde klant|jag tog fel kund)")
# Said around a take-back in the advisors' languages: "annule ça stp", "maak dat ongedaan
# aub", "deshaz eso por favor", "bitte rückgängig machen", "actually delete it".
_POLITE = (r"no|nah|nope|oh|oops|sorry|wait|actually|ok|okay|pls|please|plz|thanks|thx|ty|"
           r"bitte|danke|stp|svp|s['’]il (?:te|vous) pla[iî]t|merci|per favore|grazie|"
           r"por favor|porfa|gracias|aub|a\.u\.b\.?|alsjeblieft|alstublieft|graag|bedankt|"
           r"prosz[eę]|dzi[eę]kuj[eę]|tack|sn[aä]lla")
# Asked as a question ("could you undo that?", "kannst du das löschen?", "peux-tu annuler
# stp", "puedes deshacerlo?", "możesz to cofnąć?", "kun je dat terugdraaien?", "kan du ta bort
# det?"): the asking words, then the verb in its infinitive.
_CAN_YOU = (r"(?:(?:can|could|would) you|kannst du|könntest du|können sie|könnten sie|"
            r"peux-tu|pouvez-vous|tu peux|puoi|potresti|può|puedes|podrías|puede|możesz|"
            r"mozesz|kun je|kunt u|kan du|kan ni)\s+(?:(?:das|es|it|that|this|bitte|please|"
            r"pls|to|dat|het|det|ça|lo|la)\s+)*")
_INFINITIVE = (r"undo|delete|remove|revert|cancel|annullar\w*|cancellar\w*|eliminar\w*|"
               r"annuler|supprimer|effacer|deshacer\w*|borrar\w*|anular\w*|cofnąć|cofnac|"
               r"usunąć|usunac|anulować|anulowac|terugdraaien|ongedaan maken|verwijderen|ångra|"
               r"angra|ta bort|radera|rückgängig machen|löschen|stornieren")
# What the undo points at, said after the verb ("den letzten Eintrag", "le dernier appel")
_LAST = (r"the last(?: one)?|den letzten(?: eintrag| anruf)?|die letzte|le dernier(?: appel)?|"
         r"la derni[eè]re|lo [uú]ltimo|l['’]ultim[oa](?: chiamata)?|ostatni(?:e| wpis)?|"
         r"det senaste|den senaste|de laatste")
# A message that only takes back: the verb (or its set phrase), what it points at, politeness.
_WHOLE = re.compile(
    rf"^\s*(?:(?:{_POLITE})(?!\w)[\s,.!-]*)*"
    r"(?:wrong (?:chat|window|thread|convo|conversation|person to tell)[\s,.!-]*(?:sorry[\s,.!-]*)?"
    r"(?:(?:pls |please )?(?:ignore|disregard)(?: (?:that|this|it|me))?)?|"
    r"cancel|undo|stop|abort|forget it|never ?mind|nvm|drop it|discard|"
    r"scratch that|scrap (?:that|it|this)|strike that|"
    r"forget (?:that|this|i said (?:that|it|this)|what i (?:just )?said)|"
    r"(?:delete|remove|ignore|disregard|scrap|scratch|undo) (?:that|it|this|the)(?: last)?"
    r"(?: (?:one|entry|call|log|record|meeting|appointment|appt|note|vm|voicemail|sale))?|"
    # as advisors abroad type it: "annule ça", "cofnij to", "ångra det", "annulla l'ultima",
    # "draai de laatste terug", "maak dat ongedaan", "borra eso"
    rf"(?:{UNDO_VERBS_ABROAD})(?:\s+{_IT_ABROAD})?|"
    rf"(?:draai|zet)\s+(?:{_IT_ABROAD}\s+)?terug|maak\s+(?:{_IT_ABROAD}\s+)?ongedaan|"
    rf"{_CAN_YOU}(?:{_INFINITIVE})|storno|revert|"
    r"mach(?:e|en sie)?\s+(?:das|es|den letzten|die letzte)\s+(?:bitte\s+)?"
    r"(?:rückgängig|rueckgaengig)|"
    r"take (?:that|it|this) back|"
    r"don'?t save(?: it)?|do not save(?: it)?|disregard|ignore(?: me)?|"
    r"void|"
    # the verb last, as German and Dutch put it: "das letzte bitte rückgängig", "den letzten
    # Eintrag löschen", "de laatste graag verwijderen"
    rf"(?:das letzte|{_LAST})(?:[\s,]+(?:{_POLITE})(?!\w))*[\s,]+(?:rückgängig|rueckgaengig|"
    r"löschen|loeschen|stornieren|verwijderen|terugdraaien|ongedaan)|"
    # as an advisor in Vienna types it
    r"rückgängig|rueckgaengig|vergiss es|vergiss das|abbrechen|storniere?n?|lösche?n?)(?!\w)"
    rf"[\s.!]*(?:it|that|this|das|es|bitte|machen|det|dat|het|ça|eso|to|{_LAST})?[\s.!]*(?:machen)?"
    rf"(?:[\s,.!]*(?:{_POLITE})(?!\w))*"
    rf"[\s.!?]*(?:[,;:-]\s*{_WRONG_ONE}[\s.!]*)?$", re.IGNORECASE)


def is_take_back(text: str | None) -> bool:
    """The whole message only takes back what was said or stored ("scrap that", "undo pls",
    "wrong chat, ignore"): nothing else in it to read."""
    return bool(_WHOLE.match(text or ""))


_LAST_CLAUSE = re.compile(r"[.;!?\n]+\s*|,\s+|\s[-–—]\s")


def ends_in_take_back(text: str | None) -> bool:
    """The message's last sentence or clause only takes back ("… that was greta müller's
    question not a complaint. undo that"): whatever the words before say, the write is to go,
    not to be re-made from them."""
    parts = [p for p in _LAST_CLAUSE.split(text or "") if p.strip(" .!")]
    return len(parts) > 1 and is_take_back(parts[-1])


# "undo the andreas vm", "delete the meeting with X": a write named to be taken back, not a
# correction whose words ("vm") re-make it ("undo the last one, it was anna" still corrects).
_UNDO_NAMED = re.compile(rf"^\s*(?:(?:pls|please|ok|okay|oh|and)[\s,]+)*(?:{UNDO_VERBS})\s+"
                         r"(?:the|my)\s+(?!(?:last|previous|latest)\b)", re.IGNORECASE)


def undoes_a_named_write(text: str | None) -> bool:
    """The message opens by taking back a write it names ("undo the andreas vm") and says
    nothing else ("scratch the meeting, just reached" keeps the call, reached)."""
    return bool(_UNDO_NAMED.match(text or "")) and not _SAYS_MORE.search(text or "")


_SAYS_MORE = re.compile(r"[,;:.!?–—]|\s-\s|\b(?:just|only|but|instead|rather|it was|make it)\b",
                        re.IGNORECASE)


def opens_with_take_back(text: str | None) -> bool:
    """The message's first clause only takes back ("undo the last one, it was a fund quote
    only, not sold"): what follows explains the undo; it re-makes a call only by naming it
    anew (another customer, an outcome of its own)."""
    parts = [p for p in _LAST_CLAUSE.split(text or "") if p.strip(" .!")]
    return len(parts) > 1 and is_take_back(parts[0])
