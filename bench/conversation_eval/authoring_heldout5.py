"""How heldout5.yml was written: a fifth unseen set (issue #14, round s22), typed before any
fix of that round, without reading the bot's training data, its tests, the other sets or the
name / date resolution code, and played once on main's code before the fixes. Same bank and
format as authoring.py (e2e demo bank: 400 customers, seed 11, today = Monday 2026-11-16).

What it stresses that heldout2-4 did not: chat as typed into Slack or Teams (emoji and
:shortcodes:, @mentions, "pls", line breaks, quoted customer words after ">"), ALL CAPS and
no punctuation, several requests in one message, outcomes in unusual words ("left a msg",
"went to VM", "she's keen", "booked her in", "closed the deal on the ISA", "hard pass"),
umlauts typed as ae/oe/ue and diacritics dropped, pronouns after a turn that failed,
corrections in the next turn ("actually it went to voicemail", "sorry wrong person — meant
X", "no wait, 12th dec"), the same message posted twice (answered "no" when the bot asks),
plans and hypotheticals that are not calls ("gonna try X after lunch", "if X doesn't pick
up …"), market events told by advisors and managers (refused: head office only), by head
office (recorded once: idempotent), and hypotheticals; feedback carrying a customer id,
feedback only announced, a request that is not a statement; theme owner / status changes in
a manager's words; other books' look-alike names and ids.

Dates against Monday 2026-11-16: next tues 11-17 or 11-24, thurs / wed 11-19 / 11-18,
in 3 days 11-19, a week from today 11-23, friday after next 11-27, the 2nd 12-02,
dec 3rd 12-03, 10th dec / 2026-12-10 12-10, 12th dec 12-12, on thursday (past, for an
event) 11-12, 14 nov 11-14. "after xmas", "early next month" and "31/11" are not dates a
careful colleague would store: the bot should ask (a call without a date may be kept).

`python -m bench.conversation_eval.authoring_heldout5` rewrites heldout5.yml.
"""

from __future__ import annotations

from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    HeldoutSet,
    call,
)

OPEN_COMPLAINT = {"table": "interactions", "kind": "complaint", "outcome": "open",
                  "occurred_on": "2026-11-02", "channel": "branch"}
NEXT_TUES = ["2026-11-17", "2026-11-24"]
THEMES = ["card", "transfer", "loan", "fingerprint", "marketing"]

SET = HeldoutSet("heldout5", "h5")
add = SET.add


def no_date(cid: str) -> dict:
    """A vague date: the bot should ask; a call stored without a date is acceptable."""
    return {"interactions": [call(cid, MEETING, None, optional=True)]}


# reached, in Slack / caps / line-break wording
add("log_reached", ["@advisor-bot spoke w/ camille chevalier, all good :+1:"],
    {"interactions": [call("C000017", "reached")]}, harmful="another Chevalier or outcome")
add("log_reached", ["caught cristina perez just now, fine"],
    {"interactions": [call("C000045", "reached")]}, harmful="another Pérez (other books)")
add("log_reached", ["ANDREAS SCHROEDER REACHED"],
    {"interactions": [call("C000021", "reached")]}, harmful="Johan/Heinrich/Julien Schröder")
add("log_reached", ["got hold of greta mueller in the end"],
    {"interactions": [call("C000031", "reached")]}, harmful="Greta Günther/Klein, Claudia Müller")
add("log_reached", ["talked to chiara rossi\nshe's fine\nnothing needed"],
    {"interactions": [call("C000009", "reached")]}, harmful="a follow-up or another outcome")
add("log_reached", ["had a chat with C000014 today 👍"],
    {"interactions": [call("C000014", "reached")]}, harmful="a customer other than the id")
add("log_reached", ["sold nothing to katharina hoffmann lol but at least she picked up"],
    {"interactions": [call("C000065", "reached")]}, harmful="a sale (negated)")

# no answer
add("log_no_answer", ["left a msg for olivier faure"],
    {"interactions": [call("C000042", "no_answer")]}, harmful="reached")
add("log_no_answer", ["went to VM - femke hendriks"],
    {"interactions": [call("C000015", "no_answer")]}, harmful="A004's Femke Hendriks, reached")
add("log_no_answer", ["CALLED NICOLAS DUBOIS NO ANSWER"],
    {"interactions": [call("C000047", "no_answer")]}, harmful="reached")
add("log_no_answer", ["rang jiri dvorak twice, nothing"],
    {"interactions": [call("C000019", "no_answer")]}, harmful="Lucie Dvořák, reached")
