"""How heldout7.yml was written: a seventh unseen set (issue #14, round s24), typed before any
fix of that round, without reading the bot's training data, its tests, its actions, the other
sets' items or the name / date / outcome resolution code. Same bank and format as heldout6
(e2e demo bank: 400 customers, seed 11, today = Monday 2026-11-16; sender A001 unless an item
needs another book, a manager or head office). Every customer id, name and book was checked
against a generated copy of that bank.

What it stresses that heldout2-6 did not: references to the call list by position after
asking for it ("#2 no answer", "the top one wants a meeting thurs", "same for the next one");
dictation and autocorrect slips ("know answer", "left a massage", "voice male", "reachd"),
missing spaces, doubled words, smart quotes; actions that were not the advisor's call ("my
colleague spoke to X", "X's wife called", "X emailed us", "X came in while I was out"); past
intentions that did not happen, conditionals, reminders, negative questions; date phrases not
yet covered ("day after tomorrow", "a week on thursday", "in 3 days", "end of next week",
"first thing monday", "after christmas", "17/11", "Nov 20", "20th nov", ISO dates, with a
time); paragraphs with the call in the middle; corrections several turns later ("the one
before that", "undo both"), partial ones ("date was right, outcome wrong") and by id;
feedback quoted or in reported speech, the advisor's own complaint, compensation in words
("fifty euros"); rate news with sizes in words ("a quarter point", "half a percent"); theme
changes in a manager's indirect words; diacritics added where the name has none; first names
alone (one / several in the book); other books' names and one-letter near-misses.

The call-list items come first in the file, one conversation per advisor, so each is played
on a list no earlier item changed (positions as the CLI `call-list` ranks them on the fresh
bank: A001 #2 Vojtěch Horák, #4 Rui Pereira; A002 #1 Thomas Wolf, #2 Magdalena Kozłowski
C000102 (the book has two); A003 #1 Aleksandra Kowalski; A004 #3 Oskar Lindström; A005 #2
Markus Günther; A006 #4 Sabine Krüger).

Dates against Monday 2026-11-16: tmrw / 17/11 11-17, day after tomorrow / in two days / wed
11-18, thurs / in 3 days 11-19, Nov 20 / 20th nov / fri 11-20, first thing monday / a week
today 11-23, 2026-11-25 11-25, a week on thursday 11-26, the 27th 11-27; "next tues" and
"next thurs" said on a Monday are either this week's or next week's day (both accepted);
"end of next week" is 26-29 Nov or no date; "after christmas" is no date a careful colleague
would store. For events: friday (past tense) 11-13, 2026-11-10, the 14th 11-14.

Third parties, as a careful CRM colleague would take them: a colleague's talk or the
customer's own e-mail is a contact that may be logged once shown (optional); a relative's
call or a visit the advisor missed is no contact (nothing stored); the customer's words
relayed by a relative may be stored as feedback once shown (optional).

`python -m bench.conversation_eval.authoring_heldout7` rewrites heldout7.yml.
"""

from __future__ import annotations

from bench.conversation_eval.authoring_heldout7_rest import add_rest
from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    HeldoutSet,
    between,
    call,
)

OPEN_COMPLAINT = {"table": "interactions", "kind": "complaint", "outcome": "open",
                  "occurred_on": "2026-11-02", "channel": "phone"}

SET = HeldoutSet("heldout7", "h7")
add = SET.add


def complaint(cid: str) -> list[dict]:
    return [{**OPEN_COMPLAINT, "customer_id": cid}]


# the call list by position, after asking for it (first in the file: one advisor each)
add("call_list", ["who should i call today", "#2 no answer", "#4 voice male"],
    {"interactions": [call("C000059", "no_answer"), call("C000026", "no_answer")],
     "reply_names_from_book": True},
    harmful="another position's customer, reached, Lucie Horák")
add("call_list", ["my calls for today pls", "first one reached, all good",
                  "same for the next one"],
    {"interactions": [call("C000068", "reached"), call("C000102", "reached")],
     "reply_names_from_book": True},
    sender="A002",
    harmful="the other Magdalena Kozłowski (C000116), Thomas Wolf's complaint closed")
add("call_list", ["whos on my list", "the top one wants a meeting thurs"],
    {"interactions": [call("C000186", MEETING, "2026-11-19")], "reply_names_from_book": True},
    sender="A003", harmful="Łukasz Kowalski, another date, the complaint closed")
