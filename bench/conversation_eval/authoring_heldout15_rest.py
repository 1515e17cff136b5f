"""heldout15.yml, the rest (see authoring_heldout15.py): double posts and second attempts,
pronouns, feedback vs the advisor's own view, confirmations in the advisor's language,
complaints, profile questions, sessions of the other advisors, shorthand single reports, and
managers' / head office's theme and rate messages."""

from __future__ import annotations

from bench.conversation_eval.authoring_heldout15 import (
    FRI,
    FRI2,
    MON2,
    NO,
    THU,
    THU2,
    TUE,
    TUE2,
    WED,
    WED2,
    calls,
    say,
)
from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    HeldoutSet,
    between,
    call,
)

EOM = between("2026-11-27", "2026-11-30")


def duplicates(s: HeldoutSet) -> None:
    """The same report twice (one row) vs a genuine second attempt (two rows)."""
    s.add("duplicate", [
        "lucie horák reached, she'll think about the fund",
        "lucie horák reached, she'll think about the fund",
    ], calls(call("C000003", "reached")), harmful="a second identical row for Lucie Horák")
    s.add("duplicate", [
        "valentina gallo non risponde",
        "petr svoboda reached",
        "valentina gallo non risponde",
    ], calls(call("C000074", NO), call("C000072", "reached")), sender="A002",
        harmful="a second no-answer row for Valentina Gallo")
    s.add("duplicate", [
        "tried johanna günther, n/a",
        "johanna günther 2nd try, got her this time - all fine",
    ], calls(call("C000157", NO), call("C000157", "reached")), sender="A003",
        harmful="the second attempt read as a correction of the first or as a double post")
    s.add("duplicate", [
        "femke van dijk reached",
        "femke van dijk reached - forgot to add: mtg fri 20th",
    ], calls(call("C000048", MEETING, FRI)),
        harmful="a plain reached row left next to the meeting")
    s.add("duplicate", [
        "Eva Jansen erreicht, alles gut 👍",
        "Eva Jansen erreicht, alles gut 👍",
    ], calls(call("C000250", "reached")), sender="A004", harmful="two rows for Eva Jansen")
    s.add("duplicate", [
        "9:15 wojciech lewandowski vm",
        "11:40 same guy again, reached, all fine",
    ], calls(call("C000319", NO), call("C000319", "reached")), sender="A005",
        harmful="the 11:40 call dropped as a double post; the other Wojciech Lewandowski "
        "(A004)")
    s.add("duplicate", [
        "johanna wagner reached",
        "rang johanna wagner again at 4, now she wants the meeting on thu after all",
    ], calls(call("C000105", "reached"), call("C000105", MEETING, THU)), sender="A002",
        harmful="the second call stored on Johanna's namesake or dropped")


def pronouns(s: HeldoutSet) -> None:
    """A pronoun for the customer just discussed; for two customers a careful colleague asks."""
    s.add("pronoun", [
        "did claudia günther ever get back to us about her card limit?",
        "just got her on the phone actually, sorted, she's happy",
    ], calls(call("C000008", "reached")), harmful="the call on Claudia Müller")
    s.add("pronoun", [
        "quick look at tomasz mazur and tomasz kamiński pls",
        "he said no thanks to the insurance",
    ], NONE, harmful="'he' guessed as one of the two Tomaszes")
    s.add("pronoun", [
        "can u show me monika schmidt then monika weber",
        "she wants to meet tmrw at 11",
        "weber",
    ], calls(call("C000012", MEETING, TUE)), harmful="the meeting on Monika Schmidt")
    s.add("pronoun", [
        "apri il profilo di nils lindström",
        "l'ho chiamato adesso, non è interessato",
    ], calls(call("C000080", NOT_INTERESTED)), sender="A002",
        harmful="Oskar Lindström of A004")
    s.add("pronoun", [
        "astrid karlsson and oskar johansson are both on my desk today",
        "she's keen on the pension plan, wants a mtg next fri",
    ], calls(call("C000142", MEETING, [FRI, FRI2])), sender="A003",
        harmful="the meeting on Oskar")
    s.add("pronoun", [
        "zeig mir katharina hartmann und ihren mann paweł",
        "er war nicht erreichbar",
    ], calls(call("C000213", NO)), sender="A004", harmful="the no-answer on Katharina")
    s.add("pronoun", [
        "ouvre julia hartmann et aurélie laurent",
        "elle veut un rdv vendredi",
        "je te redis ça",
    ], NONE, sender="A006", harmful="the meeting guessed on one of the two women")
    s.add("pronoun", [
        "when did we last talk to ursula schneider?",
        "ok, rang her, she's interested in the equity fund, wants to come in on the 25th",
    ], calls(call("C000035", MEETING, WED2)), harmful="Ursula Zimmermann")
    s.add("pronoun", [
        "show petra krüger and hannah müller",
        "she's not interested",
        "hannah",
    ], calls(call("C000285", NOT_INTERESTED)), sender="A005",
        harmful="the not-interested on Petra Krüger")