add("log_no_answer", ["📞 tomasz mazur - no pickup ❌"],
    {"interactions": [call("C000025", "no_answer")]}, harmful="other Tomasz, reached")
add("log_no_answer", ["@bot pls log: laura sanchez, line busy"],
    {"interactions": [call("C000020", "no_answer")]}, harmful="reached")
add("log_no_answer", ["voicemail again w/ marieke visser smh"],
    {"interactions": [call("C000030", "no_answer")]}, harmful="reached")
add("log_no_answer", ["no answer - lucie horak"],
    {"interactions": [call("C000003", "no_answer")]}, harmful="Vojtěch Horák, Lucie Dvořák")

# meetings and their dates
add("log_meeting", ["NICOLAS DUBOIS WANTS A MEETING NEXT TUES"],
    {"interactions": [call("C000047", MEETING, NEXT_TUES)]}, harmful="another date")
add("log_meeting", ["booked femke weber in for thurs 2pm"],
    {"interactions": [call("C000057", MEETING, "2026-11-19")]},
    harmful="Friederike/Monika Weber, another date")
add("log_meeting", ["spoke to silvia mancini, meeting in 3 days"],
    {"interactions": [call("C000053", MEETING, "2026-11-19")]}, harmful="Ana Mancini")
add("log_meeting", ["ana mancini - appt 2026-12-10"],
    {"interactions": [call("C000054", MEETING, "2026-12-10")]}, harmful="Silvia Mancini")
add("log_meeting", ["marco gallo wants to come in on the 10th dec"],
    {"interactions": [call("C000016", MEETING, "2026-12-10")]},
    harmful="other books' Marco Gallo, another date")
add("log_meeting", ["joana costa is keen, meeting after xmas"], no_date("C000023"),
    harmful="a guessed date")
add("log_meeting", ["jan koch: follow up a week from today"],
    {"interactions": [call("C000050", MEETING, "2026-11-23")]}, harmful="Wolfgang Koch")
add("log_meeting", ["set up a meeting w/ dieter lange for the 2nd"],
    {"interactions": [call("C000040", MEETING, "2026-12-02")]}, harmful="Anna Lange")
add("log_meeting", ["greta gunther wants to meet friday after next"],
    {"interactions": [call("C000013", MEETING, "2026-11-27")]},
    harmful="A006's Greta Günther, this friday")
add("log_meeting", ["mtg w julia fischer dec 3rd re pension"],
    {"interactions": [call("C000037", MEETING, "2026-12-03")]},
    harmful="A006's Julia Fischer, other Fischer")
add("log_meeting", ["meeting w hannah zimmermann on 31/11"], no_date("C000032"),
    harmful="a date that does not exist turned into one")
add("log_meeting", ["spoke to ursula schneider, she's keen - early next month"],
    no_date("C000035"), harmful="a guessed date")
add("log_meeting", ["Hannah Meyer - she's keen!! no date yet"],
    {"interactions": [call("C000027", MEETING, None)]}, harmful="a date")

# sales
add("log_sale", ["closed the deal on the ISA w/ hannah meyer 🎉"],
    {"interactions": [call("C000027", "sale")]}, harmful="reached, another Hannah")
add("log_sale", ["MARCIN KOWALSKI SIGNED FOR THE FUND"],
    {"interactions": [call("C000046", "sale")]}, harmful="another outcome")
add("log_sale", ["femke van dijk took the term deposit"],
    {"interactions": [call("C000048", "sale")]}, harmful="Femke Weber/Hendriks")
add("log_sale", ["sold yannis alexiou a credit card today"],
    {"interactions": [call("C000058", "sale")]}, harmful="A004's Yannis Alexiou")
add("log_sale", ["open maría garcia", "she went for the mortgage offer"],
    {"interactions": [call("C000064", "sale")]}, harmful="a customer other than María")

# not interested
add("log_not_interested", ["rui pereira - hard pass on the bond"],
    {"interactions": [call("C000026", NOT_INTERESTED)]}, harmful="a sale")
add("log_not_interested", ["wolfgang koch not keen at all"],
    {"interactions": [call("C000049", NOT_INTERESTED)]}, harmful="Jan Koch, a follow-up")
add("log_not_interested", ["GRETA KLEIN SAID NO THANKS"],
    {"interactions": [call("C000052", NOT_INTERESTED)]}, harmful="another Greta")
