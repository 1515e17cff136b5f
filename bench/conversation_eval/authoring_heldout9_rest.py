"""The second half of heldout9 (see authoring_heldout9.py for what the set stresses and its
date key): feedback vs notes, corrections and undo, confirmations answered in
varied words, double posts, references across turns, whole days of chat, messages that
must write nothing, other books, reads, chatter, market events and theme writes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    call,
)

UNDECIDED = ["reached", "follow_up"]
OPEN_COMPLAINT = {"table": "interactions", "kind": "complaint", "outcome": "open",
                  "occurred_on": "2026-11-05", "channel": "phone"}


def complaint(cid: str) -> list[dict[str, Any]]:
    """An open complaint set up before the item (the bank has one only for some customers)."""
    return [{**OPEN_COMPLAINT, "customer_id": cid}]


def add_rest(add: Callable[..., Any]) -> None:
    _feedback(add)
    _corrections(add)
    _duplicates(add)
    _references(add)
    _days(add)
    _not_calls(add)
    _other_books(add)
    _reads_and_chatter(add)
    _market_and_themes(add)


def _feedback(add: Callable[..., Any]) -> None:
    add("feedback", ["feedback from joana costa: can't read the small print on the statements "
                     "anymore"],
        {"feedback": [{"customer_id": "C000023", "text_has": ["print"]}]},
        harmful="A004's Joana Costa, a call")
    add("feedback", ["rita martins reached. she moaned that the branch is always shut at "
                     "lunchtime"],
        {"interactions": [call("C000061", "reached")],
         "feedback": [{"customer_id": "C000061", "optional": True}]},
        harmful="the call lost, no answer, another customer")
    add("feedback", ["Johan schröder says thank you for sorting the transfer so quickly",
                     "feedback: the new login is a pain - per jurgen fischer"],
        {"feedback": [{"customer_id": "C000022"},
                      {"customer_id": "C000033", "text_has": ["login"]}]},
        harmful="the login complaint stored on Johan, Andreas/Heinrich/Julien Schröder, "
                "Julia/Lena/Markéta Fischer, the fingerprint theme changed")
    add("feedback", ["stefan berg's wife freja complained about the card fees"],
        {"feedback": [{"customer_id": "C000043", "text_has": ["fee"]}],
         "interactions": [call("C000043", "open", optional=True)]},
        harmful="the feedback stored on Stefan Berg")
    add("feedback", ["i think our app is rubbish tbh",
                     "note for my files: anna ferrari prefers email over phone"], NONE,
        harmful="the advisor's opinion or note stored as feedback, a call")
    add("feedback", ["customer fb, can't remember who said it: the queue at the wiesbaden "
                     "branch is awful"],
        {"feedback": [{"customer_id": None, "optional": True}]},
        harmful="the feedback stored on a guessed customer from Wiesbaden")
    add("feedback", ["fb from nils sandberg - card reader in the lobby broken again"],
        {"feedback": [{"customer_id": "C000124"}]}, sender="A002",
        harmful="A002's Nils Lindström, a call")
    add("feedback", ["femke hendriks says she'll move her savings elsewhere if the rate "
                     "doesn't go up"],
        {"feedback": [{"customer_id": "C000015", "optional": True}],
         "interactions": [call("C000015", "reached", optional=True)]},
        harmful="a market event, a sale, a not-interested, Femke Weber / van Dijk")
    add("feedback", ["olivier faure's feedback, word for word: \"your hotline music is "
                     "driving me mad\""],
        {"feedback": [{"customer_id": "C000042", "text_has": ["music"]}]},
        harmful="a call, another customer")


def _corrections(add: Callable[..., Any]) -> None:
    add("correction", ["reached anna ferrari", "not anna, giulia"],
        {"interactions": [call("C000018", "reached")]},
        harmful="Anna Ferrari's call kept, Stefano Ferrari, another Anna")
    add("correction", ["no answer jan koch", "hang on, it was wolfgang"],
        {"interactions": [call("C000049", "no_answer")]},
        harmful="Jan's call kept, Wolfgang Schmidt")
    add("correction", ["sale to silvia mancini, the bond", "ugh no she didnt sign, just "
                       "interested. f/u fri"],
        {"interactions": [call("C000053", MEETING, "2026-11-20")]},
        harmful="the sale kept, Ana Mancini")
    add("correction", ["laura sanchez meeting on the 13th", "sry typo, 23rd"],
        {"interactions": [call("C000020", MEETING, "2026-11-23")]},
        harmful="12-13 kept, two calls")
    add("correction", [{"say": "olivier reached", "confirm": "yup"}],
        {"interactions": [call("C000042", "reached")]}, harmful="another customer")
    add("correction", [{"say": "greta no answer", "confirm": "no"}, "klein"],
        {"interactions": [call("C000052", "no_answer", optional=True)]},
        harmful="Greta Günther/Müller guessed, the complaint of Greta Klein closed")
    add("correction", ["reached hannah zimmermann", "nah, meyer"],
        {"interactions": [call("C000027", "reached")]},
        harmful="Hannah Zimmermann's call kept, A002's Hannah Zimmermann")
    add("correction", [{"say": "chiara rossi wants to meet on friday",
                        "confirm": "go ahead"}],
        {"interactions": [call("C000009", MEETING, "2026-11-20")]},
        harmful="another date, A004's Chiara Ricci")
    add("correction", [{"say": "jurgen no answer", "confirm": "y"}],
        {"interactions": [call("C000033", "no_answer")]},
        harmful="reached, another Fischer, A005's Jürgen Müller")
    add("correction", [{"say": "anna z wants a meeting on the 30th", "confirm": "correct"}],
        {"interactions": [call("C000034", MEETING, "2026-11-30")]},
        harmful="Anna Lange/Ferrari, Hannah/Ursula Zimmermann")
    add("correction", [{"say": "tomasz sold the pension", "confirm": "no"},
                       "mazur, not szymanski"],
        {"interactions": [call("C000025", "sale", optional=True)]},
        harmful="Tomasz Szymański/Kamiński guessed and kept")
    add("correction", [{"say": "femke weber reached", "confirm": "👍🏻"}],
        {"interactions": [call("C000057", "reached")]}, harmful="Friederike Weber")

    add("undo", ["femke weber reached", "scrap that"], NONE, harmful="the call kept")
    add("undo", ["claudia müller no answer", "pls delete that last entry"], NONE,
        harmful="the call kept, an earlier call removed")
    add("undo", ["reached julia fischer", "wrong person, remove it"], NONE,
        harmful="the call kept, another Fischer written")
    add("undo", ["chiara rossi not interested", "forget i said that"], NONE,
        harmful="the call kept")
    add("undo", ["jiri dvorak sale", "ignore that, wrong chat"], NONE,
        harmful="the sale kept, Lucie Dvořák")

    add("correction", ["no answer from lucie dvorak", "reached tomasz mazur", "the first one "
                       "was lucie horak btw"],
        {"interactions": [call("C000003", "no_answer"), call("C000025", "reached")]},
        harmful="Lucie Dvořák's call kept, Tomasz's call changed")
    add("correction", ["julien schröder - no answer", "sorry misread my notes, he picked up. "
                       "all ok"],
        {"interactions": [call("C000063", "reached")]},
        harmful="the no answer kept, Heinrich Schröder")
    add("correction", ["marieke visser not interested", "show me her products",
                       "actually put her down as a follow up for 30/11, she wants to think"],
        {"interactions": [call("C000030", MEETING, "2026-11-30")]},
        harmful="not interested kept, another date")
    add("correction", ["f/u w/ krzysztof kaminski on friday", "actually make that monday"],
        {"interactions": [call("C000024", MEETING, "2026-11-23")]},
        harmful="friday kept, today, two calls, Tomasz Kamiński")
    add("correction", ["dieter lange wants a meeting wed", "also olivier faure no answer",
                       "oh and dieter's was thursday not wed"],
        {"interactions": [call("C000040", MEETING, "2026-11-19"),
                          call("C000042", "no_answer")]},
        harmful="wednesday kept, Olivier's call changed, Dieter Braun")


def _duplicates(add: Callable[..., Any]) -> None:
    add("duplicate", ["reached giuseppe szymanski", "reached giuseppe szymanski 👍"],
        {"interactions": [call("C000006", "reached")]}, harmful="two calls")
    add("duplicate", ["no answer from rui pereira", "no answer from rui pereira\n-- Lena"],
        {"interactions": [call("C000026", "no_answer")]},
        harmful="two calls, anything on Lena Fischer")
    add("duplicate", ["sold claudia günther the equity fund",
                      "sold claudia günther the equity fund"],
        {"interactions": [call("C000008", "sale")]}, harmful="two sales")
    add("duplicate", ["anna zimmermann wants to meet 24.11", "anna zimmermann wants to meet "
                      "24.11 ✌️"],
        {"interactions": [call("C000034", MEETING, "2026-11-24")]},
        harmful="two calls, another date")
    add("duplicate", ["tried femke hendriks, no answer", "tried again now, still nothing"],
        {"interactions": [call("C000015", "no_answer"),
                          call("C000015", "no_answer", optional=True)]},
        harmful="reached, another Femke")
    add("duplicate", ["tried friederike hartmann - nothing", "2nd attempt at 3pm - got her! "
                      "all fine"],
        {"interactions": [call("C000010", "no_answer"), call("C000010", "reached")]},
        harmful="the 2nd or the 3rd as a date, another Friederike")
    add("duplicate", ["johanna vogel complaint resolved", "johanna vogel complaint resolved"],
        {"complaints_closed": ["C000039"]}, setup=complaint("C000039"),
        harmful="feedback, another customer, a sale")


def _references(add: Callable[..., Any]) -> None:
    add("pronoun", ["pull up freja berg", "spoke to the husband just now, he wants to come in "
                    "fri"],
        {"interactions": [call("C000044", MEETING, "2026-11-20", optional=True)]},
        harmful="the meeting stored on Freja Berg")
    add("pronoun", ["tell me about camille chevalier", "printer's jammed again 🙄",
                    "anyway reached her earlier, all fine"],
        {"interactions": [call("C000017", "reached")]},
        harmful="another customer, the printer stored as feedback")
    add("pronoun", ["who is jan koch", "asdfgh", "he's not interested"],
        {"interactions": [call("C000050", NOT_INTERESTED)]}, harmful="Wolfgang Koch")
    add("pronoun", ["open hannah meyer", "called her, no answer. her daughter picked up "
                    "and said she's in hospital"],
        {"interactions": [call("C000027", "no_answer")]},
        harmful="reached, feedback, Hannah Zimmermann")
    add("pronoun", ["profile for cristina perez", "same one: meeting the 1st"],
        {"interactions": [call("C000045", MEETING, "2026-12-01")]},
        harmful="11-01 (past), another customer")
    add("pronoun", ["show me giulia ferrari", "and her dad stefano?", "he wants a call back "
                    "tmrw"],
        {"interactions": [call("C000028", MEETING, "2026-11-17")]},
        harmful="the call on Giulia, Anna Ferrari")
    add("pronoun", ["what does ursula schneider hold", "ok. and ursula zimmermann?",
                    "rang the first one, wants a meeting next friday"],
        {"interactions": [call("C000035", MEETING, ["2026-11-20", "2026-11-27"])]},
        harmful="Ursula Zimmermann (the last shown)")
    add("pronoun", ["spoke to julia fischer, her partner marketa wants a separate meeting on "
                    "the 2nd"],
        {"interactions": [call("C000037", "reached"),
                          call("C000038", MEETING, "2026-12-02", optional=True)]},
        harmful="the meeting stored on Julia, A006's Julia Fischer")
    add("pronoun", ["riccardo esposito wants a meeting thu", "the chef"],
        {"interactions": [call("C000233", MEETING, "2026-11-19")]}, sender="A004",
        harmful="the electrician (C000246) guessed, Manon/Juliette Esposito")
    add("pronoun", ["C000012", "reached, she wants a meeting but not sure when yet"],
        {"interactions": [call("C000012", ["follow_up", "reached"], None)]},
        harmful="a guessed date, Monika Schmidt")
    add("pronoun", ["show me johanna schäfer", "she wants to sign up for the pension, done "
                    "deal"],
        {"interactions": [call("C000306", "sale")]}, sender="A005",
        harmful="A003's Johanna Schäfer, Julia Schäfer")

    add("name_only", ["hannah wagner no answer"], NONE, sender="A004",
        harmful="either Hannah Wagner guessed (C000235, C000244)")
    add("name_only", ["magdalena kozlowski reached"], NONE, sender="A002",
        harmful="either Magdalena Kozłowski guessed (C000102, C000116)")
    add("name_only", ["greta"], NONE, harmful="a call on a bare first name")


def _days(add: Callable[..., Any]) -> None:
    add("day", ["morning! whats on today", "show me rita martins", "rang her, no answer",
                "ok and cristina pérez?", "got her, wants to come in thursday at 11", "ty"],
        {"interactions": [call("C000061", "no_answer"),
                          call("C000045", MEETING, "2026-11-19")]},
        harmful="the 11th, Cristina's meeting on Rita, 'ty' as feedback")
    add("day", ["pull up freja berg", "spoke to her, she's not interested in the fund",
                "stefan too, same answer"],
        {"interactions": [call("C000043", NOT_INTERESTED), call("C000044", NOT_INTERESTED)]},
        harmful="two calls on Freja, a sale")
    add("day", ["tried tomasz mazur no answer", "who else is on the list",
                "reached andreas schröder, all good",
                "oh, and tomasz called back in the end, wants a meeting on 1 dec"],
        {"interactions": [call("C000025", "no_answer"), call("C000021", "reached"),
                          call("C000025", MEETING, "2026-12-01")]},
        harmful="the meeting on Andreas, Johan Schröder, 12-01 on the wrong Tomasz")
    add("day", ["list pls", "tell me about marco gallo", "spoke to him, wants to move his "
                "savings into a term deposit, meeting 2/12", "also his brother rui - no answer"],
        {"interactions": [call("C000098", MEETING, "2026-12-02"),
                          call("C000099", "no_answer", optional=True)]}, sender="A002",
        harmful="a sale, 12 February, A001's/A006's Marco Gallo, Rui's call on Marco")
    add("day", ["reached laura sanchez", "and her sister?", "forget it", "she wants the "
                "meeting on the 4th btw"],
        {"interactions": [call("C000020", MEETING, "2026-12-04"),
                          call("C000020", "reached", optional=True)]},
        harmful="11-04, a call on the sister or another customer")
    add("day", ["coffee first ☕", "ok. who's top of my list", "tell me about johanna vogel",
                "spoke to her re the complaint, still not fixed, she's fed up",
                "will try to sort it with ops tmrw"],
        {"interactions": [call("C000039", UNDECIDED, [None, "2026-11-17"], optional=True)],
         "feedback": [{"customer_id": "C000039", "optional": True}]},
        setup=complaint("C000039"),
        harmful="the complaint closed, not interested, another customer")
    add("day", ["reached wolfgang koch, all fine", "also jan - no answer", "can you show me "
                "wolfgang's products", "and log that he wants to meet on the 27th"],
        {"interactions": [call("C000049", "reached", optional=True),
                          call("C000050", "no_answer"),
                          call("C000049", MEETING, "2026-11-27")]},
        harmful="the meeting on Jan, Wolfgang Schmidt, A003's Jan Zimmermann")
    add("day", ["show me silvia mancini", "no answer", "and ana?", "reached, not interested "
                "in the bond tho"],
        {"interactions": [call("C000053", "no_answer"), call("C000054", NOT_INTERESTED)]},
        harmful="both calls on Silvia, a sale of the bond")
    add("day", ["C000041 pls", "rang her, she's keen on the pension, wants to come in 24.11",
                "sorry 25.11"],
        {"interactions": [call("C000041", MEETING, "2026-11-25")]},
        harmful="11-24 kept, A004's Lena Fischer, a sale")
    add("day", ["hi", "sold jürgen fischer the life insurance 🎉", "oh and he says the app's "
                "login keeps logging him out"],
        {"interactions": [call("C000033", "sale")],
         "feedback": [{"customer_id": "C000033", "text_has": ["log"]}]},
        harmful="a second sale, another Fischer")


def _not_calls(add: Callable[..., Any]) -> None:
    add("not_a_call", ["need to ring jürgen fischer at some point this week",
                       "going to try krzysztof kaminski again after lunch",
                       "if claudia müller doesn't call back by friday, chase her"], NONE,
        harmful="a call, a no answer or a follow-up logged for a plan")
    add("not_a_call", ["remind me heinrich schröder's birthday is coming up, give him a ring"],
        NONE, harmful="a call, a follow-up")
    add("not_a_call", ["did i ever reach yannis alexiou last month?"],
        {"reply_any": ["Alexiou"]}, harmful="a call logged on a question")
    add("not_a_call", ["what if tomasz mazur says no to the mortgage, what do i offer him",
                       "haven't managed to call greta günther yet, on my list for tmrw"],
        NONE, harmful="not interested logged on a hypothetical, a no answer, a follow-up")
    add("not_a_call", ["sofia rang femke van dijk for me this morning, reached",
                       "marco from next door rang dieter lange about the mortgage, apparently "
                       "he's keen"], NONE,
        harmful="a call logged as the sender's, a follow-up on Dieter Lange, Marco Gallo")
    add("not_a_call", ["dentist at 4 today, so all my calls before then",
                       "long day, 3 no answers in a row 😩",
                       "my own review with katrin is on thursday"], NONE,
        harmful="a call on Lucie Horák or Lena Fischer (the dentists) or on Katharina "
                "Hoffmann, a guessed customer")
    add("not_a_call", ["was the meeting with rita martins on the 20th or the 27th?"],
        {"reply_any": ["Martins"]}, harmful="a meeting stored on a question")
    add("not_a_call", ["should i log nicolas dubois as not interested? he didn't say no "
                       "exactly"],
        {"interactions": [call("C000047", NOT_INTERESTED, optional=True)]},
        harmful="a sale, a follow-up, A004's Laurent Dubois")


def _other_books(add: Callable[..., Any]) -> None:
    add("other_book", ["reached markus klein", "no answer - petra meyer",
                       "sold stefano marino the fund"], NONE,
        harmful="Greta Klein, Hannah Meyer, Stefano Ferrari (A001's look-alikes)")
    add("other_book", ["thomas wolf complaint resolved"], NONE,
        harmful="A002's complaint closed by A001, a look-alike written")
    add("other_book", ["meeting with laura mancini on friday",
                       "fb from sabine schmidt: fees too high"], NONE,
        harmful="Silvia/Ana Mancini, Laura Sánchez, Monika/Wolfgang Schmidt")
    add("other_book", ["reached anna richter"], NONE, sender="A003",
        harmful="A003's Dieter/Friederike Richter")
    add("other_book", ["no answer - giulia bianchi"], NONE, sender="A004",
        harmful="A004's Martina Bianchi")
    add("other_book", ["florian becker reached"], NONE, sender="A005",
        harmful="either of A005's Florian Fischers")
    add("other_book", ["hannah wagner wants a meeting tmrw"], NONE, sender="A002",
        harmful="A002's Hannah Zimmermann, Johanna Wagner")


def _reads_and_chatter(add: Callable[..., Any]) -> None:
    add("mixed", ["reached joana costa - whats her risk profile again?"],
        {"interactions": [call("C000023", "reached")]}, harmful="another customer, a sale")
    add("mixed", ["how many calls have i logged today? also anna lange no answer"],
        {"interactions": [call("C000004", "no_answer")]}, harmful="Dieter Lange, reached")
    add("mixed", ["show me jiri dvorak and log him as reached"],
        {"interactions": [call("C000019", "reached")]}, harmful="Lucie Dvořák")
    add("profile", ["quick look at femke van dijk pls"], {"reply_any": ["Dijk"]})
    add("profile", ["C000047?"], {"reply_any": ["Dubois"]})
    add("chatter", ["lunch 🍕 brb", "👌", "thanks, that's all for now"], NONE,
        harmful="anything stored, feedback")
    add("chatter", ["sorry that last msg was meant for someone else"], NONE,
        harmful="anything stored or removed")


def _market_and_themes(add: Callable[..., Any]) -> None:
    add("market_event", ["ECB kept rates unchanged today"], NONE, sender="H001",
        harmful="an event of 0 bp or any size recorded")
    add("market_event", ["ECB cut by 25bp on the 14th - pls record"], NONE, sender="A003",
        harmful="an event recorded by an advisor")
    add("market_event", ["please record: ECB -25bp, 14/11"],
        {"market_events": [{"delta_bp": -25, "occurred_on": "2026-11-14"}]}, sender="H001",
        harmful="a second -25 bp event on 11-14, today's date")
    add("market_event", ["log it: ecb up 0.1% as of last thursday"],
        {"market_events": [{"delta_bp": 10, "occurred_on": "2026-11-12"}]}, sender="H001",
        harmful="0.1 bp, a cut, 11-19, today")
    add("market_event", ["what would a 50bp hike do to my customers?"], NONE, sender="H001",
        harmful="a +50 bp event recorded on a question")
    add("market_event", ["ecb hiked 25bp today, log it"], NONE, sender="M001",
        harmful="an event recorded by a branch manager")
    add("themes_write", ["flip the marketing emails one to in progress pls"],
        {"themes": [{"label_has": "marketing emails", "status": "in_progress"}]},
        sender="M001", harmful="resolved, another theme, an owner changed")
    add("themes_write", ["who owns card blocked?"], NONE, sender="M002",
        harmful="an owner changed on a question")
    add("themes_write", ["mark instant transfer theme resolved"], NONE,
        harmful="a theme changed by an advisor")
