"""How heldout8.yml was written: an eighth unseen set (issue #14, round s24), typed blind like
heldout6/7, without reading the bot's training data, its tests, its actions, anything under
knowledge/, or the other sets' items. Same bank and format as heldout7 (e2e demo bank: 400
customers, seed 11, today = Monday 2026-11-16; sender A001 unless an item needs another book,
a manager or head office). Every customer id, name, book, occupation, household, open
complaint, theme and staff member used was checked against a generated copy of that bank.

What it stresses that heldout2-7 did not: messages typed on a phone (auto-capitalised first
word, "Sent from my iPhone" and e-mail signatures that carry the advisor's own name, emoji as
the outcome "📞❌", "✅", "👎", "k", "kk", "ty"); long notes with the outcome only at the end or
only implied ("she said she'd think about it" is undecided, not a no; "he's moving to another
bank" is a contact, maybe no interest, never a sale); negations far from the verb ("i did not
actually manage to reach X"), a double negative ("not uninterested"), hedged reports ("pretty
sure X picked up"), time-stamped attempts ("9:10 no answer, 11:30 reached X"); customers named
by role or relation ("the dentist": two in the book; "Stefano's daughter who also banks with
us"), ids one digit off; corrections of the customer ("anna, sorry, hannah meyer") and of the
date ("tues, no, wed") in the same message and of the bot's reading in the next turn ("no, I
said the 2nd"); confirmations answered ambiguously ("sure but change the date to friday",
"yes and also log X reached", "no" then "the other one", "wait", a second request instead of
an answer); feedback in German, French, Spanish and mixed, naming another customer, praise and
complaint in one message, the advisor quoting the bank's policy; date phrases "tomorrow week",
"the 1st", "1st of next month", "mid-december", "before christmas", "in the morning",
"Dienstag", "Mo 23.", "KW 48"; market events from head office with a source and a date, the
same event sent again (idempotent), advisors asking about them or passing on a rumour; theme
writes by managers naming owners by first name or by role, with status words ("parked",
"done", "wip", "won't fix"); reads mixed with writes and reads that look like writes ("show
me X's last call outcome").

Dates against Monday 2026-11-16: in the morning / Dienstag / tmrw 11-17, tues-no-wed 11-18,
thursday 11-19, fri 11-20, Mo 23. 11-23, tomorrow week / 24/11 11-24, the 1st / 1st of next
month 12-01, "no, I said the 2nd" 12-02, "the 3rd of december" 12-03; "KW 48" is the week of
23-29 Nov (a day in 23-27 Nov or no date); "next week" is a day in 23-27 Nov or no date;
"mid-december" is 14-16 Dec or no date; "before christmas" is no date a careful colleague
would store. Events: 13.11. / 13 Nov 11-13, 12.11. 11-12, 14 November 11-14 (on record
already: -25 bp, so sending it again must add nothing), today 11-16. Theme statuses are
`open`, `in_progress`, `resolved`: "wip" is in progress, "done" resolved; "parked" and
"won't fix" are none of them (nothing changed, or asked).

As a careful CRM colleague would take them: a hedged or inferred report (an emoji alone, a
role, a relation, a first name) may be shown for a yes and then stored (optional), never
stored on a guess; so may a vague date or an outcome left open (KW 48, mid-december, "next
week", "moving to another bank", "not uninterested"), which may as well be asked about; an
undecided customer is reached (or a follow-up), never not-interested; a customer leaving for
another bank is reached or not-interested, and may be stored as feedback once shown
(optional); a confirmation answered with "wait" or with another request stores nothing that
was not confirmed.

`python -m bench.conversation_eval.authoring_heldout8` rewrites heldout8.yml.
"""

from __future__ import annotations

from bench.conversation_eval.authoring_heldout8_rest import add_rest
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
UNDECIDED = ["reached", "follow_up"]
NEXT_WEEK = [None, between("2026-11-23", "2026-11-27")]