def feedback(s: HeldoutSet) -> None:
    """What the customer said (feedback) vs what the advisor thinks (not feedback)."""
    s.add("feedback", [
        "spoke with friederike hartmann, reached",
        "she says the app's fingerprint login keeps failing on her new phone",
    ], {**calls(call("C000010", "reached")),
        "feedback": [{"customer_id": "C000010", "text_has": ["fingerprint"]}]},
        harmful="the feedback on another Friederike")
    s.add("feedback", [
        "andreas braun reached, not interested in the mortgage",
        "honestly our fixed rates aren't competitive, can't blame him",
    ], calls(call("C000111", NOT_INTERESTED)), sender="A002",
        harmful="the advisor's own opinion stored as Andreas Braun's feedback")
    s.add("feedback", [
        "tomasz wiśniewski moaned that instant transfers take a whole day, pls log that",
    ], {"interactions": [call("C000135", "reached", optional=True)],
        "feedback": [{"customer_id": "C000135", "text_has": ["instant"]}]}, sender="A003",
        harmful="Krzysztof Wiśniewski")
    s.add("feedback", [
        "rozmawiałam z markusem zimmermannem",
        "he said we send way too many marketing emails, wants fewer",
    ], {"interactions": [call("C000290", "reached", optional=True)],
        "feedback": [{"customer_id": "C000290", "text_has": ["email"]}]}, sender="A005",
        harmful="the feedback without its customer")
    s.add("feedback", ["tbh the new call list layout is way better than the old one"], NONE,
          harmful="the advisor's opinion stored as feedback")
    s.add("feedback", [
        "Mme Lambert trouve que sa demande de prêt a pris beaucoup trop de temps",
    ], {"feedback": [{"customer_id": "C000362", "text_has": ["temps"]}]}, sender="A006",
        harmful="a call stored for Lambert")
    s.add("feedback", [
        "femke hendriks complained her card was blocked abroad for 3 days, we refunded "
        "the 25€ fees",
    ], {"interactions": [call("C000015", "reached", optional=True)],
        "feedback": [{"customer_id": "C000015", "text_has": ["blocked"], "compensation": 25}]},
        harmful="Femke Hendriks of A004 (C000221); compensation lost")
    s.add("feedback", [
        "claudia hoffmann dit que l'appli est géniale depuis la mise à jour",
        "perso je trouve l'appli toujours aussi lente",
    ], {"feedback": [{"customer_id": "C000345", "text_has": ["appli"]}]}, sender="A006",
        harmful="the advisor's own view stored as a second feedback row")


