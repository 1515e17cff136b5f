"""How heldout9.yml was written: a ninth unseen set (issue #14, round s25), typed blind like
heldout6-8, without reading the bot's training data, its tests, its actions, anything under
knowledge/, or the other sets' items. Same bank and format as heldout8 (e2e demo bank: 400
customers, seed 11, today = Monday 2026-11-16; sender A001 unless an item needs another book,
a manager or head office). Every customer id, name, book, occupation, household, open
complaint, theme, staff member and call-list position used was checked against a generated
copy of that bank (`advisor call-list` on the fresh bank for the positions).

What it stresses that heldout2-8 did not: an advisor's DAY as one chat, many items being
several turns of one conversation (3-6) that mix the call list, a profile, call reports,
feedback, corrections and pronouns, typed as in Slack/Teams: "no joy w/ X", "rang out",
"phone off", "number not in service", "engaged both times", "thanks but no thanks",
"signed for", typos ("reahced"), run-on dictation with the outcome in the middle, a second
sentence that changes the outcome ("not interested in the card. BUT wants to talk about the
mortgage next tue"); the call list referred to as "the first one you showed", "the 4th guy",
"number 3 on there", "top of the list" (first in the file, one advisor each, so no earlier
item changed the list); dates "this thurs", "next mon", "in 10 days", "in three days", "end
of the week", "first thing tomorrow", "after the weekend", "Thursday the 3rd", "the 13th"
corrected to "23rd", "2/12", "11/25", "30.11.", "1.12", "26.11.2026", "2026-11-27", "Nov 30",
"le 2 déc", Dutch "dinsdag", "next friday" (either Friday), "first week of december" (vague);
pronouns after a turn the bot could not understand, "the husband", "her dad", "same one",
"the first one" of two profiles; people named who are not the subject (a colleague passing
on forms, a neighbour, a partner who wants a meeting of her own); corrections of customer,
outcome and date in the next turn and two turns later, undo in new words ("scrap that",
"forget i said that", "ignore that, wrong chat", "pls delete that last entry"),
confirmations answered "yup", "go ahead", "y", "correct", "👍🏻", or "no" then the fix; the
same report sent twice with an emoji or a "-- Lena" signature (the sender's first name, also
a customer's), a genuine second attempt ("tried again now, still nothing"); nothing written
for plans, reminders, questions about past calls, hypotheticals, a colleague's call, the
advisor's own day ("dentist at 4": two dentists in the book); feedback vs a note for the
files; complaint closing vs "still waiting on IT"; other books' customers and same-book
namesakes (two Hannah Wagners, two Riccardo Espositos in A004).

Dates against Monday 2026-11-16: tmrw / first thing tomorrow / dinsdag 11-17, weds 11-18,
this thurs / in three days / thursday 11-19, end of the week / fri 11-20, after the weekend
/ next mon / "23rd" 11-23, 24.11 11-24, 11/25 / wednesday 25th / "24th - sorry 25th" 11-25,
in 10 days / 26.11.2026 / thu 26th 11-26, the 27th / 2026-11-27 11-27, in 2 wks / 30.11. /
Nov 30 / 30/11 11-30, 1.12 / 1 dec / the 1st 12-01, 2/12 / le 2 déc / the 2nd 12-02,
Thursday the 3rd 12-03, the 4th 12-04; "next tue" is 11-17 or 11-24, "next friday" 11-20 or
11-27 (either is stored, neither guessed outside them); "first week of december" is a day in
1-4 Dec or no date; "in a couple of days" 11-18/19 or no date; "04/12" is 12-04, never April.
Events: 14/11 11-14 (-25 bp on record already: sending it again must add nothing), "last
thursday" 11-12.

As a careful CRM colleague would take them: a household relation ("the husband"), a report
of two customers in one sentence where the second is secondary, a question that offers a
write ("should I log X as not interested?") may be shown for a yes and then stored
(optional), never stored on a guess; a name with two customers in the book is asked, never
guessed; an undo after a complaint was closed reopens it (a closed complaint left closed is
harmful); a customer who answered through a relative was not reached; "tried again, still
nothing" is a second attempt (optional second row), a double post is not.

`python -m bench.conversation_eval.authoring_heldout9` rewrites heldout9.yml.
"""

from __future__ import annotations

