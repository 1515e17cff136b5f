"""heldout20's conversations and non-call messages: pronouns and first names, corrections,
undo, double posts vs second attempts, feedback and what is not feedback, rate news, profiles,
theme work, chatter, other books and plans (the judging rules are in authoring_heldout20.py)."""

from __future__ import annotations

from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    HeldoutSet,
    call,
)


def calls(*rows: dict) -> dict:
    return {"interactions": list(rows)}


def pronouns(s: HeldoutSet) -> None:
    s.add("pronoun", ["tell me about rita martins",
                      "called her just now, she wants to meet on thursday"],
          calls(call("C000061", MEETING, "2026-11-19")))
    s.add("pronoun", ["profile femke weber pls", "ok ringing her.. no answer"],
          calls(call("C000057", "no_answer")))
    s.add("pronoun", ["claudia müller?", "spoke to her, not interested in the fund"],
          calls(call("C000055", NOT_INTERESTED)))
    s.add("pronoun", ["show monika schmidt", "she picked up, all good"],
          calls(call("C000007", "reached")))
    s.add("pronoun", ["spoke to olivier this morning, he's fine"],
          calls(call("C000042", "reached")))
    s.add("pronoun", ["anna picked up", "ferrari"], calls(call("C000029", "reached")))
    s.add("pronoun", ["Zeig mir Petra Weber", "hab sie gerade erreicht, alles gut"],
          calls(call("C000215", "reached")), sender="A004")
    s.add("pronoun", ["Infos zu Michael Weber?", "er geht nicht ran"],
          calls(call("C000216", "no_answer")), sender="A004")
    s.add("pronoun", ["pokaż Laura Mancini", "nie odbiera"],
          calls(call("C000302", "no_answer")), sender="A005")
    s.add("pronoun", ["Valentina Nikolaidis?",
                      "rozmawiałam z nią, spotkanie w przyszły wtorek"],
          calls(call("C000268", MEETING, "2026-11-24")), sender="A005")


def corrections(s: HeldoutSet) -> None:
    s.add("correction", ["marco gallo reached", "sorry, meant no answer - he didnt pick up"],
          calls(call("C000016", "no_answer")))
    s.add("correction", ["femke hendriks mtg thursday", "no wait, friday"],
          calls(call("C000015", MEETING, "2026-11-20")))
    s.add("correction", ["vojtěch horák vm", "wrong one, it was lucie dvořák"],
          calls(call("C000011", "no_answer")))
    s.add("correction", ["booked markéta fischer for 25/11", "date's wrong, should be 26/11"],
          calls(call("C000038", MEETING, "2026-11-26")))
    s.add("correction", ["ana mancini reached", "giulia ferrari reached",
                         "the first one was actually vm"],
          calls(call("C000054", "no_answer"), call("C000018", "reached")))
    s.add("correction", ["dieter lange reached", "no. wrong. no answer"],
          calls(call("C000040", "no_answer")))
    s.add("correction", ["booked wolfgang schmidt for 1.12.", "wrong schmidt sorry, monika"],
          calls(call("C000007", MEETING, "2026-12-01")))
    s.add("correction", ["Jana Svoboda erreicht", "Korrektur: war Tereza Svoboda, nicht Jana"],
          calls(call("C000262", "reached")), sender="A004")
    s.add("correction", ["Termin mit Camille Moreau am 24.11.", "nein, 25.11."],
          calls(call("C000230", MEETING, "2026-11-25")), sender="A004")
    s.add("correction", ["Chiara Ricci Mailbox", "nee sorry, falsch: sie war erreicht"],
          calls(call("C000222", "reached")), sender="A004")
    s.add("correction", ["Hélène Chevalier nie odbiera",
                         "przepraszam, chodziło mi o Aurélie Chevalier"],
          calls(call("C000322", "no_answer")), sender="A005")
    s.add("correction", ["spotkanie z Jana Lewandowski w piątek", "nie, w czwartek sorry"],
          calls(call("C000320", MEETING, "2026-11-19")), sender="A005")
    s.add("correction", ["hablé con Claudia Vogel", "perdón, era Katharina Vogel"],
          calls(call("C000277", "reached")), sender="A005")


def undo(s: HeldoutSet) -> None:
    s.add("undo", ["jiri dvorak reached", "undo pls"], NONE)
    s.add("undo", ["marco gallo mtg 30/11", "scrap that, wrong person"], NONE)
    s.add("undo", ["vm friederike weber", "fleur vos reached", "undo the friederike one"],
          calls(call("C000014", "reached")))
    s.add("undo", ["femke hendriks NI", "hannah meyer mtg fri",
                   "take both back, wrong chat"], NONE)
    s.add("undo", ["andreas schröder NI", "ignore that pls, wrong customer"], NONE)
    s.add("undo", ["Matthias Schmidt erreicht", "bitte rückgängig machen"], NONE,
          sender="A004")
    s.add("undo", ["Wolfgang Müller Mailbox", "Florian Günther erreicht",
                   "das mit Wolfgang Müller stimmt nicht, bitte löschen"],
          calls(call("C000217", "reached")), sender="A004")
    s.add("undo", ["Renate Koch - rozmawiałam", "cofnij to proszę"], NONE, sender="A005")
    s.add("undo", ["Tomáš Novák no contesta", "deshazlo porfa, me equivoqué de cliente"],
          NONE, sender="A005")