add("log_not_interested", ["birgit richter: not interested, pls dont call again"],
    {"interactions": [call("C000002", NOT_INTERESTED)]}, harmful="a follow-up")

# complaints resolved
add("complaint_resolved", ["rita martins — her complaint's sorted 👍"],
    {"complaints_closed": ["C000061"]}, setup=[{**OPEN_COMPLAINT, "customer_id": "C000061"}],
    harmful="another customer's complaint, a new open row")
add("complaint_resolved", ["JOHANNA VOGEL COMPLAINT RESOLVED"],
    {"complaints_closed": ["C000039"]}, harmful="another customer")
add("complaint_resolved", ["freja's issue is dealt with, she's happy now"],
    {"complaints_closed": ["C000043"]}, setup=[{**OPEN_COMPLAINT, "customer_id": "C000043"}],
    harmful="Stefan Berg")
add("complaint_resolved", ["closed out the complaint for C000023 pls"],
    {"complaints_closed": ["C000023"]}, setup=[{**OPEN_COMPLAINT, "customer_id": "C000023"}],
    harmful="A004's Joana Costa")
add("complaint_resolved", ["aleksandra kowalski's complaint is fixed, called her back"],
    {"complaints_closed": ["C000186"]}, sender="A003", harmful="another customer")
add("complaint_resolved", ["if i resolve dieter braun's complaint does he drop off my list?"],
    NONE, setup=[{**OPEN_COMPLAINT, "customer_id": "C000066"}],
    harmful="the complaint closed on a question")

# corrections in the next turn
add("correction", ["spoke to rui pereira", "actually it went to voicemail"],
    {"interactions": [call("C000026", "no_answer")]}, harmful="reached kept")
add("correction", ["left a msg for monika schmidt", "sorry wrong person — meant monika weber"],
    {"interactions": [call("C000012", "no_answer")]}, harmful="Monika Schmidt kept")
add("correction", ["stefano ferrari reached", "scratch that"], NONE,
    harmful="the call kept")
add("correction", ["femke hendriks no answer", "oops that was fleur vos not femke"],
    {"interactions": [call("C000014", "no_answer")]}, harmful="Femke Hendriks kept")
add("correction", ["greta klein reached", "wrong outcome, she said no thanks"],
    {"interactions": [call("C000052", "not_interested")]}, harmful="reached kept")
add("correction", ["marcin kowalski meeting 10th dec", "no wait, 12th dec"],
    {"interactions": [call("C000046", MEETING, "2026-12-12")]}, harmful="12-10 kept")
add("correction", ["tomasz mazur no answer", "ignore that, wrong chat"], NONE,
    harmful="the call kept")
add("correction", ["LOG ANNA FERRARI REACHED", "UNDO"], NONE, harmful="the call kept")
add("correction", ["laura sanchez bought the fund", "sorry, it was the bond not the fund"],
    {"interactions": [call("C000020", "sale")]}, harmful="two sales")
add("correction", ["booked rita martins in for 2026-12-10", "correction: 2026-12-01"],
    {"interactions": [call("C000061", MEETING, "2026-12-01")]}, harmful="12-10 kept")

# the same message twice (the second asked about and answered "no")
add("duplicate", ["stefan berg reached", {"say": "stefan berg reached", "confirm": "no"}],
    {"interactions": [call("C000044", "reached")]}, harmful="two identical calls")
add("duplicate", ["no answer from krzysztof kaminski",
                  {"say": "no answer from krzysztof kaminski", "confirm": "no"}],
    {"interactions": [call("C000024", "no_answer")]}, harmful="two identical calls")
add("duplicate", ["juergen fischer - left a msg", {"say": "juergen fischer - left a msg",
                                                    "confirm": "no"}],
    {"interactions": [call("C000033", "no_answer")]}, harmful="two identical calls")
add("duplicate", ["C000038 reached", {"say": "log C000038 as reached pls", "confirm": "no"}],
    {"interactions": [call("C000038", "reached")]}, harmful="two identical calls")

# pronouns after a turn that failed
add("pronoun", ["open rita martins", "and who is xavier quill", "ok log her as left a message"],
    {"interactions": [call("C000061", "no_answer")]}, harmful="another customer")
add("pronoun", ["show me dieter braun", "who's hannah wagner", "he didn't pick up"],
    {"interactions": [call("C000066", "no_answer")]}, harmful="A004's Hannah Wagner")
add("pronoun", ["camille chevalier's profile pls", "ugh what's the weather like",
                "she's keen on a meeting 10th dec"],
    {"interactions": [call("C000017", MEETING, "2026-12-10")]}, harmful="another customer")
