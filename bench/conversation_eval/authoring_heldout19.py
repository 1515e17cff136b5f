"""How heldout19.yml was written: a nineteenth unseen set (round s32), typed blind like
heldout6-18, without reading the bot's training data, its tests, its actions, anything under
knowledge/ but the demo bank's generator, or the other sets' items. Same bank and format (e2e
demo bank: 400 customers, seed 11, today = Monday 2026-11-16). A busy Monday that feels like a
Tuesday, seen mostly through the OTHER advisors: Marco Bianchi (A002, Italian with Spanish),
Sofia Andersson (A003, Swedish with Dutch), Agnieszka Nowak (A005, Polish with German) and
Pierre Dubois (A006, French), each with English mixed in; Lena Hoffmann (A001) for about a
third of the items; the branch manager Katrin Brandt (M001) and head office (H001) for a few.

Judging rules: a write is expected only when the message itself settles customer, outcome and
date (a careful colleague would ask otherwise: NONE); a meeting agreed is follow_up (reached
accepted); "not interested" may also be stored as reached; a no-answer with "try again
tomorrow" may carry that date or none. Call-list positions ("the 3rd", "nr 2") were read from
each advisor's call list on the eval bank (`advisor call-list <id> --date 2026-11-16`): A001
1 Johanna Vogel C000039, 2 Vojtěch Horák C000059, 3 María García C000064, 4 Rui Pereira
C000026; A002 2 Magdalena Kozłowski C000102, 3 Carlos García C000132; A003 2 Javier Fernández
C000188, 3 Ewa Nowak C000161; A005 2 Markus Günther C000304, 3 Joana Pereira C000288; A006
2 Giuseppe Conti C000369, 3 Aurélie Lambert C000362. No other item writes on the top five of a
list, and the positional items come first in the file, so earlier items cannot reorder them.
The planted open complaints are each closed by one item only; further complaints are set up.

Date key (today Monday 16 Nov 2026): tmrw / morgen / jutro / i morgon / demain / domani /
mañana = Tue 17; übermorgen / pojutrze / pasado mañana / après-demain / i övermorgon /
dopodomani = Wed 18; "thursday" = 19; "friday" = 20; next week = 23-27 Nov; "monday next
week" = 23; "end of the month" = 27-30 Nov; "1/12", "1.12.", "1 dic" = Tue 1 Dec; "in two
weeks" = 30 Nov (a range 27 Nov - 1 Dec accepted).
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

S = HeldoutSet("heldout19", "h19")
NEXT_WEEK = between("2026-11-23", "2026-11-27")


def calls(*specs: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"interactions": list(specs), **more}


def closed(cid: str, *specs: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"complaints_closed": [cid]}
    if specs:
        out["interactions"] = list(specs)
    return out


def complaint(cid: str, on: str = "2026-10-29", channel: str = "phone") -> list[dict[str, Any]]:
    return [{"table": "interactions", "customer_id": cid, "occurred_on": on,
             "channel": channel, "kind": "complaint", "outcome": "open"}]


def fb(cid: str | None, *words: str, comp: float | None = None) -> dict[str, Any]:
    spec: dict[str, Any] = {"customer_id": cid, "text_has": list(words)}
    if comp is not None:
        spec["compensation"] = comp
    return spec


def book() -> dict[str, Any]:
    return {"reply_names_from_book": True}


def positional() -> None:
    """The call list and the items that refer to it by position (first in the file)."""
    c = "call_list"
    S.add(c, ["morning! who's on my list today"], book())
    S.add(c, ["show my list pls", "the 3rd one, María - reached her, all fine"],
          calls(call("C000064", "reached")))
    S.add(c, ["calls for today?", "nr 2 → voicemail", "and nr 4 reached, meeting thursday at 10"],
          calls(call("C000059", "no_answer", [None, "2026-11-17"]),
                call("C000026", MEETING, "2026-11-19")))
    S.add(c, ["chi devo chiamare oggi?"], book(), sender="A002")
    S.add(c, ["lista de llamadas por favor", "il terzo: venduto il fondo obbligazionario"],
          calls(call("C000132", "sale")), sender="A002")
    S.add(c, ["vem ska jag ringa idag", "nr 3 svarade inte"],
          calls(call("C000161", "no_answer", [None, "2026-11-17"])), sender="A003")
    S.add(c, ["my list", "2:an - Javier, vi ses på torsdag kl 14"],
          calls(call("C000188", MEETING, "2026-11-19")), sender="A003")
    S.add(c, ["do kogo dzisiaj dzwonię?"], book(), sender="A005")
    S.add(c, ["lista na dziś", "numer 2 nie jest zainteresowany", "3. – umówione spotkanie 1.12."],
          calls(call("C000304", NOT_INTERESTED), call("C000288", MEETING, "2026-12-01")),
          sender="A005")
    S.add(c, ["qui dois-je appeler aujourd'hui ?", "le 2e : rdv jeudi 19/11",
              "et la 3e, pas de réponse, messagerie"],
          calls(call("C000369", MEETING, "2026-11-19"),
                call("C000362", "no_answer", [None, "2026-11-17"])), sender="A006")
    S.add(c, ["wen hab ich heute auf der liste"], book(), sender="A001")
    S.add(c, ["liste du jour stp, juste les 3 premiers"], book(), sender="A006")
    S.add(c, ["who should I call first today, top 5 only"], book(), sender="A003")


def reached() -> None:
    c = "log_reached"
    S.add(c, ["spoke w fleur vos just now, all good"], calls(call("C000014", "reached")))
    S.add(c, ["Olivier Faure erreicht, alles ok"], calls(call("C000042", "reached")))
    S.add(c, ["had Freja Berg on the phone, nothing new"], calls(call("C000043", "reached")))
    S.add(c, ["marcin kowalski - reached"], calls(call("C000046", "reached")))
    S.add(c, ["ho parlato con Chiara Bruno, tutto a posto"], calls(call("C000126", "reached")),
          sender="A002")
    S.add(c, ["hablé con Sergio Sánchez esta mañana, sin novedades"],
          calls(call("C000077", "reached")), sender="A002")
    S.add(c, ["pratade med Astrid Karlsson, allt bra"], calls(call("C000142", "reached")),
          sender="A003")
    S.add(c, ["Maarten Mulder gebeld, bereikt. geen vragen"], calls(call("C000173", "reached")),
          sender="A003")
    S.add(c, ["rozmawiałam z Gonçalo Santosem, wszystko ok"], calls(call("C000321", "reached")),
          sender="A005")
    S.add(c, ["Iñigo García erreicht – passt alles"], calls(call("C000280", "reached")),
          sender="A005")
    S.add(c, ["eu Olivier Mercier au tel, rien de spécial"], calls(call("C000336", "reached")),
          sender="A006")
    S.add(c, ["joint Lucía Navarro ce matin, tout va bien"], calls(call("C000363", "reached")),
          sender="A006")
    S.add(c, ["C000047 reached"], calls(call("C000047", "reached")))


def no_answer() -> None:
    c = "log_no_answer"
    S.add(c, ["cristina perez no answer"], calls(call("C000045", "no_answer")))
    S.add(c, ["Krzysztof Kamiński – ging nur die Mailbox ran"],
          calls(call("C000024", "no_answer")))
    S.add(c, ["left a vm for Camille Chevalier, try again tmrw"],
          calls(call("C000017", "no_answer", [None, "2026-11-17"])))
    S.add(c, ["tomasz mazur didnt pick up"], calls(call("C000025", "no_answer")))
    S.add(c, ["Pablo Fernández non risponde"], calls(call("C000081", "no_answer")), sender="A002")
    S.add(c, ["Duarte Silva: buzón de voz, le dejé mensaje"], calls(call("C000097", "no_answer")),
          sender="A002")
    S.add(c, ["Oskar Johansson svarar inte, lämnade röstmeddelande"],
          calls(call("C000143", "no_answer")), sender="A003")
    S.add(c, ["ilse de boer niet bereikt, voicemail"], calls(call("C000154", "no_answer")),
          sender="A003")
    S.add(c, ["Wojciech Lewandowski nie odbiera"], calls(call("C000319", "no_answer")),
          sender="A005")
    S.add(c, ["Jakub Veselý – poczta głosowa, spróbuję jutro"],
          calls(call("C000293", "no_answer", [None, "2026-11-17"])), sender="A005")
    S.add(c, ["Camille Fontaine injoignable"], calls(call("C000372", "no_answer")),
          sender="A006")
    S.add(c, ["Julien Martin : répondeur, laissé un msg"], calls(call("C000344", "no_answer")),
          sender="A006")
    S.add(c, ["rang Stefan Berg, nobody home"], calls(call("C000044", "no_answer")))


def meetings() -> None:
    c = "log_meeting"
    S.add(c, ["Birgit Richter - meeting thursday 3pm"],
          calls(call("C000002", MEETING, "2026-11-19")))
    S.add(c, ["claudia müller termin am 24.11."], calls(call("C000055", MEETING, "2026-11-24")))
    S.add(c, ["dieter braun wants to come in next week, booked mon"],
          calls(call("C000066", MEETING, "2026-11-23")))
    S.add(c, ["spoke to Jiří Dvořák, call him back on the 2nd of december"],
          calls(call("C000019", MEETING, "2026-12-02")))
    S.add(c, ["Marieke Visser: afspraak volgende week dinsdag"],
          calls(call("C000030", MEETING, "2026-11-24")))
    S.add(c, ["monika schmidt reached, follow up 30/11"],
          calls(call("C000007", MEETING, "2026-11-30")))
    S.add(c, ["Stefano Marino – appuntamento venerdì alle 11"],
          calls(call("C000117", MEETING, "2026-11-20")), sender="A002")
    S.add(c, ["Valentina Gallo, cita el 1 dic"], calls(call("C000074", MEETING, "2026-12-01")),
          sender="A002")
    S.add(c, ["sentito Giorgio De Luca, da richiamare dopodomani come ha chiesto"],
          calls(call("C000089", MEETING, "2026-11-18")), sender="A002")
    S.add(c, ["Inês Almeida – möte på onsdag 25/11 kl 10"],
          calls(call("C000171", MEETING, "2026-11-25")), sender="A003")
    S.add(c, ["pratade med Rocío Pérez, ringer henne igen i övermorgon"],
          calls(call("C000183", MEETING, "2026-11-18")), sender="A003")
    S.add(c, ["Ruben van Dijk gesproken, terugbellen over twee weken"],
          calls(call("C000200", MEETING, between("2026-11-27", "2026-12-01"))), sender="A003")
    S.add(c, ["Małgorzata Szymański – spotkanie w piątek"],
          calls(call("C000286", MEETING, "2026-11-20")), sender="A005")
    S.add(c, ["Oskar Nilsson Termin nächsten Montag, 9 Uhr"],
          calls(call("C000279", MEETING, "2026-11-23")), sender="A005")
    S.add(c, ["hélène chevalier oddzwonić pojutrze"],
          calls(call("C000292", MEETING, "2026-11-18")), sender="A005")
    S.add(c, ["Manon Gauthier rdv le 3 décembre à 15h"],
          calls(call("C000381", MEETING, "2026-12-03")), sender="A006")
    S.add(c, ["rappeler Elin Andersson après-demain"],
          calls(call("C000399", MEETING, "2026-11-18")), sender="A006")
    S.add(c, ["Heinrich Keller, on se voit fin du mois"],
          calls(call("C000337", MEETING, between("2026-11-27", "2026-11-30"))), sender="A006")
    S.add(c, ["Dieter Lange erreicht, Rückruf nächste Woche Mittwoch"],
          calls(call("C000040", MEETING, "2026-11-25")))
    S.add(c, ["greta klein 2026-12-08 meeting in branch"],
          calls(call("C000052", MEETING, "2026-12-08")))


def sales() -> None:
    c = "log_sale"
    S.add(c, ["sold Silvia Mancini the home insurance 🎉"], calls(call("C000053", "sale")))
    S.add(c, ["Stefano Ferrari hat den Sparplan abgeschlossen"], calls(call("C000028", "sale")))
    S.add(c, ["Jan Koch signed for the credit card"], calls(call("C000050", "sale")))
    S.add(c, ["venduta polizza vita a Luca Colombo"], calls(call("C000078", "sale")),
          sender="A002")
    S.add(c, ["Joana Carvalho contrató el depósito a 12 meses"], calls(call("C000082", "sale")),
          sender="A002")
    S.add(c, ["Benoît Faure tecknade pensionssparande idag"], calls(call("C000164", "sale")),
          sender="A003")
    S.add(c, ["Łukasz Nikolaidis podpisał lokatę 24m"], calls(call("C000331", "sale")),
          sender="A005")
    S.add(c, ["Birgit Hoffmann – Abschluss Lebensversicherung"], calls(call("C000328", "sale")),
          sender="A005")
    S.add(c, ["vendu le fonds actions à Davide Gallo"], calls(call("C000358", "sale")),
          sender="A006")
    S.add(c, ["Veronika Dvořák a souscrit l'assurance habitation"],
          calls(call("C000360", "sale")), sender="A006")


def not_interested() -> None:
    c = "log_not_interested"
    S.add(c, ["katharina hoffmann - not interested in the fund"],
          calls(call("C000065", NOT_INTERESTED)))
    S.add(c, ["Wolfgang Koch kein Interesse an der Versicherung"],
          calls(call("C000049", NOT_INTERESTED)))
    S.add(c, ["Nils Lindström non è interessato"], calls(call("C000080", NOT_INTERESTED)),
          sender="A002")
    S.add(c, ["Petr Novák no quiere nada, gracias"], calls(call("C000106", NOT_INTERESTED)),
          sender="A002")
    S.add(c, ["Carmen Sánchez är inte intresserad"], calls(call("C000153", NOT_INTERESTED)),
          sender="A003")
    S.add(c, ["Federica De Luca heeft geen interesse"], calls(call("C000184", NOT_INTERESTED)),
          sender="A003")
    S.add(c, ["Petra Klein nie jest zainteresowana kredytem"],
          calls(call("C000314", NOT_INTERESTED)), sender="A005")
    S.add(c, ["Christos Georgiou pas intéressé, il a déjà tout chez la concurrence"],
          calls(call("C000361", NOT_INTERESTED)), sender="A006")
    S.add(c, ["femke van dijk: hard no on the pension plan"],
          calls(call("C000048", NOT_INTERESTED)))


def complaints() -> None:
    c = "complaint_resolved"
    S.add(c, ["Johanna Vogel called back, her complaint is sorted – closed"], closed("C000039"))
    S.add(c, ["reclamo di Thomas Wolf risolto, ha ricevuto il rimborso"], closed("C000068"),
          sender="A002")
    S.add(c, ["Aleksandra Kowalski – klagomålet är löst"], closed("C000186"), sender="A003")
    S.add(c, ["reklamacja Floriana Fischera (Erding) załatwiona"], closed("C000283"),
          sender="A005")
    S.add(c, ["plainte de Diego Ruiz réglée, on peut clôturer"], closed("C000392"),
          sender="A006")
    S.add(c, ["tomasz kaminski's complaint about the fees - resolved today"],
          closed("C000036"), setup=complaint("C000036"))
    S.add(c, ["Paweł Kowalski: skarga wyjaśniona, klient zadowolony"], closed("C000275"),
          sender="A005", setup=complaint("C000275", "2026-11-02", "branch"))
    S.add(c, ["complaint of Claudia Günther still open, she'll get back to me"], NONE,
          setup=complaint("C000008", "2026-11-05", "email"))
    S.add(c, ["la reclamación de Rui Gallo sigue abierta, esperando al banco"], NONE,
          sender="A002", setup=complaint("C000099", "2026-11-04"))


def single() -> None:
    positional()
    reached()
    no_answer()
    meetings()
    sales()
    not_interested()
    complaints()


def main() -> None:
    # The imported module, not __main__: the other halves add to its S.
    from bench.conversation_eval import authoring_heldout19 as this
    from bench.conversation_eval.authoring_heldout19_more import more
    from bench.conversation_eval.authoring_heldout19_rest import check, rest

    this.single()
    more()
    rest()
    check(this.S.items)
    this.S.write()


if __name__ == "__main__":
    main()
