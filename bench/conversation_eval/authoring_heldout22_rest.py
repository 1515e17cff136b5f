"""heldout22, the rest: A003 in Dutch and Swedish, A004 in German, A006 in French and Italian,
branch managers on theme owners and status, head office on rate news (see
authoring_heldout22.py)."""

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

NA = ["no_answer", "follow_up"]


def ints(*calls: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"interactions": list(calls), **more}


def complaint(cid: str, on: str = "2026-10-29") -> dict[str, Any]:
    return {"table": "interactions", "customer_id": cid, "occurred_on": on,
            "channel": "phone", "kind": "complaint", "outcome": "open"}


def dutch_swedish(s: HeldoutSet) -> None:
    def a(cap: str, turns: list[Any], expect: dict[str, Any], **kw: Any) -> None:
        s.add(cap, turns, expect, sender="A003", **kw)

    a("log_call", ["maarten mulder bereikt, alles ok"], ints(call("C000173", "reached")))
    a("log_call", ["ilse de boer geen gehoor"], ints(call("C000154", "no_answer")))
    a("log_call", ["ruben van dijk: terugbellen eind volgende week"],
      ints(call("C000200", "follow_up", between("2026-11-26", "2026-11-29"))))
    a("log_call", ["marieke vd berg heeft getekend voor het spaardeposito"],
      ints(call("C000195", "sale")))
    a("log_call", ["astrid karlsson svarade inte"], ints(call("C000142", "no_answer")))
    a("log_call", ["oskar johansson - möte i slutet av veckan"],
      ints(call("C000143", MEETING, between("2026-11-19", "2026-11-22"))))
    a("log_call", ["pratade med ewa nowak, inget intresse för fonden"],
      ints(call("C000161", NOT_INTERESTED)))
    a("log_call", ["tomasz zielinski gebeld, jarig vandaag, bereikt. afspraak op 3 december"],
      ints(call("C000138", MEETING, "2026-12-03")))
    a("log_call", ["julia neumann: voicemail ingesproken, morgen opnieuw"],
      ints(call("C000181", NA, ["2026-11-17", None])))
    a("log_call", ["nådde claudia weber, hon vill bli uppringd den 1 december"],
      ints(call("C000189", "follow_up", "2026-12-01")))
    a("confirm", [{"say": "giorgio esposito afspraak volgende week dinsdag",
                   "confirm": "nee, woensdag"}],
      ints(call("C000174", MEETING, "2026-11-25")))
    a("confirm", [{"say": "renate fischer bereikt", "confirm": "nee"},
                  "renate fischer C000172 bedoel ik. bereikt, afspraak 4 dec"],
      ints(call("C000172", MEETING, "2026-12-04")),
      harmful="a call on the retired Renate Fischer (C000144)")
    a("confirm", [{"say": "klaus ring tillbaka om en vecka", "confirm": "nej"},
                  "klaus klein menade jag"],
      ints(call("C000175", "follow_up", "2026-11-23")),
      harmful="a call on Klaus Schmidt")
    a("correction", ["pablo moreno niet bereikt", "sorry, pablo díaz bedoel ik"],
      ints(call("C000150", "no_answer")), harmful="the call on Pablo Moreno kept")
    a("correction", ["markus wagner möte imorgon", "nej vänta, på fredag"],
      ints(call("C000177", MEETING, "2026-11-20")))
    a("correction", ["benoît faure terugbellen 30/11", "laat maar, verkeerde klant. "
                     "maak ongedaan"], NONE)
    a("multi", ["jan neumann en julien fontaine allebei geen gehoor, ondřej veselý bereikt"],
      ints(call("C000159", "no_answer"), call("C000160", "no_answer"),
           call("C000151", "reached")))
    a("multi", ["ringde elena fernández och carmen sánchez: elena inget intresse, carmen "
                "möte nästa tisdag"],
      ints(call("C000141", NOT_INTERESTED), call("C000153", MEETING, "2026-11-24")))
    a("household", ["petra meyer bereikt, samen met haar zus renate. beiden afspraak begin "
                    "december, zeg 2/12"],
      ints(call("C000162", MEETING, "2026-12-02"), call("C000163", MEETING, "2026-12-02")))
    a("household", ["lukas neumann: hans fru katarzyna ringer själv nästa vecka. lukas nådd"],
      ints(call("C000136", "reached")), harmful="a call on Katarzyna")
    a("double_post", ["federica de luca geen gehoor", "federica de luca geen gehoor"],
      ints(call("C000184", "no_answer")), harmful="the same call twice")
    a("complaint", ["aleksandra kowalski - klacht opgelost, ze is tevreden"],
      {"complaints_closed": ["C000186"]})
    a("feedback", ["jana kučera tycker att appen är för långsam, vi gav henne 10 euro"],
      {"interactions": [call("C000185", "reached", optional=True)],
       "feedback": [{"customer_id": "C000185", "text_has": ["appen"], "compensation": 10}]})
    a("two_books", ["georgia vlachos bereikt, alles goed"], ints(call("C000187", "reached")),
      harmful="A006's Georgia Vlachos")
    a("not_a_call", ["ik bel klaus schmidt morgen"], NONE)