def languages(s: HeldoutSet) -> None:
    """Reports in the advisor's language, confirmations answered in it."""
    s.add("language", [say("Jana Svoboda erreicht, Termin nächste Woche Mittwoch", "ja")],
          calls(call("C000229", MEETING, WED2)), sender="A004",
          harmful="this Wednesday (18th)")
    s.add("language", [say("Paola Russo — pas joignable", "oui")], calls(call("C000349", NO)),
          sender="A006", harmful="reached")
    s.add("language", [say("rozmawiałam z joanną pereira, nie jest zainteresowana", "tak")],
          calls(call("C000288", NOT_INTERESTED)), sender="A005",
          harmful="Rui Pereira of A001")
    s.add("language", [say("tomasz kamiński — erreicht, Rückruf übermorgen", "ja")],
          calls(call("C000036", "follow_up", WED)), harmful="another Tomasz; Krzysztof Kamiński")
    s.add("language", [say("richiamare luca colombo giovedì, l'ho sentito stamattina", "sì")],
          calls(call("C000078", ["follow_up", "reached"], THU)), sender="A002",
          harmful="Luca Colombo of A004 (C000218)")
    s.add("language", [say("pratade med elena fernández, hon vill ha möte på torsdag", "ja")],
          calls(call("C000141", MEETING, THU)), sender="A003",
          harmful="Javier or Manuel Fernández")


def complaints(s: HeldoutSet) -> None:
    s.add("complaint", [
        "show me johanna vogel",
        "called her, the card thing is resolved, she confirmed it's all fine now",
    ], {"complaints_closed": ["C000039"]}, harmful="the complaint left open; another Johanna")
    s.add("complaint", ["aleksandra kowalski complaint closed - card unblocked, works abroad"],
          {"complaints_closed": ["C000186"]}, sender="A003", harmful="Łukasz Kowalski")
    s.add("complaint", ["Beschwerde von Anna Wolf ist noch offen, IT prüft noch"], NONE,
          sender="A004", harmful="the open complaint closed")
    s.add("complaint", ["thomas wolf: reclamo chiuso, ha ricevuto il rimborso"],
          {"complaints_closed": ["C000068"]}, sender="A002", harmful="Andreas or Paolo Wolf")


def profiles(s: HeldoutSet) -> None:
    s.add("profile", ["what does rita martins hold with us?"],
          {"reply_any": ["Term deposit", "term deposit", "mortgage", "Mortgage"]},
          harmful="a call written for a question")
    s.add("profile", ["anything i should know before i ring lena fischer back"],
          {"reply_any": ["Fischer"]}, harmful="a call written; the A004 Lena Fischer shown")
    s.add("profile", ["profilo di dieter koch per favore"], {"reply_any": ["Koch"]},
          sender="A002", harmful="a call written")


def sessions_others(s: HeldoutSet) -> None:
    """Afternoon sessions of A002-A006."""
    s.add("catch_up", [
        "ciao, recap delle chiamate di stamattina",
        "markus klein reached, tutto ok",
        "greta wagner vm",
        "sergio sánchez: wants mtg in 2 wks",
    ], calls(call("C000069", "reached"), call("C000076", NO),
             call("C000077", MEETING, "2026-11-30")), sender="A002",
        harmful="the recap header stored as a call")
    s.add("correction", [
        "jan neumann reached",
        "julien fontaine no answer",
        "sorry, got those backwards - jan was vm, julien picked up",
    ], calls(call("C000159", NO), call("C000160", "reached")), sender="A003",
        harmful="the first readings kept")
    s.add("interleaved", [
        "heinrich braun i alessandra lombardi — pokaż obu",
        "heinrich: reached, chce spotkanie w piątek",
        "alessandra n/a",
    ], calls(call("C000270", MEETING, FRI), call("C000271", NO)), sender="A005",
        harmful="the meeting on Alessandra")
    s.add("catch_up", [
        "rattrapage de ce matin",
        "heinrich keller injoignable",
        "greta wolf ok, rdv le 3",
        "idem pour julien martin",
    ], calls(call("C000337", NO), call("C000339", MEETING, "2026-12-03"),
             call("C000344", MEETING, "2026-12-03")), sender="A006",
        harmful="'idem' copied from Keller's no-answer")
    s.add("correction", [
        "giorgio de luca: call back next fri",
        "no wait — end of month, not next fri",
    ], calls(call("C000089", "follow_up", EOM)), sender="A002",
        harmful="the Friday kept")
    s.add("catch_up", [
        "dieter krüger not interested",
        "same for pablo díaz",
    ], calls(call("C000149", NOT_INTERESTED), call("C000150", NOT_INTERESTED)),
        sender="A003", harmful="Dieter Krüger twice")
    s.add("interleaved", [
        "manon lefèvre erreicht, will Termin Do; álvaro garcía n/a",
        "der aus münchen",
    ], calls(call("C000203", MEETING, THU), call("C000256", NO)), sender="A004",
        harmful="the n/a on the Álvaro García from Freising (C000206)")
    s.add("undo", [
        "lotte de boer joignable",
        "jakub černý pas de réponse",
        "veronika dvořák rdv mardi",
        "annule celui de jakub",
    ], calls(call("C000356", "reached"), call("C000360", MEETING, [TUE, TUE2])),
        sender="A006", harmful="Veronika's row undone")
    s.add("catch_up", ["Giorgos Nikolaidis reached, wants a call next fri"],
          calls(call("C000231", "follow_up", [FRI, FRI2])), sender="A004",
          harmful="Giorgos Georgiou (A002)")


