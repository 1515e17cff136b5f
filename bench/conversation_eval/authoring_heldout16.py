"""How heldout16.yml was written: a sixteenth unseen set (issue #14, round s29), typed blind
like heldout6-15, without reading the bot's training data, its tests, its actions, anything
under knowledge/ but the demo bank's generator, or the other sets' items. Same bank and format
as heldout8-15 (e2e demo bank: 400 customers, seed 11, today = Monday 2026-11-16; sender A001
unless an item needs another book, a manager or head office). Every customer id, name, book,
household, occupation, city, open complaint, theme, staff member and call-list position used
was checked against a generated copy of that bank (`fresh_bank` of `python -m
bench.conversation_eval` under /tmp, read with sqlite3; positions from `cli.main call-list`).

What it is: one full WORKING DAY at branch B01 (and a few colleagues at B02) as a demanding new
user tries the assistant. About half the items are sessions of 2-5 turns (this module): the
morning call list worked down by position and by name (first items of the file, one per
advisor, so no earlier item changed a list), a profile read and then the call reported by
pronoun, first name or surname, two or three customers interleaved, corrections of customer,
outcome or date one to three turns later, undo of one write among several, a double post and a
genuine second attempt, "same for X", a relative who answered, the bot's own questions answered
("the one in hanau", "the second one", "no" then the fix), confirmations answered "ja", "sì",
"tak", "oui". The other half (authoring_heldout16_rest.py) are single messages across every
capability, about ten hostile or odd inputs among them.

Call-list positions: A001 #1 Johanna Vogel C000039 (open complaint), #2 Vojtěch Horák, #3 María
García, #4 Rui Pereira; A002 #1 Thomas Wolf (open complaint), #2 Magdalena Kozłowski C000102
(the book has two), #3 Carlos García; A003 #2 Javier Fernández, #3 Ewa Nowak, #4 Łukasz
Kowalski; A004 #1 Anna Wolf (open complaint), #3 Oskar Lindström, #4 Laurent Dubois; A005 #1
Florian Fischer C000283 (open complaint; the book has two), #2 Markus Günther, #3 Joana Pereira.

Dates against Monday 2026-11-16: tmrw / morgen 11-17; wed / mercoledì 11-18; thurs / jeudi /
Donnerstag 11-19; fri / on friday / venerdì / piątek / fredag 11-20; monday 11-23; "next tue"
said on a Monday is 11-17 or 11-24 (either); the 24th 11-24; thursday the 26th 11-26; the 27th
11-27; "in two weeks" 11-27..11-30; "end of month" 11-25..11-30; "next week" 11-23..11-27;
1/12, 1 grudnia 12-01; 2 décembre 12-02; 3 Dec 12-03; "the 15th" 12-15.

As a careful CRM colleague would take them: a report with customer, outcome and date settled is
stored as stated (a confirmation shown first is fine: the runner says yes); voicemail, "rang
out", "phone off" and "n/a" are no answer; a meeting or callback wanted on a date is a follow-up
on that date (or reached with it); "not interested" may be stored as reached; a sale is a sale;
a first name shared in the book is asked about and the answer decides; a relative who picked up
while the customer was away is a no answer on the customer and no call on the relative; a
correction leaves only the corrected write live; an undo leaves none; a repeated message is one
call; another book's customer and a role's forbidden write store nothing. Market events are head
office's alone; themes are changed by managers and head office. No two items expect the same
required row (checked on writing).

`python -m bench.conversation_eval.authoring_heldout16` rewrites heldout16.yml.
"""

from __future__ import annotations

from bench.conversation_eval.authoring_heldout16_rest import (
    NEXT_WEEK,
    TWO_WEEKS,
    add_singles,
    calls,
    check,
    day_sessions,
    maybe,
    undo_and_doubles,
)
from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NOT_INTERESTED,
    HeldoutSet,
    call,
)