from bench.conversation_eval.authoring_heldout9_rest import add_rest, complaint
from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    HeldoutSet,
    between,
    call,
)

UNDECIDED = ["reached", "follow_up"]

SET = HeldoutSet("heldout9", "h9")
add = SET.add


def _call_list() -> None:
    # positions: each advisor's first item, the fresh bank's ranking
    add("list_position", ["calls today?", "the first one you showed - no answer. 2nd one "
                          "reached, all fine"],
        {"interactions": [call("C000039", "no_answer"), call("C000059", "reached")]},
        harmful="Johanna Vogel's open complaint closed, Lucie Horák, the 2nd as a date")
    add("list_position", ["morning, whos on for today", "the second one - javier - rang him, "
                          "no joy"],
        {"interactions": [call("C000188", "no_answer")]}, sender="A003",
        harmful="Aleksandra Kowalski (#1), Javier Sánchez/Pérez, reached")
    add("list_position", ["what's my list look like", "top of the list: complaint sorted, "
                          "he's happy now"],
        {"complaints_closed": ["C000283"],
         "feedback": [{"customer_id": "C000283", "optional": True}]}, sender="A005",
        harmful="the other Florian Fischer (C000300), Markus Günther (#2), feedback")
    add("list_position", ["list", "number 3 on there wants to come in thu 26th"],
        {"interactions": [call("C000132", MEETING, "2026-11-26")]}, sender="A002",
        harmful="Magdalena Kozłowski (#2), the 3rd as a date, 11-19")
    add("list_position", ["who's first up today?", "rang the 4th guy, not interested"],
        {"interactions": [call("C000236", NOT_INTERESTED)]}, sender="A004",
        harmful="a follow-up on the 4th, Anna Wolf (#1), a sale")
    add("list_position", ["today's calls pls", "diego - voicemail. giuseppe conti: reached, "
                          "all good"],
        {"interactions": [call("C000392", "no_answer", optional=True),
                          call("C000369", "reached")]}, sender="A006",
        harmful="Diego Martínez guessed, Giorgio Conti, Diego Ruiz's complaint closed")
    add("call_list", ["anything urgent on my plate today"], {"reply_names_from_book": True})
    add("call_list", ["who should i ring b4 lunch"], {"reply_names_from_book": True},
        sender="A003")
    add("call_list", ["@assistant my calls for today plz"], {"reply_names_from_book": True},
        sender="A006")


def _reached() -> None:
    add("log_reached", ["got hold of rita martins finally, chatted 10 min, all good on her "
                        "side"],
        {"interactions": [call("C000061", "reached")]}, harmful="no answer, a follow-up")
    add("log_reached", ["reahced olivier faure, fine", "spoke w/ tomasz kaminski",
                        "no joy w/ laura sanchez"],
        {"interactions": [call("C000042", "reached"), call("C000036", "reached"),
                          call("C000020", "no_answer")]},
        harmful="Krzysztof Kamiński, Tomasz Mazur/Szymański, Laura reached, Olivier twice")
    add("log_reached", ["claudia gunther picked up, quick catch up re her cards, nothing to do",
                        "reached marcin kowalski. he mentioned his neighbour jan koch banks "
                        "with us too",
                        "got through to greta müller, told her marco from our team will send "
                        "the forms"],
        {"interactions": [call("C000008", "reached"), call("C000046", "reached"),
                          call("C000031", "reached")]},
        harmful="a call on Jan Koch or Marco Gallo, Greta Günther/Klein, Claudia Müller, "
                "the cards stored as feedback")
    add("log_reached", ["so i finally rang ursula schneider back she was in the garden and had "
                        "her hands full but we talked for a bit about the renovation loan "
                        "thing which she doesnt need anymore her brother helped out so yeah "
                        "all fine no action"],
        {"interactions": [call("C000035", ["reached", "not_interested"])]},
        harmful="a sale of the loan, a follow-up, Ursula Zimmermann, feedback")
    add("log_reached", ["Talked to femke hendriks - well her husband answered first, then "
                        "her"],
        {"interactions": [call("C000015", "reached")]},
        harmful="no answer, A004's Femke Hendriks, Femke Weber / van Dijk")
    add("log_reached", ["had a chat with kostas georgiou this am, all fine"],
        {"interactions": [call("C000067", "reached")]}, sender="A002",
        harmful="Giorgos Georgiou, a follow-up in the morning")
    add("log_reached", ["spoke to jana kucera"],
        {"interactions": [call("C000185", "reached")]}, sender="A003",
        harmful="another Jana, no answer")
    add("log_reached", ["reached giulia ferrari - she said her colleague laura sanchez might "
                        "want a mortgage"],
        {"interactions": [call("C000018", "reached")]},
        harmful="a call or follow-up on Laura Sánchez, a sale, Anna/Stefano Ferrari")


