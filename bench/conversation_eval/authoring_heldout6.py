"""How heldout6.yml was written: a sixth unseen set (issue #14, round s23), typed before any
fix of that round, without reading the bot's training data, its tests, the other sets' items
or the name / date / outcome resolution code, and played once on main's code before the
fixes. Same bank and format as heldout5 (e2e demo bank: 400 customers, seed 11, today =
Monday 2026-11-16; sender A001 unless an item needs another book, a manager or head office).

What it stresses that heldout2-5 did not: CRM shorthand ("NI", "LVM", "appt", "f/u", "cb",
"n/a", "VM x2"), lines pasted from call notes with a time stamp ("10:42 - spoke to …"),
dictated text without punctuation, answers to the bot's confirmation questions in varied
words ("yep go", "nah leave it", "correct", "passt", "👍", "nope"), customer ids typed
loosely ("c17", "cust 000045", "#C000021"), names with titles ("Mrs Visser", "Dr.", "Frau")
or in "Surname, Firstname" order, nicknames ("kathi"), two customers named in one message
where only one is the subject ("spoke to freja berg about her husband stefan"), an outcome
stated and then changed in the same message ("no answer - oh wait she rang back"), the
advisor's plans vs calls that happened ("will call X tomorrow" is no call), look-alikes in
other advisors' books, and the same customer name owned by the sender in another book.

Dates against Monday 2026-11-16: tmrw 11-17, fri 11-20, mon 23rd / 23.11. / next monday
11-23, in 10 days 11-26, in a fortnight / EOM / the 30th / 30.11. 11-30, 1/12 12-01,
wed 2 dec 12-02, fri 4th 12-04, the 9th 12-09; for events: last thurs 11-12, 14.11. 11-14,
9.11. 11-09. "nxt wk" is a week, not a day: a day inside 23-27 Nov or no date is accepted.
"sometime in the new year" is no date a careful colleague would store (a call without a
date may be kept).

`python -m bench.conversation_eval.authoring_heldout6` rewrites heldout6.yml.
"""

from __future__ import annotations

from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    HeldoutSet,
    between,
    call,
)

OPEN_COMPLAINT = {"table": "interactions", "kind": "complaint", "outcome": "open",
                  "occurred_on": "2026-11-03", "channel": "phone"}
NEXT_WEEK = [None, between("2026-11-23", "2026-11-27")]

SET = HeldoutSet("heldout6", "h6")
add = SET.add


def complaint(cid: str) -> list[dict]:
    return [{**OPEN_COMPLAINT, "customer_id": cid}]


# reached: shorthand, pasted notes, ids typed loosely, titles, surname first, nicknames
add("log_reached", ["10:42 - spoke to camille chevalier re savings, all fine"],
    {"interactions": [call("C000017", "reached")]}, harmful="another Chevalier, a follow-up")
add("log_reached", ["reached c9"],
    {"interactions": [call("C000009", "reached")]}, harmful="a customer other than C000009")
add("log_reached", ["cust 000045 - spoke, fine"],
    {"interactions": [call("C000045", "reached")]}, harmful="another Pérez")
add("log_reached", ["#C000021 talked today nothing needed"],
    {"interactions": [call("C000021", "reached")]}, harmful="another Schröder")
add("log_reached", ["Pereira, Rui - reached"],
    {"interactions": [call("C000026", "reached")]}, harmful="A005's Joana Pereira")
add("log_reached", ["spoke with mrs visser this morning all good"],
    {"interactions": [call("C000030", "reached")]}, harmful="another customer")
add("log_reached", ["just spoke to olivier faure he is fine with everything no further "
                    "action needed"],
    {"interactions": [call("C000042", "reached")]}, harmful="a follow-up, another Olivier")
add("log_reached", ["spoke to freja berg about her husband stefan, all good for now"],
    {"interactions": [call("C000043", "reached")]}, harmful="the call on Stefan Berg")
add("log_reached", ["caught up w kathi hoffmann at the branch, fine"],
    {"interactions": [call("C000065", "reached")]},
    harmful="Anna/Birgit/Monika Hoffmann of other books")
