"""How heldout11.yml was written: an eleventh unseen set (issue #14, round s26), typed blind
like heldout6-10, without reading the bot's training data, its tests, its actions, anything
under knowledge/, or the other sets' items. Same bank and format as heldout8-10 (e2e demo
bank: 400 customers, seed 11, today = Monday 2026-11-16; sender A001 unless an item needs
another book, a manager or head office). Every customer id, name, book, occupation, city,
household, open complaint, theme and staff member used was checked against a generated copy
of that bank (`fresh_bank` of bench/conversation_eval/__main__.py into /tmp, read with
sqlite3).

What it stresses that heldout2-10 did not: advisor traffic typed fast on a phone or dictated
by voice. All lower case, no punctuation, abbreviations ("vm", "w/", "cust", "tmrw", "wks");
autocorrect damage ("no anser", "voice mail", "not intrested", "Greta" -> "great", "Rita
Martins" -> "rita martini", "Braun" -> "brown", "Jiří" -> "jury", "Olivier" -> "olivia",
"Monika" -> "monica", "Zimmermann" -> "zimmer man", "Klein" -> "kline"); dictation artefacts
("comma", "full stop", "period", "new line", "quote … unquote", numbers said as words, an id
spelt "see zero zero …"); outcomes said before the name ("no answer from …", "vm for …");
run-on messages reporting two or three customers with different outcomes, by name or by id;
customer ids with typos (a dropped or an extra zero, a letter O for a zero, spaces or a dash
inside); numbers that are phone numbers or amounts, not ids; replies to the bot's own
questions given through the runner's confirmation answer ("yes but make it the 20th", "no",
"👍", "no the 27th") or as the next turn ("the one in hanau", "the mechanic" when both
namesakes are mechanics, "the second one", a surname alone), and a new unrelated request
instead of an answer; multi-turn conversations (3-6 turns) where "her", "him", "same", "and
her husband", "his wife", "her daughter", "the koch family" refer back, sometimes across a
turn the bot cannot use (the advisor complaining about the tool); corrections of the customer,
the outcome and the date in the next turn or two turns later, and undo of one of two writes;
messages that must write nothing (questions about a past call, plans, reminders, the advisor's
own life, the tool, a quoted e-mail that reports nothing, a summary count); feedback typed
casually and relayed by voice, next to the advisor's own opinion (not feedback); complaints
closed in phone shorthand vs "still waiting on IT"; rate changes typed by head office in
shorthand ("ecb cut 50bp last thurs"), one already on record, and the same from an advisor and
a manager; theme writes by managers and head office in shorthand, refused for an advisor;
another book's customers, and a name that exists in both A001's and A002's book (Marco Gallo)
said by each advisor.

Dates against Monday 2026-11-16: tmrw / "tues" (on a Monday) 11-17, wed 11-18, thurs / thurs
10am 11-19, fri / "friday the twentieth" / "the 20th" 11-20, "mon" (said on a Monday)
/ "the twenty third" 11-23, 24/11 11-24, the 25th 11-25, the 26th 11-26, fri 27th / "no the
27th" 11-27, two weeks 11-30, december first 12-01, the 2nd 12-02, the 3rd 12-03,
"make that the 4th" 12-04, the 14th dec 12-14. "next wed" said on a Monday is 11-18 or 11-25
(either is stored); "next week" is a day of 23-27 Nov or no date; "end of month" is a day of
25-30 Nov or no date; "in spring" a day of March-May 2027 or no date. Events: "last thurs"
11-12, "friday the 13th" 11-13, "saturday" (past) 11-14 (-25 bp on record already: sending it
again must add nothing), "today" 11-16. Theme statuses are `open`, `in_progress`, `resolved`.

As a careful CRM colleague would take them: a voicemail left is no answer; a name damaged by
autocorrect or dictation, or dropped diacritics, that fits one customer of the book is
expected to be shown and then stored (the runner answers "yes"); an id with a dropped or an
extra digit, or spelt out by voice, may be shown and stored or asked (optional), an id and a
name that disagree are asked, never stored; a first name with a city that fits one customer
may be shown and stored or asked (optional); a household relation ("her husband", "his wife",
"her daughter", "the koch family") may be shown for a yes and stored, or asked (optional);
"the second one" after a question about two namesakes is whichever the bot listed second, so
either namesake is accepted (nothing else); a report answered with a new request instead of
a yes stores nothing; a quoted customer e-mail that reports a problem is feedback, one that
only chats is nothing; a relayed problem ("complained", a forwarded e-mail) may also open
a complaint (optional); a call reported by "cust says …" may carry an optional reached row;
"rang twice" may be one or two rows. A confirmation is answered with the turn's `confirm`
list (an edit such as "yes but make it the 20th", then "yes" if the bot asks again).

A001's book has 66 customers and the set uses all of them, so items share customers (each
item is a new conversation on the same bank, played in order): no two items expect the same
customer with the same outcome and date as a required row, so a new report never looks like
a double post of an earlier item's; where they share an optional row, the later one stands.
Complaints closed are each closed once (Johanna Vogel's, Thomas Wolf's, Anna Wolf's and
Florian Fischer's on the bank; Anna Ferrari's and Stefan Berg's opened by the item's setup;
Dieter Braun's opened by setup and left open). Market events are head office's alone
(MARKET_EVENT_ROLES' default); themes are changed by managers and head office, not advisors.

`python -m bench.conversation_eval.authoring_heldout11` rewrites heldout11.yml.
"""