def _no_answer() -> None:
    add("log_no_answer", ["rang giuseppe szymanski twice, engaged both times"],
        {"interactions": [call("C000006", "no_answer"),
                          call("C000006", "no_answer", optional=True)]},
        harmful="reached, Tomasz Szymański, the 2nd as a date")
    add("log_no_answer", ["tried dieter braun, phone off", "rang markéta fischer too, rang out",
                          "and friederike kruger - number not in service"],
        {"interactions": [call("C000066", "no_answer"), call("C000038", "no_answer"),
                          call("C000001", "no_answer", optional=True)]},
        harmful="reached, Dieter Lange, Julia/Jürgen/Lena Fischer, Friederike Hartmann/Weber")
    add("log_no_answer", ["vojtech horak didnt answer, left a voicemail asking him to call me "
                          "back thursday"],
        {"interactions": [call("C000059", "no_answer", [None, "2026-11-19"])]},
        harmful="reached, a meeting, Lucie Horák")
    add("log_no_answer", ["laurent dubois: mailbox full, couldnt even leave a msg"],
        {"interactions": [call("C000236", "no_answer")]}, sender="A004",
        harmful="reached, A001's Nicolas Dubois")
    add("log_no_answer", ["called friederike hartmann at 9 and at 12. nada",
                          "wanted to go through the fund switch with joana costa but she "
                          "never picked up, tried the landline too"],
        {"interactions": [call("C000010", "no_answer"),
                          call("C000010", "no_answer", optional=True),
                          call("C000023", "no_answer"),
                          call("C000023", "no_answer", optional=True)]},
        harmful="reached, a follow-up on the 9th or 12th, a sale of the fund, Friederike "
                "Krüger/Weber, A004's Joana Costa")