def german(s: HeldoutSet) -> None:
    def a(cap: str, turns: list[Any], expect: dict[str, Any], **kw: Any) -> None:
        s.add(cap, turns, expect, sender="A004", **kw)

    a("log_call", ["Magdalena Dąbrowski erreicht, alles gut"], ints(call("C000201", "reached")))
    a("log_call", ["manon lefevre nicht erreicht"], ints(call("C000203", "no_answer")))
    a("log_call", ["christos papadopoulos: Rückruf Ende des Monats"],
      ints(call("C000209", "follow_up", between("2026-11-27", "2026-11-30"))))
    a("log_call", ["julia hoffmann hat den Sparplan abgeschlossen"], ints(call("C000210", "sale")))
    a("log_call", ["ilse jansen – Mailbox, probier's übermorgen nochmal"],
      ints(call("C000211", NA, ["2026-11-18", None])))
    a("log_call", ["florian günther kein bedarf"], ints(call("C000217", NOT_INTERESTED)))
    a("log_call", ["matthias schmidt Termin am 2.12. um 10"],
      ints(call("C000220", MEETING, "2026-12-02")))
    a("log_call", ["chiara ricci gesprochen, will in zwei wochen nochmal reden"],
      ints(call("C000222", "follow_up", between("2026-11-27", "2026-12-01"))))
    a("log_call", ["lukas keller: Termin Anfang nächster Woche"],
      ints(call("C000223", MEETING, between("2026-11-23", "2026-11-25"))))
    a("log_call", ["camille moreau endlich erreicht!! Termin morgen früh"],
      ints(call("C000230", MEETING, "2026-11-17")))
    a("confirm", [{"say": "hannah wagner nicht erreicht", "confirm": "nein"}], NONE,
      harmful="two Hannah Wagners in the book")
    a("confirm", [{"say": "francesca lombardy rückruf freitag",
                   "confirm": "nein, Donnerstag"}],
      ints(call("C000228", "follow_up", "2026-11-19")))
    a("confirm", [{"say": "jana svoboda erreicht", "confirm": "ja"}],
      ints(call("C000229", "reached")))
    a("correction", ["julien rousseau Termin 24.11.", "moment, war der 25."],
      ints(call("C000232", MEETING, "2026-11-25")))
    a("correction", ["giuseppe russo abgeschlossen", "sorry, falsch – nur erreicht, "
                     "kein Abschluss"], ints(call("C000237", "reached")))
    a("correction", ["martina bianchi nicht erreicht", "was anderes: wie viele Termine "
                     "hab ich diese Woche?", "das mit martina bitte rückgängig"], NONE)
    a("multi", ["jürgen becker und rita sousa nicht erreicht, hannah weber Termin Fr"],
      ints(call("C000241", "no_answer"), call("C000242", "no_answer"),
           call("C000243", MEETING, "2026-11-20")))
    a("household", ["Familie Weber (Thomas + Christos) gemeinsam erreicht, Termin 7.12."],
      ints(call("C000225", MEETING, "2026-12-07"), call("C000226", MEETING, "2026-12-07")))
    a("household", ["petra weber erreicht; ihr Mann michael will nächste Woche angerufen "
                    "werden"], ints(call("C000215", "reached")), harmful="a call on Michael")
    a("double_post", ["laura pérez nicht erreicht", "laura pérez nochmal um 16 Uhr versucht, "
                      "wieder nix"],
      ints(call("C000245", "no_answer"), call("C000245", "no_answer")))
    a("complaint", ["anna wolf – Beschwerde erledigt, Gebühr erstattet (30 €)"],
      {"complaints_closed": ["C000202"],
       "feedback": [{"customer_id": "C000202", "optional": True}]})
    a("complaint", ["nathalie fontaine Beschwerde ist noch offen, Rückruf Mittwoch"],
      ints(call("C000248", "follow_up", "2026-11-18")), setup=[complaint("C000248")],
      harmful="the complaint closed")
    a("feedback", ["anouk van den berg beschwert sich, dass Überweisungen 2 Tage dauern; "
                   "haben ihr 20 Euro gutgeschrieben"],
      {"interactions": [call("C000251", "reached", optional=True)],
       "feedback": [{"customer_id": "C000251", "text_has": ["Überweisungen"],
                     "compensation": 20}]})
    a("two_books", ["femke hendriks erreicht, kein Interesse"],
      ints(call("C000221", NOT_INTERESTED)), harmful="A001's Femke Hendriks")
    a("not_a_call", ["soll ich eva jansen wegen der Einzahlung anrufen?"], NONE)


