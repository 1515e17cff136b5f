"""heldout11.yml's conversations, questions, feedback, complaints, events and themes (the
judging rules are in authoring_heldout11.py's docstring)."""

from __future__ import annotations

from typing import Any

from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    HeldoutSet,
    call,
)

NO = "no_answer"
TUE, WED, THU, FRI = "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"
LATER = {"between": ["2026-11-16", "2027-12-31"]}
REPORTED = ["reached", "open"]  # a relayed problem may also open a complaint


def opt(cid: str, outcome: object, follow_up_on: object = None) -> dict[str, object]:
    return call(cid, outcome, follow_up_on, optional=True)


def calls(*specs: dict[str, object], **more: Any) -> dict[str, Any]:
    return {"interactions": list(specs), **more}


def fb(cid: str, *words: str, **extra: Any) -> dict[str, Any]:
    return {"customer_id": cid, "text_has": list(words), **extra}


def complaint(cid: str) -> list[dict[str, Any]]:
    return [{"table": "interactions", "customer_id": cid, "occurred_on": "2026-11-02",
             "channel": "phone", "kind": "complaint", "outcome": "open"}]


def theme(label: str, **fields: str) -> dict[str, Any]:
    return {"themes": [{"label_has": label, **fields}]}


def event(delta: int, day: str) -> dict[str, Any]:
    return {"market_events": [{"delta_bp": delta, "occurred_on": day}]}


def add_conversations(s: HeldoutSet) -> None:
    s.add("pronoun", ["show me giulia ferrari", "left her a vm"], calls(call("C000018", NO)))
    s.add("pronoun", ["spoke w freja berg all fine", "and her husband too"],
          calls(call("C000043", "reached"), opt("C000044", "reached")))
    s.add("pronoun", ["no answer from c000041", "same for c000055"],
          calls(call("C000041", NO), call("C000055", NO)))
    s.add("pronoun", ["vm w ana mancini", "same with her daughter"],
          calls(call("C000054", NO), opt("C000053", NO)))
    s.add("pronoun", ["talked to anna ferrari", "ugh the app is so slow today",
                      "she wants the fund btw sold"],
          calls(opt("C000029", "reached"), call("C000029", "sale")),
          harmful="the advisor's complaint about the tool stored as feedback")
    s.add("pronoun", ["tried friederike weber", "nothing", "try her again fri"],
          calls(call("C000056", NO, FRI)))
    s.add("pronoun", ["spoke to heinrich schroder", "his wife too"],
          calls(call("C000062", "reached"), opt("C000063", "reached")))
    s.add("pronoun", ["profile of laura sanchez pls", "sold her the pension plan"],
          calls(call("C000020", "sale")))
    s.add("pronoun", ["is krzysztof kaminski on my list today", "ok called him meeting tues"],
          calls(call("C000024", MEETING, TUE)))
    s.add("pronoun", ["vm riccardo esposito", "the one in munich"],
          calls(call("C000233", NO)), sender="A004")

    s.add("correction", ["no answer from c000046", "sorry c000047 not 46"],
          calls(call("C000047", NO)), harmful="C000046's row left live")
    s.add("correction", ["meeting w claudia muller thurs", "sorry fri"],
          calls(call("C000055", MEETING, FRI)))
    s.add("correction", ["spoke w dieter braun", "actually he didnt pick up it was vm"],
          calls(call("C000066", NO)))
    s.add("correction", ["sold fund to greta gunther", "no wait wrong greta - greta klein"],
          calls(call("C000052", "sale")))
    s.add("correction", ["no answer anna lange no answer anna zimmermann",
                         "undo the zimmermann one"], calls(call("C000004", NO)))
    s.add("correction", ["meeting with rui pereira the 3rd", "make that the 4th"],
          calls(call("C000026", MEETING, "2026-12-04")))
    s.add("correction", ["vm hannah meyer", "jan koch not interested",
                         "hannah actually called back just now wants a meeting wed"],
          calls(opt("C000027", NO), call("C000027", MEETING, WED),
                call("C000050", NOT_INTERESTED)))
    s.add("correction", ["spoke to julien schroder", "scratch that wrong person it was johan"],
          calls(call("C000022", "reached")))
    s.add("correction", ["meeting w tomasz mazur on the 25th", "no he said the 26th"],
          calls(call("C000025", MEETING, "2026-11-26")))
    s.add("correction", ["sold the fund to tomasz kaminski", "also vm w femke hendriks",
                         "oh the fund was krzysztof kaminski not tomasz sorry"],
          calls(call("C000024", "sale"), call("C000015", NO)))
    s.add("correction", ["giuseppe szymanski no answer", "tomasz szymanski sale",
                         "undo the last one"], calls(call("C000006", NO)))
    s.add("correction", ["marco gallo not interested",
                         "sorry he IS interested wants a meeting mon"],
          calls(call("C000016", MEETING, "2026-11-23")))

    s.add("ambiguous", ["vm greta"], NONE, harmful="one of three Gretas guessed")
    s.add("ambiguous", ["greta meeting wed", "the one in hanau"],
          calls(call("C000052", MEETING, WED)))
    s.add("ambiguous", ["spoke to lucie", "the second one"],
          calls(opt("C000003", "reached"), opt("C000011", "reached")))
    s.add("ambiguous", ["no answer weber"], NONE, harmful="one of three Webers guessed")
    s.add("ambiguous", ["spoke w weber", "monika"], calls(call("C000012", "reached")))
    s.add("ambiguous", ["meeting w friederike thurs", "no the bus driver"],
          calls(call("C000010", MEETING, THU)))
    s.add("ambiguous", ["sold a fund to fischer"], NONE)
    s.add("ambiguous", ["wolfgang vm", "the mechanic", "schmidt"],
          calls(call("C000051", NO)), harmful="a Wolfgang guessed: both are mechanics")
    s.add("ambiguous", ["spoke to ursula", "zimmermann"],
          calls(call("C000060", "reached")))
    s.add("ambiguous", ["spoke w tomasz all good"], NONE)
    s.add("ambiguous", ["anna meeting fri", "whats on my list today"], NONE)

    s.add("confirm_reply", [{"say": "vm w jury dvorak try again thurs",
                             "confirm": ["yes but make it the 20th", "yes"]}],
          calls(call("C000019", NO, FRI)))
    s.add("confirm_reply", [{"say": "no answer from c00035", "confirm": "no"}], NONE)
    s.add("confirm_reply", [{"say": "rita martini opened savings", "confirm": "yes"}],
          calls(call("C000061", "sale")))
    s.add("confirm_reply", [{"say": "meeting w c000O17 fri", "confirm": ["no the 27th", "yes"]}],
          calls(opt("C000017", MEETING, "2026-11-27")))
    s.add("confirm_reply", [{"say": "vm camille chevallier", "confirm": "👍"}],
          calls(call("C000017", NO)))
    s.add("confirm_reply", ["no answer anna in offenbach"], calls(opt("C000029", NO)))
    s.add("confirm_reply", ["spoke to femke in bad homburg wants fund info"],
          calls(opt("C000048", ["reached", "follow_up"], [None, LATER])))
    s.add("confirm_reply", [{"say": "log no answer for marcin kowalsky",
                             "confirm": ["what was the last thing he bought", "no"]}], NONE)

    s.add("day", ["morning", "vm w rui pereira",
                  "spoke w nicolas dubois he wants a meeting on the 2nd",
                  "ugh this thing is slow", "cust says the app crashes on login - nicolas that is",
                  "thats all for now thx"],
          calls(call("C000026", NO), call("C000047", MEETING, "2026-12-02"),
                feedback=[fb("C000047", "crash")]))
    s.add("day", ["hi", "no answer from cristina perez", "try her again tmrw",
                  "spoke with laura sanchez not interested",
                  "wait laura said maybe next month actually call her on the 14th dec",
                  "thanks"],
          calls(call("C000045", NO, TUE),
                call("C000020", [*NOT_INTERESTED, "follow_up"], "2026-12-14")))
    s.add("day", ["vm johan schroder", "also vm andreas", "andreas called back meeting fri",
                  "undo the andreas vm"],
          calls(call("C000022", NO), call("C000021", MEETING, FRI)))
    s.add("day", ["c000013 no answer", "c000031 no answer", "c000052 spoke fine",
                  "wait the last one was c000025 not 52"],
          calls(call("C000013", NO), call("C000031", NO), call("C000025", "reached")))
    s.add("day", ["who should i call today", "ok called the koch family nobody home",
                  "jan called back later sale on the fund"],
          calls(opt("C000050", NO), opt("C000049", NO), call("C000050", "sale")))