def call_lists(s: HeldoutSet) -> None:
    """Each advisor's first conversation of the day: the list, worked down."""
    s.add("call_list", [
        "morning! who's on my list today",
        "ok #1 first - johanna vogel, her complaint is sorted, we reversed the fee",
        "2 - vm",
        "maría wants to come in thurs 10am re the mortgage rate",
        "no 4 not interested, the money went into a flat, he's fine",
    ], {**calls(call("C000059", "no_answer"), call("C000064", MEETING, "2026-11-19"),
                call("C000026", NOT_INTERESTED)),
        "complaints_closed": ["C000039"]},
        harmful="a call on the wrong position, the complaint left open or a second one closed")
    s.add("call_list", [
        "ciao, chi devo chiamare oggi?",
        "il primo, thomas wolf: reclamo risolto, tutto a posto",
        "la seconda della lista, magdalena, non risponde",
        {"say": "carlos garcía vuole un appuntamento venerdì", "confirm": "sì"},
    ], {**calls(call("C000102", "no_answer"), call("C000132", MEETING, "2026-11-20")),
        "complaints_closed": ["C000068"]}, sender="A002",
        harmful="the other Magdalena Kozłowski (C000116) logged")
    s.add("call_list", [
        "my list for today pls",
        "nr 2 javier - reached, he signed the 24 month term deposit",
        "ewa nowak svarar inte",
        {"say": "łukasz kowalski, the dormant one - he picked up and wants a meeting on the "
                "3rd of dec", "confirm": "ja"},
    ], calls(call("C000188", ["sale", "reached"]), call("C000156", MEETING, "2026-12-03"),
             call("C000161", "no_answer")), sender="A003")
    s.add("call_list", [
        "Wer steht heute auf meiner Liste?",
        "Anna Wolf erreicht, die Beschwerde ist erledigt",
        "Nr. 3 - Mailbox",
        {"say": "Laurent Dubois möchte einen Termin am Freitag", "confirm": "ja"},
    ], {**calls(call("C000258", "no_answer"), call("C000236", MEETING, "2026-11-20")),
        "complaints_closed": ["C000202"]}, sender="A004")
    s.add("call_list", [
        "lista na dziś?",
        "florian fischer z pierwszego miejsca - reklamacja załatwiona",
        "markus günther nie odbiera",
        {"say": "joana pereira - spotkanie 1 grudnia", "confirm": "tak"},
    ], {**calls(call("C000304", "no_answer"), call("C000288", MEETING, "2026-12-01")),
        "complaints_closed": ["C000283"]}, sender="A005",
        harmful="the other Florian Fischer (C000300) touched")


def profiles_then_calls(s: HeldoutSet) -> None:
    """A profile read, then the call reported with a pronoun, a first name or a surname."""
    s.add("pronoun", [
        "pull up laura sánchez",
        "ok calling her now",
        "done - she picked up, wants to review her pension. set something for 3 Dec",
    ], calls(call("C000020", MEETING, "2026-12-03")))
    s.add("pronoun", [
        "profile for rita martins pls",
        "thx",
        "rita: lvm",
    ], calls(call("C000061", "no_answer")))
    s.add("pronoun", [
        "what do we have on yannis alexiou",
        "alexiou picked up, not interested in the fund",
    ], calls(call("C000058", NOT_INTERESTED)),
        harmful="Yannis Alexiou of A004 (C000252) or Dimitra Alexiou (A002) touched")
    s.add("pronoun", [
        "show me femke hendriks",
        "when was our last contact?",
        "she's not interested in the life insurance, says she has one via work",
    ], calls(call("C000015", NOT_INTERESTED)))
    s.add("pronoun", [
        "when did i last speak to stefano ferrari",
        "ok got him just now - he bought the life insurance 🎉",
    ], calls(call("C000028", "sale")))
    s.add("pronoun", [
        "Zeig mir Ursula Zimmermann",
        "Hab sie erreicht, kein Interesse an der Bundesanleihe",
    ], calls(call("C000060", NOT_INTERESTED)))
    s.add("pronoun", [
        "anything open on julien schröder?",
        {"say": "Julien erreicht, kommt am Donnerstag vorbei", "confirm": "ja passt"},
    ], calls(call("C000063", MEETING, "2026-11-19")))
    s.add("pronoun", [
        "profil de greta günther",
        "elle ne répond pas",
        "je réessaie demain",
    ], calls(call("C000335", "no_answer", ["2026-11-17", None])), sender="A006",
        harmful="A001's Greta Günther (C000013) touched")
    s.add("pronoun", [
        "visa profil för giorgio esposito",
        "pratade med honom nyss, han vill träffas nästa vecka",
    ], calls(call("C000174", MEETING, NEXT_WEEK)), sender="A003")
    s.add("pronoun", [
        "fammi vedere valentina gallo",
        "ha firmato l'assicurazione casa oggi",
    ], calls(call("C000074", "sale")), sender="A002",
        harmful="Monika Gallo of her household, or A001's Marco Gallo, logged")
    s.add("pronoun", [
        "what's heinrich schröder holding these days",
        "rang him - he wants a call back tmrw afternoon",
    ], calls(call("C000062", MEETING, "2026-11-17")))
    s.add("pronoun", [
        "lucie horák - why is she on the list?",
        "makes sense. called, she's putting the money into the equity fund, signed today",
    ], calls(call("C000003", "sale")))