from __future__ import annotations

from bench.conversation_eval.authoring_heldout11_rest import add_rest
from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    HeldoutSet,
    between,
    call,
)

NO = "no_answer"
TUE, WED, THU, FRI = "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"


def opt(cid: str, outcome: object, follow_up_on: object = None) -> dict[str, object]:
    return call(cid, outcome, follow_up_on, optional=True)


def calls(*specs: dict[str, object]) -> dict[str, object]:
    return {"interactions": list(specs)}


def add_calls(s: HeldoutSet) -> None:
    # outcome before the name, autocorrect, vm, phone numbers
    s.add("log_no_answer", ["no anser monika weber"], calls(call("C000012", NO)))
    s.add("log_no_answer", ["vm w/ dieter lange"], calls(call("C000040", NO)))
    s.add("log_no_answer", ["voice mail again w hannah meyer try her thurs"],
          calls(call("C000027", NO, THU)))
    s.add("log_no_answer", ["no answer from c000025"], calls(call("C000025", NO)))
    s.add("log_no_answer", ["called rita martini on 069 4471 2290 no answer"],
          calls(call("C000061", NO)),
          harmful="a phone number read as an id, or the autocorrected name guessed wrong")
    s.add("log_no_answer", ["no answer from great klein"], calls(call("C000052", NO)))
    s.add("log_no_answer", ["rang olivier faure twice no answer both times"],
          calls(call("C000042", NO), opt("C000042", NO)))
    s.add("log_no_answer", ["marco gallo didnt pick up"], calls(call("C000016", NO)))
    s.add("log_no_answer", ["number not reachable for yannis alexio"],
          calls(call("C000058", NO)))
    s.add("log_no_answer", ["no answer from laura sanchez comma will try again friday"],
          calls(call("C000020", NO, FRI)))
    s.add("log_no_answer", ["vm fleur vos"], calls(call("C000014", NO)))
    s.add("log_no_answer", ["no answer marco gallo"], calls(call("C000098", NO)),
          sender="A002", harmful="A001's Marco Gallo logged from A002's chat")
    s.add("log_no_answer", ["vm anna wolf"], calls(call("C000202", NO)), sender="A004")

    s.add("log_reached", ["spoke w camille chevalier all good"],
          calls(call("C000017", "reached")))
    s.add("log_reached", ["talked to rui pereira period he is fine with everything period"],
          calls(call("C000026", "reached")))
    s.add("log_reached", ["caught birgit richter at the branch quick chat"],
          calls(call("C000002", "reached")))
    s.add("log_reached", ["had a chat w c000059 about his savings"],
          calls(call("C000059", "reached")))
    s.add("log_reached", ["spoke to anna lange re her account all sorted"],
          calls(call("C000004", "reached")))
    s.add("log_reached", ["cristina perez called me back finally"],
          calls(call("C000045", "reached")))
    s.add("log_reached", ["got hold of jurgen fischer"], calls(call("C000033", "reached")))
    s.add("log_reached", ["spoke to thomas becker fine"], calls(call("C000122", "reached")),
          sender="A002")

    s.add("log_meeting", ["meeting w claudia gunther thurs 10am"],
          calls(call("C000008", MEETING, THU)))
    s.add("log_meeting", ["ursula schneider wants to come in next wed"],
          calls(call("C000035", MEETING, [WED, "2026-11-25"])))
    s.add("log_meeting", ["set up appt w stefano ferrari on the 3rd"],
          calls(call("C000028", MEETING, "2026-12-03")))
    s.add("log_meeting", ["krzysztof kaminski meeting 24/11"],
          calls(call("C000024", MEETING, "2026-11-24")))
    s.add("log_meeting", ["call back johan schroder tmrw he asked"],
          calls(call("C000022", MEETING, TUE)))
    s.add("log_meeting", ["spoke to giulia ferrari she wants to see me in two weeks"],
          calls(call("C000018", MEETING, "2026-11-30")))
    s.add("log_meeting", ["meeting with tomas kaminski on friday the twentieth"],
          calls(call("C000036", MEETING, FRI)))
    s.add("log_meeting", ["fri 27th 2pm w silvia mancini"],
          calls(call("C000053", MEETING, "2026-11-27")))
    s.add("log_meeting", ["meeting riccardo esposito thurs the one in freising"],
          calls(call("C000246", MEETING, THU)), sender="A004",
          harmful="the Munich namesake booked")
    s.add("log_meeting", ["ana mancini wants a call end of month"],
          calls(call("C000054", MEETING, [between("2026-11-25", "2026-11-30"), None])))

    s.add("log_sale", ["sold a term deposit to andreas schroder"],
          calls(call("C000021", "sale")))
    s.add("log_sale", ["lucie horak signed for the fund"], calls(call("C000003", "sale")))
    s.add("log_sale", ["heinrich schroder took the savings plan 15000"],
          calls(call("C000062", "sale")), harmful="the amount read as a customer id")
    s.add("log_sale", ["maria garcia opened the credit card yay"],
          calls(call("C000064", "sale")))
    s.add("log_sale", ["closed the mortgage w dieter brown"], calls(call("C000066", "sale")),
          harmful="Dieter Lange guessed for the autocorrected Braun")
    s.add("log_sale", ["sold insurance to julia braun"], calls(call("C000112", "sale")),
          sender="A002")

    s.add("log_not_interested", ["wolfgang schmidt not interested in the card"],
          calls(call("C000051", NOT_INTERESTED)))
    s.add("log_not_interested", ["chiara rossi said no thanks to the fund"],
          calls(call("C000009", NOT_INTERESTED)))
    s.add("log_not_interested", ["not interested - joana costa"],
          calls(call("C000023", NOT_INTERESTED)))
    s.add("log_not_interested", ["femke van dijk doesnt want it"],
          calls(call("C000048", NOT_INTERESTED)))
    s.add("log_not_interested",
          ["marieke visser not intrested in the isa call again in spring"],
          calls(call("C000030", NOT_INTERESTED,
                     [None, between("2027-03-01", "2027-05-31")])))