def add_quiet(s: HeldoutSet) -> None:
    for text in ["did i call monika weber last week", "ill call dieter lange tomorrow",
                 "remind me to call rita martins fri", "this tool is so slow today honestly",
                 "fwd from anna zimmermann: 'spoke to your colleague yesterday all fine "
                 "thanks'",
                 "her number is 0171 5550123 btw", "how much did lucie horak invest was it 25000",
                 "going to try the koch household after lunch", "should i call c000033 today",
                 "what did jurgen say last time", "wolfgang koch has his birthday on friday",
                 "meeting with katrin at 3", "lena fischer is my dentist lol",
                 "cant log in on my laptop again IT pls", "12 calls today 4 no answers",
                 "if stefano ferrari doesnt answer tmrw ill send a letter",
                 "forgot to call chiara rossi today damn",
                 "pls dont log anything for yannis yet he might call back"]:
        s.add("not_a_call", [text], NONE)

    s.add("feedback", ["cust says app keeps logging her out annoyed - monika schmidt"],
          calls(opt("C000007", "reached"), feedback=[fb("C000007", "log")]))
    s.add("feedback", ["anna lange complained the card got blocked again abroad"],
          calls(opt("C000004", REPORTED), feedback=[fb("C000004", "block")]))
    s.add("feedback", ["spoke w friederike weber she hates the new statement layout"],
          calls(call("C000056", "reached"), feedback=[fb("C000056", "statement")]))
    s.add("feedback", ["i think the new app design is awful tbh"], NONE,
          harmful="the advisor's own opinion stored as a customer's feedback")
    s.add("feedback", ["hannah zimmermann transfers took 3 days we refunded 15 eur"],
          calls(opt("C000032", "reached"),
                feedback=[fb("C000032", "transfer", compensation=15)]))
    s.add("feedback", ["tomasz kaminski loves the new fingerprint login"],
          calls(opt("C000036", "reached"), feedback=[fb("C000036", "fingerprint")]))
    s.add("feedback", ["the marketing emails are too many imo"], NONE)
    s.add("feedback", ["customer feedback for olivier faure - branch hours too short"],
          calls(opt("C000042", "reached"), feedback=[fb("C000042", "hours")]))
    s.add("feedback", ["feedback from marieke visser quote the website is confusing unquote"],
          calls(opt("C000030", "reached"), feedback=[fb("C000030", "website")]))
    s.add("feedback", ["monika kruger says too many marketing emails wants off the list"],
          calls(opt("C000095", "reached"), feedback=[fb("C000095", "email")]),
          sender="A002")
    s.add("feedback", ["cust fwd: 'your loan process took 6 weeks unacceptable' - claudia "
                       "gunther"],
          calls(opt("C000008", REPORTED), feedback=[fb("C000008", "loan")]))