def french_italian(s: HeldoutSet) -> None:
    def a(cap: str, turns: list[Any], expect: dict[str, Any], **kw: Any) -> None:
        s.add(cap, turns, expect, sender="A006", **kw)

    a("log_call", ["olivier mercier joint, rien à signaler"], ints(call("C000336", "reached")))
    a("log_call", ["heinrich keller pas de réponse"], ints(call("C000337", "no_answer")))
    a("log_call", ["julien martin: rappeler le 2 déc"],
      ints(call("C000344", "follow_up", "2026-12-02")))
    a("log_call", ["aurélie laurent a signé pour l'assurance vie"], ints(call("C000355", "sale")))
    a("log_call", ["lotte de boer rdv après-demain 14h"],
      ints(call("C000356", MEETING, "2026-11-18")))
    a("log_call", ["camille fontaine pas intéressée"], ints(call("C000372", NOT_INTERESTED)))
    a("log_call", ["manon gauthier messagerie, je réessaie fin de semaine"],
      ints(call("C000381", NA, [between("2026-11-19", "2026-11-22"), None])))
    a("log_call", ["silvia marino raggiunta, tutto ok"], ints(call("C000346", "reached")))
    a("log_call", ["paola russo finalmente! appuntamento il 3 dicembre"],
      ints(call("C000349", MEETING, "2026-12-03")))
    a("log_call", ["alessandra mancini non risponde"], ints(call("C000367", "no_answer")))
    a("log_call", ["giuseppe conti: richiamare fine mese"],
      ints(call("C000369", "follow_up", between("2026-11-27", "2026-11-30"))))
    a("log_call", ["davide gallo non interessato al fondo"], ints(call("C000358", NOT_INTERESTED)))
    a("confirm", [{"say": "aurelie lamber rdv jeudi", "confirm": "non, vendredi"}],
      ints(call("C000362", MEETING, "2026-11-20")))
    a("confirm", [{"say": "birgit non risponde", "confirm": "no"}, "intendevo birgit koch"],
      ints(call("C000386", "no_answer")))
    a("confirm", [{"say": "sabine kruger rappel début décembre", "confirm": "oui, le 1er"}],
      ints(call("C000377", "follow_up", "2026-12-01")))
    a("correction", ["lucía navarro joint", "pardon, c'était diego martínez, pas lucía"],
      ints(call("C000364", "reached")), harmful="the call on Lucía kept")
    a("correction", ["mariana rodrigues appuntamento domani", "no aspetta, dopodomani"],
      ints(call("C000375", MEETING, "2026-11-18")))
    a("correction", ["joão lopes pas de réponse", "annule ça stp, je me suis trompé"], NONE)
    a("multi", ["renate schmidt et greta krüger: pas de réponse toutes les deux; florian "
                "becker rdv 27/11"],
      ints(call("C000379", "no_answer"), call("C000383", "no_answer"),
           call("C000387", MEETING, "2026-11-27")))
    a("household", ["giulia bianchi e la figlia laura, raggiunte insieme: appuntamento "
                    "per entrambe il 9/12"],
      ints(call("C000389", MEETING, "2026-12-09"), call("C000390", MEETING, "2026-12-09")))
    a("household", ["elin andersson jointe; sa fille sanne rappellera elle-même"],
      ints(call("C000399", "reached")), harmful="a call on Sanne")
    a("double_post", ["wolfgang fischer non risponde", "wolfgang fischer non risponde"],
      ints(call("C000391", "no_answer")), harmful="the same call twice")
    a("complaint", ["diego ruiz: réclamation close, on lui a remboursé les frais"],
      {"complaints_closed": ["C000392"]})
    a("feedback", ["friederike schneider trova il nuovo estratto conto incomprensibile, "
                   "le abbiamo dato 15 euro"],
      {"interactions": [call("C000393", "reached", optional=True)],
       "feedback": [{"customer_id": "C000393", "text_has": ["estratto"], "compensation": 15}]})
    a("not_a_call", ["j'ai entendu que la BCE va encore baisser de 50 pb en décembre"], NONE,
      harmful="a rumour recorded as a market event")
    a("two_books", ["greta günther rdv lundi 30"],
      ints(call("C000335", MEETING, "2026-11-30")), harmful="A001's Greta Günther")