SET = HeldoutSet("heldout8", "h8")
add = SET.add


def complaint(cid: str) -> list[dict]:
    return [{**OPEN_COMPLAINT, "customer_id": cid}]


# the call list from a phone
add("call_list", ["Who do I call today?\n\nSent from my iPhone"], {"reply_names_from_book": True})
add("call_list", ["Wer steht heute auf meiner Liste?"], {"reply_names_from_book": True},
    sender="A004")
add("call_list", ["list pls ty"], {"reply_names_from_book": True}, sender="A005")
add("call_list", ["Calls for today? 🙏"], {"reply_names_from_book": True}, sender="A006")

# reached: signatures, emoji, hedges, long notes, time stamps
add("log_reached", ["Reached anna lange, all fine\n\nSent from my iPhone"],
    {"interactions": [call("C000004", "reached")]},
    harmful="Dieter Lange, the signature stored as feedback")
add("log_reached", ["✅ reached olivier faure"],
    {"interactions": [call("C000042", "reached")]}, harmful="no answer, another customer")
add("log_reached", ["pretty sure rita martins picked up this morning, but the line was awful, "
                    "not sure she heard me"],
    {"interactions": [call("C000061", "reached", optional=True)]},
    harmful="no answer, a follow-up for the morning, another customer")
add("log_reached", ["9:10 no answer, 11:30 reached marieke visser, all sorted"],
    {"interactions": [call("C000030", "reached"),
                      call("C000030", "no_answer", optional=True)]},
    harmful="a follow-up at 9/11, only no answer and reached twice, another Marieke")
add("log_reached", ["Spoke to freja berg. Long chat about her kids' uni plans, the new kitchen "
                    "and the weather in Lisbon. Nothing for us really. All fine."],
    {"interactions": [call("C000043", "reached")]},
    harmful="Stefan Berg, a sale, the kitchen stored as feedback")
add("log_reached", ["Lena fischer reached ty"],
    {"interactions": [call("C000041", "reached")]},
    harmful="A004's Lena Fischer, the sender Lena Hoffmann read as Katharina Hoffmann")
add("log_reached", ["kk reached jan koch"],
    {"interactions": [call("C000050", "reached")]}, harmful="Wolfgang Koch, two calls")
add("log_reached", ["Managed to get hold of camille chevalier in the end 🙂"],
    {"interactions": [call("C000017", "reached")]}, harmful="no answer, a sale")
add("log_reached", ["✅ Monika Weber"],
    {"interactions": [call("C000012", "reached", optional=True)]},
    harmful="Monika Schmidt, a sale or a follow-up guessed from the tick")
add("log_reached", ["Had a quick word with Jürgen Fischer after his appointment downstairs. "
                    "Asked about the new app, showed him where the statements are. He was "
                    "happy with that. Nothing else needed."],
    {"interactions": [call("C000033", "reached")]},
    harmful="Julia/Lena/Markéta Fischer, a follow-up, a sale")

# no answer: emoji, far negations, repeated attempts, signatures
add("log_no_answer", ["📞❌ anna ferrari"],
    {"interactions": [call("C000029", "no_answer")]},
    harmful="reached, Giulia/Stefano Ferrari")
add("log_no_answer", ["i did not actually manage to reach giulia ferrari today"],
    {"interactions": [call("C000018", "no_answer")]},
    harmful="reached (the negation missed), Anna/Stefano Ferrari")
add("log_no_answer", ["Tried julia fischer 3 times, nothing.\n\nSent from my iPhone"],
    {"interactions": [call("C000037", "no_answer")]},
    harmful="reached, three calls, A006's Julia Fischer, the 3rd as a date")
add("log_no_answer", ["9:05 no answer tomasz mazur, 14:20 no answer again"],
    {"interactions": [call("C000025", "no_answer"),
                      call("C000025", "no_answer", optional=True)]},
    harmful="reached, another Tomasz, a follow-up")
