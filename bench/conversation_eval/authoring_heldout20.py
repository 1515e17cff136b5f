"""How heldout20.yml was written: a twentieth unseen set (round s32), typed blind like
heldout6-18, without reading the bot's training data, its tests, its actions, anything under
knowledge/ but the demo bank's generator, or the other sets' items. Same bank and format (e2e
demo bank: 400 customers, seed 11, today = Monday 2026-11-16). The week's catch-up on a Monday:
advisors typing last week's late reports and today's plans in batches. Half the items are
A001 (Lena Hoffmann, B01: terse English, lower case, typos, vm / n/a / NI / tmrw / mtg);
A004 (Jonas Weber, B02) types German with English mixed in, A005 (Agnieszka Nowak, B02)
Polish with English mixed in and some Spanish; the manager M001 and head office H001 a few.
Call lists by place first (one session per advisor, positions as `advisor call-list` ranks the
fresh bank), then every outcome, past dates that are not follow-ups ("last thursday"), meeting
dates in many forms, several customers in one message, pronouns and first names, corrections
and undo, double posts vs real second attempts, feedback and what is not feedback, rate news,
profiles, theme work, chatter, other books' customers and plans that are not calls. Each
required row (customer, outcome) appears in one item only, so no item meets another's call as
a duplicate. The rest of the items is in authoring_heldout20_rest.py."""

from __future__ import annotations

from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    HeldoutSet,
    between,
    call,
)

S = HeldoutSet("heldout20", "h20")


def calls(*rows: dict) -> dict:
    return {"interactions": list(rows)}


def call_lists() -> None:
    # positions: A001 1 Johanna Vogel C39, 2 Vojtěch Horák C59, 3 María García C64, 4 Rui
    # Pereira C26, 5 Laura Sánchez C20; A004 1 Anna Wolf, 2 Wolfgang Schneider C227, 3 Oskar
    # Lindström C258, 5 Eva de Vries C263; A005 3 Joana Pereira C288, 4 Zofia Dąbrowski C276
    S.add("call_list", ["morning. whos on my list today", "1 - vm",
                        "#3 reached, all fine w/ the rate change",
                        "no 4 wants to come in thurs"],
          calls(call("C000039", "no_answer"), call("C000064", "reached"),
                call("C000026", MEETING, "2026-11-19")))
    S.add("call_list", ["Moin, wen soll ich heute anrufen? Liste bitte",
                        "Nr. 2 erreicht, alles ok", "der dritte: Mailbox",
                        "die fünfte will einen Termin am Freitag"],
          calls(call("C000227", "reached"), call("C000258", "no_answer"),
                call("C000263", MEETING, "2026-11-20")), sender="A004")
    S.add("call_list", ["hej, pokaż mi moją listę na dziś pls", "nr 3 nie odbiera",
                        "czwarta - rozmawiałam, spotkanie 3 grudnia"],
          calls(call("C000288", "no_answer"), call("C000276", MEETING, "2026-12-03")),
          sender="A005")
    S.add("call_list", ["who's still left on my call list?"], {"reply_names_from_book": True})
    S.add("call_list", ["anyone from bad homburg on today's list"],
          {"reply_names_from_book": True})
    S.add("call_list", ["just the maturity ones from my list pls"],
          {"reply_names_from_book": True})
    S.add("call_list", ["Wer steht heute bei mir auf der Anrufliste?"],
          {"reply_names_from_book": True}, sender="A004")
    S.add("call_list", ["¿a quién tengo que llamar hoy?"], {"reply_names_from_book": True},
          sender="A005")
    S.add("call_list", ["branch call list for today pls"], {"reply_names_from_book": True},
          sender="M001")


def reached() -> None:
    one = [
        ("spoke to birgit richter, all fine", "C000002", "A001"),
        ("reached andreas schröder re his savings, nothing needed", "C000021", "A001"),
        ("tomasz mazur - reached. no action", "C000025", "A001"),
        ("got hold of camille chevalier finally", "C000017", "A001"),
        ("Greta Klein: talked, all good", "C000052", "A001"),
        ("c45 reached", "C000045", "A001"),
        ("monika weber picked up, quick chat abt her card, done", "C000012", "A001"),
        ("had a good chat w/ yannis alexiou just now", "C000058", "A001"),
        ("Mit Lukas Keller gesprochen, alles ok", "C000223", "A004"),
        ("Ilse Jansen erreicht", "C000211", "A004"),
        ("hab Jürgen Becker erreicht, kurz telefoniert, kein action needed", "C000241", "A004"),
        ("rozmawiałam z Heinrich Braun, all good", "C000270", "A005"),
        ("Petra Krüger - rozmawiałam, wszystko ok", "C000287", "A005"),
        ("hablé con Rocío Díaz esta mañana, todo bien", "C000311", "A005"),
    ]
    for text, cid, who in one:
        S.add("log_reached", [text], calls(call(cid, "reached")), sender=who)