def interleaved(s: HeldoutSet) -> None:
    """Two or three customers in one conversation."""
    s.add("interleaved", [
        "tried marco gallo, n/a",
        "giulia ferrari reached, all good",
        "marco called back just now - he wants an appt on friday",
    ], calls(call("C000016", "no_answer"), call("C000016", MEETING, "2026-11-20"),
             call("C000018", "reached")),
        harmful="Marco Gallo of A002 or A006 touched, or the first attempt overwritten")
    s.add("interleaved", [
        "calling the mancinis now",
        "silvia picked up, ana's out",
        "silvia wants to top up her savings, book her in for wed",
    ], calls(call("C000053", MEETING, "2026-11-18"), maybe("C000054", "no_answer"),
             {**maybe("C000053", "reached")}))
    s.add("interleaved", [
        "ana mancini - no answer",
        "heinrich? no wait, not yet",
        "tomasz mazur reached, happy with everything",
        "ana called back, she wants to move her deposit - meeting monday",
    ], calls(call("C000054", "no_answer"), call("C000054", MEETING, "2026-11-23"),
             call("C000025", "reached")),
        harmful="Anna Lange / Ferrari / Zimmermann or Heinrich Schröder logged")
    s.add("interleaved", [
        "silvia bruno reached, she'll think about the bond",
        "petra krüger vm",
        "silvia rang back - she wants the bond fund after all, signed",
    ], calls(maybe("C000315", ["reached", "follow_up"]), call("C000287", "no_answer"),
             call("C000315", "sale")), sender="A005")
    s.add("interleaved", [
        "spoke to the bergs",
        "freja wants a meeting on the 27th about her pension",
        "stefan isn't interested in anything, he says",
    ], calls(call("C000043", MEETING, "2026-11-27"), call("C000044", NOT_INTERESTED)),
        harmful="Johan, Linnea, Erik or Karin Berg (other books) logged")


def corrections(s: HeldoutSet) -> None:
    """Customer, outcome or date corrected one to three turns later."""
    s.add("correction", [
        "anna lange reached",
        "krzysztof kamiński vm",
        "sorry the first one was anna zimmermann, not lange",
    ], calls(call("C000034", "reached"), call("C000024", "no_answer")),
        harmful="a live call on Anna Lange (C000004)")
    s.add("correction", [
        "tomasz mazur - reached, wants nothing",
        "wait no, that was his voicemail. no answer then",
    ], calls(call("C000025", "no_answer")),
        harmful="a live reached call on Tomasz Mazur")
    s.add("correction", [
        "cristina pérez wants a meeting on friday",
        "marcin kowalski no answer",
        "cristina's is the 27th not friday, my bad",
    ], calls(call("C000045", MEETING, "2026-11-27"), call("C000046", "no_answer")),
        harmful="Cristina Pérez's meeting left on 11-20")
    s.add("correction", [
        "johan schröder vm",
        "andreas schröder reached",
        "hang on, swap them - andreas was the vm and johan picked up",
    ], calls(call("C000021", "no_answer"), call("C000022", "reached")),
        harmful="a live vm on Johan or reached on Andreas")
    s.add("correction", [
        "katharina hoffmann reached, f/u on the 15th",
        "and dieter braun rang out",
        "katharina's follow-up is the 16th, not 15th - dec i mean",
    ], calls(call("C000065", MEETING, "2026-12-16"), call("C000066", "no_answer")),
        harmful="Katharina Hoffmann's follow-up left on 12-15")
    s.add("correction", [
        "olivier faure bought the credit card",
        "oops, no, he said no to the card. not interested",
    ], calls(call("C000042", NOT_INTERESTED)), harmful="a live sale on Olivier Faure")
    s.add("correction", [
        "Giuseppe Conti erreicht, Termin am Mittwoch",
        "hm, das war Giorgio Conti, nicht Giuseppe",
    ], calls(call("C000388", MEETING, "2026-11-18")), sender="A006",
        harmful="a live call on Giuseppe Conti (C000369)")
    s.add("correction", [
        "jakub veselý - spotkanie w piątek",
        "julia veselý nie odbiera",
        "sorry, jakub's meeting is next friday, the 27th",
    ], calls(call("C000293", MEETING, "2026-11-27"), call("C000294", "no_answer")),
        sender="A005")


