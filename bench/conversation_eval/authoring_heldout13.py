"""How heldout13.yml was written: a thirteenth unseen set (issue #14, round s27), typed blind
like heldout6-12, without reading the bot's training data, its tests, its actions, anything
under knowledge/ but the demo bank's generator, or the other sets' items. Same bank and format
as heldout8-12 (e2e demo bank: 400 customers, seed 11, today = Monday 2026-11-16; sender A001
unless an item needs another book, a manager or head office). Every customer id, name, book,
household, occupation, open complaint, theme, staff member and call-list position used was
checked against a generated copy of that bank (`fresh_bank` of `python -m
bench.conversation_eval` under /tmp, read with sqlite3; positions from `cli.main call-list`).

What it stresses that the earlier sets (adversarial, one class each) did not: a realistic
WORKING MORNING, so that its harmful rate is the one an advisor would meet. About half the
items are sessions of 3-8 turns as advisors really work: ask who to call, work down the list
("#2 first", "the one after that", "and the top one?"), read a profile, report the call with a
pronoun, a first name or a surname alone, log what the customer said, correct the customer,
outcome or date a few turns later, undo one of two writes, ask whether it was saved. The
wording is ordinary: vm, lvm, n/a, w/, re, appt, mtg, tmrw, nxt wk, lower case, typos in names
and outcomes, names without accents, ids with missing leading zeros, outcome before the name,
several facts in one message, emoji, "thx". Reports and confirmations in German, French,
Polish, Spanish, Italian and Dutch; each sender's list in the first items (A002 in Italian,
A004 in German, A005 in Polish, A006 in French). Managers doing ordinary theme work (owners,
status, summaries) and head office recording rate news, advisors trying what their role may
not. A few hostile or odd inputs (a long pasted newsletter, markdown to-do lists, a URL, SQL,
only emoji, a lone dot) that must write nothing. About 40 % of the items are plain reports
that must be stored as stated: an over-cautious bot loses on them.

Call-list positions (first items of the file, one per advisor, so no earlier item changed the
list): A001 #1 Johanna Vogel, #2 Vojtěch Horák, #3 María García; A002 #1 Thomas Wolf, #2
Magdalena Kozłowski C000102 (the book has two); A003 #2 Javier Fernández, #3 Ewa Nowak; A004
#1 Anna Wolf, #3 Oskar Lindström; A005 #2 Markus Günther, #4 Zofia Dąbrowski; A006 #1 Diego
Ruiz, #3 Aurélie Lambert, #4 Sabine Krüger.

Dates against Monday 2026-11-16: tmrw / morgen 11-17, wed / übermorgen / Mittwoch 11-18,
thurs / jeudi / Donnerstag / torsdag / jueves 11-19, fri / this fri / piątek / venerdì /
vendredi 11-20, mon / next mon 11-23, the 24th / 24.11. / "Dienstag nächste Woche" 11-24,
wed 25th 11-25, thu 26th / giovedì 26 11-26, fri 27th 11-27, the 30th 11-30, dec 1 12-01,
dec 2 / 2 décembre 12-02, dec 3 / 3 décembre 12-03, 4.12. 12-04; "try again in december" a
day of December or no date. "nxt tues" / "mercredi prochain" said on a Monday are this
week's or next week's day (either stored); "nxt wk" is a day of 23-27 Nov or no date; "in
spring" a day of March-May 2027 or no date; "end of month" 25-30 Nov or no date. Events:
today 11-16; 14 Nov / "saturday" 11-14 (-25 bp on record already: it must add nothing).

As a careful CRM colleague would take them: a plain report with the customer, outcome and date
stated is stored as stated (shown first is fine: the runner says yes); a voicemail left or
"n/a" is no answer; "vm, try again thurs" is no answer, with or without that retry date; a
meeting wanted is a follow-up on that date (or reached with it); a customer "not interested"
may be stored as reached; a report with a retry date is never a meeting; a first name or a
surname shared in the book is asked, and the answer ("the retired one", "müller", an id)
decides; a household member who spoke instead ("his daughter anna picked up") is logged on
that member; a customer's statement said during a call is feedback (the call itself optional);
a compensation said in passing may be stored as feedback (optional); a correction leaves only
the corrected write live, an undo leaves none, a correction of a note never adds a duplicate;
an id in another advisor's book, a name only in another book and a role's forbidden write
store nothing. Market events are head office's alone; themes are changed by managers and head
office. Each item writes its calls on customers no other item writes the same required row on,
so no item meets another's call as a double post (checked when the file is written).

`python -m bench.conversation_eval.authoring_heldout13` rewrites heldout13.yml.
"""

