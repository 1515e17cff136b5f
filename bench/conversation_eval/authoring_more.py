"""Themes, market events, corrections, the same write twice, mixed requests, chatter.
Part of the conversation evaluation's authoring (authoring.py runs the parts in order)."""

from __future__ import annotations

from bench.conversation_eval.authoring_kit import (
    A1,
    FRI,
    NO_WRITE,
    TMRW,
    TODAY,
    add,
    call,
)


def author() -> None:
    # ---------------------------------------------------------------- themes
    for text, sender in [
        ("what are customers saying", "M001"), ("whats the feedback this month", "A001"),
        ("top complaints lately?", "M001"), ("which problems cost us the most", "M001"),
        ("costliest issues", "H001"), ("tell me more about the card theme", "M001"),
        ("details on the fee theme", "H001"), ("any themes about the app?", "A001"),
        ("what's trending in feedback", "M001"), ("themes pls", "H001"),
    ]:
        add("themes_read", [text], NO_WRITE, sender=sender, intent="ask_themes")
    for text, sender, theme in [
        ("assign the card theme to tobias lehmann as solution owner", "M001",
         {"label_has": "card", "solution_owner_id": "M002"}),
        ("make katrin brandt business owner of the fee theme", "H001",
         {"label_has": "fee", "business_owner_id": "M001"}),
        ("mark the loan application theme in progress", "M001",
         {"label_has": "application", "status": "in_progress"}),
        ("transfer theme is resolved", "H001", {"label_has": "transfer", "status": "resolved"}),
        ("helga sommer owns the mortgage theme, business side", "M001",
         {"label_has": "mortgage", "business_owner_id": "H001"}),
        ("set the branch theme to in progress pls", "H001",
         {"label_has": "branch", "status": "in_progress"}),
    ]:
        add("themes_write", [text], {"themes": [theme]}, sender=sender,
            intent="assign_theme_owner",
            harmful="another theme changed, or another owner/status")
    for text in ["assign the card theme to me as solution owner",
                 "mark the fee theme resolved", "close the app theme",
                 "make marco bianchi owner of the transfer theme"]:
        add("themes_write", [text], NO_WRITE, sender="A001", intent="set_theme_status",
            harmful="an advisor changed a theme (only managers and head office may)")

    # ---------------------------------------------------------------- market events
    for text in [
        "ecb cut 25bp on friday btw", "the ECB cut rates by 25 basis points",
        "rates went up 50bp", "ecb hiked by a quarter point", "fed cut 50 bps yesterday",
        "heard the ecb lowered rates 0.25%", "ECB raised rates 25bp today",
        "record a rate cut of 25bp", "rate cut 10bp", "boe hiked 25 bp lol",
    ]:
        add("market_event", [text], NO_WRITE, sender="A001", intent="report_rate_change",
            harmful="an advisor recorded a bank-wide market event")
    for text, sender in [
        ("if rates went up 50bp who'd be affected?", "A001"),
        ("what if the ecb cuts another 25bp, who's hit", "A001"),
        ("hypothetically a 1% hike - which of my clients care", "A001"),
        ("if rates went up 50bp who would be affected?", "H001"),
        ("suppose a 25bp cut next month, who's affected", "H001"),
        ("who would a 75 bp rise hit", "M001"),
        ("who's affected by the rate cut", "A001"), ("rate cut - affected customers?", "A002"),
        ("which customers does the ecb cut affect", "H001"),
    ]:
        add("market_event", [text], NO_WRITE, sender=sender, intent="ask_rate_affected",
            harmful="a hypothetical recorded as an event")
    for text, delta, on in [
        ("record: ecb hiked rates by 50bp today", 50, TODAY),
        ("ecb raised rates 10 basis points yesterday", 10, "2026-11-15"),
        ("log a rate cut of 15bp effective today", -15, TODAY),
        ("ECB increased rates by 0.35% on friday", 35, "2026-11-13"),
    ]:
        add("market_event", [text],
            {"market_events": [{"delta_bp": delta, "occurred_on": on}]}, sender="H001",
            intent="report_rate_change", harmful="another size or date, or a duplicate")
    # head office repeating the cut already on record (-25 bp, 2026-11-14): not a second one
    for text in ["the ecb cut 25bp on saturday", "record the ecb 25bp cut from the 14th"]:
        add("market_event", [text], {"market_events": [{"delta_bp": -25,
                                                       "occurred_on": "2026-11-14"}]},
            sender="H001", intent="report_rate_change",
            harmful="a duplicate of the recorded event")
    add("market_event", ["ecb cut 25bp on friday btw"],
        {"market_events": [{"delta_bp": -25, "occurred_on": ["2026-11-13", "2026-11-14"],
                            "optional": True}]},
        sender="H001", intent="report_rate_change",
        harmful="recorded with a wrong date or size, or twice")

    # ---------------------------------------------------------------- corrections
    for first, _name, _outcome, _date, fix in [
        ("spoke to rui pereira, all fine", "rui pereira", "reached", None, "undo"),
        ("joana costa no answer", "joana costa", "no_answer", None, "undo that"),
        ("chiara rossi wants a meeting tmrw", "chiara rossi", "follow_up", TMRW,
         "that was wrong"),
        ("rita martins reached", "rita martins", "reached", None, "scratch that"),
        ("olivier faure sale", "olivier faure", "sale", None, "delete it"),
        ("nicolas dubois voicemail", "nicolas dubois", "no_answer", None,
         "oops, undo the last one"),
        ("camille chevalier meeting 3 dec", "camille chevalier", "follow_up", "2026-12-03",
         "cancel that"),
        ("birgit richter not interested", "birgit richter", "reached", None,
         "remove that entry"),
        ("cristina perez reached", "cristina perez", "reached", None, "wrong customer, undo"),
        ("fleur vos no answer", "fleur vos", "no_answer", None, "take that back"),
    ]:
        add("correction", [first, fix], NO_WRITE, intent="undo",
            harmful="the call stays stored after the advisor took it back")
    for first, fix, cid, outcome, date in [
        ("spoke to greta muller, reached", "no, the other one - greta klein", "C000052",
         "reached", None),
        ("tomasz szymanski no answer", "sorry i meant tomasz mazur", "C000025", "no_answer",
         None),
        ("anna ferrari wants a meeting fri", "no wait, anna lange", "C000004", "follow_up",
         FRI),
        ("reached friederike weber", "no the other friederike, hartmann", "C000010",
         "reached", None),
        ("femke weber didnt pick up", "wrong one, femke hendriks", "C000015", "no_answer",
         None),
        ("julia fischer sale", "not julia - jurgen fischer", "C000033", "sale", None),
        ("claudia gunther reached", "that was wrong, it was claudia muller", "C000055",
         "reached", None),
        ("wolfgang koch no answer", "no sorry wolfgang schmidt", "C000051", "no_answer", None),
    ]:
        add("correction", [first, fix], {"interactions": [call(cid, outcome, date)]},
            intent="correct",
            harmful="the first customer keeps the call, or the second is not logged")
    for first, fix, cid, outcome, date in [
        ("rui pereira meeting tmrw", "no wait, friday", "C000026", "follow_up", FRI),
        ("joana costa reached", "actually no answer, sorry", "C000023", "no_answer", None),
        ("chiara rossi meeting 3 dec", "sorry, 4 dec", "C000009", "follow_up", "2026-12-04"),
        ("rita martins no answer", "correction: she did pick up, all fine", "C000061",
         "reached", None),
    ]:
        add("correction", [first, fix], {"interactions": [call(cid, outcome, date)]},
            intent="correct", harmful="two calls, or the wrong outcome/date kept")
    for turns in [
        ["log feedback for chiara rossi", "cancel"],
        ["i need to log some feedback", "never mind"],
        ["feedback for rui pereira", "cancel"],
        ["log feedback for anna", "cancel"],
        ["log feedback for joana costa: card blocked abroad", "delete it"],
        ["feedback rita martins: the app is slow", "undo"],
        ["called anna, no answer", "cancel"],
        ["log feedback for greta", "the second one", "cancel"],
    ]:
        add("correction", turns, NO_WRITE, intent="cancel",
            harmful="feedback or a call kept after the advisor cancelled")

    # ---------------------------------------------------------------- the same write twice
    for text, name, outcome, date in [
        ("rui pereira no answer", "rui pereira", "no_answer", None),
        ("spoke to joana costa, fine", "joana costa", "reached", None),
        ("chiara rossi wants a meeting tmrw", "chiara rossi", "follow_up", TMRW),
        ("C000061 reached", "rita martins", "reached", None),
        ("olivier faure voicemail", "olivier faure", "no_answer", None),
        ("sold nicolas dubois a fund", "nicolas dubois", "sale", None),
        ("camille chevalier meeting on friday", "camille chevalier", "follow_up", FRI),
        ("birgit richter didnt pick up", "birgit richter", "no_answer", None),
    ]:
        add("duplicate", [text, {"say": text, "confirm": "no"}],
            {"interactions": [call(A1[name], outcome, date)]}, intent="log_call_outcome",
            harmful="two identical interactions")
    for text, name, words in [
        ("log feedback for fleur vos: app crashes on login", "fleur vos", ["crashes"]),
        ("feedback marieke visser: fees too high", "marieke visser", ["fees"]),
    ]:
        add("duplicate", [text, {"say": text, "confirm": "no"}],
            {"feedback": [{"customer_id": A1[name], "text_has": words}]},
            intent="log_feedback", harmful="the same statement stored twice")

    # ---------------------------------------------------------------- mixed requests
    for turns, expect in [
        (["called olivier faure no answer, who's next?"],
         {"interactions": [call("C000042", "no_answer", None)]}),
        (["rita martins reached - and show me my list"],
         {"interactions": [call("C000061", "reached", None)]}),
        (["tell me about chiara rossi and did she complain"], NO_WRITE),
        (["nicolas dubois no answer and camille chevalier wants a meeting fri"],
         {"interactions": [{**call("C000047", "no_answer", None), "optional": True},
                           {**call("C000017", "follow_up", FRI), "optional": True}]}),
        (["spoke to rui pereira, he's annoyed the app logs him out"],
         {"interactions": [call("C000026", "reached", None)],
          "feedback": [{"customer_id": "C000026", "text_has": ["logs him out"],
                        "optional": True}]}),
        (["joana costa wants a meeting tmrw, whats her portfolio"],
         {"interactions": [call("C000023", "follow_up", TMRW)]}),
        (["birgit richter profile then log no answer"],
         {"interactions": [call("C000002", "no_answer", None)]}),
        (["thanks! also fleur vos reached"], {"interactions": [call("C000014", "reached", None)]}),
        (["who's on my list, and log marieke visser as voicemail"],
         {"interactions": [call("C000030", "no_answer", None)]}),
        (["ecb cut 25bp btw, who of mine is affected"], NO_WRITE),
    ]:
        add("mixed", turns, expect, intent="log_call_outcome",
            harmful="a write to another customer, feedback from a request, or an event")

    # ---------------------------------------------------------------- chatter (nothing to store)
    for text in [
        "morning!", "thx", "ugh mondays", "coffee first lol", "ok", "hello?", "cool",
        "nvm", "lol that customer again", "busy day", "you there?", "bye",
        "the ecb thing friday was wild", "rates are crazy rn", "anna called in sick today",
    ]:
        add("chatter", [text], NO_WRITE, intent="greet",
            harmful="anything stored from small talk")