def _meetings() -> None:
    add("log_meeting", ["chiara rossi wants to meet this thurs",
                        "femke van dijk - meeting next mon 10am",
                        "book johan schroder in 10 days re the mortgage"],
        {"interactions": [call("C000009", MEETING, "2026-11-19"),
                          call("C000048", MEETING, "2026-11-23"),
                          call("C000022", MEETING, "2026-11-26")]},
        harmful="11-26 for Chiara, today or the 10th, Andreas/Heinrich/Julien Schröder")
    add("log_meeting", ["spoke to jan koch, wants a call first thing tomorrow",
                        "reached lucie horak, we'll pick it up after the weekend",
                        "wolfgang schmidt asked me to call back end of the week"],
        {"interactions": [call("C000050", MEETING, "2026-11-17"),
                          call("C000003", MEETING, ["2026-11-23", None]),
                          call("C000051", MEETING, ["2026-11-20", None])]},
        harmful="today, a weekend day, Wolfgang Koch, Vojtěch Horák, Lucie Dvořák")
    add("log_meeting", ["joana costa wants to come in on the 27th", "mtg w rui pereira 2/12",
                        "hannah meyer appt 11/25", "Appt Monika Weber 30.11."],
        {"interactions": [call("C000023", MEETING, "2026-11-27"),
                          call("C000026", MEETING, "2026-12-02"),
                          call("C000027", MEETING, "2026-11-25"),
                          call("C000012", MEETING, "2026-11-30")]},
        harmful="12-27, 12 February, Hannah Zimmermann, Monika Schmidt, A004's Joana Costa")
    add("log_meeting", ["tomasz mazur wants to meet in 2 wks",
                        "anna zimmermann, meeting wednesday 25th",
                        "katharina hoffmann can do Thursday the 3rd"],
        {"interactions": [call("C000025", MEETING, "2026-11-30"),
                          call("C000034", MEETING, "2026-11-25"),
                          call("C000065", MEETING, "2026-12-03")]},
        harmful="11-18 (2 days), 11-03 (past), Hannah/Ursula Zimmermann, the sender's "
                "Hoffmann namesakes")
    add("log_meeting", ["meeting with giulia ferrari on the 24th - sorry 25th",
                        "reached andreas schröder, he'll come by in a couple of days"],
        {"interactions": [call("C000018", MEETING, "2026-11-25"),
                          call("C000021", MEETING,
                               [None, between("2026-11-18", "2026-11-19")])]},
        harmful="the 24th kept, Anna/Stefano Ferrari, another Schröder, the 2nd")
    add("log_meeting", ["jakub vesely - meeting 1.12"],
        {"interactions": [call("C000293", MEETING, "2026-12-01")]}, sender="A005",
        harmful="1 January / 12 January, Julia Veselý")
    add("log_meeting", ["meeting julien schröder in three days",
                        "Rita Martins will pop in weds for the paperwork"],
        {"interactions": [call("C000063", MEETING, "2026-11-19"),
                          call("C000061", MEETING, "2026-11-18")]},
        harmful="11-03, Heinrich Schröder, a sale for the paperwork")
    add("log_meeting", ["rdv avec camille chevalier le 2 déc",
                        "afspraak met femke hendriks dinsdag"],
        {"interactions": [call("C000017", MEETING, "2026-12-02"),
                          call("C000015", MEETING, "2026-11-17")]},
        harmful="12-20, another weekday, A002's Sébastien Chevalier, Femke Weber / van Dijk")
    add("log_meeting", ["stefan berg meeting 26.11.2026", "f/u yannis alexiou 2026-11-27",
                        "krzysztof kaminski: call back Nov 30"],
        {"interactions": [call("C000044", MEETING, "2026-11-26"),
                          call("C000058", MEETING, "2026-11-27"),
                          call("C000024", MEETING, "2026-11-30")]},
        harmful="Freja Berg, A004's Yannis Alexiou, Tomasz Kamiński, another date")
    add("log_meeting", ["nicolas dubois wants to sit down first week of december"],
        {"interactions": [call("C000047", MEETING, [None, between("2026-12-01", "2026-12-04")],
                               optional=True)]},
        harmful="a date outside 1-4 Dec, A004's Laurent Dubois")
    add("log_meeting", ["ana mancini - next friday, to go over the pension"],
        {"interactions": [call("C000054", MEETING, ["2026-11-20", "2026-11-27"])]},
        harmful="a sale of the pension, Silvia Mancini, another day")
    add("log_meeting", ["meeting w marieke visser on 04/12"],
        {"interactions": [call("C000030", MEETING, "2026-12-04", optional=True)]},
        harmful="12 April, another Marieke")


def _sales_and_no() -> None:
    add("log_sale", ["ana mancini: bond fund ✔ signed",
                     "giulia ferrari opened a credit card with us today",
                     "sold the pension plan to marieke visser!!"],
        {"interactions": [call("C000054", "sale"), call("C000018", "sale"),
                          call("C000030", "sale")]},
        harmful="Silvia Mancini, Anna/Stefano Ferrari, another Marieke, reached only")
    add("log_sale", ["closed the 12m term deposit w stefan berg",
                     "went through the options with hannah zimmermann for ages, she wasn't "
                     "sure about the fund at first because of the fees but by the end she "
                     "signed for the life insurance instead"],
        {"interactions": [call("C000044", "sale"), call("C000032", "sale")]},
        harmful="Freja Berg, a follow-up in 12 months, not interested, the fees stored as "
                "feedback, Hannah Meyer")
    add("log_sale", ["sold a home insurance to thomas lange"],
        {"interactions": [call("C000180", "sale")]}, sender="A003",
        harmful="A006's Thomas Lange, Friederike Lange")
    add("log_sale", ["talked with nicolas dubois about the equity fund, no sale today, maybe "
                     "in spring", "sold?? no. greta günther still thinking about the mortgage"],
        {"interactions": [call("C000047", UNDECIDED, None, optional=True),
                          call("C000013", UNDECIDED, None, optional=True)]},
        harmful="a sale (the negation missed), not interested, a date in spring, Claudia "
                "Günther, Greta Müller/Klein")

    add("log_not_interested", ["freja berg not keen on the fund, doesnt want to hear about it "
                               "again"],
        {"interactions": [call("C000043", NOT_INTERESTED)]}, harmful="a sale, Stefan Berg")
    add("log_not_interested", ["yannis alexiou: thanks but no thanks",
                               "anna lange - nope, not for now",
                               "offered the pension plan to femke weber, she declined"],
        {"interactions": [call("C000058", NOT_INTERESTED), call("C000004", NOT_INTERESTED),
                          call("C000057", NOT_INTERESTED)]},
        harmful="a sale, the thanks stored as feedback, Dieter Lange, Friederike Weber")
    add("log_not_interested", ["spoke to monika schmidt. not interested in the card. BUT wants "
                               "to talk about the mortgage next tue"],
        {"interactions": [call("C000007", MEETING, ["2026-11-17", "2026-11-24"]),
                          call("C000007", "not_interested", optional=True)]},
        harmful="not interested alone, a sale, Monika Weber, Wolfgang Schmidt")
    add("log_not_interested", ["petra weber said no to the savings plan"],
        {"interactions": [call("C000084", NOT_INTERESTED)]}, sender="A002",
        harmful="A004's Petra Weber, Greta/Kostas Weber, a sale")
    add("log_not_interested", ["no interest from ursula zimmermann. scratch that, she wants "
                               "info by post"],
        {"interactions": [call("C000060", UNDECIDED, None)]},
        harmful="not interested kept, Ursula Schneider, Anna/Hannah Zimmermann")