from __future__ import annotations

from typing import Any

from bench.conversation_eval.authoring_heldout13_rest import add_rest
from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    HeldoutSet,
    between,
    call,
)

SET = HeldoutSet("heldout13", "h13")
add = SET.add
TUE, WED, THU, FRI = "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"
MON2, TUE2, WED2, THU2, FRI2 = ("2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26",
                                "2026-11-27")
NEXT_WEEK = between("2026-11-23", "2026-11-27")


def t(say: str, confirm: Any = "yes") -> dict[str, Any]:
    return {"say": say, "confirm": confirm}


def call_lists() -> None:
    """Each advisor's first conversation: the list, then its entries by position."""
    s = "session"
    add(s, ["morning! who do i call today", "ok #2 first - vm, try again thurs",
            "the one after that picked up, she wants to go through the mortgage w/ me nxt tues",
            "and the top one?", "left her a msg"],
        {"interactions": [call("C000059", "no_answer", [None, THU]),
                          call("C000064", MEETING, [TUE, TUE2]),
                          call("C000039", "no_answer", None)]},
        harmful="a call on the wrong position; the voicemail on María García")
    add(s, ["chi devo chiamare oggi?", "il primo: raggiunto, reclamo risolto 👍",
            "#2 non risponde", "grazie"],
        {"complaints_closed": ["C000068"],
         "interactions": [call("C000102", "no_answer", None)]}, sender="A002",
        harmful="the no answer on the other Magdalena Kozłowski (C000116)")
    add(s, ["call list pls",
            "javier fernandez (2) - sold him a new 12m term deposit for the maturing one",
            "nr 3 svarar inte", "actually no, ewa called back 5 min later, all good"],
        {"interactions": [call("C000188", "sale", None), call("C000161", "reached", None),
                          call("C000161", "no_answer", None, optional=True)]},
        sender="A003")
    add(s, ["wen soll ich heute anrufen?", "Nr. 1 erreicht, Beschwerde ist erledigt",
            "Nr. 3 – Herr Lindström will einen Termin am Donnerstag um 10", "danke"],
        {"complaints_closed": ["C000202"],
         "interactions": [call("C000258", MEETING, THU)]}, sender="A004")
    add(s, ["do kogo mam dziś dzwonić?", "2 - nie odbiera",
            "4 odebrała, nie jest zainteresowana", "a florian fischer? ten z reklamacją"],
        {"interactions": [call("C000304", "no_answer", None),
                          call("C000276", NOT_INTERESTED, None)]}, sender="A005",
        harmful="anything on either Florian Fischer (a question)")
    add(s, ["ma liste d'appels stp", "le 3 : répondeur", "le 4 ok, rdv mercredi prochain",
            "et le 1 — litige réglé, on lui a fait un geste de 30 €"],
        {"interactions": [call("C000362", "no_answer", None),
                          call("C000377", MEETING, [WED, WED2])],
         "complaints_closed": ["C000392"],
         "feedback": [{"customer_id": "C000392", "optional": True}]}, sender="A006")