def late_reports() -> None:
    S.add("log_past", ["late one from last thurs: reached dieter braun"],
          calls(call("C000066", "reached")))
    S.add("log_past", ["fri afternoon i spoke with ursula schneider, forgot to log it"],
          calls(call("C000035", "reached")))
    S.add("log_past", ["last week (wed) giulia ferrari - no answer"],
          calls(call("C000018", "no_answer")))
    S.add("log_past", ["met jan koch tuesday last week, he signed up for the savings plan"],
          calls(call("C000050", "sale")))
    S.add("log_past", ["when i talked to lena fischer on thursday we set up a mtg for this "
                       "friday 20th"], calls(call("C000041", MEETING, "2026-11-20")))
    S.add("log_past", ["Nachtrag von Freitag: Katharina Hartmann erreicht"],
          calls(call("C000212", "reached")), sender="A004")
    S.add("log_past", ["z zeszłego czwartku: Jan Lange nie odbierał"],
          calls(call("C000313", "no_answer")), sender="A005")


def no_answer() -> None:
    one = [
        ("no answer from fleur vos", "C000014", "A001"),
        ("vm for hannah zimmermann", "C000032", "A001"),
        ("marcin kowalski n/a", "C000046", "A001"),
        ("tried wolfgang schmidt, straight to voicemail", "C000051", "A001"),
        ("Nicolas Dubois didnt pick up", "C000047", "A001"),
        ("left a msg for julia fischer", "C000037", "A001"),
        ("anna lange - no answer, just rings out", "C000004", "A001"),
        ("Ondřej Horák nicht erreicht", "C000224", "A004"),
        ("Mailbox bei Martina Bianchi", "C000240", "A004"),
        ("Giorgos Nikolaidis geht nicht ran", "C000231", "A004"),
        ("Jorge Gómez nie odbiera", "C000278", "A005"),
        ("Paola Mancini - poczta głosowa", "C000301", "A005"),
        ("Iñigo García no contesta", "C000280", "A005"),
    ]
    for text, cid, who in one:
        S.add("log_no_answer", [text], calls(call(cid, "no_answer")), sender=who)


def meetings() -> None:
    one = [
        ("meeting w/ marieke visser thurs 10am", "C000030", "2026-11-19", "A001"),
        ("laura sánchez wants to come in on the 24th", "C000020", "2026-11-24", "A001"),
        ("booked fri 27th with krzysztof kaminski", "C000024", "2026-11-27", "A001"),
        ("appt with friederike hartmann 2/12", "C000010", "2026-12-02", "A001"),
        ("stefano ferrari reached, follow up tmrw", "C000028", "2026-11-17", "A001"),
        ("f/u w/ femke van dijk in 2 wks", "C000048", between("2026-11-27", "2026-11-30"),
         "A001"),
        ("jürgen fischer - mtg day after tomorrow at 3", "C000033", "2026-11-18", "A001"),
        ("heinrich schröder: we meet 1st dec", "C000062", "2026-12-01", "A001"),
        ("set a meeting with tomasz kamiński for dec 3", "C000036", "2026-12-03", "A001"),
        ("claudia günther, follow-up a week from today", "C000008", "2026-11-23", "A001"),
        ("Termin mit Anouk van den Berg am Donnerstag", "C000251", "2026-11-19", "A004"),
        ("Christos Papadopoulos erreicht, Termin am 3.12.", "C000209", "2026-12-03", "A004"),
        ("Eva Jansen kommt übermorgen vorbei", "C000250", "2026-11-18", "A004"),
        ("Wiedervorlage Sofia Rodrigues Mittwoch 25.11.", "C000253", "2026-11-25", "A004"),
        ("spotkanie z Gonçalo Santos w czwartek", "C000321", "2026-11-19", "A005"),
        ("Elena Greco - rozmawiałam, spotkanie pojutrze", "C000327", "2026-11-18", "A005"),
        ("cita con Sofia Santos el 2 de diciembre", "C000273", "2026-12-02", "A005"),
        ("Markus Weber - spotkanie 30.11 o 14:00", "C000307", "2026-11-30", "A005"),
    ]
    for text, cid, when, who in one:
        S.add("log_meeting", [text], calls(call(cid, MEETING, when)), sender=who)


