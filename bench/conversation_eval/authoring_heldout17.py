"""How heldout17.yml was written: a seventeenth unseen set (issue #14, round s30), typed blind
like heldout6-16, without reading the bot's training data, its tests, its actions, anything
under knowledge/ but the demo bank's generator, or the other sets' items. Same bank and format
(e2e demo bank: 400 customers, seed 11, today = Monday 2026-11-16; sender A001 unless an item
needs another book, a manager or head office). Every customer id, name, book, household, open
complaint, theme and staff member used was checked against a generated copy of that bank
(`fresh_bank` of `python -m bench.conversation_eval` under /tmp, read with sqlite3; call-list
positions from `cli.main call-list`), and `check()` in the rest module runs before writing.

What it is: ONE FULL WORKING DAY of branch B01 (Frankfurt) as it happens: mostly advisor A001
(Lena Hoffmann), each colleague's morning call list worked by place (first in the file, one
session per advisor, so no earlier item changed a list), the branch manager M001 (and M002 of
B02) looking at and changing WOCAS themes, head office H001 recording a market event, and the
advisors' chatter. This module: the call-list sessions and the call reports of every outcome,
several customers in one message, "same for X", double posts vs second attempts. The rest
(authoring_heldout17_rest.py): corrections, undo, pronouns after a profile, longer sessions
(up to six turns), first names a colleague would ask about, confirmations answered "oui", "sì",
"ja", "sí", "tak", "nein", profiles, feedback and what is not feedback, complaints, market
events, themes, chatter. An undo at the very start of a conversation ("annulla l'ultima")
expects nothing: the conversation has no write to take back.

Call-list places: A001 #1 Johanna Vogel C000039 (open complaint), #2 Vojtěch Horák C000059,
#3 María García C000064; A002 #1 Thomas Wolf C000068, #3 Carlos García C000132; A003 #2 Javier
Fernández C000188, #4 Łukasz Kowalski C000156; A004 #2 Wolfgang Schneider C000227, #5 Eva de
Vries C000263; A005 #1 Florian Fischer C000283 (open complaint), #3 Joana Pereira C000288;
A006 #2 Giuseppe Conti C000369, #3 Aurélie Lambert C000362.

Dates against Monday 2026-11-16: tmrw 11-17; wed / środa / übermorgen / overmorgen 11-18;
thurs / torsdag / jeudi 11-19; fri / vendredi 11-20; "next wed", "next tue", "vendredi
prochain" said on a Monday: either of the two candidates; "after the weekend" 11-23..11-24;
lunedì prossimo / the 23rd 11-23; volgende week dinsdag / 24/11 11-24; 25.11. 11-25; giovedì
26 11-26; nov 27 11-27; "end of next week" 11-26..11-27; "in 2 weeks" / the 30th 11-30;
1st of december 12-01; 2 de diciembre / "the 2nd" 12-02; 3.12. 12-03; "the 4th" 12-04; 7.12. /
8.12. 12-07 / 12-08; "dec 8" 12-08; "the 9th / 10th of december" 12-09 / 12-10.

As a careful colleague takes them: voicemail, rang out, n/a, "geen gehoor", "nie odbiera" are
no answer; a meeting wanted on a date is a follow-up on that date (or reached with it); "not
interested" may be stored as reached; a product signed is a sale; a correction leaves only the
corrected write live, an undo none; a double post is one call, "again" / "still" a second one;
another book's customer, a plan, a condition, a question and a role's forbidden write store
nothing; the advisor's opinion, hearsay or a request without a statement is not feedback.
"""

from __future__ import annotations

from bench.conversation_eval.authoring_heldout17_rest import add_rest, check
from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    HeldoutSet,
    between,
    call,
)

NA = "no_answer"
OK = "reached"
SALE = "sale"


