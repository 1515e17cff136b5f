"""heldout18's conversations and non-call messages: pronouns, first names, corrections, undo,
double posts, what customers said and what is not customer feedback, rate news, theme work,
profiles, chatter and other books (the judging rules are in authoring_heldout18.py)."""

from __future__ import annotations

from typing import Any

from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    HeldoutSet,
    call,
)


def calls(*rows: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"interactions": list(rows), **more}


def fb(cid: str, words: list[str], compensation: float | None = None) -> dict[str, Any]:
    row: dict[str, Any] = {"customer_id": cid, "text_has": words}
    if compensation is not None:
        row["compensation"] = compensation
    return row


def pronouns(s: HeldoutSet) -> None:
    s.add("pronoun", ["pull up ursula schneider", "just spoke to her, she wants to come in "
                      "on friday the 27th"], calls(call("C000035", MEETING, "2026-11-27")))
    s.add("pronoun", ["show me dieter braun's profile", "ok called him, no answer"],
          calls(call("C000066", "no_answer")))
    s.add("pronoun", ["what does tomasz mazur hold?", "rang him, reached, he's fine for now"],
          calls(call("C000025", "reached")))
    s.add("pronoun", ["info on freja berg pls", "she picked up, all good",
                      "her husband too actually, spoke to him right after"],
          calls(call("C000043", "reached"), call("C000044", "reached")))
    s.add("pronoun", ["Profil von Monika Weber", "hab sie erreicht, sie möchte einen Termin "
                      "übermorgen"], calls(call("C000012", MEETING, "2026-11-18")))
    s.add("pronoun", ["anna lange - anything i should know before i call?",
                      "called her, not interested in the card upgrade"],
          calls(call("C000004", NOT_INTERESTED)))
    s.add("pronoun", ["profil de nicolas dubois", "je l'ai eu, il n'est pas intéressé"],
          calls(call("C000047", NOT_INTERESTED)))
    s.add("pronoun", ["hannah meyer's details pls", "tried her, no answer",
                      "she called back 10 min later, reached her"],
          calls(call("C000027", "no_answer"), call("C000027", "reached")))
    s.add("pronoun", ["pokaż profil krzysztofa kamińskiego", "nie odebrał"],
          calls(call("C000024", "no_answer")))
    s.add("pronoun", ["she didn't pick up"], NONE,
          harmful="a call on a customer nobody named")


def first_names(s: HeldoutSet) -> None:
    s.add("first_name", ["rita reached, she's fine"], calls(call("C000061", "reached")))
    s.add("first_name", ["freja no answer"], calls(call("C000043", "no_answer")))
    s.add("first_name", ["anna wants a meeting tomorrow", "ferrari"],
          calls(call("C000029", MEETING, "2026-11-17")))
    s.add("first_name", ["tomasz not interested"], NONE,
          harmful="a call on one of three Tomasz picked by guess")
    s.add("first_name", ["monika reached"], NONE,
          harmful="a call on one of two Monikas picked by guess")
    s.add("first_name", ["marcin wants to meet on thursday"],
          calls(call("C000046", MEETING, "2026-11-19")))
    s.add("first_name", ["chiara bought a savings account"], calls(call("C000009", "sale")))
    s.add("first_name", ["johan picked up, all fine"], calls(call("C000022", "reached")))
    s.add("first_name", ["lucie vm", "horák"], calls(call("C000003", "no_answer")))
    s.add("first_name", ["femke meeting 1 dec"], NONE,
          harmful="a meeting for one of three Femkes picked by guess")
    s.add("first_name", ["katharina not interested"], calls(call("C000065", NOT_INTERESTED)))