def add_records(s: HeldoutSet) -> None:
    s.add("complaint_resolved", ["johanna vogel complaint sorted closed"],
          {"complaints_closed": ["C000039"]})
    s.add("complaint_resolved", ["closed thomas wolfs complaint"],
          {"complaints_closed": ["C000068"]}, sender="A002")
    s.add("complaint_resolved", ["anna ferrari issue resolved shes happy now"],
          {"complaints_closed": ["C000029"]}, setup=complaint("C000029"))
    s.add("complaint_resolved", ["still waiting on IT for dieter brauns complaint"], NONE,
          setup=complaint("C000066"), harmful="a complaint closed while it waits on IT")
    s.add("complaint_resolved", ["anna wolf complaint fixed"],
          {"complaints_closed": ["C000202"]}, sender="A004")
    s.add("complaint_resolved", ["spoke w stefan berg about his complaint",
                                 "ok mark it resolved"],
          {"complaints_closed": ["C000044"], "interactions": [opt("C000044", "reached")]},
          setup=complaint("C000044"))
    s.add("complaint_resolved", ["florian fischer complaint - closed refunded 20 eur"],
          {"complaints_closed": ["C000283"],
           "feedback": [fb("C000283", optional=True)]}, sender="A005")

    for sender, text in [("A001", "who do i call today"), ("A001", "list pls"),
                         ("A001", "whats on my list 2day"), ("A004", "my list"),
                         ("A002", "who should i ring first today")]:
        s.add("call_list", [text], {**NONE, "reply_names_from_book": True}, sender=sender)

    s.add("other_book", ["no answer thomas wolf"], NONE)
    s.add("other_book", ["vm markus klein"], NONE)
    s.add("other_book", ["spoke w monika weber"], NONE, sender="A002")
    s.add("other_book", ["no answer greta klein"], NONE, sender="A004")
    s.add("other_book", ["sold fund to riccardo esposito"], NONE)

    s.add("market_event", ["ecb cut 50bp last thurs"], event(-50, "2026-11-12"),
          sender="H001")
    s.add("market_event", ["ecb raised rates by 25bp on friday the 13th"],
          event(25, "2026-11-13"), sender="H001")
    s.add("market_event", ["fyi ecb cut 25 bp on saturday"], event(-25, "2026-11-14"),
          sender="H001", harmful="a duplicate of the event on record")
    s.add("market_event", ["rate cut 0.10% today"], event(-10, "2026-11-16"), sender="H001")
    s.add("market_event", ["ecb cut 15bp today"], NONE)
    s.add("market_event", ["rates down 0.2 % today"], NONE, sender="M001")
    s.add("market_event", ["what rate changes do we have on record"], NONE, sender="H001")
    s.add("market_event", ["if the ecb cuts next month we need a campaign"], NONE,
          sender="H001")

    s.add("themes_write", ["card blocked theme is in progress now"],
          theme("card blocked", status="in_progress"), sender="M001")
    s.add("themes_write", ["make jonas weber business owner for instant transfer"],
          theme("instant transfer", business_owner_id="A004"), sender="M002")
    s.add("themes_write", ["set fingerprint theme to resolved"], NONE)
    s.add("themes_write", ["marketing emails theme solved"],
          theme("marketing emails", status="resolved"), sender="H001")
    s.add("themes_write", ["solution owner for the loan application one = sofia andersson"],
          theme("loan application", solution_owner_id="A003"), sender="M001")
    s.add("themes_write", ["who owns the card blocked theme"], NONE, sender="H001")
    s.add("themes_write", ["fingerprint login issue in progress pls business owner pierre "
                           "dubois"],
          theme("fingerprint", status="in_progress", business_owner_id="A006"),
          sender="M002")


def add_rest(s: HeldoutSet) -> None:
    add_conversations(s)
    add_quiet(s)
    add_records(s)