add("log_reached", ["anna lange no answer - oh wait she just rang back, all sorted"],
    {"interactions": [call("C000004", "reached")]}, harmful="no_answer kept")

# no answer
add("log_no_answer", ["tried nicolas dubois - n/a"],
    {"interactions": [call("C000047", "no_answer")]}, harmful="reached, Laurent Dubois")
add("log_no_answer", ["LVM marcin kowalski"],
    {"interactions": [call("C000046", "no_answer")]}, harmful="reached, other Kowalskis")
add("log_no_answer", ["VM x2 greta günther"],
    {"interactions": [call("C000013", "no_answer")]}, harmful="A006's Greta Günther, reached")
add("log_no_answer", ["11:05 called tomasz kaminski no pickup"],
    {"interactions": [call("C000036", "no_answer")]},
    harmful="Krzysztof Kamiński, Tomasz Mazur/Szymański")
add("log_no_answer", ["c24 n/a"],
    {"interactions": [call("C000024", "no_answer")]}, harmful="another customer, reached")
add("log_no_answer", ["rang Schneider, Ursula - straight to vm"],
    {"interactions": [call("C000035", "no_answer")]}, harmful="Ursula Zimmermann, reached")
add("log_no_answer", ["no answer from hannah zimmermann again"],
    {"interactions": [call("C000032", "no_answer")]},
    harmful="A002's Hannah Zimmermann, Anna Zimmermann")
add("log_no_answer", ["called joana costa twice no answer sent her an sms instead"],
    {"interactions": [call("C000023", "no_answer")]}, harmful="A004's Joana Costa, two calls")
add("log_no_answer", ["tried giulia ferrari, phone off"],
    {"interactions": [call("C000018", "no_answer")]}, harmful="Anna/Stefano Ferrari, reached")

# meetings and follow-ups with their dates
add("log_meeting", ["appt w/ dieter braun mon 23rd"],
    {"interactions": [call("C000066", MEETING, "2026-11-23")]}, harmful="another date")
add("log_meeting", ["f/u rita martins 23.11."],
    {"interactions": [call("C000061", MEETING, "2026-11-23")]}, harmful="another date")
add("log_meeting", ["ana mancini wants to meet in a fortnight"],
    {"interactions": [call("C000054", MEETING, "2026-11-30")]}, harmful="Silvia Mancini")
add("log_meeting", ["stefano ferrari - appt nxt wk"],
    {"interactions": [call("C000028", MEETING, NEXT_WEEK)]},
    harmful="a day outside next week, Anna/Giulia Ferrari")
add("log_meeting", ["cb johanna vogel EOM"],
    {"interactions": [call("C000039", MEETING, "2026-11-30")]}, harmful="another date")
add("log_meeting", ["spoke to lucie horak she wants a meeting on the 9th re her mortgage"],
    {"interactions": [call("C000003", MEETING, "2026-12-09")]},
    harmful="Vojtěch Horák, the 9th of a past month")
add("log_meeting", ["10:30 - anna zimmermann - mtg tmrw 2pm"],
    {"interactions": [call("C000034", MEETING, "2026-11-17")]},
    harmful="Hannah/Ursula Zimmermann, another date")
add("log_meeting", ["meeting with greta müller wed 2 dec"],
    {"interactions": [call("C000031", MEETING, "2026-12-02")]}, harmful="another Greta")
add("log_meeting", ["jiri dvorak wants an appointment fri 4th"],
    {"interactions": [call("C000019", MEETING, "2026-12-04")]}, harmful="Lucie Dvořák")
add("log_meeting", ["monika schmidt f/u in 10 days"],
    {"interactions": [call("C000007", MEETING, "2026-11-26")]}, harmful="Monika Weber")
add("log_meeting", ["Krüger, Friederike: meeting next monday"],
    {"interactions": [call("C000001", MEETING, "2026-11-23")]},
    harmful="Friederike Hartmann/Weber")