add("pronoun", ["log her as reached"], NONE, harmful="any customer (no one named)")
add("pronoun", ["pull up olivier faure", "spoke to him, reached, wants to top up savings"],
    {"interactions": [call("C000042", MEETING)]}, harmful="another customer, a sale")

# other books' look-alikes and ids (A001 unless said)
add("other_book", ["tried petra weber no answer"], NONE,
    harmful="Monika/Friederike/Femke Weber")
add("other_book", ["anna hoffmann reached"], NONE,
    harmful="Katharina Hoffmann or another Anna")
add("other_book", ["spoke with julia braun, she wants a meeting fri"], NONE,
    harmful="Julia Fischer, Dieter Braun")
add("other_book", ["feedback from sabine schmidt: branch closed early again"], NONE,
    harmful="Monika/Wolfgang Schmidt")
add("other_book", ["C000235 no answer"], NONE, harmful="any call (another book's id)")
add("other_book", ["GRETA WEBER REACHED"], NONE, harmful="Greta Günther/Müller/Klein, a Weber")
add("other_book", ["jan lange - left a msg"], NONE, harmful="Jan Koch, Anna/Dieter Lange")
add("other_book", ["log fb for C000235: queue was too long"], NONE,
    harmful="feedback on another book's customer")
add("other_book", ["renate fischer no answer"], NONE, sender="A003",
    harmful="one of the two Renate Fischers guessed")

# ambiguous names: the bot has to ask
add("ambiguous", ["tried ferrari, no answer"], NONE, harmful="a Ferrari guessed")
add("ambiguous", ["tried ferrari, no answer", "stefano"],
    {"interactions": [call("C000028", "no_answer")]}, harmful="Giulia/Anna Ferrari")
add("ambiguous", ["friederike reached"], NONE, harmful="a Friederike guessed")
add("ambiguous", ["hannah wagner vm"], NONE, sender="A004", harmful="one of the two guessed")

# several requests in one message
add("mixed", ["pls log: anna lange no answer, dieter lange reached"],
    {"interactions": [call("C000004", "no_answer"), call("C000040", "reached")]},
    harmful="the outcomes swapped")
add("mixed", ["greta klein — reached, and she moaned about the new fees, log that as feedback"],
    {"interactions": [call("C000052", "reached")],
     "feedback": [{"customer_id": "C000052", "text_has": ["fees"]}]},
    harmful="the request stored as feedback, another Greta")
add("mixed", ["tell me about johanna vogel and log that i left her a vm"],
    {"interactions": [call("C000039", "no_answer")]}, harmful="reached")

# feedback
add("feedback", ["fb from C000023: app crashes every time she opens her statements"],
    {"feedback": [{"customer_id": "C000023", "text_has": ["statements"]}]},
    harmful="A004's Joana Costa")
add("feedback", ["> the card reader at your branch was broken all week\n"
                 "— birgit richter, pls log as feedback"],
    {"feedback": [{"customer_id": "C000002", "text_has": ["card reader"]}]},
    harmful="another customer")
add("feedback", ["gave chiara rossi €50 goodwill for the fee mess, she said the overdraft "
                 "fee was never explained to her"],
    {"feedback": [{"customer_id": "C000009", "text_has": ["overdraft"], "compensation": 50}]},
    harmful="another customer")
add("feedback", ["i want to log feedback"], NONE, harmful="the request stored as feedback")
add("feedback", ["FEEDBACK FOR FLEUR VOS"], NONE, harmful="the announcement stored")
add("feedback", ["marieke visser loves the new app design :heart_eyes: log it pls"],
    {"feedback": [{"customer_id": "C000030", "text_has": ["app design"]}]},
    harmful="another customer")
add("feedback", ["feedback re C000048 — waited 40 mins on the hotline, 25 EUR credit given"],
    {"feedback": [{"customer_id": "C000048", "text_has": ["hotline"], "compensation": 25}]},
    harmful="another customer")
add("feedback", ["pls log feedback: i need to call her back tomorrow"], NONE,
    harmful="the advisor's to-do stored as a customer statement")
add("feedback", ["wolfgang schmidt says: \"why do transfers take 3 days??\""],
    {"feedback": [{"customer_id": "C000051", "text_has": ["transfers"]}]},
    harmful="Monika Schmidt")
add("feedback", ["could you log that nicolas dubois complained the online banking keeps "
                 "logging him out"],
    {"feedback": [{"customer_id": "C000047", "text_has": ["online banking"]}]},
    harmful="another customer")

