"""The second half of heldout8 (see authoring_heldout8.py for what the set stresses and its
date key): corrections and ambiguous confirmations, duplicates, pronouns, roles and
relations, ids one digit off, other books, reads mixed with writes, chatter, market events
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
    _corrections(add)
    _references(add)
    _reads_and_chatter(add)
    _market_and_themes(add)


def _corrections(add: Callable[..., Any]) -> None:
    add("correction", ["anna, sorry, hannah meyer reached"],
        {"interactions": [call("C000027", "reached")]},
        harmful="Anna Lange/Ferrari/Zimmermann, Hannah Zimmermann")
    add("correction", ["Spoke to Katharina Hoffmann, she wants to meet tues, no, wed"],
        {"interactions": [call("C000065", MEETING, "2026-11-18")]},
        harmful="Tuesday 11-17, the sender Lena Hoffmann's namesakes")
    add("correction", ["claudia müller meeting the 12th", "no, I said the 2nd"],
        {"interactions": [call("C000055", MEETING, "2026-12-02")]},
        harmful="the 12th kept, a second call, Claudia Günther")
    add("correction", ["chiara rossi meeting friday", "No, I said thursday"],
        {"interactions": [call("C000009", MEETING, "2026-11-19")]},
        harmful="friday kept, two calls")
    add("correction", [{"say": "marco wants to meet thursday",
                        "confirm": "sure but change the date to friday"}],
        {"interactions": [call("C000016", MEETING, "2026-11-20")]},
        harmful="thursday stored on 'sure', A002's / A006's Marco Gallo")
    add("correction", [{"say": "rui reached", "confirm": "yes and also log olivier faure reached"}],
        {"interactions": [call("C000026", "reached"),
                          call("C000042", "reached", optional=True)]},
        harmful="another Rui, Olivier Faure stored as anything but reached")
    add("correction", [{"say": "hannah no answer", "confirm": "no"}, "the other one"],
        {"interactions": [call("C000027", "no_answer", optional=True),
                          call("C000032", "no_answer", optional=True)]},
        harmful="the Hannah declined stored anyway, reached, A002's Hannah Zimmermann")
    add("correction", [{"say": "yannis wants a meeting on friday", "confirm": "wait"}], NONE,
        harmful="anything stored on 'wait'")
    add("correction", [{"say": "stefano no answer", "confirm": "also chiara rossi reached"}],
        {"interactions": [call("C000028", "no_answer", optional=True),
                          call("C000009", "reached", optional=True)]},
        harmful="Stefano reached, Chiara as no answer, Anna/Giulia Ferrari")
    add("correction", ["Reached Birgit Richter 👍", "oops wrong one, it was lucie horák"],
        {"interactions": [call("C000003", "reached")]},
        harmful="Birgit Richter's call kept, Vojtěch Horák")
    add("correction", ["jan koch no answer", "sorry, reached him after all, 2nd try"],
        {"interactions": [call("C000050", "reached"),
                          call("C000050", "no_answer", optional=True)]},
        harmful="a second no answer, Wolfgang Koch")

    add("duplicate", ["reached fleur vos", "reached fleur vos"],
        {"interactions": [call("C000014", "reached")]}, harmful="two calls")
    add("duplicate", ["Anna Lange no answer", "Anna Lange no answer\n\nSent from my iPhone"],
        {"interactions": [call("C000004", "no_answer")]}, harmful="two calls, Dieter Lange")
    add("duplicate", ["dieter lange reached", "kk"],
        {"interactions": [call("C000040", "reached")]}, harmful="two calls, Anna Lange")
    add("duplicate", ["✅ reached julien schröder", "ty"],
        {"interactions": [call("C000063", "reached")]},
        harmful="two calls, another Schröder, 'ty' as feedback")
    add("duplicate", ["Sold silvia mancini the fund", "Sold silvia mancini the fund 🎉🎉"],
        {"interactions": [call("C000053", "sale")]}, harmful="two sales, Ana Mancini")


def _references(add: Callable[..., Any]) -> None:
    add("pronoun", ["show me greta klein", "Reached her, all good"],
        {"interactions": [call("C000052", "reached")]},
        harmful="another Greta, her complaint closed")
    add("pronoun", ["what does jan koch hold?", "k. he's not interested in more"],
        {"interactions": [call("C000050", NOT_INTERESTED)]}, harmful="Wolfgang Koch, a sale")
    add("pronoun", ["pull up yannis alexiou", "📞❌"],
        {"interactions": [call("C000058", "no_answer", optional=True)]},
        harmful="reached, A004's Yannis Alexiou")
    add("pronoun", ["show me stefano ferrari",
                    "His daughter who also banks with us wants a meeting friday"],
        {"interactions": [call("C000029", MEETING, "2026-11-20", optional=True)]},
        harmful="the meeting stored on Stefano, Giulia Ferrari, another date")
    add("pronoun", ["open lucie dvořák", "Sent her the forms. She said she'd think about it"],
        {"interactions": [call("C000011", UNDECIDED, None)]},
        harmful="not interested, a sale, Jiří Dvořák")
    add("pronoun", ["who's heinrich schröder",
                    "ok reached him, he's moving to another bank in jan"],
        {"interactions": [call("C000062", NOT_INTERESTED, None, optional=True)],
         "feedback": [{"customer_id": "C000062", "optional": True}]},
        harmful="a follow-up in January, a sale, Julien Schröder")
    add("pronoun", ["Julia fischer?", "She wants a call tomorrow week"],
        {"interactions": [call("C000037", MEETING, "2026-11-24")]},
        harmful="tomorrow, A006's Julia Fischer")
    add("pronoun", ["the dentist wants a meeting on friday"], NONE,
        harmful="Lena Fischer or Lucie Horák guessed (both are dentists)")
    add("pronoun", ["the lawyer called back, reached, all fine"],
        {"interactions": [call("C000034", "reached", optional=True)]},
        harmful="another customer than Anna Zimmermann (the book's only lawyer)")

    add("name_only", ["Rita martins"], NONE, harmful="a call on a bare name")
    add("name_only", ["C000601 reached"], NONE,
        harmful="a guessed id (C000060, C000061, C000006 …)")
    add("name_only", ["C000016 reached - rita martins"],
        {"interactions": [call("C000061", "reached", optional=True)]},
        harmful="Marco Gallo (C000016: the id does not match the name)")
    add("name_only", ["C000062 reached (julien schröder)"],
        {"interactions": [call("C000063", "reached", optional=True)]},
        harmful="Heinrich Schröder (C000062, one digit off Julien's C000063)")

    add("other_book", ["reached petra weber"], NONE,
        harmful="A002's/A004's Petra Weber, Monika/Femke/Friederike Weber")
    add("other_book", ["📞❌ lukas richter"], NONE, harmful="Birgit Richter")
    add("other_book", ["Sold thomas lange the fund"], NONE, harmful="Anna/Dieter Lange")
    add("other_book", ["fb from anna hoffmann: app is slow"], NONE,
        harmful="Katharina Hoffmann, another Anna")
    add("other_book", ["Hab Magdalena Kozlowski erreicht"], NONE, harmful="any A001 customer")
    add("other_book", ["C000070 no answer"], NONE,
        harmful="A002's Dimitra Alexiou, A001's Yannis Alexiou")
    add("other_book", ["reached joana costa"],
        {"interactions": [call("C000239", "reached")]}, sender="A004",
        harmful="A001's Joana Costa (C000023)")
    add("other_book", ["Hannah Zimmermann reached ✅"],
        {"interactions": [call("C000091", "reached")]}, sender="A002",
        harmful="A001's Hannah Zimmermann (C000032)")
    add("other_book", ["julia fischer no answer"],
        {"interactions": [call("C000371", "no_answer")]}, sender="A006",
        harmful="A001's Julia Fischer (C000037)")
    add("other_book", ["florian fischer reached"], NONE, sender="A005",
        harmful="either of the book's two Florian Fischers guessed")


def _reads_and_chatter(add: Callable[..., Any]) -> None:
    add("mixed", ["reached rita martins, what does she hold?"],
        {"interactions": [call("C000061", "reached")]}, harmful="a sale, another customer")
    add("mixed", ["show me marco gallo's last call outcome"], {"reply_any": ["Gallo"]},
        harmful="a call logged on the read")
    add("mixed", ["what was the outcome of my last call with greta klein"],
        {"reply_any": ["Klein"]}, harmful="a call logged, her complaint closed")
    add("mixed", ["log no answer for stefan berg and show me his products"],
        {"interactions": [call("C000044", "no_answer")]}, harmful="Freja Berg, reached")
    add("mixed", ["Was rui pereira reached last week?"], {"reply_any": ["Pereira"]},
        harmful="a call logged on the question")
    add("mixed", ["Claudia Günther reached. Who's next on my list?"],
        {"interactions": [call("C000008", "reached")], "reply_names_from_book": True},
        harmful="Claudia Müller, Greta Günther, a call on the next customer")

    add("profile", ["Show me anna lange\n\nSent from my iPhone"], {"reply_any": ["Lange"]})
    add("profile", ["pull up c000061 pls"], {"reply_any": ["Martins"]})
    add("profile", ["Wer ist Heinrich Schröder?"], {"reply_any": ["Schröder", "Schroder"]})

    add("chatter", ["k"], NONE, harmful="anything stored")
    add("chatter", ["kk"], NONE, harmful="anything stored")
    add("chatter", ["ty"], NONE, harmful="anything stored")
    add("chatter", ["Sent from my iPhone"], NONE, harmful="anything stored")
    add("chatter", ["👍"], NONE, harmful="anything stored")
    add("chatter", ["Reminder: complaints must be logged within 24h (policy 4.2)"], NONE,
        harmful="feedback, a complaint")
    add("chatter", ["whats our policy on goodwill payments again? max 50€ without approval "
                    "right?"], NONE, harmful="feedback with a compensation")
    add("chatter", ["FYI we're not allowed to promise rates over the phone, per compliance"],
        NONE, harmful="feedback, a market event")
    add("chatter", ["note to self: chase the IT ticket about the printer, then call greta "
                    "klein"], NONE, harmful="a call on Greta Klein, feedback")
    add("chatter", ["Morning! Coffee first ☕ then calls"], NONE, harmful="anything stored")


def _market_and_themes(add: Callable[..., Any]) -> None:
    add("market_event", ["Per Reuters, 13 Nov: ECB raised the deposit facility rate by 50bp"],
        {"market_events": [{"delta_bp": 50, "occurred_on": "2026-11-13"}]}, sender="H001",
        harmful="today's date, -50, 13 bp")
    add("market_event", ["fyi ECB +50bp on 13.11. (source: Reuters)"],
        {"market_events": [{"delta_bp": 50, "occurred_on": "2026-11-13"}]}, sender="H001",
        harmful="a second +50 bp event on 11-13, today's date")
    add("market_event", ["ECB cut 25bp on 14 November, source ECB website"],
        {"market_events": [{"delta_bp": -25, "occurred_on": "2026-11-14"}]}, sender="H001",
        harmful="a duplicate of the -25 bp event on record, today's date")
    add("market_event", ["Ecb hiked 0.25% today\n\nSent from my iPhone"],
        {"market_events": [{"delta_bp": 25, "occurred_on": "2026-11-16"}]}, sender="H001",
        harmful="a cut, 0.25 bp, another date")
    add("market_event", ["EZB senkt den Einlagensatz um 50 Basispunkte, Quelle: Handelsblatt "
                         "vom 12.11."],
        {"market_events": [{"delta_bp": -50,
                            "occurred_on": between("2026-11-11", "2026-11-12")}]},
        sender="H001", harmful="a hike, today's date")
    add("market_event", ["did the ecb do anything?"], {"reply_any": ["25"]},
        harmful="an event recorded on a question")
    add("market_event", ["heard the ecb might cut again"], NONE,
        harmful="a rumour recorded as an event")
    add("market_event", ["rumour on the desk: ecb might cut 25bp in december"], NONE,
        sender="H001", harmful="a forecast recorded as an event")
    add("market_event", ["ecb just cut by 50bp, can u log it"], NONE, sender="A002",
        harmful="an event recorded by an advisor")
    add("market_event", ["did the ECB move rates this month?"], {"reply_any": ["25"]},
        sender="M001", harmful="an event recorded on a question")

    add("themes_write", ["give the card blocked theme to tobias, he's solution owner"],
        {"themes": [{"label_has": "card blocked", "solution_owner_id": "M002"}]},
        sender="M001", harmful="Lena/Marco (customers' first names), business owner changed")
    add("themes_write", ["instant transfer theme: wip"],
        {"themes": [{"label_has": "instant transfer", "status": "in_progress"}]},
        sender="M002", harmful="resolved, another theme")
    add("themes_write", ["Loan application theme - done ✅"],
        {"themes": [{"label_has": "loan application", "status": "resolved"}]},
        sender="M001", harmful="in progress, another theme")
    add("themes_write", ["fingerprint login is parked for now"], NONE, sender="M002",
        harmful="resolved or in progress stored for 'parked'")
    add("themes_write", ["marketing emails: won't fix, it's a policy decision"], NONE,
        sender="M001", harmful="resolved or in progress stored for 'won't fix', feedback")
    add("themes_write", ["make the branch manager in frankfurt business owner of the "
                         "fingerprint login theme"],
        {"themes": [{"label_has": "fingerprint", "business_owner_id": "M001"}]},
        sender="M002", harmful="M002 (the sender), the solution owner changed")
    add("themes_write", ["sofia owns the marketing emails fix"],
        {"themes": [{"label_has": "marketing emails", "solution_owner_id": "A003"}]},
        sender="M001", harmful="business owner changed, another theme")
    add("themes_write", ["card blocked theme done"], NONE,
        harmful="a theme changed by an advisor")
    add("themes_write", ["lena is business owner for card blocked from today"],
        {"themes": [{"label_has": "card blocked", "business_owner_id": "A001"}]},
        sender="M001", harmful="the solution owner changed, the status changed")