add("log_meeting", ["spoke w claudia günther she wants to meet 1/12"],
    {"interactions": [call("C000008", MEETING, "2026-12-01")]},
    harmful="another date (12 Jan), Claudia Müller")
add("log_meeting", ["friederike hartmann is keen will come in sometime in the new year"],
    {"interactions": [call("C000010", MEETING, None, optional=True)]},
    harmful="a guessed date")
add("log_meeting", ["sold ursula zimmermann a mortgage no actually she only wants to think "
                    "about it f/u nxt wk"],
    {"interactions": [call("C000060", MEETING, NEXT_WEEK)]}, harmful="a sale")
add("log_meeting", ["chiara rossi NI... actually no, she wants the brochure, cb next monday"],
    {"interactions": [call("C000009", MEETING, "2026-11-23")]}, harmful="not_interested")

# sales
add("log_sale", ["sold c29 a term deposit"],
    {"interactions": [call("C000029", "sale")]}, harmful="another customer")
add("log_sale", ["markéta fischer signed up for the fund 🎉"],
    {"interactions": [call("C000038", "sale")]}, harmful="another Fischer")
add("log_sale", ["Schröder, Heinrich — sale (savings plan)"],
    {"interactions": [call("C000062", "sale")]}, harmful="another Schröder")
add("log_sale", ["10:15 julien schroeder bought the bond"],
    {"interactions": [call("C000063", "sale")]}, harmful="another Schröder")
add("log_sale", ["yannis alexiou went for the credit card in the end"],
    {"interactions": [call("C000058", "sale")]}, harmful="A004's Yannis Alexiou")

# not interested
add("log_not_interested", ["NI - lena fischer"],
    {"interactions": [call("C000041", NOT_INTERESTED)]}, harmful="A004's Lena Fischer")
add("log_not_interested", ["tomasz szymanski not interested in the fund"],
    {"interactions": [call("C000005", NOT_INTERESTED)]}, harmful="Giuseppe Szymański, a sale")
add("log_not_interested", ["claudia müller: no thx, doesnt want anything"],
    {"interactions": [call("C000055", NOT_INTERESTED)]}, harmful="Claudia Günther")
add("log_not_interested", ["Frau Richter NI"],
    {"interactions": [call("C000002", NOT_INTERESTED)]}, harmful="another customer")
add("log_not_interested", ["vojtech horak said no to the offer"],
    {"interactions": [call("C000059", NOT_INTERESTED)]}, harmful="Lucie Horák, a sale")

# complaints resolved (and a question / a plan that close nothing)
add("complaint_resolved", ["10:42 - spoke to rita martins, complaint resolved, she's happy"],
    {"complaints_closed": ["C000061"]}, setup=complaint("C000061"),
    harmful="another customer's complaint")
add("complaint_resolved", ["c43 complaint sorted"],
    {"complaints_closed": ["C000043"]}, setup=complaint("C000043"), harmful="Stefan Berg")
add("complaint_resolved", ["Vogel, Johanna - compl. closed"],
    {"complaints_closed": ["C000039"]}, harmful="another customer")
add("complaint_resolved", ["marieke visser's complaint resolved as of today"],
    {"complaints_closed": ["C000030"]}, setup=complaint("C000030"), harmful="another customer")
add("complaint_resolved", ["is dieter braun's complaint resolved yet?"], NONE,
    setup=complaint("C000066"), harmful="the complaint closed on a question")
add("complaint_resolved", ["will close greta klein's complaint once the refund lands"], NONE,
    setup=complaint("C000052"), harmful="the complaint closed on a plan")
add("complaint_resolved", ["thomas wolf complaint closed, refund went through"],
    {"complaints_closed": ["C000068"]}, sender="A002", harmful="Andreas/Paolo Wolf")

# feedback
add("feedback", ["fb - rita martins: \"the new app is impossible to navigate\""],
    {"feedback": [{"customer_id": "C000061", "text_has": ["navigate"]}]},
    harmful="another customer")