def _complaints() -> None:
    add("complaint_resolved", ["johanna vogel: complaint sorted, refund went through this "
                               "morning"],
        {"complaints_closed": ["C000039"], "feedback": [{"customer_id": "C000039",
                                                         "optional": True}]},
        setup=complaint("C000039"), harmful="another customer, a sale, a follow-up")
    add("complaint_resolved", ["greta klein complaint - still waiting on IT, keep it open"],
        NONE, setup=complaint("C000052"), harmful="the complaint closed")
    add("complaint_resolved", ["the complaint from dieter braun is closed on our side, he's "
                               "still grumpy about it though"],
        {"complaints_closed": ["C000066"], "feedback": [{"customer_id": "C000066",
                                                         "optional": True}]},
        setup=complaint("C000066"), harmful="Dieter Lange, not interested")
    add("complaint_resolved", ["closed? not yet. rita martins still hasn't got her new card"],
        {"feedback": [{"customer_id": "C000061", "optional": True}]},
        setup=complaint("C000061"), harmful="the complaint closed on 'closed?', a call")
    add("complaint_resolved", ["diego ruiz's complaint can be closed, he got the letter"],
        {"complaints_closed": ["C000392"]}, sender="A006", setup=complaint("C000392"),
        harmful="Diego Martínez, a sale")
    add("complaint_resolved", ["pls mark anna wolf's complaint as resolved, she confirmed the "
                               "charge was reversed"],
        {"complaints_closed": ["C000202"]}, sender="A004", setup=complaint("C000202"),
        harmful="A005's Lena/Petra Wolf, A006's Greta Wolf, a compensation")
    add("complaint_resolved", ["greta klein's complaint - resolved",
                               "wait no, mixed them up, that was greta müller's question not a "
                               "complaint. undo that"],
        NONE, setup=complaint("C000052"),
        harmful="Greta Klein's complaint left closed, anything on Greta Müller")
    add("complaint_resolved", ["marcin kowalski called to complain AGAIN about the card "
                               "delivery, still not fixed"],
        {"feedback": [{"customer_id": "C000046", "optional": True}],
         "interactions": [call("C000046", ["reached", "open"], optional=True)]},
        setup=complaint("C000046"), harmful="the complaint closed, a sale")
    add("complaint_resolved", ["johanna vogel's complaint is resolved, gave her 40 eur "
                               "goodwill"],
        {"complaints_closed": ["C000039"],
         "feedback": [{"customer_id": "C000039", "compensation": 40, "optional": True}]},
        setup=complaint("C000039"), harmful="a compensation other than 40")


_call_list()
_reached()
_no_answer()
_meetings()
_sales_and_no()
_complaints()
# feedback, corrections, duplicates, references, days, non-calls, other books,
# reads, chatter, market events, themes
add_rest(add)


if __name__ == "__main__":
    SET.write()