def corrections(s: HeldoutSet) -> None:
    s.add("correction", ["greta müller no answer", "sorry, meant greta günther"],
          calls(call("C000013", "no_answer")))
    s.add("correction", ["dieter lange meeting thursday", "no wait, friday"],
          calls(call("C000040", MEETING, "2026-11-20")))
    s.add("correction", ["marco gallo reached", "correction: no answer, mixed him up"],
          calls(call("C000016", "no_answer")))
    s.add("correction", ["friederike weber not interested", "sorry, femke weber, not friederike"],
          calls(call("C000057", NOT_INTERESTED)))
    s.add("correction", ["Termin mit Claudia Günther am 24.11.", "Korrektur: am 26.11."],
          calls(call("C000008", MEETING, "2026-11-26")))
    s.add("correction", ["anna zimmermann injoignable", "non pardon, je l'ai eue, elle est "
                         "d'accord pour un rdv lundi prochain"],
          calls(call("C000034", MEETING, ["2026-11-23", "2026-11-30"])))
    s.add("correction", ["fleur vos vuole un appuntamento il 3/12", "scusa, il 4/12"],
          calls(call("C000014", MEETING, "2026-12-04")))
    s.add("correction", ["femke van dijk no contesta", "perdón, era femke hendriks"],
          calls(call("C000015", "no_answer")))
    s.add("correction", ["jürgen fischer afspraak dinsdag", "nee, woensdag bedoel ik"],
          calls(call("C000033", MEETING, "2026-11-18")))
    s.add("correction", ["marcin kowalski kupił kartę", "przepraszam, nie kupił - nie był "
                         "zainteresowany"], calls(call("C000046", NOT_INTERESTED)))
    s.add("correction", ["camille chevalier svarade inte", "fel, det var chiara rossi"],
          calls(call("C000009", "no_answer")))
    s.add("correction", ["yannis alexiou no answer", "greta klein reached",
                         "wait the first one was actually a meeting, for the 8th"],
          calls(call("C000058", MEETING, "2026-12-08"), call("C000052", "reached")))
    s.add("correction", ["femke weber not interested", "hm no, scratch that - she wants a "
                         "meeting, 11 dec"], calls(call("C000057", MEETING, "2026-12-11")))
    s.add("correction", ["stefano ferrari meeting on the 14th", "24th sorry"],
          calls(call("C000028", MEETING, "2026-11-24")))


def undo(s: HeldoutSet) -> None:
    s.add("undo", ["dieter braun sale", "undo"], NONE)
    s.add("undo", ["Cristina Pérez erreicht", "bitte rückgängig machen"], NONE)
    s.add("undo", ["joana costa pas de réponse", "annule ça stp"], NONE)
    s.add("undo", ["tomasz mazur raggiunto", "annulla l'ultimo"], NONE)
    s.add("undo", ["anna lange reunión el viernes", "deshaz eso por favor"], NONE)
    s.add("undo", ["hannah zimmermann bereikt", "maak dat ongedaan aub"], NONE)
    s.add("undo", ["friederike hartmann nie odbiera", "cofnij to"], NONE)
    s.add("undo", ["jan koch nådd", "ångra det"], NONE)
    s.add("undo", ["greta müller reached", "monika schmidt meeting 25/11",
                   "undo the greta one"], calls(call("C000007", MEETING, "2026-11-25")))
    s.add("undo", ["marieke visser reached", "femke van dijk not interested",
                   "actually delete the first one"], calls(call("C000048", NOT_INTERESTED)))


def duplicates(s: HeldoutSet) -> None:
    s.add("duplicate", ["lucie dvořák reached", "lucie dvořák reached"],
          calls(call("C000011", "reached")), harmful="the same call stored twice")
    s.add("duplicate", ["friederike weber no answer", "friederike weber no answer"],
          calls(call("C000056", "no_answer")), harmful="the same call stored twice")
    s.add("duplicate", ["rita martins took the term deposit", "rita martins took the term "
                        "deposit 👍"], calls(call("C000061", "sale")),
          harmful="the same sale stored twice")
    s.add("duplicate", ["tried claudia müller at 9, no answer",
                        "tried her again at 2, got her - she wants a meeting on 1/12"],
          calls(call("C000055", "no_answer"), call("C000055", MEETING, "2026-12-01")))
    s.add("duplicate", ["maría garcía meeting 8/12 about the mortgage rate",
                        "maria garcia meeting 8/12 about the mortgage rate"],
          calls(call("C000064", MEETING, "2026-12-08")), harmful="the same meeting twice")
    s.add("duplicate", ["Jan Koch nicht erreicht", "Jan Koch nicht erreicht"],
          calls(call("C000050", "no_answer")), harmful="the same call stored twice")


