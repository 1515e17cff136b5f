"""Logging calls: reached, no answer, meetings and dates, follow-ups, sales, complaints
resolved, not interested, customer ids, another advisor's customer.
Part of the conversation evaluation's authoring (authoring.py runs the parts in order)."""

from __future__ import annotations

from bench.conversation_eval.authoring_kit import (
    A1,
    A2,
    END_OF_MONTH,
    FRI,
    NEXT_WEEK,
    NO_WRITE,
    THU,
    TMRW,
    TODAY,
    WED,
    add,
    call,
    log,
    open_complaint,
)


def author() -> None:
    # ---------------------------------------------------------------- log a call: reached
    for text, name in [
        ("spoke to rui pereira, all good", "rui pereira"),
        ("called joana costa - reached her, nothing needed", "joana costa"),
        ("talked w chiara rossi just now", "chiara rossi"),
        ("rita martins reached", "rita martins"),
        ("got hold of olivier faure, fine", "olivier faure"),
        ("had nicolas dubois on the phone, happy w everything", "nicolas dubois"),
        ("camille chevalier picked up, all fine", "camille chevalier"),
        ("spoke with birgit richter today", "birgit richter"),
        ("reached cristina perez", "cristina perez"),
        ("call done with fleur vos, no action", "fleur vos"),
        ("marieke visser - spoke, ok", "marieke visser"),
        ("i rang laura sanchez and we talked", "laura sanchez"),
        ("done: maria garcia, reached", "maria garcia"),
        ("chatted with yannis alexiou, nothing to do", "yannis alexiou"),
        ("marcin kowalski answered, all fine", "marcin kowalski"),
        ("call w jiri dvorak went fine", "jiri dvorak"),
        ("spoke to heinrich schroder", "heinrich schroder"),
        ("talked to vojtech horak, he's ok", "vojtech horak"),
        ("reached ursula schneider, she's happy", "ursula schneider"),
        ("katharina hofmann called back, spoke to her", "katharina hoffmann"),
        ("stefano ferrari reached, no issues", "stefano ferrari"),
        ("freja berg - got her, fine", "freja berg"),
        ("phoned wolfgang koch, all ok", "wolfgang koch"),
        ("silvia mancini: reached", "silvia mancini"),
        ("spoke w giulia ferrari re her savings, fine for now", "giulia ferrari"),
        ("ok talked to dieter braun", "dieter braun"),
        ("reached lucie horak", "lucie horak"),
    ]:
        log("log_reached", text, name, "reached")
    for text, name in [
        ("spoke to kostas georgiou, fine", "kostas georgiou"),
        ("luca colombo reached", "luca colombo"),
        ("talked to nils lindstrom", "nils lindstrom"),
    ]:
        log("log_reached", text, name, "reached", book=A2, sender="A002")

    # ---------------------------------------------------------------- no answer / voicemail
    for text, name, *later in [
        ("tried rui pereira no answer", "rui pereira"),
        ("joana costa didnt pick up", "joana costa"),
        ("no answer from chiara rossi", "chiara rossi"),
        ("left a voicemail for rita martins", "rita martins"),
        ("olivier faure - vm", "olivier faure"),
        ("called nicolas dubois, went to voicemail", "nicolas dubois"),
        ("couldnt reach camille chevalier", "camille chevalier"),
        ("birgit richter not answering", "birgit richter"),
        ("tried to reach cristina perez but no answer", "cristina perez"),
        ("fleur vos - no reply", "fleur vos"),
        ("rang marieke visser, nobody picked up", "marieke visser"),
        ("laura sanchez: no answer", "laura sanchez"),
        ("left msg on maria garcias voicemail", "maria garcia"),
        ("yannis alexiou didn't answer", "yannis alexiou"),
        ("no luck with marcin kowalski", "marcin kowalski"),
        ("jiri dvorak - mailbox", "jiri dvorak"),
        ("heinrich schroder unreachable today", "heinrich schroder"),
        ("tried vojtech horak twice, nothing", "vojtech horak"),
        ("ursula schneider no answer", "ursula schneider"),
        ("katharina hoffmann didnt pick up the phone", "katharina hoffmann"),
        ("voicemail stefano ferrari", "stefano ferrari"),
        ("freja berg didnt answer", "freja berg"),
        ("called wolfgang koch, rang out", "wolfgang koch"),
        ("silvia mancini no answer, will try later", "silvia mancini", [None, TODAY]),
        ("giulia ferrari - couldnt get through", "giulia ferrari"),
        ("dieter braun, no answer", "dieter braun"),
        ("lucie horak not picking up", "lucie horak"),
        ("tried C000026, no answer", "rui pereira"),
    ]:
        # "will try later": a reminder for today is fine, the outcome stays no answer
        log("log_no_answer", text, name, "no_answer", *later)
    for text, name in [
        ("tried kostas georgiou, no answer", "kostas georgiou"),
        ("duarte silva - voicemail", "duarte silva"),
        ("linnea berg didnt pick up", "linnea berg"),
    ]:
        log("log_no_answer", text, name, "no_answer", book=A2, sender="A002")

    # ---------------------------------------------------------------- wants a meeting + dates
    for text, name, date in [
        ("rui pereira wants a meeting tmrw", "rui pereira", TMRW),
        ("spoke to joana costa, meeting on friday", "joana costa", FRI),
        ("chiara rossi wants to meet 3 dec", "chiara rossi", "2026-12-03"),
        ("rita martins - meeting the 15th", "rita martins", "2026-12-15"),
        ("olivier faure wants to come in end of month", "olivier faure", END_OF_MONTH),
        ("nicolas dubois, meeting in two weeks", "nicolas dubois", "2026-11-30"),
        ("camille chevalier wants an appointment next week", "camille chevalier", NEXT_WEEK),
        ("birgit richter would like to meet thursday", "birgit richter", THU),
        ("talked to cristina perez, she wants a meeting wed", "cristina perez", WED),
        ("fleur vos meeting 1 dec", "fleur vos", "2026-12-01"),
        ("marieke visser wants to see me on dec 3rd", "marieke visser", "2026-12-03"),
        ("laura sanchez: meeting tomorrow", "laura sanchez", TMRW),
        ("maria garcia wants a mtg in 2 weeks", "maria garcia", "2026-11-30"),
        ("yannis alexiou asked for a meeting on the 20th", "yannis alexiou", FRI),
        ("marcin kowalski, meet fri", "marcin kowalski", FRI),
        ("jiri dvorak wants to talk mortgage, meeting 24 nov", "jiri dvorak", "2026-11-24"),
        ("heinrich schroder meeting the day after tomorrow", "heinrich schroder", WED),
        ("vojtech horak wants a meeting in 3 days", "vojtech horak", THU),
        ("ursula schneider - appt on friday", "ursula schneider", FRI),
        ("katharina hoffmann wants to meet on 10 december", "katharina hoffmann", "2026-12-10"),
        ("stefano ferrari wants a meeting tmrw re his fund", "stefano ferrari", TMRW),
        ("freja berg: meeting 2026-12-02", "freja berg", "2026-12-02"),
        ("wolfgang koch wants to meet next monday", "wolfgang koch", "2026-11-23"),
        ("spoke w silvia mancini, she'd like a meeting end of month", "silvia mancini",
         END_OF_MONTH),
        ("giulia ferrari meeting on the 15th", "giulia ferrari", "2026-12-15"),
        ("dieter braun wants an appointment 3 dec", "dieter braun", "2026-12-03"),
        ("lucie horak meeting on thu", "lucie horak", THU),
        ("C000023 wants a meeting on friday", "joana costa", FRI),
        ("called olivier faure, he wants a meeting in a week", "olivier faure", "2026-11-23"),
        ("rita martins asked to meet on 30 nov", "rita martins", "2026-11-30"),
        ("nicolas dubois wants to meet the 1st", "nicolas dubois", "2026-12-01"),
        ("chiara rossi - mtg wednesday", "chiara rossi", WED),
        ("birgit richter wants a meeting dec 7", "birgit richter", "2026-12-07"),
        ("camille chevalier meeting 4th of december", "camille chevalier", "2026-12-04"),
        ("maria garcia wants to meet 2 weeks from now", "maria garcia", "2026-11-30"),
    ]:
        log("log_meeting", text, name, "follow_up", date)
    for text, name, date in [
        ("kostas georgiou wants a meeting tmrw", "kostas georgiou", TMRW),
        ("luca colombo meeting on friday", "luca colombo", FRI),
        ("maarten bos wants to meet 3 dec", "maarten bos", "2026-12-03"),
    ]:
        log("log_meeting", text, name, "follow_up", date, book=A2, sender="A002")

    # ---------------------------------------------------------------- follow-ups
    for text, name, date in [
        ("call rui pereira back on friday", "rui pereira", FRI),
        ("spoke to joana costa, follow up in two weeks", "joana costa", "2026-11-30"),
        ("chiara rossi asked me to call back tmrw", "chiara rossi", TMRW),
        ("talked to rita martins, ring her again the 15th", "rita martins", "2026-12-15"),
        ("olivier faure: call back next week", "olivier faure", NEXT_WEEK),
        ("reached nicolas dubois, follow-up 3 dec", "nicolas dubois", "2026-12-03"),
        ("camille chevalier wants a callback thursday", "camille chevalier", THU),
        ("spoke w birgit richter, need to follow up end of month", "birgit richter",
         END_OF_MONTH),
        ("cristina perez - call again in a week", "cristina perez", "2026-11-23"),
        ("fleur vos asked for a call back wed", "fleur vos", WED),
        ("marieke visser busy, call her back tomorrow", "marieke visser", TMRW),
        ("laura sanchez wants me to call on dec 1", "laura sanchez", "2026-12-01"),
    ]:
        log("follow_up", text, name, ["follow_up", "reached"], date)

    # ---------------------------------------------------------------- sale made
    for text, name in [
        ("sold rui pereira a savings plan", "rui pereira"),
        ("joana costa signed up for the fund", "joana costa"),
        ("closed a sale with chiara rossi - insurance", "chiara rossi"),
        ("rita martins bought the term deposit", "rita martins"),
        ("olivier faure took the credit card", "olivier faure"),
        ("sale: nicolas dubois, pension product", "nicolas dubois"),
        ("camille chevalier said yes to the mortgage top up", "camille chevalier"),
        ("birgit richter opened a savings account w us", "birgit richter"),
        ("cristina perez invested 20k in the bond fund", "cristina perez"),
        ("fleur vos - sold home insurance", "fleur vos"),
        ("marieke visser agreed to the fund switch, done deal", "marieke visser"),
        ("laura sanchez signed for the consumer loan", "laura sanchez"),
        ("maria garcia bought, sale made", "maria garcia"),
        ("yannis alexiou: sale, term deposit 12m", "yannis alexiou"),
        ("marcin kowalski took the life cover", "marcin kowalski"),
        ("jiri dvorak signed the pension plan today", "jiri dvorak"),
    ]:
        log("log_sale", text, name, "sale")
    log("log_sale", "sold luca colombo a fund", "luca colombo", "sale", book=A2, sender="A002")

    # ---------------------------------------------------------------- complaint resolved
    for text, name in [
        ("rui pereira complaint resolved", "rui pereira"),
        ("joana costa's complaint is sorted", "joana costa"),
        ("spoke to chiara rossi, her complaint is fixed now", "chiara rossi"),
        ("closed the complaint for rita martins", "rita martins"),
        ("olivier faure - issue resolved, he's happy", "olivier faure"),
        ("resolved nicolas dubois complaint", "nicolas dubois"),
        ("camille chevalier complaint closed", "camille chevalier"),
        ("birgit richter: complaint settled on the call", "birgit richter"),
        ("called cristina perez, we resolved her complaint", "cristina perez"),
        ("fleur vos complaint done", "fleur vos"),
        ("marieke visser's fee complaint is resolved", "marieke visser"),
        ("laura sanchez - complaint solved", "laura sanchez"),
        ("maria garcia happy now, complaint resolved", "maria garcia"),
        ("complaint of yannis alexiou resolved today", "yannis alexiou"),
        ("sorted out marcin kowalski's complaint", "marcin kowalski"),
        ("johanna vogel complaint resolved", "johanna vogel"),
    ]:
        cid = A1[name]
        add("complaint_resolved", [text],
            {"complaints_closed": [cid],
             "interactions": [{**call(cid, ["resolved", "reached"], None), "optional": True}]},
            setup=open_complaint(cid) if name != "johanna vogel" else None,
            intent="log_call_outcome",
            entities={"customer_name": name, "call_outcome": "resolved"},
            harmful="the complaint left open while a call is logged as something else, "
                    "feedback stored, or another customer touched")
    add("complaint_resolved", ["thomas wolf complaint resolved"],
        {"complaints_closed": ["C000068"],
         "interactions": [{**call("C000068", ["resolved", "reached"], None), "optional": True}]},
        sender="A002", intent="log_call_outcome",
        entities={"customer_name": "thomas wolf", "call_outcome": "resolved"})

    # ---------------------------------------------------------------- not interested
    for text, name in [
        ("rui pereira not interested", "rui pereira"),
        ("joana costa said no thanks to the offer", "joana costa"),
        ("chiara rossi isn't interested in the fund", "chiara rossi"),
        ("rita martins declined", "rita martins"),
        ("olivier faure - not interested, dont call again abt this", "olivier faure"),
        ("nicolas dubois turned down the card", "nicolas dubois"),
        ("camille chevalier no interest", "camille chevalier"),
        ("spoke to birgit richter, she's not interested", "birgit richter"),
        ("cristina perez said no", "cristina perez"),
        ("fleur vos: not interested atm", "fleur vos"),
        ("marieke visser passed on the offer", "marieke visser"),
        ("laura sanchez doesnt want it", "laura sanchez"),
        ("maria garcia not interested in insurance", "maria garcia"),
        ("yannis alexiou said not now", "yannis alexiou"),
    ]:
        log("log_not_interested", text, name, ["reached", "not_interested"])

    # ---------------------------------------------------------------- customer id in message
    for text, cid, outcome, date in [
        ("C000061 reached, all fine", "C000061", "reached", None),
        ("C000042 no answer", "C000042", "no_answer", None),
        ("called C000047, voicemail", "C000047", "no_answer", None),
        ("C000017 wants a meeting tmrw", "C000017", "follow_up", TMRW),
        ("customer C000002 - spoke, ok", "C000002", "reached", None),
        ("c000045 sale - fund", "C000045", "sale", None),
        ("tried to reach C000014 but no answer", "C000014", "no_answer", None),
        ("C000030: meeting 3 dec", "C000030", "follow_up", "2026-12-03"),
        ("spoke to C000020 (laura) fine", "C000020", "reached", None),
        ("C000064 no answer, try fri", "C000064", ["no_answer", "follow_up"], [FRI, None]),
        ("C000058 reached", "C000058", "reached", None),
        ("log C000046 as no answer", "C000046", "no_answer", None),
    ]:
        add("customer_id", [text], {"interactions": [call(cid, outcome, date)]},
            intent="log_call_outcome", entities={"customer_id": cid.upper()},
            harmful="the id ignored: a call on another customer")
    # the id of another advisor's customer: nothing may be written
    for text in ["C000073 reached", "C000186 no answer", "called C000368, voicemail",
                 "C000249 wants a meeting friday"]:
        add("customer_id", [text], NO_WRITE, intent="log_call_outcome",
            harmful="a call on a customer outside the book, or on one of A001's customers")

    # ---------------------------------------------------------------- another advisor's customer
    for text in [
        "called aleksandra kowalski no answer", "tried agnieszka nowak, voicemail",
        "spoke to anna hoffmann, all fine", "andreas hoffmann wants a meeting tmrw",
        "claudia weber no answer", "tomasz wisniewski reached", "jan muller didnt pick up",
        "wolfgang muller meeting on friday", "dieter kruger not interested",
        "rui santos - sold a fund", "johanna wagner complaint resolved",
        "hannah wagner no answer", "olivier mercier reached", "stefan schmidt voicemail",
        "rita sousa wants to meet 3 dec", "laura perez no answer", "camille fontaine reached",
        "silvia marino not interested", "jiri muller - meeting tmrw", "greta kruger reached",
        "birgit schmidt didnt answer", "giulia bruno sale made", "agnieszka mazur reached",
        "goncalo santos no answer", "joao lopes wants a meeting next week",
    ]:
        add("other_book", [text], NO_WRITE, intent="log_call_outcome",
            harmful="a call on a similar-named customer of A001's book, or on the other "
                    "advisor's customer")
    for text in ["tell me about anna hoffmann", "claudia weber profile", "tomasz wisniewski?",
                 "pull up olivier mercier", "who is agnieszka nowak"]:
        add("other_book", [text], NO_WRITE, intent="ask_profile")
