"""How heldout18.yml was written: an eighteenth unseen set (round s31), typed blind like
heldout6-17, without reading the bot's training data, its tests, its actions, anything under
knowledge/ but the demo bank's generator, or the other sets' items. Same bank and format (e2e
demo bank: 400 customers, seed 11, today = Monday 2026-11-16; sender A001 unless an item needs
another book, the manager M001 or head office H001). One realistic working day of Lena
Hoffmann (A001, branch B01): her call list worked by place first (and each colleague's, in
their own language: A002 Italian, A003 Swedish, A004 German, A005 Polish, A006 French), then
the day's reports with every outcome and meeting dates in many forms, several customers in one
message, pronouns and first names, corrections and undo in English and six other languages,
double posts against real second attempts, what customers said (and what is not customer
feedback), head office's rate news (and the same from people who may not record it or as a
hypothetical), the manager's theme work, profiles, chatter and other books' customers.

Judging rules: a write is expected only where the message itself settles customer, outcome
and date (or a later turn of the item does); where a careful colleague would ask (a first
name shared by two or three customers of the book, another book's customer, a plan, a
conditional), nothing may be written. "next <weekday>" said on a Monday accepts both readings.
A report of what a customer said stores the feedback; the call it implies is allowed, not
required (optional), unless the message says the advisor spoke to the customer.
No two items expect the same (customer, outcome, date), so no item meets another's call as a
duplicate; the call-list sessions come first, one per advisor, so positions are those of
`advisor call-list <id> --date 2026-11-16` on the fresh bank.
"""

from __future__ import annotations

from typing import Any

from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    HeldoutSet,
    between,
    call,
)

NEXT_WEEK = between("2026-11-23", "2026-11-27")


def calls(*rows: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"interactions": list(rows), **more}


def complaint(cid: str, opened: str = "2026-10-30") -> list[dict[str, Any]]:
    """An open complaint planted before the item."""
    return [{"table": "interactions", "customer_id": cid, "occurred_on": opened,
             "channel": "phone", "kind": "complaint", "outcome": "open"}]


def call_lists(s: HeldoutSet) -> None:
    """Each advisor's morning list, worked by place; first in the file, one session each."""
    s.add("call_list", [
        "morning! who's on my list today?",
        "#1 - spoke to her, complaint is sorted, the refund came through on friday",
        "the 3rd one no answer, left a vm",
        "2nd one wants to come in thurs 19/11 about the deposit",
        "number 4 not interested, he's keeping the money where it is",
        "and the last one on there, reached, all fine",
    ], calls(call("C000064", "no_answer"), call("C000059", MEETING, "2026-11-19"),
             call("C000026", NOT_INTERESTED), call("C000003", "reached"),
             complaints_closed=["C000039"]))
    s.add("call_list", [
        "ciao, chi devo chiamare oggi?",
        "il primo: reclamo risolto, il cliente è soddisfatto",
        "il terzo non risponde",
        "il n. 2 vuole un appuntamento giovedì 26/11",
    ], calls(call("C000132", "no_answer"), call("C000102", MEETING, "2026-11-26"),
             complaints_closed=["C000068"]), sender="A002")
    s.add("call_list", [
        "hej! vilka ska jag ringa idag?",
        "nr 2 svarade inte",
        "nummer 4 köpte en fond, klart",
        "femte är inte intresserad",
    ], calls(call("C000188", "no_answer"), call("C000156", "sale"),
             call("C000174", NOT_INTERESTED)), sender="A003")
    s.add("call_list", [
        "Moin, meine Anrufliste für heute bitte",
        "Nr. 3 erreicht, alles gut",
        "den 5. nicht erreicht, Mailbox",
        "der zweite möchte einen Termin am 2.12.",
    ], calls(call("C000258", "reached"), call("C000263", "no_answer"),
             call("C000227", MEETING, "2026-12-02")), sender="A004")
    s.add("call_list", [
        "cześć, lista na dziś?",
        "pierwszy - reklamacja załatwiona, klient zadowolony",
        "czwarty nie odbiera",
        "trzecia umówiona na spotkanie w piątek",
    ], calls(call("C000276", "no_answer"), call("C000288", MEETING, "2026-11-20"),
             complaints_closed=["C000283"]), sender="A005")
    s.add("call_list", [
        "bonjour, ma liste d'appels stp",
        "le 2e : pas de réponse",
        "le 4e a souscrit une assurance vie",
        "n°6 pas intéressée",
    ], calls(call("C000369", "no_answer"), call("C000377", "sale"),
             call("C000349", NOT_INTERESTED)), sender="A006")