def sales_and_noes() -> None:
    for text, cid, who in [
        ("sold a term deposit to ana mancini", "C000054", "A001"),
        ("chiara rossi took the credit card ✅", "C000009", "A001"),
        ("Katharina Hoffmann signed for the pension plan today", "C000065", "A001"),
        ("closed the fund w/ anna zimmermann, 20k", "C000034", "A001"),
        ("Thomas Weber hat das Festgeld abgeschlossen", "C000225", "A004"),
        ("Verkauf: Hausratversicherung an Julia Hoffmann", "C000210", "A004"),
        ("sprzedałam lokatę - Jan Weber", "C000316", "A005"),
        ("vendí un fondo a Silvia Bruno", "C000315", "A005"),
    ]:
        S.add("log_sale", [text], calls(call(cid, "sale")), sender=who)
    for text, cid, who in [
        ("dieter lange not interested in the card offer", "C000040", "A001"),
        ("greta müller - NI", "C000031", "A001"),
        ("joana costa said thanks but no thanks to the savings plan", "C000023", "A001"),
        ("friederike krüger doesnt want the insurance, no interest", "C000001", "A001"),
        ("Luca Colombo hat kein Interesse", "C000218", "A004"),
        ("Manon Lefèvre: kein Bedarf an der Versicherung", "C000203", "A004"),
        ("Paweł Kowalski nie jest zainteresowany", "C000275", "A005"),
        ("Monika Hoffmann - not interested, powiedziała nie", "C000274", "A005"),
    ]:
        S.add("log_not_interested", [text], calls(call(cid, NOT_INTERESTED)), sender=who)


def complaint(cid: str, days_ago: str) -> list[dict]:
    return [{"table": "interactions", "customer_id": cid, "occurred_on": days_ago,
             "channel": "phone", "kind": "complaint", "outcome": "open"}]


def complaints() -> None:
    S.add("complaint_resolved", ["johanna vogel's complaint is sorted, the fee was refunded"],
          {"complaints_closed": ["C000039"]})
    S.add("complaint_resolved", ["Beschwerde von Anna Wolf ist erledigt, Karte wieder frei"],
          {"complaints_closed": ["C000202"]}, sender="A004")
    S.add("complaint_resolved", ["Florian Fischer z Erding - reklamacja załatwiona"],
          {"complaints_closed": ["C000283"]}, sender="A005")
    S.add("complaint_resolved", ["greta günther's complaint: resolved, explained the fee to "
                                 "her and she's fine now"],
          {"complaints_closed": ["C000013"]}, setup=complaint("C000013", "2026-11-03"))
    S.add("complaint_resolved", ["ursula zimmermann called back, card issue fixed — "
                                 "complaint can be closed"],
          {"complaints_closed": ["C000060"]}, setup=complaint("C000060", "2026-11-05"))
    S.add("complaint_resolved", ["wolfgang koch complaint still not fixed, IT looking into "
                                 "it"], NONE, setup=complaint("C000049", "2026-11-02"),
          harmful="closing a complaint that is still open")


def several() -> None:
    S.add("multi", ["vm: freja berg, stefan berg. reached silvia mancini"],
          calls(call("C000043", "no_answer"), call("C000044", "no_answer"),
                call("C000053", "reached")))
    S.add("multi", ["giuseppe szymański and tomasz szymański both reached, nothing needed"],
          calls(call("C000006", "reached"), call("C000005", "reached")))
    S.add("multi", ["julien schröder NI, johan schröder wants a mtg fri"],
          calls(call("C000063", NOT_INTERESTED), call("C000022", MEETING, "2026-11-20")))
    S.add("multi", ["anna ferrari vm\nlucie dvořák reached"],
          calls(call("C000029", "no_answer"), call("C000011", "reached")))
    S.add("multi", ["vojtech horak reached, deposit matures 26th so mtg on 26/11. lucie horak "
                    "no answer"],
          calls(call("C000059", MEETING, "2026-11-26"), call("C000003", "no_answer")))
    S.add("multi", ["hannah meyer: reached. markéta fischer: n/a"],
          calls(call("C000027", "reached"), call("C000038", "no_answer")))
    S.add("multi", ["Kostas und Katerina Papadakis beide nicht erreicht"],
          calls(call("C000265", "no_answer"), call("C000214", "no_answer")), sender="A004")
    S.add("multi", ["Giuseppe Russo erreicht, Hannah Russo Mailbox"],
          calls(call("C000237", "reached"), call("C000238", "no_answer")), sender="A004")
    S.add("multi", ["Jakub Veselý i Julia Veselý - rozmawiałam z obojgiem, all good"],
          calls(call("C000293", "reached"), call("C000294", "reached")), sender="A005")
    S.add("multi", ["Antoine Fontaine no answer, Sébastien Fontaine spotkanie w piątek"],
          calls(call("C000299", "no_answer"), call("C000298", MEETING, "2026-11-20")),
          sender="A005")


def main() -> None:
    from bench.conversation_eval import authoring_heldout20_rest as rest

    call_lists()
    reached()
    late_reports()
    no_answer()
    meetings()
    sales_and_noes()
    complaints()
    several()
    rest.add_rest(S)
    S.write()


if __name__ == "__main__":
    main()