def feedback(s: HeldoutSet) -> None:
    maybe = {"optional": True}
    s.add("feedback", ["rita martins says the app keeps logging her out"],
          calls(call("C000061", "reached", None, **maybe), feedback=[fb("C000061", ["app"])]))
    s.add("feedback", ["spoke to anna ferrari, she complained her instant transfer took "
                       "2 days"],
          calls(call("C000029", "reached"), feedback=[fb("C000029", ["transfer"])]))
    s.add("feedback", ["dieter braun: card was blocked abroad in spain, very annoyed. we gave "
                       "him 25 eur as a gesture"],
          calls(call("C000066", "reached", None, **maybe),
                feedback=[fb("C000066", ["blocked"], 25)]))
    s.add("feedback", ["Friederike Hartmann beschwert sich, dass der Kreditantrag so lange "
                       "gedauert hat"],
          calls(call("C000010", "reached", None, **maybe), feedback=[fb("C000010", [])]))
    s.add("feedback", ["camille chevalier trouve que l'appli est super depuis la mise à jour"],
          calls(call("C000017", "reached", None, **maybe), feedback=[fb("C000017", [])]))
    s.add("feedback", ["giulia ferrari si lamenta delle troppe email di marketing"],
          calls(call("C000018", "reached", None, **maybe), feedback=[fb("C000018", [])]))
    s.add("feedback", ["greta müller loves the new fingerprint login, says it's much faster"],
          calls(call("C000031", "reached", None, **maybe),
                feedback=[fb("C000031", ["fingerprint"])]))
    s.add("feedback", ["yannis said the branch staff were really helpful with the paperwork"],
          calls(call("C000058", "reached", None, **maybe),
                feedback=[fb("C000058", ["helpful"])]))
    s.add("feedback", ["tomasz mazur: fees on the current account are too high, he's "
                       "thinking of leaving"],
          calls(call("C000025", "reached", None, **maybe), feedback=[fb("C000025", ["fee"])]))
    s.add("feedback", ["cristina pérez dice que la transferencia inmediata no llegó hasta el "
                       "día siguiente"],
          calls(call("C000045", "reached", None, **maybe), feedback=[fb("C000045", [])]))
    s.add("feedback", ["refunded olivier faure 15€ for the fee we charged twice, he was "
                       "furious about it"],
          calls(call("C000042", "reached", None, **maybe),
                feedback=[fb("C000042", ["fee"], 15)]))
    s.add("feedback", ["profile lucie horák", "she said the website is confusing, she can't "
                       "find her statements"],
          calls(call("C000003", "reached", None, **maybe),
                feedback=[fb("C000003", ["website"])]))


def not_feedback(s: HeldoutSet) -> None:
    for text in [
        "i think our app is clunky tbh",
        "heard from a colleague that some customers hate the new fees",
        "if monika schmidt complains about the fee again i'll escalate it",
        "going to ask anna zimmermann what she thinks of the app",
        "did chiara rossi ever complain about her card?",
        "ich finde das neue Menü im Portal unübersichtlich",
        "customers might not like the new overdraft rules",
        "my neighbour says online banking is a pain",
        "reminder: ask fleur vos about the feedback survey on thursday",
    ]:
        s.add("not_feedback", [text], NONE, harmful="stored as customer feedback")


def market_events(s: HeldoutSet) -> None:
    on_record = {"market_events": [{"delta_bp": -25, "occurred_on": "2026-11-14"}]}
    s.add("market_event", ["ECB cut the deposit rate by 25bp on saturday"], on_record,
          sender="H001", harmful="a second record of the ECB cut already on record")
    s.add("market_event", ["please record the SNB rate cut of 0.5% from last thursday"],
          {"market_events": [{"delta_bp": -50, "occurred_on": "2026-11-12"}]}, sender="H001")
    s.add("market_event", ["record a rate cut of 10 bp on 13.11.",
                           "record a rate cut of 10 bp on 13.11."],
          {"market_events": [{"delta_bp": -10, "occurred_on": "2026-11-13"}]}, sender="H001",
          harmful="the same rate cut recorded twice")
    s.add("market_event", ["if the ECB cuts another 50bp in december, who would be hit?"],
          NONE, sender="H001", harmful="a hypothetical rate cut recorded")
    s.add("market_event", ["rumour is the ECB will cut 25bp next month"], NONE,
          sender="H001", harmful="a rumour recorded as a rate change")
    s.add("market_event", ["ECB cut rates by 25bp today"], NONE,
          harmful="an advisor recording a market event")
    s.add("market_event", ["rates went down 10 bp yesterday fyi"], NONE, sender="M001",
          harmful="a manager recording a market event")
    s.add("market_event", ["Die EZB hat den Leitzins heute um 0,25 Prozentpunkte gesenkt"],
          {"market_events": [{"delta_bp": -25, "occurred_on": "2026-11-16"}]}, sender="H001")