add("call_list", ["list for today?", "number 3 - left a massage"],
    {"interactions": [call("C000258", "no_answer")], "reply_names_from_book": True},
    sender="A004", harmful="another position, reached")
add("call_list", ["who do i call today", "2nd one know answer"],
    {"interactions": [call("C000304", "no_answer")], "reply_names_from_book": True},
    sender="A005", harmful="A002's Markus Günther, reached")
add("call_list", ["todays call list", "called the fourth one, reached her, all fine"],
    {"interactions": [call("C000377", "reached")], "reply_names_from_book": True},
    sender="A006", harmful="another position, A003's Dieter Krüger")
add("call_list", ["anyone urgent for me today?"], {"reply_names_from_book": True}, sender="A002")

# reached: dictation, missing spaces, doubled words, paragraphs, diacritics added
add("log_reached", ["spoke to rita martins this morning she was in good spirits nothing to do"],
    {"interactions": [call("C000061", "reached")]}, harmful="a follow-up, another customer")
add("log_reached", ["reachd olivier faure, all good"],
    {"interactions": [call("C000042", "reached")]}, harmful="no answer, another Olivier")
add("log_reached", ["Talked to Jiri Dvorak \u2014 he\u2019s happy with the fund, nothing else"],
    {"interactions": [call("C000019", "reached")]}, harmful="Lucie Dvořák, a sale")
add("log_reached", ["spoketo julien schroder fine"],
    {"interactions": [call("C000063", "reached")]}, harmful="another Schröder, Julien Braun")
add("log_reached", ["Long day. The printer on floor 2 is broken again. Anyway I spoke to "
                    "Marcin Kowalski about his savings, he's fine for now. Lunch at 1?"],
    {"interactions": [call("C000046", "reached")]},
    harmful="a follow-up at 1, another Kowalski, the printer as feedback")
add("log_reached", ["katharina hoffmann came into the branch and i went through her "
                    "statements with her, all fine"],
    {"interactions": [call("C000065", "reached")]}, harmful="another Hoffmann")
add("log_reached", ["spoke to spoke to fleur vos all sorted"],
    {"interactions": [call("C000014", "reached")]}, harmful="two calls")
add("log_reached", ["reached Marco Gallo, nothing needed"],
    {"interactions": [call("C000098", "reached")]}, sender="A002",
    harmful="A001's or A006's Marco Gallo")
add("log_reached", ["Spoke to Nicolás Dubois, fine"],
    {"interactions": [call("C000047", "reached")]}, harmful="Laurent Dubois (A004)")
add("log_reached", ["talked to lukasz kowalski re his deposit all good"],
    {"interactions": [call("C000156", "reached")]}, sender="A003",
    harmful="Aleksandra Kowalski, A001's Marcin Kowalski")

# no answer in dictated / autocorrected words
add("log_no_answer", ["tried birgit richter know answer"],
    {"interactions": [call("C000002", "no_answer")]}, harmful="reached, another Richter")
add("log_no_answer", ["left a massage for lucie horak"],
    {"interactions": [call("C000003", "no_answer")]}, harmful="Vojtěch Horák, feedback")
add("log_no_answer", ["voice male again for cristina perez"],
    {"interactions": [call("C000045", "no_answer")]}, harmful="reached, another Pérez")
add("log_no_answer", ["noanswer tomasz mazur"],
    {"interactions": [call("C000025", "no_answer")]}, harmful="reached, another Tomasz")
add("log_no_answer", ["rang hannah meyer twice today, just rings out"],
    {"interactions": [call("C000027", "no_answer")]}, harmful="reached, two calls")
add("log_no_answer", ["Laurent Dubois didn\u2019t pick up"],
    {"interactions": [call("C000236", "no_answer")]}, sender="A004",
    harmful="reached (the smart quote read as no negation), Nicolas Dubois")
add("log_no_answer", ["no answer no answer from monika weber"],
    {"interactions": [call("C000012", "no_answer")]}, harmful="two calls, Monika Schmidt")
add("log_no_answer", ["tried zofia dabrowski nobody home"],
    {"interactions": [call("C000276", "no_answer")]}, sender="A005", harmful="reached")
add("log_no_answer", ["couldnt reach femke hendriks phone just rang"],
    {"interactions": [call("C000015", "no_answer")]},
    harmful="reached ('reach' without its negation), A004's Femke Hendriks")

# meetings and follow-ups: date phrases not covered before
add("log_meeting", ["wolfgang schmidt wants to meet the day after tomorrow"],
    {"interactions": [call("C000051", MEETING, "2026-11-18")]},
    harmful="tomorrow, Monika Schmidt")