def duplicates(s: HeldoutSet) -> None:
    s.add("duplicate", ["friederike weber reached", "friederike weber reached"],
          calls(call("C000056", "reached")))
    s.add("duplicate", ["jiri dvorak no answer", "tried jiri again at 2, still nothing"],
          calls(call("C000019", "no_answer"), call("C000019", "no_answer")))
    s.add("duplicate", ["greta günther no answer",
                        "greta günther no answer\n\nSent from my iPhone"],
          calls(call("C000013", "no_answer")))
    s.add("duplicate", ["Femke Hendriks vm",
                        "2nd try femke hendriks - answered this time, all good"],
          calls(call("C000015", "no_answer"), call("C000015", "reached")))
    s.add("duplicate", ["Lena Fischer nicht erreicht", "Lena Fischer nicht erreicht"],
          calls(call("C000264", "no_answer")), sender="A004")
    s.add("duplicate", ["Yannis Alexiou Mailbox",
                        "nochmal bei Yannis Alexiou probiert, wieder Mailbox"],
          calls(call("C000252", "no_answer"), call("C000252", "no_answer")), sender="A004")
    s.add("duplicate", ["Oskar Nilsson nie odbiera", "Oskar Nilsson nie odbiera"],
          calls(call("C000279", "no_answer")), sender="A005")
    s.add("duplicate", ["Petra Klein no answer",
                        "drugi raz dzwoniłam do Petra Klein - rozmawiałam, all ok"],
          calls(call("C000314", "no_answer"), call("C000314", "reached")), sender="A005")


def fb(cid: str, *words: str, comp: float | None = None) -> dict:
    row: dict = {"customer_id": cid, "text_has": list(words)}
    if comp is not None:
        row["compensation"] = comp
    return {"feedback": [row]}


def feedback(s: HeldoutSet) -> None:
    s.add("feedback", ["olivier faure says the app keeps logging him out, pls log that"],
          fb("C000042", "app"))
    s.add("feedback", ["feedback from rita martins: waited 40 min on the hotline. we gave her "
                       "20 eur"], fb("C000061", "hotline", comp=20))
    s.add("feedback", ["anna zimmermann loves the new opening hours on saturdays"],
          fb("C000034", "opening hours"))
    s.add("feedback", ["tomasz mazur complained his card got blocked in spain last week"],
          fb("C000025", "blocked"))
    s.add("feedback", ["ursula schneider asked me 'why does an instant transfer take 2 days??'"
                       " - log as feedback"], fb("C000035", "instant transfer"))
    s.add("feedback", ["claudia günther said the loan application took forever, credited 50€ "
                       "goodwill"], fb("C000008", "loan", comp=50))
    s.add("feedback", ["Feedback von Christos Weber: Kartenlimit im Ausland viel zu niedrig"],
          fb("C000226", "Kartenlimit"), sender="A004")
    s.add("feedback", ["Jan Hoffmann beschwert sich über die Kontogebühren, 10 € gutgeschrieben"],
          fb("C000207", "Kontogebühren", comp=10), sender="A004")
    s.add("feedback", ["Julien Laurent findet die neue App super, wollte das loswerden"],
          fb("C000255", "App"), sender="A004")
    s.add("feedback", ["Zofia Dąbrowski mówi że aplikacja ciągle się zawiesza"],
          fb("C000276", "aplikacja"), sender="A005")
    s.add("feedback", ["feedback: Markus Zimmermann - fingerprint login nie działa od update"],
          fb("C000290", "fingerprint"), sender="A005")
    s.add("feedback", ["Iñigo García dice que la transferencia tardó 3 días, no está contento"],
          fb("C000280", "transferencia"), sender="A005")
    for text, who in [
        ("heard from the front desk that people hate the new hold music", "A001"),
        ("tbh i think the app is clunky since the update", "A001"),
        ("if chiara complains about the fee again we should refund it", "A001"),
        ("did giulia ferrari ever complain about her card?", "A001"),
        ("going to ask monika schmidt tmrw what she thinks of online banking", "A001"),
        ("Ich finde die neue Oberfläche ziemlich unübersichtlich", "A004"),
        ("Kollege meinte, Kunden beschweren sich über die Wartezeiten", "A004"),
        ("moim zdaniem nowa aplikacja jest gorsza niż stara", "A005"),
        ("czy Elena Greco zgłaszała kiedyś reklamację?", "A005"),
        ("does anyone have customer feedback on the card delays?", "M001"),
    ]:
        s.add("not_feedback", [text], NONE, sender=who,
              harmful="a question, plan, opinion or hearsay stored as customer feedback")