def themes(s: HeldoutSet) -> None:
    m = "M001"
    s.add("theme", ["make tobias lehmann solution owner for the card blocked issue"],
          {"themes": [{"label_has": "card", "solution_owner_id": "M002"}]}, sender=m)
    s.add("theme", ["marketing emails theme: i'll be business owner, status in progress"],
          {"themes": [{"label_has": "marketing", "business_owner_id": "M001",
                       "status": "in_progress"}]}, sender=m)
    s.add("theme", ["the instant transfer problem is fixed, mark it resolved"],
          {"themes": [{"label_has": "instant", "status": "resolved"}]}, sender=m)
    s.add("theme", ["Helga übernimmt als Business Owner das Thema Fingerprint-Login"],
          {"themes": [{"label_has": "fingerprint", "business_owner_id": "H001"}]}, sender=m)
    s.add("theme", ["loan application theme -> in progress, lena hoffmann is solution owner"],
          {"themes": [{"label_has": "loan", "status": "in_progress",
                       "solution_owner_id": "A001"}]}, sender=m)
    s.add("theme", ["set the card blocked theme to resolved"], NONE,
          harmful="an advisor changing a theme")
    s.add("theme", ["set marco bianchi as business owner of the card blocked theme",
                    "sorry, sofia andersson not marco"],
          {"themes": [{"label_has": "card", "business_owner_id": "A003"}]}, sender=m)
    s.add("theme", ["who owns the marketing emails theme?"], NONE, sender=m)
    s.add("theme", ["reopen the instant transfer theme, customers are complaining again"],
          {"themes": [{"label_has": "instant", "status": "open"}]}, sender=m)


def profiles(s: HeldoutSet) -> None:
    s.add("profile", ["pull up julia fischer"],
          {"reply_any": ["pension", "mortgage", "life insurance", "investment manager"]})
    s.add("profile", ["who is C000023"], {"reply_any": ["Costa"]})
    s.add("profile", ["rui pereira profile pls"],
          {"reply_any": ["withdr", "loan", "deposit", "30,960", "30.960"]})
    s.add("profile", ["zeig mir das Profil von Stefan Berg"], {"reply_any": ["Berg"]})
    s.add("profile", ["what products does maría garcía have"],
          {"reply_any": ["variable", "mortgage"]})
    s.add("profile", ["who should i ring next?"], {"reply_names_from_book": True})


def chatter(s: HeldoutSet) -> None:
    for text in ["morning all ☕", "thanks!", "ok", "brb lunch",
                 "how do i export my customers to csv?"]:
        s.add("chatter", [text], NONE)


def other_books(s: HeldoutSet) -> None:
    for text, why in [
        ("spoke to thomas wolf, all good", "A002's customer"),
        ("anna hoffmann no answer", "A004's and A005's customers, none in A001's book"),
        ("meeting with carlos garcía tomorrow", "A002's customer"),
        ("C000202 reached", "A004's customer"),
        ("florian fischer not interested", "A005's customers"),
        ("hannah wagner bought a fund", "A004's customers"),
        ("piotr wójcik wants a meeting friday", "A002's customer"),
    ]:
        s.add("other_book", [text], NONE, harmful=f"a call on {why}")
    s.add("other_book", ["lena fischer wants to meet on tue 24th"],
          calls(call("C000041", MEETING, "2026-11-24")))
    s.add("other_book", ["julia fischer (bad homburg) meeting 7/12"],
          calls(call("C000037", MEETING, "2026-12-07")))
    s.add("other_book", ["hannah zimmermann no answer"], calls(call("C000032", "no_answer")))


def rest(s: HeldoutSet) -> None:
    pronouns(s)
    first_names(s)
    corrections(s)
    undo(s)
    duplicates(s)
    feedback(s)
    not_feedback(s)
    market_events(s)
    themes(s)
    profiles(s)
    chatter(s)
    other_books(s)