add("log_no_answer", ["No answer - stefan berg\n--\nLena Hoffmann | Private Banking | "
                      "Frankfurt Hauptwache"],
    {"interactions": [call("C000044", "no_answer")]},
    harmful="the signature's Lena Fischer / Katharina Hoffmann, Freja Berg, feedback")
add("log_no_answer", ["Couldn't get through to wolfgang koch, straight to mailbox 📵"],
    {"interactions": [call("C000049", "no_answer")]}, harmful="reached, Jan Koch")
add("log_no_answer", ["Femke weber didn't pick up\nSent from my Galaxy"],
    {"interactions": [call("C000057", "no_answer")]},
    harmful="reached, Friederike Weber, Femke Hendriks / van Dijk")
add("log_no_answer", ["Hab Greta Günther heute nicht erreicht"],
    {"interactions": [call("C000013", "no_answer")]},
    harmful="reached ('erreicht' without its 'nicht'), A006's Greta Günther")
add("log_no_answer", ["line dead for johan schroder both times, will try tmrw"],
    {"interactions": [call("C000022", "no_answer", [None, "2026-11-17"])]},
    harmful="reached, Andreas/Heinrich/Julien Schröder, two calls")

# meetings and follow-ups: new date phrases, implied outcomes
add("log_meeting", ["Spoke to chiara rossi, she wants to come in tomorrow week"],
    {"interactions": [call("C000009", MEETING, "2026-11-24")]},
    harmful="tomorrow (11-17), another date")
add("log_meeting", ["jürgen fischer f/u the 1st"],
    {"interactions": [call("C000033", MEETING, "2026-12-01")]},
    harmful="another Fischer, 11-01 (past), another date")
add("log_meeting", ["Meeting with claudia müller 1st of next month"],
    {"interactions": [call("C000055", MEETING, "2026-12-01")]},
    harmful="Claudia Günther, Greta Müller, another date")
add("log_meeting", ["ursula schneider wants a call mid-december"],
    {"interactions": [call("C000035", MEETING,
                           [None, between("2026-12-14", "2026-12-16")],
                           optional=True)]},
    harmful="12-01 or 12-31, Ursula Zimmermann")
add("log_meeting", ["Giuseppe Szymanski wants to sort his pension before christmas"],
    {"interactions": [call("C000006", MEETING, None, optional=True)]},
    harmful="a guessed date (12-24, 12-25 …), Tomasz Szymański, a sale")
add("log_meeting", ["Reached andreas schroder, he wants a call back in the morning"],
    {"interactions": [call("C000021", MEETING, "2026-11-17")]},
    harmful="today, another Schröder")
add("log_meeting", ["Termin mit Marcin Kowalski am Dienstag"],
    {"interactions": [call("C000046", MEETING, "2026-11-17")]},
    harmful="another Kowalski, a day that is no Tuesday")
add("log_meeting", ["heinrich schröder Mo 23. 10 Uhr"],
    {"interactions": [call("C000062", MEETING, "2026-11-23")]},
    harmful="the 10th, another Schröder")
add("log_meeting", ["f/u lucie dvorak KW 48"],
    {"interactions": [call("C000011", MEETING, [None, between("2026-11-23", "2026-11-27")],
                      optional=True)]},
    harmful="the 48th day / 12-48, Jiří Dvořák, a day outside week 48")
add("log_meeting", ["Had a long chat with johanna vogel about her daughter's flat. She's "
                    "comparing offers from two other banks. She said she'd think about it and "
                    "get back to me next week."],
    {"interactions": [call("C000039", UNDECIDED, NEXT_WEEK, optional=True)]},
    harmful="not interested, a sale, her open complaint closed, Johanna on another book")
add("log_meeting", ["Yannis alexiou keen, wants to meet thursday at 2 👍"],
    {"interactions": [call("C000058", MEETING, "2026-11-19")]},
    harmful="the 2nd, A004's Yannis Alexiou")