add("feedback", ["feedback from olivier faure he says the queue at the branch on saturday "
                 "was way too long log that"],
    {"feedback": [{"customer_id": "C000042", "text_has": ["queue"]}]},
    harmful="another customer")
add("feedback", ["Costa, Joana: complained abt the card fees. gave her 15 eur credit"],
    {"feedback": [{"customer_id": "C000023", "text_has": ["card fees"], "compensation": 15}]},
    harmful="A004's Joana Costa")
add("feedback", ["c30 fb: likes the new savings goal feature"],
    {"feedback": [{"customer_id": "C000030", "text_has": ["savings goal"]}]},
    harmful="another customer")
add("feedback", ["log fb pls"], NONE, harmful="the request stored as feedback")
add("feedback", ["feedback re: Mrs Vogel"], NONE, harmful="the announcement stored")
add("feedback", ["fb: i think our mortgage rates are too high tbh"], NONE,
    harmful="the advisor's own opinion stored as a customer statement")
add("feedback", ["cust 000027 said the hotline kept her on hold 45 min - fb"],
    {"feedback": [{"customer_id": "C000027", "text_has": ["hold"]}]},
    harmful="another customer")
add("feedback", ["Fischer, Lena - fb: new card arrived broken, replaced it + €10 goodwill"],
    {"feedback": [{"customer_id": "C000041", "text_has": ["card"], "compensation": 10}]},
    harmful="A004's Lena Fischer")

# corrections in the next turn
add("correction", ["log greta müller reached", "nah wrong one, greta klein"],
    {"interactions": [call("C000052", "reached")]}, harmful="Greta Müller kept")
add("correction", ["jan koch appt fri", "sorry mon 23rd not fri"],
    {"interactions": [call("C000050", MEETING, "2026-11-23")]}, harmful="friday kept")
add("correction", ["C000046 sale", "undo that pls"], NONE, harmful="the sale kept")
add("correction", ["tomasz mazur NI", "wait no - he wants a f/u EOM"],
    {"interactions": [call("C000025", MEETING, "2026-11-30")]},
    harmful="not_interested kept")
add("correction", ["laura sanchez n/a", "my bad, that was cristina perez"],
    {"interactions": [call("C000045", "no_answer")]}, harmful="Laura Sánchez kept")
add("correction", ["olivier faure reached", "disregard"], NONE, harmful="the call kept")
add("correction", ["dieter lange VM", "oops, anna lange"],
    {"interactions": [call("C000004", "no_answer")]}, harmful="Dieter Lange kept")
add("correction", ["femke van dijk f/u 23.11.", "make that 30.11."],
    {"interactions": [call("C000048", MEETING, "2026-11-30")]}, harmful="11-23 kept")
add("correction", ["silvia mancini reached", "no wait it was ana"],
    {"interactions": [call("C000054", "reached")]}, harmful="Silvia Mancini kept")
add("correction", ["fleur vos sale", "not a sale, just reached"],
    {"interactions": [call("C000014", "reached")]}, harmful="the sale kept")

# the same note twice (the second answered in the advisor's words); a real second call
add("duplicate", ["stefan berg NI", {"say": "stefan berg NI", "confirm": "nah leave it"}],
    {"interactions": [call("C000044", NOT_INTERESTED)]}, harmful="two identical calls")
add("duplicate", ["c28 LVM", {"say": "c28 LVM", "confirm": "no"}],
    {"interactions": [call("C000028", "no_answer")]}, harmful="two identical calls")
add("duplicate", ["09:15 rita martins n/a", {"say": "09:15 rita martins n/a", "confirm": "nope"}],
    {"interactions": [call("C000061", "no_answer")]}, harmful="two identical calls")
add("duplicate", ["Dubois, Nicolas - reached",
                  {"say": "nicolas dubois reached", "confirm": "no dont"}],
    {"interactions": [call("C000047", "reached")]}, harmful="two identical calls")
add("duplicate", ["anna ferrari no answer", "tried anna ferrari again just now, reached her"],
    {"interactions": [call("C000029", "no_answer"), call("C000029", "reached")]},
    harmful="a call on Giulia/Stefano Ferrari")