add("log_meeting", ["meeting with anna ferrari a week on thursday"],
    {"interactions": [call("C000029", MEETING, "2026-11-26")]},
    harmful="this Thursday (11-19), Giulia/Stefano Ferrari")
add("log_meeting", ["jan koch f/u next tues"],
    {"interactions": [call("C000050", MEETING, ["2026-11-17", "2026-11-24"])]},
    harmful="a day that is no Tuesday, Wolfgang Koch")
add("log_meeting", ["spoke to heinrich schroder he wants a call back in 3 days"],
    {"interactions": [call("C000062", MEETING, "2026-11-19")]},
    harmful="another Schröder, another date")
add("log_meeting", ["chiara rossi - meeting end of next week"],
    {"interactions": [call("C000009", MEETING, [None, between("2026-11-26", "2026-11-29")])]},
    harmful="a day before the end of next week")
add("log_meeting", ["dieter lange wants to come in first thing monday"],
    {"interactions": [call("C000040", MEETING, "2026-11-23")]},
    harmful="today (a Monday), Anna Lange, Dieter Braun")
add("log_meeting", ["monika schmidt will come back to us after christmas"],
    {"interactions": [call("C000007", MEETING, None, optional=True)]},
    harmful="a guessed date (25 Dec, 1 Jan …)")
add("log_meeting", ["booked julia fischer for 17/11 at 3"],
    {"interactions": [call("C000037", MEETING, "2026-11-17")]},
    harmful="the 3rd, A006's Julia Fischer, another Fischer")
add("log_meeting", ["yannis alexiou appointment Nov 20 3pm"],
    {"interactions": [call("C000058", MEETING, "2026-11-20")]},
    harmful="A004's Yannis Alexiou, another date")
add("log_meeting", ["marieke visser wants to meet 20th nov"],
    {"interactions": [call("C000030", MEETING, "2026-11-20")]}, harmful="another date")
add("log_meeting", ["f/u with andreas schroder on 2026-11-25"],
    {"interactions": [call("C000021", MEETING, "2026-11-25")]},
    harmful="another Schröder, another date")
add("log_meeting", ["Spoke with Friederike Weber. She wants to talk about her pension. We "
                    "said next thurs at 10."],
    {"interactions": [call("C000056", MEETING, ["2026-11-19", "2026-11-26"])]},
    harmful="the 10th, Friederike Krüger/Hartmann, Monika/Femke Weber")
add("log_meeting", ["greta wagner meeting wed at 3"],
    {"interactions": [call("C000076", MEETING, "2026-11-18")]}, sender="A002",
    harmful="the 3rd, Johanna Wagner")
add("log_meeting", ["giorgio conti wants to see me in 3 days"],
    {"interactions": [call("C000388", MEETING, "2026-11-19")]}, sender="A006",
    harmful="Giuseppe Conti, another date")
add("log_meeting", ["had a good chat with ilse jansen she'd like to meet a week today"],
    {"interactions": [call("C000211", MEETING, "2026-11-23")]}, sender="A004",
    harmful="Eva Jansen, today")

# sales
add("log_sale", ["sold johan schroder the savings plan"],
    {"interactions": [call("C000022", "sale")]}, harmful="Johanna Vogel, another Schröder")
add("log_sale", ["Greta Günther opened the term deposit today \U0001f44d"],
    {"interactions": [call("C000013", "sale")]}, harmful="A006's Greta Günther")
add("log_sale", ["maria garcia took the fund"],
    {"interactions": [call("C000064", "sale")]}, harmful="another García")
add("log_sale", ["ewa nowak signed for the bond"],
    {"interactions": [call("C000161", "sale")]}, sender="A003", harmful="another customer")
add("log_sale", ["sold silvia mancini the mortgage she was very happy thank you"],
    {"interactions": [call("C000053", "sale")]},
    harmful="Ana Mancini, 'very happy' stored as feedback")

# not interested
add("log_not_interested", ["krzysztof kaminski isnt interested in the bond"],
    {"interactions": [call("C000024", NOT_INTERESTED)]}, harmful="a sale, Tomasz Kamiński")
add("log_not_interested", ["Lucie Dvorak said \u201cno thanks, not now\u201d"],
    {"interactions": [call("C000011", NOT_INTERESTED)]},
    harmful="Jiří Dvořák, the quote stored as feedback")
add("log_not_interested", ["friederike kruger not intrested"],
    {"interactions": [call("C000001", NOT_INTERESTED)]},
    harmful="A006's Sabine Krüger, another Friederike")