add("log_meeting", ["📅 marieke visser 24/11"],
    {"interactions": [call("C000030", MEETING, "2026-11-24")]},
    harmful="another Marieke, another date")
add("log_meeting", ["Appointment w/ rui pereira fri"],
    {"interactions": [call("C000026", MEETING, "2026-11-20")]},
    harmful="A002/A003's Rui, another day")
add("log_meeting", ["greta müller - call her back the 1st, she's away till then"],
    {"interactions": [call("C000031", MEETING, "2026-12-01")]},
    harmful="Greta Günther/Klein, Claudia Müller, another date")
add("log_meeting", ["Ilse Jansen wants to come in Mo 23."],
    {"interactions": [call("C000211", MEETING, "2026-11-23")]}, sender="A004",
    harmful="Eva Jansen, another date")

# sales
add("log_sale", ["Sold dieter braun the fund 🎉\n\nSent from my iPhone"],
    {"interactions": [call("C000066", "sale")]}, harmful="Dieter Lange, A002's Andreas Braun")
add("log_sale", ["Met laura sanchez at her pharmacy. She had a lot of questions about fees "
                 "and the lock-in period. Took a while. In the end she signed for the savings "
                 "plan."],
    {"interactions": [call("C000020", "sale")]},
    harmful="not interested, a follow-up, the fees stored as feedback")
add("log_sale", ["✅ term deposit for stefano ferrari"],
    {"interactions": [call("C000028", "sale", optional=True)]},
    harmful="Anna/Giulia Ferrari, reached only")
add("log_sale", ["Wolfgang schmidt hat den Fonds gekauft"],
    {"interactions": [call("C000051", "sale")]}, harmful="Monika Schmidt, Wolfgang Koch")
add("log_sale", ["jan lange took the bond ✍️"],
    {"interactions": [call("C000313", "sale")]}, sender="A005",
    harmful="A001's Anna/Dieter Lange, another Jan")

# not interested, and what is not a no
add("log_not_interested", ["Spoke to marcin kowalski, he's moving to another bank next month"],
    {"interactions": [call("C000046", NOT_INTERESTED, None, optional=True)],
     "feedback": [{"customer_id": "C000046", "optional": True}]},
    harmful="a sale, a follow-up next month, another Kowalski")
add("log_not_interested", ["Femke van dijk is not uninterested in the green bond, wants details "
                           "by email"],
    {"interactions": [call("C000048", UNDECIDED, None, optional=True)]},
    harmful="not interested (the double negative), a sale, another Femke")
add("log_not_interested", ["Jiri dvorak said no thanks 👎"],
    {"interactions": [call("C000019", NOT_INTERESTED)]}, harmful="Lucie Dvořák, a sale")
add("log_not_interested", ["Nicolas Dubois: kein Interesse"],
    {"interactions": [call("C000047", NOT_INTERESTED)]},
    harmful="A004's Laurent Dubois, reached as a sale")
add("log_not_interested", ["Pas intéressé - camille chevalier"],
    {"interactions": [call("C000017", NOT_INTERESTED)]}, harmful="a sale, feedback")
add("log_not_interested", ["cristina perez said she'd think about it"],
    {"interactions": [call("C000045", UNDECIDED, None)]},
    harmful="not interested (undecided is no 'no'), a guessed date")

# complaints
add("complaint_resolved", ["Johanna Vogel's complaint closed ✅\n\nSent from my iPhone"],
    {"complaints_closed": ["C000039"]}, setup=complaint("C000039"),
    harmful="another customer, the signature as feedback")
add("complaint_resolved", ["complaint greta klein - wip, not closed yet"], NONE,
    setup=complaint("C000052"), harmful="the complaint closed (the negation missed)")
add("complaint_resolved", ["closed the complaint from thomas wolf, refunded 30€"],
    {"complaints_closed": ["C000068"],
     "feedback": [{"customer_id": "C000068", "compensation": 30, "optional": True}]},
    sender="A002", setup=complaint("C000068"),
    harmful="A004's Anna Wolf, a compensation other than 30")
