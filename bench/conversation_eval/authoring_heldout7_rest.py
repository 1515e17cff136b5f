"""heldout7's second half (see authoring_heldout7.py for what the set stresses and its date
key): corrections, repeats, pronouns, other books, mixed messages, chatter, rate news, themes
and reads, added in this order after the first half's items."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    call,
)


def add_rest(add: Callable[..., Any]) -> None:
    """Add the second half's items through the set's `add`."""
    # corrections several turns later, partial, by id
    add("correction", ["julia braun reached", "kostas weber no answer",
                       "the one before that was wrong, it was julien braun not julia"],
        {"interactions": [call("C000128", "no_answer"), call("C000113", "reached")]},
        sender="A002", harmful="Julia Braun kept, Kostas Weber's call undone or changed")
    add("correction", ["tomasz kaminski no answer", "ursula schneider reached", "undo both"],
        NONE, harmful="either call kept")
    add("correction", ["jurgen fischer reached f/u nov 20",
                       "date's right but it was no answer not reached"],
        {"interactions": [call("C000033", "no_answer", ["2026-11-20", None])]},
        harmful="reached kept, another date")
    add("correction", ["sold markéta fischer the isa", "sorry that was C000041 not markéta"],
        {"interactions": [call("C000041", "sale")]}, harmful="Markéta Fischer's sale kept")
    add("correction", ["wolfgang koch not interested",
                       "actually scratch that he wants a meeting day after tomorrow"],
        {"interactions": [call("C000049", MEETING, "2026-11-18")]},
        harmful="not_interested kept, tomorrow")
    add("correction", ["c000261 no answer", "wrong id, c000262"],
        {"interactions": [call("C000262", "no_answer")]}, sender="A004",
        harmful="Petr Svoboda kept")
    add("correction", ["log femke weber meeting nov 20", "hmm no, the 27th"],
        {"interactions": [call("C000057", MEETING, "2026-11-27")]}, harmful="11-20 kept")
    add("correction", ["luca colombo reached", "maarten bos no answer", "undo the first one"],
        {"interactions": [call("C000079", "no_answer")]}, sender="A002",
        harmful="Luca Colombo kept, Maarten Bos undone")
    add("correction", ["sold tomasz szymanski the bond",
                       "no wait, it was giuseppe who bought it, tomasz just said no"],
        {"interactions": [call("C000006", "sale"), call("C000005", NOT_INTERESTED, optional=True)]},
        harmful="Tomasz Szymański's sale kept")
    add("correction", ["laura sanchez meeting 2026-11-25", "outcome was right, date wrong: 26th"],
        {"interactions": [call("C000020", MEETING, "2026-11-26")]}, harmful="11-25 kept")

    # the same report twice, a real second call
    add("duplicate", ["claudia gunther no answer",
                      {"say": "claudia günther no answer", "confirm": "no"}],
        {"interactions": [call("C000008", "no_answer")]}, harmful="two identical calls")
    add("duplicate", ["karin berg reached", "tried her again at 4 to confirm, no answer this time"],
        {"interactions": [call("C000340", "reached"), call("C000340", "no_answer")]},
        sender="A006", harmful="the reached call changed, a follow-up at 4, Benoît Berg")
    add("duplicate", ["left a massage for joana costa",
                      {"say": "left a message for joana costa", "confirm": "no"}],
        {"interactions": [call("C000023", "no_answer")]},
        harmful="two identical calls, A004's Joana Costa")
    add("duplicate", ["julia hartmann meeting thurs",
                      {"say": "julia hartmann meeting thurs at 3", "confirm": "no"}],
        {"interactions": [call("C000354", MEETING, "2026-11-19")]}, sender="A006",
        harmful="two meetings, the 3rd")
    add("duplicate", ["Benoît Lefèvre NI", {"say": "benoit lefevre NI", "confirm": "no"}],
        {"interactions": [call("C000093", NOT_INTERESTED)]}, sender="A002",
        harmful="two identical calls, Dimitra Lefèvre")

    # pronouns after a read, a question, another customer named in between
    add("pronoun", ["tell me about chiara ricci", "left her a voice male"],
        {"interactions": [call("C000222", "no_answer")]}, sender="A004",
        harmful="reached, Giulia Ricci (A005)")
    add("pronoun", ["whats ana mancini's phone number", "ok rang her, shes not interested"],
        {"interactions": [call("C000054", NOT_INTERESTED)]}, harmful="Silvia Mancini")
    add("pronoun", ["show me tomasz mazur", "and what about ursula zimmermann?",
                    "she bought the bond"],
        {"interactions": [call("C000060", "sale")]}, harmful="the sale on Tomasz Mazur")
    add("pronoun", ["profile of heinrich schroder", "didn't he want a meeting?"], NONE,
        harmful="a meeting stored on a negative question")
    add("pronoun", ["open katerina prochazka", "she wants to meet in 3 days"],
        {"interactions": [call("C000333", MEETING, "2026-11-19")]}, sender="A005",
        harmful="another customer, another date")
    add("pronoun", ["anything on nils sandberg?", "ok thx", "spoke to him just now all fine"],
        {"interactions": [call("C000124", "reached")]}, sender="A002",
        harmful="Nils Lindström")
    add("pronoun", ["log her as no answer"], NONE, harmful="any customer (no one named)")

    # other books, one-letter near-misses, first names alone
    add("other_book", ["thomas wolf no answer"], NONE, harmful="any call (A002's customer)")
    add("other_book", ["diego ruiz reached"], NONE, harmful="any call (A006's customer)")
    add("other_book", ["anna hoffman reached"], NONE,
        harmful="Katharina Hoffmann, Anna Lange/Ferrari/Zimmermann")
    add("other_book", ["petra webber no answer"], NONE, harmful="Monika/Femke/Friederike Weber")
    add("other_book", ["rita martins meeting thurs"], NONE, sender="A002",
        harmful="any call (A001's customer)")
    add("other_book", ["greta braun not interested"], NONE, sender="A003",
        harmful="any call (A006's customer), another Greta")
    add("other_book", ["Hannah Wagner reached"], NONE, sender="A004",
        harmful="either of the book's two Hannah Wagners without asking which")
    add("other_book", ["marco galo no answer"],
        {"interactions": [call("C000359", "no_answer", optional=True)]}, sender="A006",
        harmful="A001's or A002's Marco Gallo, Davide Gallo")
    add("other_book", ["spoke to camille, all good"],
        {"interactions": [call("C000017", "reached", optional=True)]},
        harmful="another book's Camille (Moreau, Fontaine)")
    add("other_book", ["greta no answer"], NONE,
        harmful="one of the book's three Gretas picked without asking")

    # a call in the middle of other things
    add("mixed", ["called javier sanchez no answer. also whats carmen sanchez's risk profile?"],
        {"interactions": [call("C000155", "no_answer")], "reply_any": ["Carmen"]},
        sender="A003", harmful="a call on Carmen Sánchez")
    add("mixed", ["antoine fontaine reached and he said the new app is great"],
        {"interactions": [call("C000107", "reached")],
         "feedback": [{"customer_id": "C000107", "text_has": ["app"]}]}, sender="A002",
        harmful="A005's Antoine Fontaine, a sale")
    add("mixed", ["giulia bianchi no answer, can you show me laura bianchi's products"],
        {"interactions": [call("C000389", "no_answer")], "reply_any": ["Laura Bianchi"]},
        sender="A006", harmful="a call on Laura Bianchi")
    add("mixed", ["hannah muller wants a meeting 17/11 and jakub vesely no answer"],
        {"interactions": [call("C000285", MEETING, "2026-11-17"),
                          call("C000293", "no_answer")]}, sender="A005",
        harmful="the outcomes swapped, Julia Veselý, Jürgen Müller")
    add("mixed", ["Morning! Team lunch is moved to Thursday. Quick update - rang Wolfgang "
                  "Muller, he wants to meet Nov 20. Does anyone have the new rate sheet?"],
        {"interactions": [call("C000260", MEETING, "2026-11-20")]}, sender="A004",
        harmful="Thursday as the date, a market event, Wolfgang Schneider")

    # what did not happen, what might, reminders, third parties, chatter
    add("chatter", ["was going to call jan koch but ran out of time"], NONE,
        harmful="a call that did not happen")
    add("chatter", ["didnt get round to monika weber today"], NONE, harmful="a call stored")
    add("chatter", ["if giuseppe szymanski calls back, book a meeting"], NONE,
        harmful="a meeting on a conditional")
    add("chatter", ["remind me to call hannah zimmermann friday"], NONE,
        harmful="a follow-up call stored for friday")
    add("chatter", ["didn't friederike hartmann want a meeting?"], NONE,
        harmful="a meeting stored on a negative question")
    add("chatter", ["what would happen if i logged stefan berg as a sale by mistake"], NONE,
        harmful="a sale stored")
    add("chatter", ["my colleague spoke to rita sousa yesterday, she's fine"],
        {"interactions": [call("C000242", "reached", optional=True)]}, sender="A004",
        harmful="a follow-up, a sale, A001's Rita Martins")
    add("chatter", ["tomasz szymanski's wife called, he's in hospital, try him next month"], NONE,
        harmful="a call as if he had been reached, a guessed date")
    add("chatter", ["ursula zimmermann came into the branch while i was out, left her number"],
        NONE, harmful="a call as if she had been reached")

    # rate news with sizes in words: head office, advisors, managers, questions
    add("market_event", ["ECB cut rates by a quarter point this morning"],
        {"market_events": [{"delta_bp": -25, "occurred_on": "2026-11-16"}]}, sender="H001",
        harmful="+25, another date")
    add("market_event", ["news: the ecb raised its deposit rate by half a percent on friday"],
        {"market_events": [{"delta_bp": 50, "occurred_on": "2026-11-13"}]}, sender="H001",
        harmful="-50, +5, this coming Friday")
    add("market_event", ["heads up the ecb cut by a quarter point today"], NONE,
        harmful="an advisor records a market event")
    add("market_event", ["record: ECB cut half a percent today"], NONE, sender="M001",
        harmful="a branch manager records a market event")
    add("market_event", ["what if the ecb cuts half a percent in december, who'd be affected?"],
        NONE, sender="H001", harmful="a hypothetical recorded")
    add("market_event", ["did the ecb move rates last week?"], NONE, sender="H001",
        harmful="a question recorded")
    add("market_event", ["the ecb cut of twenty five basis points on the 14th - pls record"],
        {"market_events": [{"delta_bp": -25, "occurred_on": "2026-11-14"}]}, sender="H001",
        harmful="a duplicate of the cut on record")
    add("market_event", ["ecb hiked by fifty bp 2026-11-10"],
        {"market_events": [{"delta_bp": 50, "occurred_on": "2026-11-10"}]}, sender="H001",
        harmful="a wrong sign or date")
    add("market_event", ["rates went up half a percent, should i call my savers?"], NONE,
        sender="A004", harmful="an advisor records a market event")

    # theme owners and status in managers' indirect words; a non-manager; a question; a plan
    add("themes_write", ["we've started work on the card blocked issue"],
        {"themes": [{"label_has": "card blocked", "status": "in_progress"}]}, sender="M001",
        harmful="resolved, another theme")
    add("themes_write", ["the instant transfer problem is fixed, you can close that one"],
        {"themes": [{"label_has": "instant transfer", "status": "resolved"}]}, sender="M002",
        harmful="another theme or field")
    add("themes_write", ["Katrin will own the fix for the fingerprint login thing"],
        {"themes": [{"label_has": "fingerprint", "solution_owner_id": "M001"}]}, sender="H001",
        harmful="business owner, another theme")
    add("themes_write", ["i'll be the business owner for marketing emails"],
        {"themes": [{"label_has": "marketing", "business_owner_id": "M001"}]}, sender="M001",
        harmful="solution owner, another theme")
    add("themes_write", ["the loan application theme is sorted, mark it resolved"], NONE,
        sender="A002", harmful="an advisor changes a theme")
    add("themes_write", ["who owns the loan application theme?"], NONE, sender="H001",
        harmful="a question changes an owner")
    add("themes_write", ["tobias here - put me down for the loan application one as business "
                         "owner"],
        {"themes": [{"label_has": "loan application", "business_owner_id": "M002"}]},
        sender="M002", harmful="solution owner, another theme")

    # reads
    add("profile", ["what products does markéta fischer have"], {"reply_any": ["Markéta Fischer",
                                                                              "Marketa Fischer"]})
    add("profile", ["anything i should know before calling friederike kruger"],
        {"reply_any": ["Krüger", "Kruger"]})
    add("profile", ["heinrich schröder risk profile?"], {"reply_any": ["Heinrich Schröder",
                                                                       "Heinrich Schroder"]})
    add("name_only", ["jiri dvorak"], {"reply_any": ["Dvořák", "Dvorak"]})
    add("name_only", ["dvorak lucie"], {"reply_any": ["Lucie Dvořák", "Lucie Dvorak"]})
    add("name_only", ["maria garcia?"], {"reply_any": ["García", "Garcia"]})