def call_lists(s: HeldoutSet) -> None:
    """Each advisor's first session of the day: the list, then places of it."""
    s.add("call_list", [
        "morning! who's on my list today?",
        "#1 - spoke to her, the card complaint is sorted, she's happy now",
        "tell me more about no 3",
        "ok rang her, she wants to come in thurs 10am to talk about fixing the rate",
        "back to the list - number 2 didn't pick up",
    ], {"complaints_closed": ["C000039"],
        "interactions": [call("C000064", MEETING, "2026-11-19"), call("C000059", NA)]})
    s.add("call_list", [
        "ciao, chi devo chiamare oggi?",
        "il primo non risponde, segreteria",
        "il terzo raggiunto, vuole un appuntamento lunedì prossimo",
    ], {"interactions": [call("C000068", NA), call("C000132", MEETING, "2026-11-23")]},
        sender="A002")
    s.add("call_list", [
        "hej! vilka ska jag ringa idag?",
        "nummer 2 svarade inte",
        "fyran: pratade med honom, inte intresserad",
    ], {"interactions": [call("C000188", NA), call("C000156", NOT_INTERESTED)]},
        sender="A003")
    s.add("call_list", [
        "Guten Morgen, meine Anrufliste bitte",
        "der zweite: erreicht, kommt am 25.11. vorbei wegen dem Festgeld",
        "Nr. 5 Mailbox",
    ], {"interactions": [call("C000227", MEETING, "2026-11-25"), call("C000263", NA)]},
        sender="A004")
    s.add("call_list", [
        "dzień dobry, do kogo mam dziś dzwonić?",
        "pierwszy z listy: reklamacja załatwiona, klient zadowolony",
        "trzecia nie odbiera",
    ], {"complaints_closed": ["C000283"], "interactions": [call("C000288", NA)]},
        sender="A005")
    s.add("call_list", [
        "bonjour, ma liste d'appels stp",
        "la 3e : pas de réponse, message laissé",
        "le 2 : ok il prend le fonds obligataire 👍",
    ], {"interactions": [call("C000362", NA), call("C000369", SALE)]}, sender="A006")
    s.add("call_list", ["which of my team's customers are most urgent today?"],
          {"reply_names_from_book": True}, sender="M001")
    s.add("call_list", ["who should i call next"], {"reply_names_from_book": True})
    s.add("call_list", ["any maturities coming up in my book?"],
          {"reply_names_from_book": True})
    s.add("call_list", ["wen soll ich heute noch anrufen?"], {"reply_names_from_book": True})


def reached(s: HeldoutSet) -> None:
    s.add("log_reached", ["spoke to camille chevalier, all good"],
          {"interactions": [call("C000017", OK)]})
    s.add("log_reached", ["Tomasz Kaminski - reached, nothing to follow up"],
          {"interactions": [call("C000036", OK)]})
    s.add("log_reached", ["had a chat w/ giulia ferrari re her pension, done"],
          {"interactions": [call("C000018", OK)]})
    s.add("log_reached", ["erreicht: Heinrich Schröder"],
          {"interactions": [call("C000062", OK)]})
    s.add("log_reached", ["rui pereira reached. the 30k was for his daughter's flat"],
          {"interactions": [call("C000026", OK)]})
    s.add("log_reached", ["Fleur Vos gesproken, alles in orde"],
          {"interactions": [call("C000014", OK)]})
    s.add("log_reached", ["hablé con laura sanchez hoy, todo bien"],
          {"interactions": [call("C000020", OK)]})
    s.add("log_reached", ["c48 reached"], {"interactions": [call("C000048", OK)]})
    s.add("log_reached", ["got hold of greta günther finally, all fine"],
          {"interactions": [call("C000013", OK)]})
    s.add("log_reached", ["Marcin Kowalski: rozmowa odbyta, wszystko ok"],
          {"interactions": [call("C000046", OK)]})


def no_answer(s: HeldoutSet) -> None:
    s.add("log_no_answer", ["no answer from laura sanchez"],
          {"interactions": [call("C000020", NA)]})
    s.add("log_no_answer", ["vm for lucie horak"], {"interactions": [call("C000003", NA)]})
    s.add("log_no_answer", ["tried dieter lange, nobody picked up"],
          {"interactions": [call("C000040", NA)]})
    s.add("log_no_answer", ["Anna Zimmermann – Mailbox"],
          {"interactions": [call("C000034", NA)]})
    s.add("log_no_answer", ["olivier faure ne répond pas"],
          {"interactions": [call("C000042", NA)]})
    s.add("log_no_answer", ["giuseppe szymanski: n/a"],
          {"interactions": [call("C000006", NA)]})
    s.add("log_no_answer", ["rang wolfgang schmidt, it just rang out"],
          {"interactions": [call("C000051", NA)]})
    s.add("log_no_answer", ["Ursula Zimmermann nicht erreicht"],
          {"interactions": [call("C000060", NA)]})
    s.add("log_no_answer", ["chiara rossi, geen gehoor"],
          {"interactions": [call("C000009", NA)]})
    s.add("log_no_answer", ["Giulia Ferrari non risponde al telefono"],
          {"interactions": [call("C000018", NA)]})