def singles(s: HeldoutSet) -> None:
    """Plain shorthand reports and things that are not reports."""
    s.add("log_no_answer", ["greta klein vm"], calls(call("C000052", NO)),
          harmful="Greta Günther or Greta Müller")
    s.add("log_meeting", ["ana mancini reached re her pension, call her back 1.12."],
          calls(call("C000054", ["follow_up", "reached"], "2026-12-01")),
          harmful="Anna Lange / Ferrari / Zimmermann; 12 Jan")
    s.add("log_not_interested", ["johan schröder - NI"],
          calls(call("C000022", NOT_INTERESTED)), harmful="Julien or Andreas Schröder")
    s.add("log_meeting", ["spoke w/ kostas georgiou, mtg next mon 10:00"],
          calls(call("C000067", MEETING, MON2)), sender="A002",
          harmful="Giorgos Georgiou")
    s.add("log_no_answer", ["dimitra alexiou n/a"], calls(call("C000070", NO)),
          sender="A002", harmful="Yannis Alexiou of A001")
    s.add("log_sale", ["paweł szymański bought the 12m term deposit 🎉"],
          calls(call("C000071", "sale")), sender="A002", harmful="Tomasz Szymański")
    s.add("log_no_answer", ["ringde rui santos, inget svar"], calls(call("C000139", NO)),
          sender="A003", harmful="Rui Pereira")
    s.add("log_meeting", ["pablo moreno reached, wants a call in 10 days"],
          calls(call("C000140", "follow_up", THU2)), sender="A003",
          harmful="Paula Moreno of A006")
    s.add("log_no_answer", ["Hannah Weber - Mailbox"], calls(call("C000243", NO)),
          sender="A004", harmful="one of the two Hannah Wagners")
    s.add("log_sale", ["christos papadopoulos reached, signed up for home insurance"],
          calls(call("C000209", "sale")), sender="A004", harmful="reached only")
    s.add("log_no_answer", ["jorge gómez — no answer, will retry fri"],
          calls(call("C000278", NO, [None, FRI])), sender="A005", harmful="reached")
    s.add("log_meeting", ["olivier mercier : joint, rappeler dans 2 semaines"],
          calls(call("C000336", "follow_up", "2026-11-30")), sender="A006",
          harmful="Olivier Faure of A001")
    s.add("no_write", ["je dois appeler karin larsson demain"], NONE, sender="A006",
          harmful="a plan stored as a call")
    s.add("no_write", ["remind me to try greta klein again tmrw"], NONE,
          harmful="a reminder stored as a call")
    s.add("no_write", ["sabine krüger reached"], NONE,
          harmful="a call on another advisor's customer (A006)")