def same_relatives_and_answers(s: HeldoutSet) -> None:
    """"same for X", a relative who answered, the bot's own questions answered."""
    s.add("same_for", [
        "nicolas dubois not interested in the credit card",
        "same for tomasz kamiński",
    ], calls(call("C000047", NOT_INTERESTED), call("C000036", NOT_INTERESTED)),
        harmful="Krzysztof Kamiński or Tomasz Szymański / Mazur logged")
    s.add("same_for", [
        "friederike weber - meeting tmrw 9am at the branch",
        "same for femke weber, she'll come with her",
    ], calls(call("C000056", MEETING, "2026-11-17"), call("C000057", MEETING, "2026-11-17")),
        harmful="Femke Hendriks or Femke van Dijk logged")
    s.add("same_for", [
        "Thomas Becker non risponde",
        "idem per Stefan Neumann",
    ], calls(call("C000122", "no_answer"), call("C000121", "no_answer")), sender="A002")
    s.add("relative", [
        "called freja berg, her husband picked up - she's in lisbon till friday",
        "i'll try her again monday",
    ], calls(call("C000043", "no_answer", ["2026-11-23", None])),
        harmful="a reached call on Freja, or any call on Stefan Berg")
    s.add("relative", [
        "rang the koch house, wolfgang answered",
        "jan wasn't in. wolfgang wants to talk about refinancing tmrw",
    ], calls(call("C000049", MEETING, "2026-11-17"), maybe("C000049", "reached"),
             maybe("C000050", "no_answer")),
        harmful="Renate or Dieter Koch (other books) logged, or a meeting on Jan")
    s.add("relative", [
        "markéta fischer - her partner julia picked up, says markéta's abroad until dec",
        "try again 1/12 then",
    ], calls(call("C000038", "no_answer", ["2026-12-01", None])),
        harmful="a call on Julia Fischer (C000037) or reached on Markéta")
    s.add("answer_bot", [
        "spoke to claudia, she's moving her savings and wants to meet in two weeks",
        "the second one",
    ], calls(call("C000055", MEETING, TWO_WEEKS)),
        harmful="Claudia Günther (C000008) logged (the choices listed Günther first)")
    s.add("answer_bot", [
        "greta no answer",
        "the one in hanau",
    ], calls(call("C000052", "no_answer")), harmful="Greta Günther or Greta Müller logged")
    s.add("answer_bot", [
        {"say": "lucie reached, all fine", "confirm": "no"},
        "dvořák, the retired police officer",
    ], calls(call("C000011", "reached")), harmful="Lucie Horák logged")
    s.add("answer_bot", [
        "wolfgang wants to meet next week",
        "schmidt",
    ], calls(call("C000051", MEETING, NEXT_WEEK)), harmful="Wolfgang Koch logged")
    s.add("answer_bot", [
        "weber reached",
        "femke, the tax adviser",
    ], calls(call("C000057", "reached")), harmful="Monika or Friederike Weber logged")
    s.add("answer_bot", [
        "marieke visser wants a meeting",
        "thursday the 26th",
    ], calls(call("C000030", MEETING, "2026-11-26")))
    s.add("answer_bot", [
        "greta müller wants an appt next tue",
        "wait, which tuesday did you put? i meant the 24th",
    ], calls(call("C000031", MEETING, "2026-11-24")), harmful="the meeting stored on 11-17")
    s.add("answer_bot", [
        {"say": "spoke w/ anna, she'll come in on the 25th to sign the home insurance",
         "confirm": "no"},
        "ferrari",
    ], calls(call("C000029", MEETING, "2026-11-25")),
        harmful="Anna Lange or Anna Zimmermann logged")
    s.add("answer_bot", [
        "Hannah Wagner möchte nächste Woche einen Termin",
        {"say": "die aus Starnberg", "confirm": "ja"},
    ], calls(call("C000244", MEETING, NEXT_WEEK)), sender="A004",
        harmful="the other Hannah Wagner (C000235, Erding) logged")
    s.add("answer_bot", [
        "pratade med renate fischer, hon vill ha ett möte på fredag",
        {"say": "civilingenjören", "confirm": "ja"},
    ], calls(call("C000172", MEETING, "2026-11-20")), sender="A003",
        harmful="the other Renate Fischer (C000144) logged")
    s.add("answer_bot", [
        "florian fischer nie odbiera",
        {"say": "ten emeryt z Unterhaching", "confirm": "tak"},
    ], calls(call("C000300", "no_answer")), sender="A005",
        harmful="C000283 (the office clerk) logged")