def sessions() -> None:
    """A001's morning in conversations of 3-8 turns (names, pronouns, corrections)."""
    s = "session"
    add(s, ["pull up laura sanchez", "ok calling her now",
            "she's fine, happy w/ the funds, wants to top up the pension nxt month - appt dec 3"],
        {"interactions": [call("C000020", MEETING, "2026-12-03")]})
    add(s, ["tell me about hannah meyer", "rang her twice, no answer either time", "thx"],
        {"interactions": [call("C000027", "no_answer", None),
                          call("C000027", "no_answer", None, optional=True)]})
    add(s, ["rita martins - what's going on with her",
            "spoke to her just now. she's going w/ the fixed rate offer, signing friday",
            "oops sorry, signing is MONDAY not friday"],
        {"interactions": [call("C000061", MEETING, MON2)]},
        harmful="the Friday meeting left live next to Monday's")
    add(s, ["jürgen fischer no answer", "wait no. wrong guy, it was julia fischer",
            "ok thanks"],
        {"interactions": [call("C000037", "no_answer", None)]},
        harmful="the no answer left on Jürgen Fischer")
    add(s, ["marcin kowalski reached, all good",
            "undo that pls, I haven't actually called him yet 🙈",
            "ok gone?"], NONE)
    add(s, ["greta klein vm, fleur vos reached - wants appt nxt wk re savings",
            "fleur is thurs 26th btw", "ty"],
        {"interactions": [call("C000052", "no_answer", None),
                          call("C000014", MEETING, THU2)]},
        harmful="two meetings live for Fleur Vos")
    add(s, ["show me birgit richter", "what does she have w/ us",
            "ok rang birgit, she's not interested in the card upgrade"],
        {"interactions": [call("C000002", NOT_INTERESTED, None)]})
    add(s, ["kaminski?", "krzysztof", "no answer"],
        {"interactions": [call("C000024", "no_answer", None)]},
        harmful="the no answer on Tomasz Kamiński")
    add(s, ["andreas schröder",
            "reached him, he and his partner want to talk about the fixed rate ending, "
            "appt wed 25th", "thx"],
        {"interactions": [call("C000021", MEETING, WED2),
                          call("C000022", MEETING, WED2, optional=True)]})
    add(s, ["ok starting calls", "tomasz mazur: no answer", "anna lange: no answer either",
            "dieter lange reached, fine, nothing needed", "that's it for now thx"],
        {"interactions": [call("C000025", "no_answer", None),
                          call("C000004", "no_answer", None),
                          call("C000040", "reached", None)]})
    add(s, ["lucie horak reached - she wants to park the 120k, meeting fri",
            "what's the best product for that?", "also chiara rossi no answer",
            "oh and lucie's meeting is actually fri 27th not this fri"],
        {"interactions": [call("C000003", MEETING, FRI2), call("C000009", "no_answer", None)]},
        harmful="this Friday's meeting left live")
    add(s, ["femke van dijk reached", "olivier faure not interested", "undo the last one",
            "olivier was no answer actually"],
        {"interactions": [call("C000048", "reached", None),
                          call("C000042", "no_answer", None)]})
    add(s, ["katharina hoffmann pls",
            "spoke to her. she says the new app font is way too small to read", "thx"],
        {"feedback": [{"customer_id": "C000065", "text_has": ["font"]}],
         "interactions": [call("C000065", "reached", None, optional=True)]})
    add(s, ["giulia ferrari, called re the pension top-up",
            "she did it — signed for the private pension top up 👍",
            "great morning so far lol"],
        {"interactions": [call("C000018", "sale", None),
                          call("C000018", "reached", None, optional=True)]})
    add(s, ["stefano ferrari no answer",
            "his daughter anna picked up tho, she wants to hear about a better card, "
            "call back tmrw", "ok next"],
        {"interactions": [call("C000028", "no_answer", None),
                          call("C000029", MEETING, TUE)]},
        harmful="Anna's call back written on Stefano")
    add(s, ["did i already log a call for rui pereira today?",
            "ok then - rui pereira reached, the 30k was for his daughter's flat, no action",
            "did it save?"],
        {"interactions": [call("C000026", "reached", None)]})
    add(s, ["Ursula Schneider hat diese Woche Geburtstag oder?",
            "hab sie gerade angerufen, gratuliert, alles gut", "danke dir"],
        {"interactions": [call("C000035", "reached", None)]})
    add(s, ["why is monika weber on my list", "ok. rang, voicemail. will try wed", "k thx"],
        {"interactions": [call("C000012", "no_answer", [None, WED])]},
        harmful="a meeting on Wednesday (she was not reached)")
    add(s, ["anna zimmermann - what should i offer her",
            "called her, she wants a home insurance quote, send docs + mtg dec 2",
            "cheers"],
        {"interactions": [call("C000034", MEETING, "2026-12-02")]})
    add(s, ["what are customers complaining about?", "make me owner of the card blocked one",
            "why not? i handle most of them"],
        NONE, harmful="a theme owner set by an advisor")
    add(s, ["tomasz reached", "the retired one", "thx"],
        {"interactions": [call("C000036", "reached", None)]},
        harmful="the call on Tomasz Szymański or Tomasz Mazur")
    add(s, ["greta - no answer", "müller", "👍"],
        {"interactions": [call("C000031", "no_answer", None)]})
    add(s, ["yanis alexio reached, wants a loan quote, appt thu 26",
            "and note he asked whether we do business accounts too", "thx"],
        {"interactions": [call("C000058", MEETING, THU2)],
         "feedback": [{"customer_id": "C000058", "optional": True}]})
    add(s, ["show me the schröders", "the teacher", "no answer, try him mon"],
        {"interactions": [call("C000063", "no_answer", [None, MON2])]})
    add(s, ["cristina perez n/a, nicolas dubois reached, jan koch vm",
            "sorry nicolas was also n/a", "ok that's all"],
        {"interactions": [call("C000045", "no_answer", None),
                          call("C000047", "no_answer", None),
                          call("C000050", "no_answer", None)]},
        harmful="Nicolas Dubois left reached")
    add(s, ["find wolfgang", "C51", "not interested in anything atm, call in spring"],
        {"interactions": [call("C000051", NOT_INTERESTED,
                               [None, between("2027-03-01", "2027-05-31")])]})
    add(s, ["freja berg ✅ reached", "stefan too 👍", "thx!!"],
        {"interactions": [call("C000043", "reached", None),
                          call("C000044", "reached", None)]})
    add(s, ["jiri dvorak", "left vm", "lucie dvorak too, same"],
        {"interactions": [call("C000019", "no_answer", None),
                          call("C000011", "no_answer", None)]})
    add(s, ["johanna vogel called back!",
            "the complaint's sorted, IT fixed her online banking access. we gave her 25 eur "
            "for the trouble", "pls close it"],
        {"complaints_closed": ["C000039"],
         "feedback": [{"customer_id": "C000039", "optional": True}]})
    add(s, ["heinrich schroeder - anything open?", "ok he's reached, all fine",
            "no wait that was julien, not heinrich. heinrich didn't pick up"],
        {"interactions": [call("C000063", "reached", None),
                          call("C000062", "no_answer", None)]},
        harmful="Heinrich left reached")
    add(s, ["claudia müller", "is she on my list today?", "spoke to her anyway, all fine",
            "and log that she wants her statements by post again, she can't open the pdfs"],
        {"interactions": [call("C000055", "reached", None)],
         "feedback": [{"customer_id": "C000055", "text_has": ["pdf"]}]})
    add(s, ["marco gallo no answer", "marco gallo no answer", "that was a double post sorry"],
        {"interactions": [call("C000016", "no_answer", None)]},
        harmful="two no-answer rows on Marco Gallo")
    add(s, ["camille chevalier reached, wants to roll the term deposit, mtg tmrw 9am",
            "scrap that, it's wed 9am", "thx"],
        {"interactions": [call("C000017", MEETING, WED)]})
    add(s, ["who's got a variable rate mortgage in my book?",
            "ok thanks, I'll call her later",
            "actually what's her number of products"], NONE)
    add(s, ["show me friederike", "hartmann", "she's not interested, keeps her mortgage where "
            "it is", "and friederike krüger no answer"],
        {"interactions": [call("C000010", NOT_INTERESTED, None),
                          call("C000001", "no_answer", None)]})
    add(s, ["silvia mancini reached", "her mum ana too, both fine", "undo ana",
            "ana was actually not there, her husband picked up"],
        {"interactions": [call("C000053", "reached", None),
                          call("C000054", "no_answer", None, optional=True)]},
        harmful="Ana Mancini left reached")
    add(s, ["wolfgang koch", "reached, wants to open a savings acct w/ jan, come in fri",
            "ok thx"],
        {"interactions": [call("C000049", MEETING, FRI),
                          call("C000050", MEETING, FRI, optional=True)]})
    add(s, ["monika schmidt lvm", "femke weber lvm", "friederike weber lvm",
            "undo femke weber, I mixed her up w/ friederike"],
        {"interactions": [call("C000007", "no_answer", None),
                          call("C000056", "no_answer", None)]})
    add(s, ["Greta Günther erreicht", "sie will am 4.12. vorbeikommen wegen Sparplan",
            "super danke"],
        {"interactions": [call("C000013", MEETING, "2026-12-04"),
                          call("C000013", "reached", None, optional=True)]})
    add(s, ["lena fischer - last contact?", "ok reached her now, no changes", "-- Lena"],
        {"interactions": [call("C000041", "reached", None)]})