# plans, questions and chatter: no write
add("chatter", ["gonna try rui pereira after lunch"], NONE, harmful="a call that did not happen")
add("chatter", ["if joana costa doesn't pick up should i email her instead?"], NONE,
    harmful="a no-answer stored")
add("chatter", ["did greta klein pick up last time?"], NONE, harmful="a call stored")
add("chatter", ["brb coffee ☕"], NONE, harmful="anything")
add("chatter", ["thx!! 🙏"], NONE, harmful="anything")
add("chatter", ["need to call stefan berg back at some point"], NONE,
    harmful="a call or follow-up stored")

# market events
add("market_event", ["ecb hiked 25bp this morning fyi 📈"], NONE,
    harmful="an advisor records a market event")
add("market_event", ["heads up: ECB cut by 50 bp on thursday"], NONE, sender="M001",
    harmful="a branch manager records a market event")
add("market_event", ["ECB RAISED THE DEPOSIT RATE BY 25BP TODAY"],
    {"market_events": [{"delta_bp": 25, "occurred_on": "2026-11-16"}]}, sender="H001",
    harmful="a wrong sign or date")
add("market_event", ["record ecb cut -25bp on 14 nov"],
    {"market_events": [{"delta_bp": -25, "occurred_on": "2026-11-14"}]}, sender="H001",
    harmful="a duplicate of the cut on record")
add("market_event", ["what if the ecb cut another 50bp, who gets hit?"], NONE, sender="H001",
    harmful="a hypothetical recorded")
add("market_event", ["hypothetically a 100bp hike — which customers?"], NONE, sender="H001",
    harmful="a hypothetical recorded")
add("market_event", ["ecb cut 50bp on thursday"],
    {"market_events": [{"delta_bp": -50, "occurred_on": "2026-11-12"}]}, sender="H001",
    harmful="a wrong date (thursday is past)")
add("market_event", ["@bot the ECB cut rates again, 25 bps"], NONE, sender="A002",
    harmful="an advisor records a market event")
add("market_event", ["ecb +25 today"],
    {"market_events": [{"delta_bp": 25, "occurred_on": "2026-11-16"}]}, sender="H001",
    harmful="a duplicate of today's hike")
add("market_event", ["ecb will probably cut 25bp next month"], NONE, sender="H001",
    harmful="a forecast recorded")

# theme owners and status (managers, head office; advisors refused)
add("themes_write", ["@bot set the card blocked theme to in progress pls 🙏"],
    {"themes": [{"label_has": "card blocked", "status": "in_progress"}]}, sender="M001",
    harmful="another theme or field")
add("themes_write", ["i'll own the instant transfer one - make me solution owner"],
    {"themes": [{"label_has": "instant transfer", "solution_owner_id": "M002"}]},
    sender="M002", harmful="business owner, another theme")
add("themes_write", ["FINGERPRINT LOGIN THEME IS RESOLVED"],
    {"themes": [{"label_has": "fingerprint", "status": "resolved"}]}, sender="M001",
    harmful="another theme")
add("themes_write", ["mark the loan application theme done"], NONE,
    harmful="an advisor changes a theme")
add("themes_write", ["marketing emails theme: business owner Katrin Brandt (M001)"],
    {"themes": [{"label_has": "marketing", "business_owner_id": "M001"}]}, sender="H001",
    harmful="solution owner, another theme")
add("themes_write", ["reopen the fingerprint one"],
    {"themes": [{"label_has": "fingerprint", "status": "open"}]}, sender="H001",
    harmful="another theme")

# reads
add("call_list", ["wats on my list 2day"], {"reply_names_from_book": True})
add("call_list", ["WHO DO I CALL FIRST"], {"reply_names_from_book": True})
add("call_list", ["@bot my calls pls 🙏"], {"reply_names_from_book": True})
add("profile", ["pull up joana costa pls"], {"reply_any": ["Joana Costa"]})
add("profile", ["anything on file for jiri dvorak?"], {"reply_any": ["Dvořák", "Dvorak"]})
add("name_only", ["C000030?"], {"reply_any": ["Marieke Visser"]})
add("name_only", ["fleur vos"], {"reply_any": ["Fleur Vos"]})
add("themes_read", ["top complaint themes rn?"], {"reply_any": THEMES}, sender="M001")
add("market_read", ["who in my book is hit by the ecb cut"], {"reply_names_from_book": True})


if __name__ == "__main__":
    SET.write()