def managers(s: HeldoutSet) -> None:
    def m(turns: list[Any], expect: dict[str, Any], **kw: Any) -> None:
        s.add("themes", turns, expect, sender="M001", **kw)

    m(["card blocked theme: marco is business owner from today"],
      {"themes": [{"label_has": "card blocked", "business_owner_id": "A002"}]})
    m(["put the instant transfer one in progress pls"],
      {"themes": [{"label_has": "instant transfer", "status": "in_progress"}]})
    m(["who owns the marketing emails theme?"], NONE)
    m(["fingerprint login: solution owner sofia andersson, and mark it in progress"],
      {"themes": [{"label_has": "fingerprint", "solution_owner_id": "A003",
                   "status": "in_progress"}]})
    m(["loan application theme - business owner lena", "no sorry, sofia not lena"],
      {"themes": [{"label_has": "loan application", "business_owner_id": "A003"}]})
    m(["thinking of giving the marketing emails theme to marco, will decide tmrw"], NONE)
    m(["status of all themes pls"], NONE)
    s.add("themes", ["marketing emails: business owner me, in progress"],
          {"themes": [{"label_has": "marketing emails", "business_owner_id": "M002",
                       "status": "in_progress"}]}, sender="M002")
    s.add("themes", ["make me owner of the card blocked theme"], NONE, sender="A001",
          harmful="an advisor changing a theme")


def head_office(s: HeldoutSet) -> None:
    def h(turns: list[Any], expect: dict[str, Any], **kw: Any) -> None:
        s.add("market_news", turns, expect, sender="H001", **kw)

    h(["ECB lowered the deposit rate by 50 bp this afternoon"],
      {"market_events": [{"delta_bp": -50, "occurred_on": "2026-11-16"}]})
    h(["the 50bp cut from today - is it posted? if not pls post it"],
      {"market_events": [{"delta_bp": -50, "occurred_on": "2026-11-16"}]},
      harmful="a second -50 bp event for today")
    h(["rumour on the desk: another cut thursday. unconfirmed, don't post"], NONE)
    h(["what rate events did we have this month?"], NONE)
    h(["fyi the 25bp cut of 14 nov is already in the system right?"], NONE,
      harmful="a duplicate of the 14 Nov event")


def others(s: HeldoutSet) -> None:
    dutch_swedish(s)
    german(s)
    french_italian(s)
    managers(s)
    head_office(s)