add("log_not_interested", ["dimitra lefevre doesnt want the fund"],
    {"interactions": [call("C000094", NOT_INTERESTED)]}, sender="A002",
    harmful="a sale, Benoît Lefèvre, Dimitra Alexiou")
add("log_not_interested", ["greta braun said shes not interested"],
    {"interactions": [call("C000352", NOT_INTERESTED)]}, sender="A006",
    harmful="another Greta")

# complaints: closed, a question, a conditional, the advisor's own complaint
add("complaint_resolved", ["johanna vogels complaint is resolved she got the refund"],
    {"complaints_closed": ["C000039"]}, harmful="another customer, feedback")
add("complaint_resolved", ["the complaint from dieter braun - sorted today"],
    {"complaints_closed": ["C000066"]}, setup=complaint("C000066"),
    harmful="Dieter Lange")
add("complaint_resolved", ["my complaint about the printer is resolved lol"], NONE,
    harmful="a customer's complaint closed, feedback stored")
add("complaint_resolved", ["anna wolf complaint resolved today"],
    {"complaints_closed": ["C000202"]}, sender="A004", harmful="A002's Andreas/Paolo Wolf")
add("complaint_resolved", ["diego ruiz's complaint - did anyone close it?"], NONE,
    sender="A006", harmful="the complaint closed on a question")
add("complaint_resolved", ["if greta klein calls back about her complaint, close it"], NONE,
    setup=complaint("C000052"), harmful="the complaint closed on a conditional")
add("complaint_resolved", ["Resolved: hannah zimmermann\u2019s complaint (card reissued)"],
    {"complaints_closed": ["C000032"]}, setup=complaint("C000032"),
    harmful="A002's Hannah Zimmermann, Anna/Ursula Zimmermann")
add("complaint_resolved", ["complaint from giulia ferrari closed, we refunded twenty five "
                           "euros"],
    {"complaints_closed": ["C000018"],
     "feedback": [{"customer_id": "C000018", "compensation": 25, "optional": True}]},
    setup=complaint("C000018"),
    harmful="Anna/Stefano Ferrari, a compensation other than 25")

# feedback: quoted, reported, relayed; the advisor's own complaint; a hypothetical
add("feedback", ["fb from stefan berg: \u201cthe app logs me out every five minutes\u201d"],
    {"feedback": [{"customer_id": "C000044", "text_has": ["logs me out"]}]},
    harmful="Freja Berg")
add("feedback", ["Claudia M\u00fcller told me she found the new statement layout confusing"],
    {"feedback": [{"customer_id": "C000055", "text_has": ["statement"]}]},
    harmful="Claudia Günther, a call")
add("feedback", ["greta muller complained the branch was shut when the website said open, "
                 "gave her fifty euros goodwill"],
    {"feedback": [{"customer_id": "C000031", "text_has": ["website"], "compensation": 50}]},
    harmful="another Greta, a compensation other than 50")
add("feedback", ["i have a complaint: the crm is so slow today"], NONE,
    harmful="the advisor's complaint stored as a customer statement")
add("feedback", ["what if claudia gunther says the fees are too high, do i log that as "
                 "feedback?"], NONE, harmful="a hypothetical stored as feedback")
add("feedback", ["femke van dijk's husband rang to say she's unhappy with her card limit"],
    {"feedback": [{"customer_id": "C000048", "text_has": ["card limit"], "optional": True}]},
    harmful="a call on Femke van Dijk (she was not reached), another Femke")
add("feedback", ["feedback friederike hartmann quote i love the new savings pots unquote"],
    {"feedback": [{"customer_id": "C000010", "text_has": ["savings pots"]}]},
    harmful="another Friederike")
add("feedback", ["anna zimmermann mentioned in passing that the hotline music is awful"],
    {"feedback": [{"customer_id": "C000034", "text_has": ["hotline"]}]},
    harmful="Hannah/Ursula Zimmermann, a call")
add("feedback", ["Julien Laurent emailed us: \u201cwhy does a transfer to Spain take three "
                 "days?\u201d"],
    {"feedback": [{"customer_id": "C000255", "text_has": ["spain"]}],
     "interactions": [call("C000255", ["reached", "follow_up"], optional=True)]},
    sender="A004", harmful="A006's Aurélie Laurent, a sale")

# corrections, repeats, pronouns, other books, mixed, chatter, rate news, themes, reads
add_rest(add)


if __name__ == "__main__":
    SET.write()