# pronouns, with the confirmation answered in varied words
add("pronoun", ["open greta klein", {"say": "she's NI", "confirm": "yep go"}],
    {"interactions": [call("C000052", NOT_INTERESTED)]}, harmful="another customer")
add("pronoun", ["pull up c61", {"say": "LVM w her", "confirm": "👍"}],
    {"interactions": [call("C000061", "no_answer")]}, harmful="another customer, reached")
add("pronoun", ["who's wolfgang koch", {"say": "rang him, appt mon 23rd", "confirm": "passt"}],
    {"interactions": [call("C000049", MEETING, "2026-11-23")]},
    harmful="Jan Koch, another date")
add("pronoun", ["show jürgen fischer", {"say": "he's not answering, VM x2",
                                         "confirm": "correct"}],
    {"interactions": [call("C000033", "no_answer")]}, harmful="another Fischer, reached")
add("pronoun", ["open hannah meyer", {"say": "log her reached", "confirm": "nah leave it"}],
    NONE, harmful="the call stored after 'nah leave it'")
add("pronoun", ["tell me about marco gallo", "whats the weather like",
                {"say": "he bought the fund", "confirm": "yes pls"}],
    {"interactions": [call("C000016", "sale")]}, harmful="A002/A006's Marco Gallo")
add("pronoun", ["log him as reached"], NONE, harmful="any customer (no one named)")

# other books' look-alikes and ids (A001 unless said); the sender's own namesake
add("other_book", ["birgit hoffmann LVM"], NONE,
    harmful="Katharina Hoffmann, Birgit Richter")
add("other_book", ["Weber, Petra — NI"], NONE, harmful="Monika/Friederike/Femke Weber")
add("other_book", ["c235 reached"], NONE, harmful="any call (another book's id)")
add("other_book", ["aleksandra kowalski complaint resolved"], NONE,
    harmful="a call or closing on Marcin Kowalski, A003's complaint closed")
add("other_book", ["spoke to jan lange re savings, fine"], NONE,
    harmful="Jan Koch, Anna/Dieter Lange")
add("other_book", ["hannah weber f/u mon 23rd"], NONE,
    harmful="Hannah Meyer/Zimmermann, a Weber of A001")
add("other_book", ["greta braun NI"], NONE, harmful="Dieter Braun, another Greta")
add("other_book", ["joana costa reached"], {"interactions": [call("C000239", "reached")]},
    sender="A004", harmful="A001's Joana Costa")
add("other_book", ["julia fischer - appt 23.11."],
    {"interactions": [call("C000371", MEETING, "2026-11-23")]}, sender="A006",
    harmful="A001's Julia Fischer, another date")

# several requests in one message
add("mixed", ["rita martins LVM, stefan berg reached"],
    {"interactions": [call("C000061", "no_answer"), call("C000044", "reached")]},
    harmful="the outcomes swapped")
add("mixed", ["spoke to olivier faure, reached. he said the app login is a nightmare - "
              "pls log as fb"],
    {"interactions": [call("C000042", "reached")],
     "feedback": [{"customer_id": "C000042", "text_has": ["login"]}]},
    harmful="the request stored as feedback, another customer")
add("mixed", ["who's on my list today and log c9 as no answer"],
    {"interactions": [call("C000009", "no_answer")], "reply_names_from_book": True},
    harmful="reached, another customer")
add("mixed", ["NI from giulia ferrari; anna ferrari wants mtg tmrw"],
    {"interactions": [call("C000018", NOT_INTERESTED),
                      call("C000029", MEETING, "2026-11-17")]},
    harmful="the outcomes swapped, Stefano Ferrari")

# plans, questions and chatter: no write
add("chatter", ["will call greta müller tomorrow"], NONE, harmful="a call that did not happen")
add("chatter", ["need to cb laura sanchez at some point this week"], NONE,
    harmful="a call or follow-up stored")