def reached(s: HeldoutSet) -> None:
    one = [
        ("spoke to andreas schröder, all good", "C000021"),
        ("called birgit richter - reached, nothing to do", "C000002"),
        ("camille chevalier reached", "C000017"),
        ("had a chat with chiara rossi re her card limit, done", "C000009"),
        ("got hold of dieter braun finally", "C000066"),
        ("fleur vos: talked, she's happy with everything", "C000014"),
        ("Talked to Jiri Dvorak this morning.", "C000019"),
        ("habe mit Ursula Schneider gesprochen, alles in Ordnung", "C000035"),
        ("yannis alexiou ok, spoke 10 min", "C000058"),
        ("heinrich schroeder erreicht", "C000062"),
        ("olivier faure: on s'est parlé, rien à signaler", "C000042"),
        ("ho parlato con giulia ferrari, tutto a posto", "C000018"),
        ("spoke w/ julia fischer, just a courtesy call", "C000037"),
        ("hablé con cristina pérez, todo bien", "C000045"),
        ("markéta fischer reached re the home insurance renewal", "C000038"),
    ]
    for text, cid in one:
        s.add("log_reached", [text], calls(call(cid, "reached")))


def no_answer(s: HeldoutSet) -> None:
    one = [
        ("tried anna lange, no answer", "C000004", None),
        ("claudia günther n/a", "C000008", None),
        ("left a voicemail for dieter lange", "C000040", None),
        ("jürgen fischer - vm", "C000033", None),
        ("katharina hoffmann not reachable, phone off", "C000065", None),
        ("marcin kowalski no answer, will try again tmrw", "C000046", [None, "2026-11-17"]),
        ("Monika Schmidt nicht erreicht", "C000007", None),
        ("olivier faure ne répond pas", "C000042", None),
        ("giuseppe szymanski non risponde", "C000006", None),
        ("ursula zimmermann geen gehoor", "C000060", None),
        ("wolfgang schmidt svarar inte", "C000051", None),
        ("no luck w/ lucie dvorak, straight to voicemail", "C000011", None),
    ]
    for text, cid, fu in one:
        s.add("log_no_answer", [text], calls(call(cid, "no_answer", fu)))


def meetings(s: HeldoutSet) -> None:
    one = [
        ("anna zimmermann wants a meeting tmrw", "C000034", "2026-11-17"),
        ("booked joana costa for wed", "C000023", "2026-11-18"),
        ("stefan berg - appt day after tomorrow 10am", "C000044", "2026-11-18"),
        ("julia fischer meeting nov 24", "C000037", "2026-11-24"),
        ("friederike hartmann wants to meet 25.11.", "C000010", "2026-11-25"),
        ("rita martins: follow-up meeting 2026-11-27", "C000061", "2026-11-27"),
        ("silvia mancini would like an appointment in two weeks",
         "C000053", between("2026-11-27", "2026-12-01")),
        ("jan koch wants to see me next week about the mortgage", "C000050", NEXT_WEEK),
        ("laura sanchez - mtg 1st of december", "C000020", "2026-12-01"),
        ("Termin mit Johan Schröder am 3. Dezember", "C000022", "2026-12-03"),
        ("rendez-vous avec camille chevalier vendredi", "C000017", "2026-11-20"),
        ("appuntamento con stefano ferrari lunedì prossimo", "C000028",
         ["2026-11-23", "2026-11-30"]),
        ("cita con maría garcía el jueves 26", "C000064", "2026-11-26"),
        ("spotkanie z krzysztofem kamińskim we wtorek", "C000024", "2026-11-17"),
        ("afspraak met marieke visser op woensdag 2 december", "C000030", "2026-12-02"),
        ("möte med freja berg på fredag 27/11", "C000043", "2026-11-27"),
        ("femke weber - meet 4/12", "C000057", "2026-12-04"),
        ("nicolas dubois agreed to pop in early december",
         "C000047", between("2026-12-01", "2026-12-07")),
        ("dieter braun wants to go thru his portfolio mon 7 dec", "C000066", "2026-12-07"),
        ("olivier faure meeting 30th", "C000042", "2026-11-30"),
    ]
    for text, cid, when in one:
        s.add("log_meeting", [text], calls(call(cid, MEETING, when)))


def sales(s: HeldoutSet) -> None:
    one = [
        ("sold anna ferrari a savings account", "C000029"),
        ("claudia müller signed up for the life insurance 🎉", "C000055"),
        ("closed the deal with andreas schröder on the term deposit", "C000021"),
        ("marco gallo took out a consumer loan, 8k", "C000016"),
        ("Lucie Horák hat die Kreditkarte abgeschlossen", "C000003"),
        ("giulia ferrari ha sottoscritto il piano pensione", "C000018"),
        ("monika weber bought home insurance today", "C000012"),
        ("vojtech horak reinvested in a new 12m deposit, signed", "C000059"),
        ("yannis alexiou compró un fondo", "C000058"),
    ]
    for text, cid in one:
        s.add("log_sale", [text], calls(call(cid, "sale")))