add("complaint_resolved", ["Dieter braun's complaint: he's moving to another bank anyway, "
                           "nothing more we can do, pls close it"],
    {"complaints_closed": ["C000066"],
     "feedback": [{"customer_id": "C000066", "optional": True}],
     "interactions": [call("C000066", NOT_INTERESTED, None, optional=True)]},
    setup=complaint("C000066"), harmful="Dieter Lange, a sale")
add("complaint_resolved", ["Florian Fischer complaint done"],
    {"complaints_closed": ["C000283"]}, sender="A005", setup=complaint("C000283"),
    harmful="the other Florian Fischer (C000300, no complaint) written on")
add("complaint_resolved", ["Did anyone close aleksandra kowalski's complaint?"], NONE,
    sender="A003", harmful="the complaint closed on a question")
add("complaint_resolved", ["Anna Wolf complaint: resolved. Customer happy now 😊"],
    {"complaints_closed": ["C000202"],
     "feedback": [{"customer_id": "C000202", "optional": True}]},
    sender="A004", setup=complaint("C000202"), harmful="A002's Andreas/Paolo Wolf")

# feedback: other languages, another customer named, praise and complaint, policy
add("feedback", ["Feedback Claudia Günther: „Die neue App ist viel zu langsam“"],
    {"feedback": [{"customer_id": "C000008", "text_has": ["app"]}]},
    harmful="Claudia Müller, Greta Günther, a call")
add("feedback", ["fb marieke visser: l'appli plante tout le temps"],
    {"feedback": [{"customer_id": "C000030"}]}, harmful="another Marieke, a call")
add("feedback", ["fb from maría garcía: la comisión de la tarjeta es demasiado alta"],
    {"feedback": [{"customer_id": "C000064"}]}, harmful="A004's Álvaro García, a call")
add("feedback", ["fb anna zimmermann: super Beratung, but the wait on the hotline was ewig"],
    {"feedback": [{"customer_id": "C000034"},
                  {"customer_id": "C000034", "optional": True}]},
    harmful="Hannah/Ursula Zimmermann, a call")
add("feedback", ["fb from fleur vos: her neighbour greta klein told her our branch hours are "
                 "useless"],
    {"feedback": [{"customer_id": "C000014", "text_has": ["hours"]}]},
    harmful="the feedback stored on Greta Klein, a call on Greta Klein")
add("feedback", ["Joana Costa loves the new card design but hates that the ATM at the "
                 "station is always empty"],
    {"feedback": [{"customer_id": "C000023"}, {"customer_id": "C000023", "optional": True}]},
    harmful="A004's Joana Costa, a call")
add("feedback", ["fyi per our policy the overdraft fee is 9.90 a month, i told monika "
                 "schmidt that"],
    {"interactions": [call("C000007", "reached", optional=True)]},
    harmful="the policy stored as Monika Schmidt's feedback, Monika Weber")
add("feedback", ["Greta Müller beschwert sich über die Wartezeit in der Filiale, 20 € "
                 "Gutschrift gegeben"],
    {"feedback": [{"customer_id": "C000031", "compensation": 20}]},
    harmful="Claudia Müller, another Greta, a compensation other than 20")
add("feedback", ["Feedback from olivier faure - app keeps crashing on login\n\nSent from my "
                 "iPhone"],
    {"feedback": [{"customer_id": "C000042", "text_has": ["crash"]}]},
    harmful="a call, another customer")
add("feedback", ["Stefan Berg says our mortgage rates are better than his old bank's but the "
                 "branch in town is always closed when he comes by"],
    {"feedback": [{"customer_id": "C000044"}, {"customer_id": "C000044", "optional": True}]},
    harmful="Freja Berg, a rate event, a sale")

# corrections, confirmations, duplicates, pronouns, roles, other books, mixed, chatter,
# market events, themes, reads
add_rest(add)


if __name__ == "__main__":
    SET.write()
