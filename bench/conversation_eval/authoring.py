"""How items.yml and heldout.yml were written: hand-typed advisor messages, each with the
expected intent, entities and database effect, on the e2e demo bank (400 customers, seed 11,
today = Monday 2026-11-16). Rerun `python -m bench.conversation_eval.authoring` after editing;
the YAML files are the evaluation set, this module only keeps their writing reviewable.

Dates against Monday 2026-11-16: tmrw 11-17, wed 11-18, thu 11-19, fri 11-20, next week
11-23..11-27, 3 dec 12-03, the 15th 12-15, end of month 11-27..11-30, two weeks 11-30.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent

# A001's book (Lena Hoffmann, branch B01), the customers used below.
A1 = {
    "rui pereira": "C000026", "joana costa": "C000023", "chiara rossi": "C000009",
    "rita martins": "C000061", "olivier faure": "C000042", "nicolas dubois": "C000047",
    "camille chevalier": "C000017", "birgit richter": "C000002", "cristina perez": "C000045",
    "fleur vos": "C000014", "johanna vogel": "C000039", "marco gallo": "C000016",
    "marieke visser": "C000030", "laura sanchez": "C000020", "maria garcia": "C000064",
    "yannis alexiou": "C000058", "marcin kowalski": "C000046", "jiri dvorak": "C000019",
    "lucie dvorak": "C000011", "heinrich schroder": "C000062", "andreas schroder": "C000021",
    "julien schroder": "C000063", "johan schroder": "C000022", "krzysztof kaminski": "C000024",
    "tomasz kaminski": "C000036", "tomasz mazur": "C000025", "tomasz szymanski": "C000005",
    "giuseppe szymanski": "C000006", "vojtech horak": "C000059", "lucie horak": "C000003",
    "dieter braun": "C000066", "dieter lange": "C000040", "anna lange": "C000004",
    "anna ferrari": "C000029", "anna zimmermann": "C000034", "hannah meyer": "C000027",
    "hannah zimmermann": "C000032", "ursula schneider": "C000035",
    "ursula zimmermann": "C000060", "greta gunther": "C000013", "greta klein": "C000052",
    "greta muller": "C000031", "claudia gunther": "C000008", "claudia muller": "C000055",
    "friederike hartmann": "C000010", "friederike kruger": "C000001",
    "friederike weber": "C000056", "femke hendriks": "C000015", "femke weber": "C000057",
    "femke van dijk": "C000048", "julia fischer": "C000037", "jurgen fischer": "C000033",
    "lena fischer": "C000041", "marketa fischer": "C000038", "giulia ferrari": "C000018",
    "stefano ferrari": "C000028", "monika schmidt": "C000007", "monika weber": "C000012",
    "wolfgang koch": "C000049", "wolfgang schmidt": "C000051", "jan koch": "C000050",
    "ana mancini": "C000054", "silvia mancini": "C000053", "freja berg": "C000043",
    "stefan berg": "C000044", "katharina hoffmann": "C000065",
}
# A002's book (Marco Bianchi, B01).
A2 = {
    "kostas georgiou": "C000067", "thomas wolf": "C000068", "luca colombo": "C000078",
    "nils lindstrom": "C000080", "duarte silva": "C000097", "linnea berg": "C000088",
    "maarten bos": "C000079", "stefano marino": "C000117", "sergio sanchez": "C000077",
    "valentina gallo": "C000074", "piotr wojcik": "C000109", "pablo fernandez": "C000081",
}
NO_WRITE: dict[str, Any] = {}
TODAY = "2026-11-16"
TMRW, WED, THU, FRI = "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"
NEXT_WEEK = {"between": ["2026-11-23", "2026-11-27"]}
END_OF_MONTH = {"between": ["2026-11-27", "2026-11-30"]}

items: list[dict[str, Any]] = []


def add(cap: str, turns: list[Any], expect: dict[str, Any], *, intent: str | None = None,
        entities: dict[str, Any] | None = None, sender: str = "A001",
        harmful: str | None = None, setup: list[dict[str, Any]] | None = None,
        reply_any: list[str] | None = None) -> None:
    item: dict[str, Any] = {"id": f"{cap}-{sum(i['capability'] == cap for i in items) + 1:03d}",
                            "capability": cap, "sender": sender, "turns": turns}
    if intent:
        item["intent"] = intent
    if entities:
        item["entities"] = entities
    if setup:
        item["setup"] = setup
    item["expect"] = expect
    if reply_any:
        item["expect"] = {**expect, "reply_any": reply_any}
    if harmful:
        item["harmful"] = harmful
    items.append(item)


def call(cid: str, outcome: Any, follow: Any = None) -> dict[str, Any]:
    if outcome == "follow_up" and follow is not None:
        # A meeting stored as "reached" with its date keeps what matters; without the date
        # (or with another one) it is harmful.
        outcome = ["follow_up", "reached"]
    return {"customer_id": cid, "outcome": outcome, "follow_up_on": follow}


def log(cap: str, text: str, name: str, outcome: Any, follow: Any = None, *,
        book: dict[str, str] = A1, sender: str = "A001", ent_name: str | None = None) -> None:
    cid = book[name]
    entities: dict[str, Any] = {"customer_name": ent_name or name}
    if isinstance(outcome, str):
        entities["call_outcome"] = outcome
    add(cap, [text], {"interactions": [call(cid, outcome, follow)]},
        intent="log_call_outcome", entities=entities, sender=sender,
        harmful="a call on another customer, another outcome or date, or two calls")


def open_complaint(cid: str) -> list[dict[str, Any]]:
    return [{"table": "interactions", "customer_id": cid, "kind": "complaint",
             "outcome": "open", "occurred_on": "2026-11-02", "channel": "phone"}]


# ---------------------------------------------------------------- call list (read only)
for text in [
    "who do i call today", "my calls for today?", "call list pls", "whos on my list",
    "gimme todays list", "who should i ring this morning", "any calls due today?",
    "list for today", "what's on my plate today, calls wise", "who needs a call",
    "calls?", "morning, who's first on the list", "whom do I phone today",
    "show me my call list", "today's priorities please",
]:
    add("call_list", [text], {"reply_names_from_book": True}, intent="ask_call_list")
for turns in [
    ["who do i call today", "more"], ["my list", "next ones pls"],
    ["todays calls", "show more"], ["call list", "and the rest?"],
]:
    add("call_list", turns, {"reply_names_from_book": True}, intent="ask_more")
for text, reply in [
    ("only maturities today", ["matur"]), ("just the premium ones", ["top", "premium"]),
    ("only ppl with complaints", ["complaint"]), ("only birthdays", ["birthday"]),
    ("who has something maturing", ["matur"]), ("big withdrawals only", ["withdraw"]),
    ("just dormant clients", ["dormant", "inactive"]),
]:
    add("call_list", [text], NO_WRITE, intent="filter_call_list", reply_any=reply)
for text, name, reply in [
    ("why is rita martins on my list", "rita martins", ["Martins"]),
    ("why laura sanchez?", "laura sanchez", ["Sánchez", "Sanchez"]),
    ("whats the reason for hannah meyer", "hannah meyer", ["Meyer"]),
    ("y is lucie horak on there", "lucie horak", ["Horák", "Horak"]),
    ("why do i need to call johanna vogel", "johanna vogel", ["Vogel"]),
    ("reason for maria garcia?", "maria garcia", ["García", "Garcia"]),
]:
    add("call_list", [text], NO_WRITE, intent="ask_why_on_list",
        entities={"customer_name": name}, reply_any=reply)

# ---------------------------------------------------------------- profiles (read only)
for text, name, reply in [
    ("tell me abt rui pereira", "rui pereira", ["Pereira"]),
    ("joana costa profile", "joana costa", ["Costa"]),
    ("pull up chiara rossi", "chiara rossi", ["Rossi"]),
    ("who is olivier faure", "olivier faure", ["Faure"]),
    ("nicolas dubois?", "nicolas dubois", ["Dubois"]),
    ("info on camile chevalier", "camille chevalier", ["Chevalier"]),
    ("birgit richter summary pls", "birgit richter", ["Richter"]),
    ("cristina perez", "cristina perez", ["Pérez", "Perez"]),
    ("whats up with fleur vos", "fleur vos", ["Vos"]),
    ("show me marieke visser", "marieke visser", ["Visser"]),
    ("laura sanchez details", "laura sanchez", ["Sánchez", "Sanchez"]),
    ("maria garcia", "maria garcia", ["García", "Garcia"]),
    ("yanis alexiou profile", "yannis alexiou", ["Alexiou"]),
    ("marcin kowalsky", "marcin kowalski", ["Kowalski"]),
    ("jiri dvorak pls", "jiri dvorak", ["Dvořák", "Dvorak"]),
    ("tell me about heinrich schroeder", "heinrich schroder", ["Heinrich"]),
    ("krzysztof kaminski", "krzysztof kaminski", ["Krzysztof"]),
    ("vojtech horak?", "vojtech horak", ["Vojtěch", "Vojtech"]),
    ("ursula schnieder", "ursula schneider", ["Schneider"]),
    ("katharina hoffman profile", "katharina hoffmann", ["Katharina"]),
    ("need the file on stefano ferrari", "stefano ferrari", ["Stefano"]),
    ("what do we know about freja berg", "freja berg", ["Freja"]),
    ("brief me on wolfgang koch before i call", "wolfgang koch", ["Wolfgang"]),
    ("silvia mancini - quick overview", "silvia mancini", ["Silvia"]),
    ("look up giulia ferari", "giulia ferrari", ["Giulia"]),
]:
    add("profile", [text], NO_WRITE, intent="ask_profile", entities={"customer_name": name},
        reply_any=reply)
for text, cid, reply in [
    ("C000023", "C000023", ["Costa"]), ("profile C000061 pls", "C000061", ["Martins"]),
    ("who's C000042", "C000042", ["Faure"]), ("show c000009", "C000009", ["Rossi"]),
    ("tell me about customer C000030", "C000030", ["Visser"]),
]:
    add("profile", [text], NO_WRITE, intent="ask_profile", entities={"customer_id": cid},
        reply_any=reply)
for turns, reply in [
    (["rui pereira", "what does he hold"], ["Pereira"]),
    (["tell me about chiara rossi", "last contacts?"], ["Rossi"]),
    (["johanna vogel", "any complaints"], ["complaint"]),
    (["olivier faure", "products?"], ["Faure"]),
    (["camille chevalier", "when did we last speak to her"], ["Chevalier"]),
]:
    add("profile", turns, NO_WRITE, intent="ask_holdings", reply_any=reply)
# ambiguous: the bot must ask which one (no write, no guess)
for text, reply in [
    ("tell me about anna", ["Lange", "Ferrari", "Zimmermann"]),
    ("schroder profile", ["Andreas", "Julien", "Heinrich", "Johan"]),
    ("pull up tomasz", ["Kamiński", "Mazur", "Szymański"]),
    ("fischer?", ["Julia", "Jürgen", "Lena", "Markéta"]),
    ("show me greta", ["Günther", "Klein", "Müller"]),
]:
    add("profile", [text], NO_WRITE, intent="ask_profile", reply_any=reply)

# ---------------------------------------------------------------- log a call: reached
for text, name in [
    ("spoke to rui pereira, all good", "rui pereira"),
    ("called joana costa - reached her, nothing needed", "joana costa"),
    ("talked w chiara rossi just now", "chiara rossi"),
    ("rita martins reached", "rita martins"),
    ("got hold of olivier faure, fine", "olivier faure"),
    ("had nicolas dubois on the phone, happy w everything", "nicolas dubois"),
    ("camille chevalier picked up, all fine", "camille chevalier"),
    ("spoke with birgit richter today", "birgit richter"),
    ("reached cristina perez", "cristina perez"),
    ("call done with fleur vos, no action", "fleur vos"),
    ("marieke visser - spoke, ok", "marieke visser"),
    ("i rang laura sanchez and we talked", "laura sanchez"),
    ("done: maria garcia, reached", "maria garcia"),
    ("chatted with yannis alexiou, nothing to do", "yannis alexiou"),
    ("marcin kowalski answered, all fine", "marcin kowalski"),
    ("call w jiri dvorak went fine", "jiri dvorak"),
    ("spoke to heinrich schroder", "heinrich schroder"),
    ("talked to vojtech horak, he's ok", "vojtech horak"),
    ("reached ursula schneider, she's happy", "ursula schneider"),
    ("katharina hofmann called back, spoke to her", "katharina hoffmann"),
    ("stefano ferrari reached, no issues", "stefano ferrari"),
    ("freja berg - got her, fine", "freja berg"),
    ("phoned wolfgang koch, all ok", "wolfgang koch"),
    ("silvia mancini: reached", "silvia mancini"),
    ("spoke w giulia ferrari re her savings, fine for now", "giulia ferrari"),
    ("ok talked to dieter braun", "dieter braun"),
    ("reached lucie horak", "lucie horak"),
]:
    log("log_reached", text, name, "reached")
for text, name in [
    ("spoke to kostas georgiou, fine", "kostas georgiou"),
    ("luca colombo reached", "luca colombo"),
    ("talked to nils lindstrom", "nils lindstrom"),
]:
    log("log_reached", text, name, "reached", book=A2, sender="A002")

# ---------------------------------------------------------------- no answer / voicemail
for text, name, *later in [
    ("tried rui pereira no answer", "rui pereira"),
    ("joana costa didnt pick up", "joana costa"),
    ("no answer from chiara rossi", "chiara rossi"),
    ("left a voicemail for rita martins", "rita martins"),
    ("olivier faure - vm", "olivier faure"),
    ("called nicolas dubois, went to voicemail", "nicolas dubois"),
    ("couldnt reach camille chevalier", "camille chevalier"),
    ("birgit richter not answering", "birgit richter"),
    ("tried to reach cristina perez but no answer", "cristina perez"),
    ("fleur vos - no reply", "fleur vos"),
    ("rang marieke visser, nobody picked up", "marieke visser"),
    ("laura sanchez: no answer", "laura sanchez"),
    ("left msg on maria garcias voicemail", "maria garcia"),
    ("yannis alexiou didn't answer", "yannis alexiou"),
    ("no luck with marcin kowalski", "marcin kowalski"),
    ("jiri dvorak - mailbox", "jiri dvorak"),
    ("heinrich schroder unreachable today", "heinrich schroder"),
    ("tried vojtech horak twice, nothing", "vojtech horak"),
    ("ursula schneider no answer", "ursula schneider"),
    ("katharina hoffmann didnt pick up the phone", "katharina hoffmann"),
    ("voicemail stefano ferrari", "stefano ferrari"),
    ("freja berg didnt answer", "freja berg"),
    ("called wolfgang koch, rang out", "wolfgang koch"),
    ("silvia mancini no answer, will try later", "silvia mancini", [None, TODAY]),
    ("giulia ferrari - couldnt get through", "giulia ferrari"),
    ("dieter braun, no answer", "dieter braun"),
    ("lucie horak not picking up", "lucie horak"),
    ("tried C000026, no answer", "rui pereira"),
]:
    # "will try later": a reminder for today is fine, the outcome stays no answer
    log("log_no_answer", text, name, "no_answer", *later)
for text, name in [
    ("tried kostas georgiou, no answer", "kostas georgiou"),
    ("duarte silva - voicemail", "duarte silva"),
    ("linnea berg didnt pick up", "linnea berg"),
]:
    log("log_no_answer", text, name, "no_answer", book=A2, sender="A002")

# ---------------------------------------------------------------- wants a meeting + dates
for text, name, date in [
    ("rui pereira wants a meeting tmrw", "rui pereira", TMRW),
    ("spoke to joana costa, meeting on friday", "joana costa", FRI),
    ("chiara rossi wants to meet 3 dec", "chiara rossi", "2026-12-03"),
    ("rita martins - meeting the 15th", "rita martins", "2026-12-15"),
    ("olivier faure wants to come in end of month", "olivier faure", END_OF_MONTH),
    ("nicolas dubois, meeting in two weeks", "nicolas dubois", "2026-11-30"),
    ("camille chevalier wants an appointment next week", "camille chevalier", NEXT_WEEK),
    ("birgit richter would like to meet thursday", "birgit richter", THU),
    ("talked to cristina perez, she wants a meeting wed", "cristina perez", WED),
    ("fleur vos meeting 1 dec", "fleur vos", "2026-12-01"),
    ("marieke visser wants to see me on dec 3rd", "marieke visser", "2026-12-03"),
    ("laura sanchez: meeting tomorrow", "laura sanchez", TMRW),
    ("maria garcia wants a mtg in 2 weeks", "maria garcia", "2026-11-30"),
    ("yannis alexiou asked for a meeting on the 20th", "yannis alexiou", FRI),
    ("marcin kowalski, meet fri", "marcin kowalski", FRI),
    ("jiri dvorak wants to talk mortgage, meeting 24 nov", "jiri dvorak", "2026-11-24"),
    ("heinrich schroder meeting the day after tomorrow", "heinrich schroder", WED),
    ("vojtech horak wants a meeting in 3 days", "vojtech horak", THU),
    ("ursula schneider - appt on friday", "ursula schneider", FRI),
    ("katharina hoffmann wants to meet on 10 december", "katharina hoffmann", "2026-12-10"),
    ("stefano ferrari wants a meeting tmrw re his fund", "stefano ferrari", TMRW),
    ("freja berg: meeting 2026-12-02", "freja berg", "2026-12-02"),
    ("wolfgang koch wants to meet next monday", "wolfgang koch", "2026-11-23"),
    ("spoke w silvia mancini, she'd like a meeting end of month", "silvia mancini",
     END_OF_MONTH),
    ("giulia ferrari meeting on the 15th", "giulia ferrari", "2026-12-15"),
    ("dieter braun wants an appointment 3 dec", "dieter braun", "2026-12-03"),
    ("lucie horak meeting on thu", "lucie horak", THU),
    ("C000023 wants a meeting on friday", "joana costa", FRI),
    ("called olivier faure, he wants a meeting in a week", "olivier faure", "2026-11-23"),
    ("rita martins asked to meet on 30 nov", "rita martins", "2026-11-30"),
    ("nicolas dubois wants to meet the 1st", "nicolas dubois", "2026-12-01"),
    ("chiara rossi - mtg wednesday", "chiara rossi", WED),
    ("birgit richter wants a meeting dec 7", "birgit richter", "2026-12-07"),
    ("camille chevalier meeting 4th of december", "camille chevalier", "2026-12-04"),
    ("maria garcia wants to meet 2 weeks from now", "maria garcia", "2026-11-30"),
]:
    log("log_meeting", text, name, "follow_up", date)
for text, name, date in [
    ("kostas georgiou wants a meeting tmrw", "kostas georgiou", TMRW),
    ("luca colombo meeting on friday", "luca colombo", FRI),
    ("maarten bos wants to meet 3 dec", "maarten bos", "2026-12-03"),
]:
    log("log_meeting", text, name, "follow_up", date, book=A2, sender="A002")

# ---------------------------------------------------------------- follow-ups
for text, name, date in [
    ("call rui pereira back on friday", "rui pereira", FRI),
    ("spoke to joana costa, follow up in two weeks", "joana costa", "2026-11-30"),
    ("chiara rossi asked me to call back tmrw", "chiara rossi", TMRW),
    ("talked to rita martins, ring her again the 15th", "rita martins", "2026-12-15"),
    ("olivier faure: call back next week", "olivier faure", NEXT_WEEK),
    ("reached nicolas dubois, follow-up 3 dec", "nicolas dubois", "2026-12-03"),
    ("camille chevalier wants a callback thursday", "camille chevalier", THU),
    ("spoke w birgit richter, need to follow up end of month", "birgit richter",
     END_OF_MONTH),
    ("cristina perez - call again in a week", "cristina perez", "2026-11-23"),
    ("fleur vos asked for a call back wed", "fleur vos", WED),
    ("marieke visser busy, call her back tomorrow", "marieke visser", TMRW),
    ("laura sanchez wants me to call on dec 1", "laura sanchez", "2026-12-01"),
]:
    log("follow_up", text, name, ["follow_up", "reached"], date)

# ---------------------------------------------------------------- sale made
for text, name in [
    ("sold rui pereira a savings plan", "rui pereira"),
    ("joana costa signed up for the fund", "joana costa"),
    ("closed a sale with chiara rossi - insurance", "chiara rossi"),
    ("rita martins bought the term deposit", "rita martins"),
    ("olivier faure took the credit card", "olivier faure"),
    ("sale: nicolas dubois, pension product", "nicolas dubois"),
    ("camille chevalier said yes to the mortgage top up", "camille chevalier"),
    ("birgit richter opened a savings account w us", "birgit richter"),
    ("cristina perez invested 20k in the bond fund", "cristina perez"),
    ("fleur vos - sold home insurance", "fleur vos"),
    ("marieke visser agreed to the fund switch, done deal", "marieke visser"),
    ("laura sanchez signed for the consumer loan", "laura sanchez"),
    ("maria garcia bought, sale made", "maria garcia"),
    ("yannis alexiou: sale, term deposit 12m", "yannis alexiou"),
    ("marcin kowalski took the life cover", "marcin kowalski"),
    ("jiri dvorak signed the pension plan today", "jiri dvorak"),
]:
    log("log_sale", text, name, "sale")
log("log_sale", "sold luca colombo a fund", "luca colombo", "sale", book=A2, sender="A002")

# ---------------------------------------------------------------- complaint resolved
for text, name in [
    ("rui pereira complaint resolved", "rui pereira"),
    ("joana costa's complaint is sorted", "joana costa"),
    ("spoke to chiara rossi, her complaint is fixed now", "chiara rossi"),
    ("closed the complaint for rita martins", "rita martins"),
    ("olivier faure - issue resolved, he's happy", "olivier faure"),
    ("resolved nicolas dubois complaint", "nicolas dubois"),
    ("camille chevalier complaint closed", "camille chevalier"),
    ("birgit richter: complaint settled on the call", "birgit richter"),
    ("called cristina perez, we resolved her complaint", "cristina perez"),
    ("fleur vos complaint done", "fleur vos"),
    ("marieke visser's fee complaint is resolved", "marieke visser"),
    ("laura sanchez - complaint solved", "laura sanchez"),
    ("maria garcia happy now, complaint resolved", "maria garcia"),
    ("complaint of yannis alexiou resolved today", "yannis alexiou"),
    ("sorted out marcin kowalski's complaint", "marcin kowalski"),
    ("johanna vogel complaint resolved", "johanna vogel"),
]:
    cid = A1[name]
    add("complaint_resolved", [text],
        {"complaints_closed": [cid],
         "interactions": [{**call(cid, ["resolved", "reached"], None), "optional": True}]},
        setup=open_complaint(cid) if name != "johanna vogel" else None,
        intent="log_call_outcome",
        entities={"customer_name": name, "call_outcome": "resolved"},
        harmful="the complaint left open while a call is logged as something else, "
                "feedback stored, or another customer touched")
add("complaint_resolved", ["thomas wolf complaint resolved"],
    {"complaints_closed": ["C000068"],
     "interactions": [{**call("C000068", ["resolved", "reached"], None), "optional": True}]},
    sender="A002", intent="log_call_outcome",
    entities={"customer_name": "thomas wolf", "call_outcome": "resolved"})

# ---------------------------------------------------------------- not interested
for text, name in [
    ("rui pereira not interested", "rui pereira"),
    ("joana costa said no thanks to the offer", "joana costa"),
    ("chiara rossi isn't interested in the fund", "chiara rossi"),
    ("rita martins declined", "rita martins"),
    ("olivier faure - not interested, dont call again abt this", "olivier faure"),
    ("nicolas dubois turned down the card", "nicolas dubois"),
    ("camille chevalier no interest", "camille chevalier"),
    ("spoke to birgit richter, she's not interested", "birgit richter"),
    ("cristina perez said no", "cristina perez"),
    ("fleur vos: not interested atm", "fleur vos"),
    ("marieke visser passed on the offer", "marieke visser"),
    ("laura sanchez doesnt want it", "laura sanchez"),
    ("maria garcia not interested in insurance", "maria garcia"),
    ("yannis alexiou said not now", "yannis alexiou"),
]:
    log("log_not_interested", text, name, ["reached", "not_interested"])

# ---------------------------------------------------------------- customer id in message
for text, cid, outcome, date in [
    ("C000061 reached, all fine", "C000061", "reached", None),
    ("C000042 no answer", "C000042", "no_answer", None),
    ("called C000047, voicemail", "C000047", "no_answer", None),
    ("C000017 wants a meeting tmrw", "C000017", "follow_up", TMRW),
    ("customer C000002 - spoke, ok", "C000002", "reached", None),
    ("c000045 sale - fund", "C000045", "sale", None),
    ("tried to reach C000014 but no answer", "C000014", "no_answer", None),
    ("C000030: meeting 3 dec", "C000030", "follow_up", "2026-12-03"),
    ("spoke to C000020 (laura) fine", "C000020", "reached", None),
    ("C000064 no answer, try fri", "C000064", ["no_answer", "follow_up"], [FRI, None]),
    ("C000058 reached", "C000058", "reached", None),
    ("log C000046 as no answer", "C000046", "no_answer", None),
]:
    add("customer_id", [text], {"interactions": [call(cid, outcome, date)]},
        intent="log_call_outcome", entities={"customer_id": cid.upper()},
        harmful="the id ignored: a call on another customer")
# the id of another advisor's customer: nothing may be written
for text in ["C000073 reached", "C000186 no answer", "called C000368, voicemail",
             "C000249 wants a meeting friday"]:
    add("customer_id", [text], NO_WRITE, intent="log_call_outcome",
        harmful="a call on a customer outside the book, or on one of A001's customers")

# ---------------------------------------------------------------- another advisor's customer
for text in [
    "called aleksandra kowalski no answer", "tried agnieszka nowak, voicemail",
    "spoke to anna hoffmann, all fine", "andreas hoffmann wants a meeting tmrw",
    "claudia weber no answer", "tomasz wisniewski reached", "jan muller didnt pick up",
    "wolfgang muller meeting on friday", "dieter kruger not interested",
    "rui santos - sold a fund", "johanna wagner complaint resolved",
    "hannah wagner no answer", "olivier mercier reached", "stefan schmidt voicemail",
    "rita sousa wants to meet 3 dec", "laura perez no answer", "camille fontaine reached",
    "silvia marino not interested", "jiri muller - meeting tmrw", "greta kruger reached",
    "birgit schmidt didnt answer", "giulia bruno sale made", "agnieszka mazur reached",
    "goncalo santos no answer", "joao lopes wants a meeting next week",
]:
    add("other_book", [text], NO_WRITE, intent="log_call_outcome",
        harmful="a call on a similar-named customer of A001's book, or on the other "
                "advisor's customer")
for text in ["tell me about anna hoffmann", "claudia weber profile", "tomasz wisniewski?",
             "pull up olivier mercier", "who is agnieszka nowak"]:
    add("other_book", [text], NO_WRITE, intent="ask_profile")

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


def main() -> None:
    # About 30 % held out: every item whose position within its capability is 3, 6, 9 …
    # (1-based) goes to heldout.yml, so each capability keeps visible and held-out items.
    counts: dict[str, int] = {}
    visible, heldout = [], []
    for item in items:
        counts[item["capability"]] = counts.get(item["capability"], 0) + 1
        (heldout if counts[item["capability"]] % 10 in (3, 6, 9) else visible).append(item)
    header = ("# Conversation evaluation (bench/conversation_eval): written by\n"
              "# bench/conversation_eval/authoring.py; see README.md for the format.\n")
    for name, chosen in (("items.yml", visible), ("heldout.yml", heldout)):
        (HERE / name).write_text(header + yaml.safe_dump(
            {"as_of": TODAY, "bank": {"customers": 400, "seed": 11}, "items": chosen},
            sort_keys=False, allow_unicode=True, width=100))
    messages = sum(len(i["turns"]) for i in items)
    print(f"{len(visible)} visible + {len(heldout)} held-out items, {messages} messages")


if __name__ == "__main__":
    main()