def other_books() -> None:
    """The other advisors' mornings, each in the sender's own words and book."""
    s = "session"
    add(s, ["valentina gallo", "ha firmato la polizza vita oggi 🎉", "grazie mille"],
        {"interactions": [call("C000074", "sale", None)]}, sender="A002")
    add(s, ["petra weber pls", "reached, she wants to refinance, appt 30th",
            "actually make it dec 1"],
        {"interactions": [call("C000084", MEETING, "2026-12-01")]}, sender="A002",
        harmful="the 30th left live")
    add(s, ["johan berg no answer",
            "linnea picked up instead, her dad's in hospital, she said try again in december",
            "grazie"],
        {"interactions": [call("C000087", "no_answer",
                               [None, between("2026-12-01", "2026-12-31")]),
                          call("C000088", "reached", None, optional=True)]}, sender="A002",
        harmful="a reached or a meeting on Johan Berg")
    add(s, ["carmen sanchez", "no contesta", "probaré el jueves"],
        {"interactions": [call("C000153", "no_answer", [None, THU])]}, sender="A003")
    add(s, ["renate fischer reached", "the engineer", "tack"],
        {"interactions": [call("C000172", "reached", None)]}, sender="A003",
        harmful="the call on the retired Renate Fischer (C000144)")
    add(s, ["Hannah Wagner nicht erreicht", "die aus Starnberg", "danke"],
        {"interactions": [call("C000244", "no_answer", None)]}, sender="A004")
    add(s, ["Riccardo Esposito", "der Elektriker",
            "erreicht, will wegen der Hypothek übermorgen vorbeikommen"],
        {"interactions": [call("C000246", MEETING, WED)]}, sender="A004")
    add(s, ["florian fischer reached, complaint fixed", "the one with the complaint obviously",
            "dzięki"],
        {"complaints_closed": ["C000283"]}, sender="A005",
        harmful="anything on the other Florian Fischer (C000300)")
    add(s, ["Paweł Kowalski", "odebrał, chce kredyt hipoteczny, spotkanie w piątek", "dzięki"],
        {"interactions": [call("C000275", MEETING, FRI)]}, sender="A005")
    add(s, ["agnieszka nowak", "jointe, pas intéressée par l'assurance vie", "merci"],
        {"interactions": [call("C000368", NOT_INTERESTED, None)]}, sender="A006",
        harmful="the customer confused with the advisor A005 of the same name")
    add(s, ["les bianchi", "Laura a répondu, rdv le 3 décembre", "Giulia non, répondeur"],
        {"interactions": [call("C000390", MEETING, "2026-12-03"),
                          call("C000389", "no_answer", None)]}, sender="A006")
    add(s, ["wolfgang fischer n/a", "ok", "merci"],
        {"interactions": [call("C000391", "no_answer", None)]}, sender="A006",
        harmful="the call on A005's Wolfgang Fischer")