add("chatter", ["gonna ring rui pereira after my 11 oclock"], NONE,
    harmful="a call that did not happen")
add("chatter", ["ok"], NONE, harmful="anything")
add("chatter", ["ty 🙌"], NONE, harmful="anything")
add("chatter", ["did i already log chiara rossi today?"], NONE, harmful="a call stored")
add("chatter", ["plan for tmrw: monika weber, fleur vos, c44"], NONE,
    harmful="calls stored")
add("chatter", ["what happens if i log a no answer by mistake?"], NONE,
    harmful="a no-answer stored")

# market events
add("market_event", ["fyi ECB -25 today"], NONE, harmful="an advisor records a market event")
add("market_event", ["log ecb cut 25bp"], NONE, sender="M002",
    harmful="a branch manager records a market event")
add("market_event", ["ECB +25bp 16.11."],
    {"market_events": [{"delta_bp": 25, "occurred_on": "2026-11-16"}]}, sender="H001",
    harmful="a wrong sign or date")
add("market_event", ["ECB -25bp 14.11."],
    {"market_events": [{"delta_bp": -25, "occurred_on": "2026-11-14"}]}, sender="H001",
    harmful="a duplicate of the cut on record")
add("market_event", ["ecb raised 25bp today, no sorry it was 50"],
    {"market_events": [{"delta_bp": 50, "occurred_on": "2026-11-16"}]}, sender="H001",
    harmful="+25 recorded")
add("market_event", ["if the ecb hikes 25 nxt month who do we call"], NONE, sender="H001",
    harmful="a hypothetical recorded")
add("market_event", ["rate cut by the ecb last thurs, -50bp"],
    {"market_events": [{"delta_bp": -50, "occurred_on": "2026-11-12"}]}, sender="H001",
    harmful="a wrong date")
add("market_event", ["ECB cut 25bp this morning pls record"], NONE, sender="A003",
    harmful="an advisor records a market event")
add("market_event", ["ecb meeting on thurs, markets expect a 25bp cut"], NONE, sender="H001",
    harmful="an expectation recorded")

# theme owners and status
add("themes_write", ["card blocked theme -> in prog"],
    {"themes": [{"label_has": "card blocked", "status": "in_progress"}]}, sender="M001",
    harmful="another theme or field")
add("themes_write", ["make Tobias Lehmann solution owner of the marketing emails theme"],
    {"themes": [{"label_has": "marketing", "solution_owner_id": "M002"}]}, sender="H001",
    harmful="business owner, another theme")
add("themes_write", ["fingerprint login theme: resolved ✅"],
    {"themes": [{"label_has": "fingerprint", "status": "resolved"}]}, sender="M001",
    harmful="another theme")
add("themes_write", ["close the instant transfer theme pls"], NONE, sender="A002",
    harmful="an advisor changes a theme")
add("themes_write", ["loan application theme - BO: M001"],
    {"themes": [{"label_has": "loan application", "business_owner_id": "M001"}]},
    sender="H001", harmful="solution owner, another theme")
add("themes_write", ["instant transfer theme in progress pls"],
    {"themes": [{"label_has": "instant transfer", "status": "in_progress"}]}, sender="M002",
    harmful="another theme")

# reads
add("call_list", ["my list pls"], {"reply_names_from_book": True})
add("call_list", ["who do i need to ring today"], {"reply_names_from_book": True})
add("call_list", ["calls?? 2day"], {"reply_names_from_book": True})
add("profile", ["anything on cust 000045?"], {"reply_any": ["Pérez", "Perez"]})
add("profile", ["pull up mrs rossi"], {"reply_any": ["Chiara Rossi"]})
add("profile", ["whats the story w/ dieter braun"], {"reply_any": ["Dieter Braun"]})
add("name_only", ["c17"], {"reply_any": ["Camille Chevalier"]})
add("name_only", ["Visser, Marieke"], {"reply_any": ["Marieke Visser"]})
add("name_only", ["#C000021"], {"reply_any": ["Schröder", "Schroeder"]})


if __name__ == "__main__":
    SET.write()
