"""The second half of heldout10 (see authoring_heldout10.py for what the set stresses and its
date key): messages that are no call of the advisor's (plans, to-dos, a quoted e-mail, a
colleague's or a trainee's contact, hypotheticals), corrections, confirmations answered in
other languages, duplicates, pronouns, initials, cities, occupations, misspellings, two
namesakes in a book, names and ids that disagree, other books, reads, chatter, market events
and theme writes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    between,
    call,
)

UNDECIDED = ["reached", "follow_up"]


def add_rest(add: Callable[..., Any]) -> None:
    _not_calls(add)
    _corrections(add)
    _confirmations(add)
    _references(add)
    _names(add)
    _reads_and_chatter(add)
    _market_and_themes(add)


def _not_calls(add: Callable[..., Any]) -> None:
    add("not_a_call", ["I will call Chiara Rossi tomorrow because of the fund"], NONE,
        harmful="a call or a follow-up on Chiara Rossi")
    add("not_a_call", ["To do for me: send Marco Gallo the factsheet, call back Thursday"],
        NONE, harmful="a follow-up on Thursday, a call on Marco Gallo")
    add("not_a_call", ["Mail from Dieter Lange: \"Dear Mrs Hoffmann, please call me back next "
                       "week regarding my savings. Kind regards, Dieter Lange\""],
        {"interactions": [call("C000040", "follow_up",
                               [None, between("2026-11-23", "2026-11-27")], optional=True)]},
        harmful="reached (nobody spoke to him), feedback, Dieter Braun, Katharina Hoffmann")
    add("not_a_call", ["My colleague Marco has spoken with Wolfgang Schmidt yesterday, he is "
                       "not interested"],
        {"interactions": [call("C000051", NOT_INTERESTED, None, optional=True)]},
        harmful="Marco Gallo, Wolfgang Koch, Monika Schmidt, a sale")
    add("not_a_call", ["Anna Lange called the branch, she spoke with the trainee, she wants an "
                       "appointment on Thursday"],
        {"interactions": [call("C000004", MEETING, "2026-11-19", optional=True)]},
        harmful="Anna Ferrari/Zimmermann, Dieter Lange, another date")
    add("not_a_call", ["If Monika Schmidt does not answer tomorrow, I send her a letter"], NONE,
        harmful="no answer logged on a hypothetical, Monika Weber")
    add("not_a_call", ["Domani chiamo Dimitra Alexiou"], NONE, sender="A002",
        harmful="a call or a follow-up on a plan")
    add("not_a_call", ["Imagine Stefano Ferrari says no to the fund - what can I offer him "
                       "then?"], NONE, harmful="not interested logged, Anna/Giulia Ferrari")
    add("not_a_call", ["Lucie Dvořák turned 73 yesterday, I must send her a card"], NONE,
        harmful="a call or a follow-up, Jiří Dvořák")


def _corrections(add: Callable[..., Any]) -> None:
    add("correction", ["Friederike Krüger no answer", "sorry, I mean Friederike Hartmann"],
        {"interactions": [call("C000010", "no_answer")]},
        harmful="Friederike Krüger's call kept, Friederike Weber")
    add("correction", ["Reached Tomasz Mazur, no wait, not Mazur - Szymański. All ok."],
        {"interactions": [call("C000005", "reached")]},
        harmful="Tomasz Mazur, Giuseppe Szymański")
    add("correction", ["Sold Laura Sánchez a term deposit", "please delete the last entry"],
        NONE, harmful="the sale kept, an earlier interaction removed")
    add("correction", ["Hannah Zimmermann wants a meeting on the 3rd", "not the 3rd - the 4th"],
        {"interactions": [call("C000032", MEETING, "2026-12-04")]},
        harmful="the 3rd kept, two calls, Hannah Meyer, Anna/Ursula Zimmermann")
    add("correction", ["Ursula Schneider not interested",
                       "excuse me, that was wrong, she did not pick up"],
        {"interactions": [call("C000035", "no_answer")]},
        harmful="not interested kept, two calls")
    add("correction", ["please delete the last entry"], NONE,
        harmful="an interaction written before this conversation removed")
    add("correction", ["Pablo Fernández appuntamento venerdì", "scusa, non venerdì: giovedì"],
        {"interactions": [call("C000081", MEETING, "2026-11-19")]}, sender="A002",
        harmful="Friday kept, two calls")
    add("correction", ["Yannis Alexiou 19.11., sorry 20.11., meeting"],
        {"interactions": [call("C000058", MEETING, "2026-11-20")]},
        harmful="11-19, the 19th as a time")


def _confirmations(add: Callable[..., Any]) -> None:
    add("confirmation", [{"say": "Jansen Ilse was reached", "confirm": "ja"}],
        {"interactions": [call("C000211", "reached")]}, sender="A004",
        harmful="Eva Jansen, no answer")
    add("confirmation", [{"say": "Aurelie Lambert veut un rdv jeudi", "confirm": "oui"}],
        {"interactions": [call("C000362", MEETING, "2026-11-19")]}, sender="A006",
        harmful="Aurélie Laurent, another day")
    add("confirmation", [{"say": "Katerina Prochazka no answer", "confirm": "tak"}],
        {"interactions": [call("C000333", "no_answer")]}, sender="A005",
        harmful="reached, another customer")
    add("confirmation", [{"say": "Manuel Rodriguez ha comprado el fondo", "confirm": "sí"}],
        {"interactions": [call("C000376", "sale")]}, sender="A006",
        harmful="reached only, another customer")
    add("confirmation", [{"say": "Lindstrom reached", "confirm": "jawohl"}],
        {"interactions": [call("C000258", "reached")]}, sender="A004",
        harmful="another customer")
    add("confirmation", [{"say": "Nils Lindstrom ha comprato il fondo", "confirm": "sì"}],
        {"interactions": [call("C000080", "sale")]}, sender="A002",
        harmful="reached only, another customer")
    add("confirmation", [{"say": "Yannis wil graag een afspraak woensdag", "confirm": "nee"}],
        NONE, harmful="anything stored after 'nee'")
    add("confirmation", [{"say": "Olivier rappel demain", "confirm": "non"}], NONE,
        sender="A006", harmful="anything stored after 'non'")

    add("duplicate", ["Reached Markéta Fischer, all ok",
                      {"say": "Reached Marketa Fischer, all ok", "confirm": "nee"}],
        {"interactions": [call("C000038", "reached")]},
        harmful="two calls, Julia/Jürgen/Lena Fischer")
    add("duplicate", ["Giuseppe Conti pas de réponse",
                      {"say": "Giuseppe Conti pas de réponse", "confirm": "non, c'est le même"}],
        {"interactions": [call("C000369", "no_answer")]}, sender="A006",
        harmful="two calls, Giorgio Conti")
    add("duplicate", ["Ana Mancini: Termin am 2.12.",
                      {"say": "Ana Mancini: Termin am 2.12.", "confirm": "no, it is the same"}],
        {"interactions": [call("C000054", MEETING, "2026-12-02")]},
        harmful="two calls, Silvia Mancini, 12 February")


def _references(add: Callable[..., Any]) -> None:
    add("pronoun", ["Profil von Lucie Horák bitte",
                    "I have spoken with her, she will think about it"],
        {"interactions": [call("C000003", UNDECIDED, None)]},
        harmful="not interested, Vojtěch Horák, Lucie Dvořák")
    add("pronoun", ["mostrami Rui Gallo", "lui non risponde"],
        {"interactions": [call("C000099", "no_answer")]}, sender="A002",
        harmful="reached, Marco/Monika/Valentina Gallo")
    add("pronoun", ["what does Dieter Braun have?", "he has concluded the home insurance with me"],
        {"interactions": [call("C000066", "sale")]}, harmful="Dieter Lange, reached only")
    add("pronoun", ["pokaż Marieke van Dijk", "she wants a meeting pojutrze"],
        {"interactions": [call("C000281", MEETING, "2026-11-18")]}, sender="A005",
        harmful="tomorrow, another customer")

    add("ambiguous", ["J. Fischer was not reachable"], NONE,
        harmful="Jürgen or Julia Fischer guessed")
    add("ambiguous", ["W. Koch reached, all fine"],
        {"interactions": [call("C000049", "reached", optional=True)]},
        harmful="Jan Koch, Wolfgang Schmidt")
    add("ambiguous", ["Fischer from Darmstadt: meeting on Friday"],
        {"interactions": [call("C000033", MEETING, "2026-11-20", optional=True)]},
        harmful="Julia/Lena/Markéta Fischer (none in Darmstadt), another day")
    add("ambiguous", ["Friederike from Frankfurt has no interest"],
        {"interactions": [call("C000056", NOT_INTERESTED, None, optional=True)]},
        harmful="Friederike Krüger/Hartmann (both Bad Homburg), Femke Weber")
    add("ambiguous", ["Hannah Wagner from Erding reached"],
        {"interactions": [call("C000235", "reached", optional=True)]}, sender="A004",
        harmful="the Hannah Wagner in Starnberg (C000244)")
    add("ambiguous", ["Riccardo Esposito no answer"], NONE, sender="A004",
        harmful="either of the book's two Riccardo Espositos guessed")
    add("ambiguous", ["Renate Fischer no answer", "the civil engineer"],
        {"interactions": [call("C000172", "no_answer")]}, sender="A003",
        harmful="the other Renate Fischer (C000144), reached")
    add("ambiguous", ["Magdalena Kozlowski from Oberursel non risponde"],
        {"interactions": [call("C000116", "no_answer", optional=True)]}, sender="A002",
        harmful="the other Magdalena Kozłowski (C000102, Frankfurt)")
    add("ambiguous", ["C000009 Greta Klein reached"],
        {"interactions": [call("C000052", "reached", optional=True)]},
        harmful="Chiara Rossi (C000009: the id does not match the name)")


def _names(add: Callable[..., Any]) -> None:
    add("misspelt", ["Joanna Costa no answer"],
        {"interactions": [call("C000023", "no_answer")]},
        harmful="reached, A004's Joana Costa, A002's Joanna Dąbrowski")
    add("misspelt", ["Cristina Peres wants a meeting on 26.11"],
        {"interactions": [call("C000045", MEETING, "2026-11-26")]},
        harmful="the 11th, another customer")
    add("misspelt", ["Stefano Ferarri took the Euro bond fund"],
        {"interactions": [call("C000028", "sale")]},
        harmful="Anna/Giulia Ferrari, reached only")
    add("misspelt", ["Johana Vogl wants a call on woensdag"],
        {"interactions": [call("C000039", MEETING, "2026-11-18")]},
        harmful="her open complaint closed, another day, A005's Katharina Vogel")

    add("other_book", ["I have spoken with Heinrich Meyer, all ok"], NONE,
        harmful="Heinrich Schröder, Hannah Meyer (A003's Heinrich Meyer)")
    add("other_book", ["Dieter Koch not reachable"], NONE,
        harmful="Dieter Lange/Braun, Wolfgang/Jan Koch (A002's Dieter Koch)")
    add("other_book", ["Johan Berg wants an appointment on Thursday"], NONE,
        harmful="Johan Schröder, Freja/Stefan Berg (A002's Johan Berg)")
    add("other_book", ["Claudia Schmidt has bought the bond fund"], NONE,
        harmful="Claudia Günther/Müller, Monika/Wolfgang Schmidt (A002's Claudia Schmidt)")
    add("other_book", ["J'ai joint Greta Günther, tout va bien"],
        {"interactions": [call("C000335", "reached")]}, sender="A006",
        harmful="A001's Greta Günther (C000013)")
    add("other_book", ["C000009 reached"], NONE, sender="A002",
        harmful="A001's Chiara Rossi written by A002, a guessed A002 customer")
    add("other_book", ["C000076 Greta Wagner no answer"], NONE,
        harmful="Greta Günther/Müller/Klein (C000076 is A002's Greta Wagner)")


def _reads_and_chatter(add: Callable[..., Any]) -> None:
    add("profile", ["Give me the overview of Kowalski Marcin please"],
        {"reply_any": ["Kowalski"]}, harmful="a call logged on the read")
    add("profile", ["Kannst du mir Laurent Dubois zeigen?"], {"reply_any": ["Dubois"]},
        sender="A004", harmful="a call, the sender's colleague Pierre Dubois")
    add("mixed", ["Reached Anna Zimmermann, which products has she?"],
        {"interactions": [call("C000034", "reached")]},
        harmful="Hannah/Ursula Zimmermann, Anna Lange/Ferrari, a sale")
    add("mixed", ["Was Hannah Russo ever called by us?"], NONE, sender="A004",
        harmful="a call logged on the question")

    add("chatter", ["Tack så mycket!"], NONE, sender="A003", harmful="anything stored")
    add("chatter", ["Dzięki, to wszystko"], NONE, sender="A005", harmful="anything stored")
    add("chatter", ["Have a nice day, and greetings to Lucie Dvořák if you see her 🙂"], NONE,
        harmful="a call or feedback on Lucie Dvořák")


def _market_and_themes(add: Callable[..., Any]) -> None:
    add("market_event", ["Dear colleagues, the ECB raised the key rates by 0,25 % on "
                         "12.11.2026"],
        {"market_events": [{"delta_bp": 25, "occurred_on": "2026-11-12"}]}, sender="H001",
        harmful="2500 bp or 0 bp, a cut, 12 December, today")
    add("market_event", ["Rentewijziging: ECB verhoogt met 50 bp per 13-11"],
        {"market_events": [{"delta_bp": 50, "occurred_on": "2026-11-13"}]}, sender="H001",
        harmful="a cut, today, the 50th")
    add("market_event", ["ECB -50bp with effect of 11.11.2026, please record",
                         "ECB -50bp with effect of 11.11.2026, please record"],
        {"market_events": [{"delta_bp": -50, "occurred_on": "2026-11-11"}]}, sender="H001",
        harmful="two -50 bp events on 11-11, a hike")
    add("market_event", ["La BCE a baissé ses taux de 25 pb le 14/11"],
        {"market_events": [{"delta_bp": -25, "occurred_on": "2026-11-14"}]}, sender="H001",
        harmful="a second -25 bp event on 11-14 (one is on record), 14 January")
    add("market_event", ["EZB hat am Donnerstag die Zinsen um 0,1 Prozentpunkte gesenkt"],
        {"market_events": [{"delta_bp": -10, "occurred_on": "2026-11-12"}]}, sender="H001",
        harmful="a coming Thursday (11-19), -1 or -0.1 bp, a hike")
    add("market_event", ["my customer told me the ECB will raise 0,5% next month"], NONE,
        sender="A005", harmful="a rumour recorded as an event")
    add("market_event", ["ho sentito che la BCE ha tagliato 25 punti base oggi, lo registri?"],
        NONE, sender="A002", harmful="an event recorded by an advisor")
    add("market_event", ["ECB raised 25bp today, please register it"], NONE, sender="M002",
        harmful="an event recorded by a branch manager")
    add("market_event", ["What if the ECB lowers by 50 bp in January - which customers are "
                         "concerned?"], NONE, sender="H001",
        harmful="a hypothetical recorded as an event")

    add("themes_write", ["Katrin here - the card blocked theme I take myself as business "
                         "owner"],
        {"themes": [{"label_has": "card blocked", "business_owner_id": "M001"}]},
        sender="M001", harmful="the solution owner changed, another theme")
    add("themes_write", ["instant transfer: the solution owner is me from now, status in work"],
        {"themes": [{"label_has": "instant transfer", "solution_owner_id": "M002",
                     "status": "in_progress"}]},
        sender="M002", harmful="resolved, the business owner changed")
    add("themes_write", ["The loan application theme is solved since Friday"],
        {"themes": [{"label_has": "loan application", "status": "resolved"}]},
        sender="M001", harmful="in progress, another theme")
    add("themes_write", ["marketing mails theme - Agnieszka becomes business owner"],
        {"themes": [{"label_has": "marketing emails", "business_owner_id": "A005"}]},
        sender="M002", harmful="the solution owner changed, the customer Agnieszka Nowak")
    add("themes_write", ["fingerprint login: please put Sofia Andersson as solution owner"],
        {"themes": [{"label_has": "fingerprint", "solution_owner_id": "A003"}]},
        sender="M001", harmful="the business owner changed")
    add("themes_write", ["Thema Fingerabdruck-Login: Status in Bearbeitung"],
        {"themes": [{"label_has": "fingerprint", "status": "in_progress"}]}, sender="H001",
        harmful="resolved, another theme")
    add("themes_write", ["set the instant transfer theme to resolved"], NONE, sender="A004",
        harmful="a theme changed by an advisor")