def market(s: HeldoutSet) -> None:
    s.add("market", ["ECB cut again, -25bp effective today. pls record"],
          {"market_events": [{"delta_bp": -25, "occurred_on": "2026-11-16"}]}, sender="H001")
    s.add("market", ["for the record: swap rates fell 15 bp on fri 13.11."],
          {"market_events": [{"delta_bp": -15, "occurred_on": "2026-11-13"}]}, sender="H001")
    s.add("market", ["posting again for the system: ECB -25 bp on 14 Nov"],
          {"market_events": [{"delta_bp": -25, "occurred_on": "2026-11-14"}]}, sender="H001",
          harmful="a second record of the 14 November cut")
    s.add("market", ["did the 25bp cut from saturday get recorded?"], NONE, sender="H001")
    s.add("market", ["if the ECB cuts 50bp in december we'd have to call every variable-rate "
                     "holder"], NONE, sender="H001")
    s.add("market", ["ecb cut rates by 25bp today apparently"], NONE)
    s.add("market", ["Hab gehört, die EZB senkt nächste Woche nochmal um 0,25"], NONE,
          sender="A004")
    s.add("market", ["ECB cut 25bp today, pls put it in"], NONE, sender="M001")
    s.add("market", ["klientka mówi że stopy spadną w grudniu o 50bp"], NONE, sender="A005")


def reads_and_themes(s: HeldoutSet) -> None:
    for text, words, who in [
        ("tell me about laura sanchez", ["Sánchez", "Sanchez"], "A001"),
        ("wolfgang koch?", ["Koch"], "A001"),
        ("who is c000019", ["Dvořák", "Dvorak"], "A001"),
        ("Zeig mir Oskar Lindström", ["Lindström", "Lindstrom"], "A004"),
        ("Was weißt du über Anouk van den Berg", ["van den Berg"], "A004"),
        ("pokaż profil Sabine Schmidt", ["Schmidt"], "A005"),
        ("info de Rocío Díaz por favor", ["Díaz", "Diaz"], "A005"),
        ("profile of Rita Martins", ["Martins"], "M001"),
    ]:
        s.add("profile", [text], {"reply_any": words}, sender=who)
    s.add("theme", ["make Lena the business owner for the blocked cards problem"],
          {"themes": [{"label_has": "card blocked", "business_owner_id": "A001"}]},
          sender="M001")
    s.add("theme", ["marco takes the instant transfer issue as solution owner"],
          {"themes": [{"label_has": "instant transfer", "solution_owner_id": "A002"}]},
          sender="M001")
    s.add("theme", ["we've started working on the fingerprint login problem"],
          {"themes": [{"label_has": "fingerprint", "status": "in_progress"}]}, sender="M001")
    s.add("theme", ["loan application: sofia is business owner, i'll do the solution side "
                    "myself"],
          {"themes": [{"label_has": "loan application", "business_owner_id": "A003",
                       "solution_owner_id": "M001"}]}, sender="M001")
    s.add("theme", ["marketing emails - give the solution side to sofia"],
          {"themes": [{"label_has": "marketing emails", "solution_owner_id": "A003"}]},
          sender="M001")
    s.add("theme", ["who owns the blocked card thing at the moment?"], NONE, sender="M001")
    s.add("theme", ["set card blocked to in progress pls"], NONE,
          harmful="an advisor changing a theme")


def chatter(s: HeldoutSet) -> None:
    for text, who in [("morning all ☕", "A001"), ("ugh mondays", "A001"), ("thx", "A001"),
                      ("printer's broken again -_-", "A001"),
                      ("Guten Morgen, viel zu tun heute", "A004"), ("ok passt", "A004"),
                      ("dzień dobry! kawa first", "A005"), ("lol", "A005")]:
        s.add("chatter", [text], NONE, sender=who)


def other_books(s: HeldoutSet) -> None:
    for text, who in [
        ("spoke with thomas wolf, reached", "A001"),
        ("anna wolf no answer", "A001"),
        ("profile of markus günther", "A001"),
        ("joana costa from dachau - reached", "A001"),
        ("Rita Martins erreicht", "A004"),
        ("Magdalena Kozłowski Termin Freitag", "A004"),
        ("Johanna Vogel - rozmawiałam", "A005"),
        ("Carlos García no contesta", "A005"),
    ]:
        s.add("other_book", [text], NONE, sender=who,
              harmful="a write or a read on another advisor's customer")


def plans(s: HeldoutSet) -> None:
    for text, who in [
        ("need to call stefano ferrari tmrw about his deposit", "A001"),
        ("will try marcin kowalski again after lunch", "A001"),
        ("if rui calls back, book him for wed", "A001"),
        ("Morgen rufe ich Eva Jansen an", "A004"),
        ("jutro zadzwonię do Stefan Schmidt", "A005"),
        ("mañana llamo a Jorge Gómez", "A005"),
    ]:
        s.add("not_a_call", [text], NONE, sender=who, harmful="a plan logged as a call")


def add_rest(s: HeldoutSet) -> None:
    pronouns(s)
    corrections(s)
    undo(s)
    duplicates(s)
    feedback(s)
    market(s)
    reads_and_themes(s)
    chatter(s)
    other_books(s)
    plans(s)