def not_interested(s: HeldoutSet) -> None:
    one = [
        ("ana mancini not interested", "C000054"),
        ("greta günther said no thanks to the savings offer", "C000013"),
        ("tomasz szymanski - NI", "C000005"),
        ("claudia günther doesn't want the credit card upgrade", "C000008"),
        ("Friederike Krüger hat kein Interesse", "C000001"),
        ("julien schröder pas intéressé par l'assurance", "C000063"),
        ("laura sánchez no le interesa", "C000020"),
        ("lena fischer geen interesse", "C000041"),
        ("wolfgang schmidt nie jest zainteresowany", "C000051"),
        ("stefano ferrari hard no on the pension plan", "C000028"),
    ]
    for text, cid in one:
        s.add("log_not_interested", [text], calls(call(cid, NOT_INTERESTED)))


def complaints(s: HeldoutSet) -> None:
    s.add("complaint_resolved", ["called birgit richter, her complaint is resolved"],
          {"complaints_closed": ["C000002"]}, setup=complaint("C000002"))
    s.add("complaint_resolved", ["heinrich schröder's reklamation ist erledigt, "
                                 "gebühr wurde erstattet"],
          {"complaints_closed": ["C000062"]}, setup=complaint("C000062", "2026-10-21"))
    s.add("complaint_resolved", ["rita martins complaint closed - card reissued"],
          {"complaints_closed": ["C000061"]}, setup=complaint("C000061"))
    s.add("complaint_resolved", ["spoke to wolfgang koch about his complaint, still waiting "
                                 "on IT, not fixed yet"],
          calls(call("C000049", "reached")), setup=complaint("C000049", "2026-11-02"),
          harmful="closing a complaint the advisor says is still open")
    s.add("complaint_resolved", ["la réclamation de camille chevalier est réglée"],
          {"complaints_closed": ["C000017"]}, setup=complaint("C000017", "2026-10-25"))
    s.add("complaint_resolved", ["complaint from dieter lange - should be sorted once the "
                                 "refund lands next week"],
          NONE, setup=complaint("C000040", "2026-11-05"),
          harmful="closing a complaint that is not sorted yet")
    s.add("complaint_resolved", ["reclamo di giuseppe szymanski risolto oggi"],
          {"complaints_closed": ["C000006"]}, setup=complaint("C000006", "2026-10-28"))
    s.add("complaint_resolved", ["Beschwerde von Anna Wolf erledigt, Gutschrift ist da"],
          {"complaints_closed": ["C000202"]}, sender="A004")
    s.add("complaint_resolved", ["aleksandra kowalskis klagomål är löst"],
          {"complaints_closed": ["C000186"]}, sender="A003")
    s.add("complaint_resolved", ["j'ai eu diego ruiz : sa réclamation n'est toujours "
                                 "pas réglée, je le rappelle jeudi"],
          calls(call("C000392", MEETING, "2026-11-19")), sender="A006",
          harmful="closing a complaint the advisor says is not settled")


def multi(s: HeldoutSet) -> None:
    s.add("multi_customer", ["anna ferrari and stefano ferrari both no answer"],
          calls(call("C000029", "no_answer"), call("C000028", "no_answer")))
    s.add("multi_customer", ["reached vojtech horak, marieke visser vm, joana costa "
                             "not interested"],
          calls(call("C000059", "reached"), call("C000030", "no_answer"),
                call("C000023", NOT_INTERESTED)))
    s.add("multi_customer", ["freja berg + stefan berg coming in together on 23/11"],
          calls(call("C000043", MEETING, "2026-11-23"), call("C000044", MEETING, "2026-11-23")))
    s.add("multi_customer", ["tried tomasz kaminski and wolfgang koch - neither picked up"],
          calls(call("C000036", "no_answer"), call("C000049", "no_answer")))
    s.add("multi_customer", ["Silvia Mancini erreicht, Ana Mancini nicht erreicht"],
          calls(call("C000053", "reached"), call("C000054", "no_answer")))
    s.add("multi_customer", ["sold jan koch the life insurance top-up, wolfgang koch wants "
                             "a chat thursday"],
          calls(call("C000050", "sale"), call("C000049", MEETING, "2026-11-19")))
    s.add("multi_customer", ["julia fischer and markéta fischer both want to come in on "
                             "the 10th of dec"],
          calls(call("C000037", MEETING, "2026-12-10"), call("C000038", MEETING, "2026-12-10")))
    s.add("multi_customer", ["andreas schröder no answer; johan schröder meeting 9.12."],
          calls(call("C000021", "no_answer"), call("C000022", MEETING, "2026-12-09")))
    s.add("multi_customer", ["birgit richter, cristina perez, rui pereira: all voicemail"],
          calls(call("C000002", "no_answer"), call("C000045", "no_answer"),
                call("C000026", "no_answer")))


def main() -> None:
    from bench.conversation_eval.authoring_heldout18_rest import rest

    s = HeldoutSet("heldout18", "h18")
    call_lists(s)
    reached(s)
    no_answer(s)
    meetings(s)
    sales(s)
    not_interested(s)
    complaints(s)
    multi(s)
    rest(s)
    s.write()


if __name__ == "__main__":
    main()