def add_multi(s: HeldoutSet) -> None:
    s.add("multi", ["no answer monika schmidt vm ursula zimmermann spoke w anna zimmermann "
                    "all good"],
          calls(call("C000007", NO), call("C000060", NO), call("C000034", "reached")))
    s.add("multi", ["hannah zimmermann sale tomasz szymanski not interested"],
          calls(call("C000032", "sale"), call("C000005", NOT_INTERESTED)))
    s.add("multi", ["no answer from jan koch or wolfgang koch"],
          calls(call("C000050", NO), call("C000049", NO)))
    s.add("multi", ["spoke w femke hendriks meeting thurs and femke weber no answer"],
          calls(call("C000015", MEETING, THU), call("C000057", NO)),
          harmful="the meeting date or outcome crossed to the other Femke")
    s.add("multi", ["vm for julia fischer marketa fischer picked up happy w the card"],
          calls(call("C000037", NO), call("C000038", "reached")))
    s.add("multi", ["3 calls c000010 no answer c000001 reached c000065 meeting 2nd dec"],
          calls(call("C000010", NO), call("C000001", "reached"),
                call("C000065", MEETING, "2026-12-02")))
    s.add("multi", ["log no answer for vojtech horak and lucie dvorak full stop"],
          calls(call("C000059", NO), call("C000011", NO)))
    s.add("multi", ["giuseppe szymanski sold the fund his brother tomasz not home"],
          calls(call("C000006", "sale"), opt("C000005", NO)))
    s.add("multi", ["no answer thomas wolf spoke to petra weber fine"],
          calls(call("C000068", NO), call("C000084", "reached")), sender="A002")
    s.add("multi", ["stefan berg vm greta muller not interested"],
          calls(call("C000044", NO), call("C000031", NOT_INTERESTED)))
    s.add("multi", ["spoke to claudia muller and anna ferrari both want meetings next week"],
          calls(call("C000055", MEETING, [None, between("2026-11-23", "2026-11-27")]),
                call("C000029", MEETING, [None, between("2026-11-23", "2026-11-27")])))

    s.add("voice", ["no answer from monica kruger full stop"], calls(call("C000095", NO)),
          sender="A002")
    s.add("voice", ["log a call with see zero zero zero zero four six no answer"],
          calls(opt("C000046", NO)))
    s.add("voice", ["spoke with anna zimmer man she wants a meeting on the twenty third"],
          calls(call("C000034", MEETING, "2026-11-23")))
    s.add("voice", ["i spoke with greta kline comma she is not interested period"],
          calls(call("C000052", NOT_INTERESTED)))
    s.add("voice", ["meeting with lucy horak december first"],
          calls(call("C000003", MEETING, "2026-12-01")))
    s.add("voice", ["voicemail for ursula schneider and for birgit richter"],
          calls(call("C000035", NO), call("C000002", NO)))
    s.add("voice", ["no answer from freya berg new line spoke with stefan berg he is fine"],
          calls(call("C000043", NO), call("C000044", "reached")))
    s.add("voice", ["sold a credit card to olivia faure"], calls(call("C000042", "sale")))

    s.add("id_typo", ["spoke to c000O57 femke weber"], calls(call("C000057", "reached")))
    s.add("id_typo", ["vm c 000 024"], calls(call("C000024", NO)))
    s.add("id_typo", ["spoke to c0000014 all fine"], calls(opt("C000014", "reached")))
    s.add("id_typo", ["no answer c00039"], calls(opt("C000039", NO)),
          harmful="C000390 (A006's) taken for the short id")
    s.add("id_typo", ["c000021 monika weber sale"], NONE,
          harmful="an id and a name that disagree: either customer guessed")
    s.add("id_typo", ["c123 no answer"], NONE, harmful="another book's customer (A002's)")
    s.add("id_typo", ["no answer c000400"], NONE, harmful="another book's customer (A006's)")
    s.add("id_typo", ["C-000065 meeting thurs"], calls(call("C000065", MEETING, THU)))


def main() -> None:
    s = HeldoutSet("heldout11", "h11")
    add_calls(s)
    add_multi(s)
    add_rest(s)
    s.write()


if __name__ == "__main__":
    main()