def meetings(s: HeldoutSet) -> None:
    s.add("log_meeting", ["booked katharina hoffmann for 24/11 at 10"],
          {"interactions": [call("C000065", MEETING, "2026-11-24")]})
    s.add("log_meeting", ["julia fischer wants to see me tmrw re her term deposit"],
          {"interactions": [call("C000037", MEETING, "2026-11-17")]})
    s.add("log_meeting", ["appt w/ andreas schröder next wed"],
          {"interactions": [call("C000021", MEETING, ["2026-11-18", "2026-11-25"])]})
    s.add("log_meeting", ["johan schröder - meeting 3.12."],
          {"interactions": [call("C000022", MEETING, "2026-12-03")]})
    s.add("log_meeting", ["reached tomasz szymanski, he'll come in on the 1st of december"],
          {"interactions": [call("C000005", MEETING, "2026-12-01")]})
    s.add("log_meeting", ["Termin mit Monika Schmidt übermorgen um 11"],
          {"interactions": [call("C000007", MEETING, "2026-11-18")]})
    s.add("log_meeting", ["rdv avec nicolas dubois vendredi prochain"],
          {"interactions": [call("C000047", MEETING, ["2026-11-20", "2026-11-27"])]})
    s.add("log_meeting", ["cita con Cristina Pérez el 2 de diciembre"],
          {"interactions": [call("C000045", MEETING, "2026-12-02")]})
    s.add("log_meeting", ["friederike hartmann meeting in 2 weeks"],
          {"interactions": [call("C000010", MEETING, between("2026-11-27", "2026-11-30"))]})
    s.add("log_meeting", ["spoke to jan koch, we meet after the weekend"],
          {"interactions": [call("C000050", MEETING, between("2026-11-23", "2026-11-24"))]})
    s.add("log_meeting", ["appuntamento con Chiara Rossi giovedì 26"],
          {"interactions": [call("C000009", MEETING, "2026-11-26")]})
    s.add("log_meeting", ["marieke visser: afspraak volgende week dinsdag"],
          {"interactions": [call("C000030", MEETING, "2026-11-24")]})
    s.add("log_meeting", ["spotkanie z Krzysztof Kamiński w środę"],
          {"interactions": [call("C000024", MEETING, "2026-11-18")]})
    s.add("log_meeting", ["Lucie Dvořák: möte på torsdag kl 13"],
          {"interactions": [call("C000011", MEETING, "2026-11-19")]})
    s.add("log_meeting", ["nov 27 works for anna lange, booked her in"],
          {"interactions": [call("C000004", MEETING, "2026-11-27")]})
    s.add("log_meeting", ["wolfgang koch asked me to call him back end of next week"],
          {"interactions": [call("C000049", MEETING, between("2026-11-26", "2026-11-27"))]})


def sales(s: HeldoutSet) -> None:
    s.add("log_sale", ["sold a home insurance to tomasz mazur ✅"],
          {"interactions": [call("C000025", SALE)]})
    s.add("log_sale", ["claudia günther opened a savings account with us today"],
          {"interactions": [call("C000008", SALE)]})
    s.add("log_sale", ["jiri dvorak signed for the 12m term deposit"],
          {"interactions": [call("C000019", SALE)]})
    s.add("log_sale", ["Abschluss mit Markéta Fischer – Lebensversicherung"],
          {"interactions": [call("C000038", SALE)]})
    s.add("log_sale", ["Femke Weber ha sottoscritto il fondo obbligazionario"],
          {"interactions": [call("C000057", SALE)]})
    s.add("log_sale", ["closed the deal w/ birgit richter on the equity fund"],
          {"interactions": [call("C000002", SALE)]})
    s.add("log_sale", ["friederike krüger took the loan top-up, paperwork done"],
          {"interactions": [call("C000001", SALE)]})


def not_interested(s: HeldoutSet) -> None:
    s.add("log_not_interested", ["hannah zimmermann: no interest in the pension plan"],
          {"interactions": [call("C000032", NOT_INTERESTED)]})
    s.add("log_not_interested", ["monika weber said thanks but no thanks"],
          {"interactions": [call("C000012", NOT_INTERESTED)]})
    s.add("log_not_interested", ["Joana Costa hat kein Interesse"],
          {"interactions": [call("C000023", NOT_INTERESTED)]})
    s.add("log_not_interested", ["silvia mancini pas intéressée"],
          {"interactions": [call("C000053", NOT_INTERESTED)]})
    s.add("log_not_interested", [
        "rita martins decided against switching the mortgage, doesn't want to hear more"],
        {"interactions": [call("C000061", NOT_INTERESTED)]})
    s.add("log_not_interested", ["julien schröder - NI"],
          {"interactions": [call("C000063", NOT_INTERESTED)]})
    s.add("log_not_interested", ["Friederike Weber, inte intresserad"],
          {"interactions": [call("C000056", NOT_INTERESTED)]})