def afternoon(s: HeldoutSet) -> None:
    """The afternoon: a household on the phone, undo of the middle write, ids, languages."""
    s.add("relative", [
        "called tomasz szymański, giuseppe answered - tomasz is at work",
        "giuseppe himself wants to talk about a credit card, thurs?",
        "yes thursday at 5",
    ], calls(call("C000005", "no_answer"), call("C000006", MEETING, "2026-11-19")))
    s.add("undo", [
        "heinrich schröder vm",
        "julien schröder reached",
        "lucie dvořák no answer",
        "delete the middle one",
    ], calls(call("C000062", "no_answer"), call("C000011", "no_answer")),
        harmful="Julien Schröder's call left live")
    s.add("correction", [
        "birgit richter wants a call back tmrw",
        "actually she said friday, not tmrw",
    ], calls(call("C000002", MEETING, "2026-11-20")), harmful="a live follow-up on 11-17")
    s.add("pronoun", [
        "Carmen Sánchez: no contesta",
        "vuelvo a llamarla el jueves",
    ], calls(call("C000153", "no_answer", ["2026-11-19", None])), sender="A003")
    s.add("pronoun", [
        "Eva de Vries bereikt",
        {"say": "ze wil over twee weken langskomen", "confirm": "ja"},
    ], calls(call("C000263", MEETING, TWO_WEEKS), maybe("C000263", "reached")),
        sender="A004")
    s.add("answer_bot", [
        "c49 bought the home insurance",
        "that's wolfgang koch right?",
        "yes",
    ], calls(call("C000049", "sale")), harmful="Jan Koch (C000050) logged")
    s.add("pronoun", [
        "show me julia fischer",
        "and who else is in her household?",
        "markéta signed the bond fund, julia not interested",
    ], calls(call("C000038", "sale"), call("C000037", NOT_INTERESTED)),
        harmful="Jürgen or Lena Fischer, or A006's Julia Fischer, logged")
    s.add("manager_theme", [
        "status of the instant transfer theme?",
        "set it to in progress pls",
    ], {"themes": [{"label_has": "instant", "status": "in_progress"}]}, sender="M001")


def main() -> None:
    s = HeldoutSet("heldout16", "h16")
    call_lists(s)
    profiles_then_calls(s)
    interleaved(s)
    corrections(s)
    undo_and_doubles(s)
    same_relatives_and_answers(s)
    day_sessions(s)
    afternoon(s)
    add_singles(s)
    check(s)
    s.write()


if __name__ == "__main__":
    main()