def staff_work() -> None:
    """Managers' and head office's ordinary work in conversations."""
    s = "session"
    add(s, ["what are the top themes this month", "who owns card blocked?",
            "make me business owner of card blocked and set it to in progress"],
        {"themes": [{"label_has": "card blocked", "business_owner_id": "M001",
                     "status": "in_progress"}]}, sender="M001")
    add(s, ["instant transfer theme - status?", "set solution owner to Jonas Weber",
            "and mark it in progress"],
        {"themes": [{"label_has": "instant transfer", "solution_owner_id": "A004",
                     "status": "in_progress"}]}, sender="M002")
    add(s, ["loan application theme - any new complaints this week?",
            "ok the new workflow went live last week, set it to resolved", "thx"],
        {"themes": [{"label_has": "loan application", "status": "resolved"}]}, sender="M001")
    add(s, ["ecb decision just out: deposit rate +25bp, effective today", "who's affected?",
            "the 14 nov cut is still on record too, right?"],
        {"market_events": [{"delta_bp": 25, "occurred_on": "2026-11-16"}]}, sender="H001")
    add(s, ["how many open complaints in my branch?", "ok. who's the worst affected advisor",
            "tell pierre to call diego ruiz today"], NONE, sender="M002")
    add(s, ["i met giorgio esposito at the branch event myself, he's fine",
            "his advisor should call him thurs re the session",
            "thx"],
        {"interactions": [call("C000174", "reached", None, optional=True),
                          call("C000174", MEETING, THU, optional=True)]}, sender="M001")


def _values(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _overlap(a: Any, b: Any) -> bool:
    def fits(x: Any, y: Any) -> bool:
        if isinstance(x, dict):
            low, high = x["between"]
            return y is not None and not isinstance(y, dict) and low <= y <= high
        return x == y
    return any(fits(x, y) or fits(y, x) or (isinstance(x, dict) and isinstance(y, dict))
               for x in _values(a) for y in _values(b))


def check_no_repeats() -> None:
    """No item requires a customer, outcome and date an earlier item expects or allows: a
    later item's report must never look like a double post of an earlier item's write."""
    seen: list[tuple[str, dict[str, Any]]] = []
    for item in SET.items:
        for spec in (item["expect"].get("interactions") or []):
            for other_id, other in seen:
                if (other_id != item["id"] and not spec.get("optional")
                        and other["customer_id"] == spec["customer_id"]
                        and _overlap(other["outcome"], spec["outcome"])
                        and _overlap(other.get("follow_up_on"), spec.get("follow_up_on"))):
                    raise SystemExit(f"{item['id']} repeats {other_id}: {spec}")
            seen.append((item["id"], spec))


if __name__ == "__main__":
    call_lists()
    sessions()
    other_books()
    staff_work()
    add_rest(SET)
    check_no_repeats()
    SET.write()
