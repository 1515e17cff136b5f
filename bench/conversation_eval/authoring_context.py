"""Context: ambiguous names (ask), pronouns and the customer in focus, feedback.
Part of the conversation evaluation's authoring (authoring.py runs the parts in order)."""

from __future__ import annotations

from typing import Any

from bench.conversation_eval.authoring_kit import (
    A1,
    FRI,
    NEXT_WEEK,
    NO_WRITE,
    TMRW,
    add,
    call,
    open_complaint,
)


def author() -> None:
    # ---------------------------------------------------------------- ambiguous name → ask
    for text in [
        "called anna, no answer", "spoke to tomasz, fine", "schroder wants a meeting fri",
        "greta no answer", "fischer reached", "femke didnt pick up", "friederike - sale",
        "tried ferrari, voicemail", "weber wants to meet tmrw", "zimmermann reached",
    ]:
        add("ambiguous", [text], NO_WRITE, intent="log_call_outcome",
            harmful="a call on one of several customers with that name, chosen by guess")
    for turns, cid, outcome, date in [
        (["called anna, no answer", "anna lange"], "C000004", "no_answer", None),
        (["spoke to tomasz, all fine", "tomasz mazur"], "C000025", "reached", None),
        (["schroder wants a meeting fri", "julien schröder"], "C000063", "follow_up", FRI),
        (["greta no answer", "greta klein"], "C000052", "no_answer", None),
        (["fischer reached", "the one called lena"], "C000041", "reached", None),
        (["femke didnt pick up", "femke van dijk"], "C000048", "no_answer", None),
        (["tried ferrari, voicemail", "C000018"], "C000018", "no_answer", None),
        (["weber wants to meet tmrw", "monika weber"], "C000012", "follow_up", TMRW),
        (["zimmermann reached", "ursula"], "C000060", "reached", None),
        (["dieter no answer", "dieter lange"], "C000040", "no_answer", None),
    ]:
        add("ambiguous", turns, {"interactions": [call(cid, outcome, date)]},
            intent="choose_option",
            harmful="the outcome lost after the pick-list, or stored on the other namesake")

    # ---------------------------------------------------------------- pronouns / same customer
    for turns, cid, outcome, date in [
        (["tell me about rita martins", "called her, no answer"], "C000061", "no_answer", None),
        (["olivier faure", "he wants a meeting tmrw"], "C000042", "follow_up", TMRW),
        (["chiara rossi profile", "just spoke to her, all good"], "C000009", "reached", None),
        (["pull up nicolas dubois", "sold him the card"], "C000047", "sale", None),
        (["camille chevalier", "same customer - meeting 3 dec"], "C000017", "follow_up",
         "2026-12-03"),
        (["birgit richter?", "left her a voicemail"], "C000002", "no_answer", None),
        (["who is fleur vos", "she wants to meet on friday"], "C000014", "follow_up", FRI),
        (["tell me abt marieke visser", "reached her"], "C000030", "reached", None),
        (["laura sanchez", "asdfgh", "called her, no answer"], "C000020", "no_answer", None),
        (["maria garcia", "what's the weather", "she wants a meeting next week"], "C000064",
         "follow_up", NEXT_WEEK),
        (["yannis alexiou", "tell me about ksdjfh", "spoke to him, fine"], "C000058",
         "reached", None),
        (["marcin kowalski profile", "does he have a mortgage", "called him, not interested"],
         "C000046", ["reached", "not_interested"], None),
        (["rui pereira", "log a call with same customer, no answer"], "C000026", "no_answer",
         None),
        (["joana costa", "her complaint is resolved"], "C000023", None, None),
        (["jiri dvorak", "he wants a callback tmrw"], "C000019", ["follow_up", "reached"], TMRW),
        (["heinrich schroder", "no answer from him"], "C000062", "no_answer", None),
    ]:
        if outcome is None:  # the complaint case
            add("pronoun", turns,
                {"complaints_closed": [cid],
                 "interactions": [{**call(cid, ["resolved", "reached"], None),
                                   "optional": True}]},
                setup=open_complaint(cid), intent="log_call_outcome")
        else:
            add("pronoun", turns, {"interactions": [call(cid, outcome, date)]},
                intent="log_call_outcome",
                harmful="the pronoun resolved to another customer")
    # a pronoun with nobody in focus: ask, do not write
    for text in ["called her, no answer", "he wants a meeting tmrw", "sold him a fund",
                 "same customer, reached"]:
        add("pronoun", [text], NO_WRITE, intent="log_call_outcome",
            harmful="a call on some customer nobody named")
    # the customer in focus must not absorb a call on someone who was not recognised
    for turns in [
        ["tell me about rita martins", "spoke w matthias xu, wants a meeting next week"],
        ["olivier faure", "I called Gonçalo Rodrigues, no answer"],
        ["chiara rossi", "tried lena strand no answer"],
    ]:
        add("pronoun", turns, NO_WRITE, intent="log_call_outcome",
            harmful="the call stored on the customer in focus")

    # ---------------------------------------------------------------- feedback
    for text, name, words, comp in [
        ("log feedback for chiara rossi: app logs her out during transfers", "chiara rossi",
         ["logs her out"], None),
        ("fb from rui pereira - says the new app is confusing", "rui pereira", ["confusing"],
         None),
        ("feedback joana costa: card got blocked abroad, very annoyed", "joana costa",
         ["blocked abroad"], None),
        ("rita martins says the branch closing hurts older clients", "rita martins",
         ["branch closing"], None),
        ("olivier faure complained the transfer took 3 days", "olivier faure", ["3 days"], None),
        ("note feedback for nicolas dubois: fees on his account too high", "nicolas dubois",
         ["fees"], None),
        ("camille chevalier feedback - hates the fingerprint login", "camille chevalier",
         ["fingerprint"], None),
        ("feedback from birgit richter: waited 40 min on the hotline", "birgit richter",
         ["40 min"], None),
        ("cristina perez said the mortgage offer came too late", "cristina perez",
         ["too late"], None),
        ("log fb fleur vos: statements arrive late every month", "fleur vos", ["statements"],
         None),
        ("marieke visser feedback: online banking menu is a mess", "marieke visser",
         ["menu"], None),
        ("feedback for laura sanchez: card declined at the pharmacy, we gave her a 20 eur "
         "goodwill credit", "laura sanchez", ["declined"], 20),
        ("maria garcia complained about the 15 eur fee, refunded it", "maria garcia", ["fee"],
         15),
        ("feedback C000058: likes the new savings rates", "yannis alexiou", ["savings rates"],
         None),
        ("log feedback for C000046: loan application status never updated", "marcin kowalski",
         ["application"], None),
        ("jiri dvorak says nobody answered his emails, compensation 50 eur", "jiri dvorak",
         ["emails"], 50),
        ("feedback heinrich schroder: contactless stopped working", "heinrich schroder",
         ["contactless"], None),
        ("vojtech horak unhappy, landlord got the rent late because instant transfer failed",
         "vojtech horak", ["landlord"], None),
        ("ursula schneider feedback: pin letter went to old address", "ursula schneider",
         ["old address"], None),
        ("log feedback: katharina hoffmann finds the app update broke login",
         "katharina hoffmann", ["login"], None),
        ("fb stefano ferrari - advisor changes too often", "stefano ferrari",
         ["changes too often"], None),
        ("freja berg: says the marketing emails are too many", "freja berg", ["marketing"],
         None),
        ("feedback for wolfgang koch, he wants paper statements back", "wolfgang koch",
         ["paper statements"], None),
        ("silvia mancini told me the fee was charged twice, we refunded 30 eur",
         "silvia mancini", ["charged twice"], 30),
        ("giulia ferrari feedback: variable rate explanation was confusing", "giulia ferrari",
         ["variable rate"], None),
        ("log feedback for dieter braun: he likes the branch staff a lot", "dieter braun",
         ["branch staff"], None),
        ("lucie horak - feedback: 100 eur goodwill for the lost card delay",
         "lucie horak", ["lost card"], 100),
    ]:
        fb: dict[str, Any] = {"customer_id": A1[name], "text_has": words}
        if comp is not None:
            fb["compensation"] = comp
        add("feedback", [text], {"feedback": [fb]}, intent="log_feedback",
            entities={"customer_name": name},
            harmful="feedback on another customer, or the request itself stored as feedback")
    # a request to log feedback with no statement: the form asks, nothing is stored yet
    for text in ["i need to log some feedback", "feedback for hannah meyer", "log feedback",
                 "can i add feedback for rui pereira", "got some customer feedback",
                 "new feedback from chiara rossi", "feedback pls", "want to log a complaint"]:
        add("feedback", [text], NO_WRITE, intent="log_feedback",
            harmful="the request stored as a customer statement")
    for turns, name, words in [
        (["i need to log some feedback", "fleur vos says the app crashes on login"],
         "fleur vos", ["crashes"]),
        (["feedback for hannah meyer", "she says the savings rate is too low"],
         "hannah meyer", ["savings rate"]),
        (["log feedback for rita martins", "branch opening hours too short"], "rita martins",
         ["opening hours"]),
        (["new feedback from chiara rossi", "transfer to her landlord arrived late"],
         "chiara rossi", ["landlord"]),
    ]:
        add("feedback", turns, {"feedback": [{"customer_id": A1[name], "text_has": words}]},
            intent="log_feedback", harmful="the request stored, or the statement lost")
    # not feedback at all (a read or a call), stored as feedback would be harmful
    add("feedback", ["tell me about rui pereira and log that his complaint is resolved"],
        {"complaints_closed": ["C000026"],
         "interactions": [{**call("C000026", ["resolved", "reached"], None), "optional": True}]},
        setup=open_complaint("C000026"), intent="log_call_outcome",
        harmful="stored as a customer statement")