def several(s: HeldoutSet) -> None:
    """Several customers in one message, "same for X", repeats."""
    s.add("multi", ["rang 3: jürgen fischer no answer, stefan berg no answer, lucie dvorak "
                    "reached"],
          {"interactions": [call("C000033", NA), call("C000044", NA), call("C000011", OK)]})
    s.add("multi", ["femke hendriks + femke van dijk both voicemail"],
          {"interactions": [call("C000015", NA), call("C000048", NA)]})
    s.add("multi", ["julia fischer and marketa fischer both reached, happy w/ the mortgage"],
          {"interactions": [call("C000037", OK), call("C000038", OK)]})
    s.add("multi", ["Wolfgang Koch erreicht, Jan Koch nicht erreicht"],
          {"interactions": [call("C000049", OK), call("C000050", NA)]})
    s.add("multi", ["ana mancini reached, silvia mancini wants a meeting on the 4th"],
          {"interactions": [call("C000054", OK), call("C000053", MEETING, "2026-12-04")]})
    s.add("multi", ["called marco gallo (no answer) and nicolas dubois (reached)"],
          {"interactions": [call("C000016", NA), call("C000047", OK)]})
    s.add("multi", ["ok so birgit richter voicemail then fleur vos not interested then "
                    "greta klein reached"],
          {"interactions": [call("C000002", NA), call("C000014", NOT_INTERESTED),
                            call("C000052", OK)]})
    s.add("multi", ["called katharina hoffmann and mr pletz, both no answer"],
          {"interactions": [call("C000065", NA)]},
          harmful="there is no Pletz in the book: nothing may be stored for him")
    s.add("same_for", ["tomasz mazur no answer", "same for monika weber"],
          {"interactions": [call("C000025", NA), call("C000012", NA)]})
    s.add("same_for", ["giulia ferrari wants a meeting friday 10am", "same for stefano ferrari"],
          {"interactions": [call("C000018", MEETING, "2026-11-20"),
                            call("C000028", MEETING, "2026-11-20")]})
    s.add("same_for", ["camille chevalier : pas de réponse", "idem pour nicolas dubois"],
          {"interactions": [call("C000017", NA), call("C000047", NA)]})
    s.add("same_for", ["krzysztof kamiński nie odbiera", "to samo: tomasz kamiński"],
          {"interactions": [call("C000024", NA), call("C000036", NA)]})
    s.add("same_for", ["andreas schröder not interested in the TD", "johan schröder too"],
          {"interactions": [call("C000021", NOT_INTERESTED), call("C000022", NOT_INTERESTED)]})
    s.add("same_for", ["dieter braun reached", "tell me about hannah zimmermann",
                       "same for her"],
          {"interactions": [call("C000066", OK), call("C000032", OK)]})
    s.add("duplicate", ["greta klein no answer", "greta klein no answer"],
          {"interactions": [call("C000052", NA)]}, harmful="a second identical call")
    s.add("duplicate", ["vm fleur vos", "vm fleur vos 🙄"],
          {"interactions": [call("C000014", NA)]}, harmful="a second identical call")
    s.add("duplicate", ["tried hannah meyer, voicemail",
                        "tried hannah meyer again just now, still nothing"],
          {"interactions": [call("C000027", NA), call("C000027", NA)]})
    s.add("duplicate", ["booked anna zimmermann for thursday",
                        "booked anna zimmermann for thursday at 3pm"],
          {"interactions": [call("C000034", MEETING, "2026-11-19")]},
          harmful="the resend with the hour is the same meeting")
    s.add("duplicate", ["Termin mit Julien Schröder am Freitag",
                        "Termin mit Julien Schröder am Freitag"],
          {"interactions": [call("C000063", MEETING, "2026-11-20")]})
    s.add("duplicate", ["tomasz szymanski reached", "Tomasz Szymański reached"],
          {"interactions": [call("C000005", OK)]}, harmful="a second identical call")
    s.add("other_book", ["thomas wolf reached, all good"], NONE,
          harmful="Thomas Wolf is A002's customer")
    s.add("other_book", ["spoke to eva de vries, she wants a meeting friday"], NONE,
          harmful="Eva de Vries is A004's customer")


def main() -> None:
    s = HeldoutSet("heldout17", "h17")
    call_lists(s)
    reached(s)
    no_answer(s)
    meetings(s)
    sales(s)
    not_interested(s)
    several(s)
    add_rest(s)
    check(s.items)
    s.write()


if __name__ == "__main__":
    main()