def managers(s: HeldoutSet) -> None:
    s.add("theme", ["make tobias solution owner for the card blocked theme"],
          {"themes": [{"label_has": "card", "solution_owner_id": "M002"}]}, sender="M001",
          harmful="another theme changed")
    s.add("theme", ["instant transfer issue - we're on it now, set it to in progress"],
          {"themes": [{"label_has": "instant", "status": "in_progress"}]}, sender="M001",
          harmful="the status set to resolved")
    s.add("theme", ["i'll take business ownership of the fingerprint login one"],
          {"themes": [{"label_has": "fingerprint", "business_owner_id": "M001"}]},
          sender="M001", harmful="solution owner set instead")
    s.add("theme", [
        "which themes are still open?",
        "put me down as solution owner for the marketing emails one",
    ], {"themes": [{"label_has": "marketing", "solution_owner_id": "M001"}]}, sender="M001",
        harmful="business owner set instead")
    s.add("theme", ["set the card blocked theme to resolved pls"], NONE,
          harmful="an advisor changed a theme")
    s.add("theme", [
        "show me the themes",
        "the loan application one is solved since friday",
    ], {"themes": [{"label_has": "loan", "status": "resolved"}]}, sender="M001",
        harmful="another theme resolved")
    s.add("rate_news", ["ECB cut 25bp on 14 Nov - please record"],
          {"market_events": [{"delta_bp": -25, "occurred_on": "2026-11-14"}]}, sender="H001",
          harmful="a duplicate of the event on record")



def afternoon_more(s: HeldoutSet) -> None:
    """More afternoon sessions across the advisors."""
    s.add("catch_up", [
        "chiara rossi called back just now",
        "wants to meet next tue about her pension",
    ], calls(call("C000009", MEETING, [TUE, TUE2])), harmful="Chiara of A002 (C000126)")
    s.add("undo", [
        "klaus klein reached",
        "andreas zimmermann vm",
        "markus wagner not interested",
        "undo andreas",
    ], calls(call("C000175", "reached"), call("C000177", NOT_INTERESTED)), sender="A003",
        harmful="Markus's row undone")
    s.add("correction", [
        "paweł kowalski mtg czwartek",
        "katharina vogel reached",
        "stefan schmidt n/a",
        "paweł's is friday not thursday, sorry",
    ], calls(call("C000275", MEETING, FRI), call("C000277", "reached"),
             call("C000295", NO)), sender="A005", harmful="Thursday kept")
    s.add("interleaved", [
        "giulia bianchi joignable, veut un rdv le 1er déc ; laura bianchi messagerie",
        "merci",
    ], calls(call("C000389", MEETING, "2026-12-01"), call("C000390", NO)), sender="A006",
        harmful="the outcomes swapped between the two Bianchis")
    s.add("pronoun", [
        "dimmi qualcosa su stefano marino e stefan neumann",
        "lui vuole un appuntamento domani",
    ], NONE, sender="A002", harmful="the meeting guessed on one of the two men")
    s.add("pronoun", [
        "zeig Julia Hoffmann und Anna Hoffmann",
        "sie hat kein Interesse",
        "die erste",
    ], calls(call("C000210", NOT_INTERESTED)), sender="A004",
        harmful="Anna Hoffmann (A004 C000249)")
    s.add("duplicate", [
        "jan zimmermann reached",
        "jan zimmermann reached thx",
    ], calls(call("C000148", "reached")), sender="A003", harmful="a second row")
    s.add("correction", [
        "friederike becker pas de réponse",
        "florian becker rdv lundi 23",
        "non, la première c'était friederike schneider, pas becker",
    ], calls(call("C000393", NO), call("C000387", MEETING, MON2)), sender="A006",
        harmful="the no-answer left on Friederike Becker")
    s.add("feedback", [
        "parlato con chiara bruno, reached",
        "dice che il bonifico istantaneo non è per niente istantaneo",
    ], {**calls(call("C000126", "reached")),
        "feedback": [{"customer_id": "C000126", "text_has": ["istantaneo"]}]}, sender="A002",
        harmful="the feedback on Chiara Rossi (A001)")
    s.add("catch_up", [
        "gonçalo santos reached, mtg on the 3rd",
        "same for tomáš novák",
    ], calls(call("C000321", MEETING, "2026-12-03"), call("C000326", MEETING, "2026-12-03")),
        sender="A005", harmful="Gonçalo's meeting moved to Novák")


def build_rest(s: HeldoutSet) -> None:
    duplicates(s)
    pronouns(s)
    feedback(s)
    languages(s)
    complaints(s)
    profiles(s)
    sessions_others(s)
    afternoon_more(s)
    singles(s)
    managers(s)
