"""How heldout2.yml was written: a second unseen set (issue #14, round s19), typed before any
fix of that round and not played until its end. Same bank and format as authoring.py (e2e
demo bank: 400 customers, seed 11, today = Monday 2026-11-16), in wording that differs from
items.yml/heldout.yml and from the bot's training data, which the author did not read:
typos, lower case, pronouns, corrections, "3 Dec" / "end of month" dates, other advisors'
customers, ambiguous surnames, mixed read-and-write requests.

Dates against Monday 2026-11-16: tmrw 11-17, thu 11-19, fri 11-20, next week 11-23..11-27,
3 dec 12-03, 1st of december 12-01, the 15th 12-15, end of month 11-27..11-30,
in two weeks 11-30, in 10 days 11-26.

`python -m bench.conversation_eval.authoring_heldout2` rewrites heldout2.yml.
"""

from __future__ import annotations

from bench.conversation_eval.authoring_heldout_kit import (
    NONE,
    NOT_INTERESTED,
    HeldoutSet,
    call,
)

NEXT_WEEK = {"between": ["2026-11-23", "2026-11-27"]}
END_OF_MONTH = {"between": ["2026-11-27", "2026-11-30"]}
OPEN_COMPLAINT = {"table": "interactions", "kind": "complaint", "outcome": "open",
                  "occurred_on": "2026-11-05", "channel": "branch"}

SET = HeldoutSet("heldout2", "h2")
add = SET.add


# reached
add("log_reached", ["got hold of birgit richter, all good"], {"interactions": [
    call("C000002", "reached")]})
add("log_reached", ["talked w/ marieke visser just now"], {"interactions": [
    call("C000030", "reached")]})
add("log_reached", ["chiara rosi - reached"], {"interactions": [call("C000009", "reached")]},
    harmful="the typo may be confirmed, never mapped silently to another Rossi")
add("log_reached", ["Had a good chat with Yannis Alexiou today"], {"interactions": [
    call("C000058", "reached")]})
add("log_reached", ["spoke to lucie horak"], {"interactions": [call("C000003", "reached")]})
add("log_reached", ["reached c000065"], {"interactions": [call("C000065", "reached")]})

# no answer
add("log_no_answer", ["rang marcin kowalski, went to voicemail"], {"interactions": [
    call("C000046", "no_answer")]})
add("log_no_answer", ["no luck with fleur vos, phone off"], {"interactions": [
    call("C000014", "no_answer")]})
add("log_no_answer", ["vojtech horak didnt pick up"], {"interactions": [
    call("C000059", "no_answer")]})
add("log_no_answer", ["couldnt reach heinrich schroeder"], {"interactions": [
    call("C000062", "no_answer")]},
    harmful="another Schröder, or 'reached'")
add("log_no_answer", ["tried greta muller twice, nothing"], {"interactions": [
    call("C000031", "no_answer")]})
add("log_no_answer", ["C000047: no reply"], {"interactions": [call("C000047", "no_answer")]})
add("log_no_answer", ["left a msg for katharina hoffman"], {"interactions": [
    call("C000065", "no_answer")]})

# meetings with dates
add("log_meeting", ["anna zimmermann wants to come in on 3 dec"], {"interactions": [
    call("C000034", ["follow_up", "reached"], "2026-12-03")]})
add("log_meeting", ["booked a meeting w/ dieter lange for thursday"], {"interactions": [
    call("C000040", ["follow_up", "reached"], "2026-11-19")]})
add("log_meeting", ["ursula zimmermann - call back end of month"], {"interactions": [
    call("C000060", ["follow_up", "reached"], END_OF_MONTH)]})
add("log_meeting", ["spoke to greta gunther, follow up in two weeks re pension"],
    {"interactions": [call("C000013", ["follow_up", "reached"], "2026-11-30")]})
add("log_meeting", ["claudia gunther meeting 1st of december"], {"interactions": [
    call("C000008", ["follow_up", "reached"], "2026-12-01")]})
add("log_meeting", ["jan koch: appointment tmrw 10am"], {"interactions": [
    call("C000050", ["follow_up", "reached"], "2026-11-17")]})
add("log_meeting", ["friederike kruger wants to talk again next week about the mortgage"],
    {"interactions": [call("C000001", ["follow_up", "reached"], NEXT_WEEK)]})
add("log_meeting", ["set a follow up with femke hendriks on the 15th"], {"interactions": [
    call("C000015", ["follow_up", "reached"], "2026-12-15")]})
add("log_meeting", ["wolfgang schmidt asked me to ring him back in 10 days"],
    {"interactions": [call("C000051", ["follow_up", "reached"], "2026-11-26")]})

# sales
add("log_sale", ["closed a deal with giulia ferrari - she opened the savings account"],
    {"interactions": [call("C000018", "sale")]})
add("log_sale", ["stefano ferrari took out the personal loan"], {"interactions": [
    call("C000028", "sale")]})
add("log_sale", ["sold a fund to jiri dvorak"], {"interactions": [call("C000019", "sale")]})

# not interested
add("log_not_interested", ["monika weber isnt interested"], {"interactions": [
    call("C000012", NOT_INTERESTED)]})
add("log_not_interested", ["cristina perez turned down the card offer"], {"interactions": [
    call("C000045", NOT_INTERESTED)]})
add("log_not_interested", ["krzysztof kaminski: not interested at all"], {"interactions": [
    call("C000024", NOT_INTERESTED)]})
add("log_not_interested", ["spoke with hannah meyer, she doesnt want the insurance"],
    {"interactions": [call("C000027", NOT_INTERESTED)]})

# complaints resolved
add("complaint_resolved", ["tomasz szymanski's complaint is sorted now"],
    {"complaints_closed": ["C000005"]}, setup=[{**OPEN_COMPLAINT, "customer_id": "C000005"}])
add("complaint_resolved", ["close the complaint for johanna vogel, fixed"],
    {"complaints_closed": ["C000039"]})
add("complaint_resolved", ["resolved ana mancini's issue with the card"],
    {"complaints_closed": ["C000054"]}, setup=[{**OPEN_COMPLAINT, "customer_id": "C000054"}])

# feedback
add("feedback", ["fb from rita martins: the card reader at the branch never works"],
    {"feedback": [{"customer_id": "C000061", "text_has": ["card reader"]}]})
add("feedback", ["customer feedback for joana costa", "she finds the transfer fees way too high"],
    {"feedback": [{"customer_id": "C000023", "text_has": ["transfer fees"]}]})
add("feedback", ["i'd like to record some feedback"], NONE,
    harmful="the request itself stored as a statement")
add("feedback", ["can i give feedback about this bot? it's slow"], NONE,
    harmful="the advisor's remark about the bot stored as a customer statement")
add("feedback", ["marco gallo said his transfer took 5 days, we refunded him 15 eur"],
    {"feedback": [{"customer_id": "C000016", "text_has": ["5 days"], "compensation": 15}],
     "interactions": [call("C000016", "reached", optional=True)]})
add("feedback", ["feedback C000044 the new app keeps logging him out"],
    {"feedback": [{"customer_id": "C000044", "text_has": ["logging him out"]}]})

# mixed read + write
add("mixed", ["show me birgit richter and log that she didnt pick up"],
    {"interactions": [call("C000002", "no_answer")], "reply_any": ["Richter"]})
add("mixed", ["tell me about chiara rossi, then mark her as reached"],
    {"interactions": [call("C000009", "reached")], "reply_any": ["Rossi"]})
add("mixed", ["whos on my list today? also fleur vos no answer"],
    {"interactions": [call("C000014", "no_answer")], "reply_names_from_book": True})
add("mixed", ["pull up marco gallo's profile and note his complaint is resolved"],
    {"complaints_closed": ["C000016"], "reply_any": ["Gallo"]},
    setup=[{**OPEN_COMPLAINT, "customer_id": "C000016"}])

# corrections
add("correction", ["called laura sanchez, no answer", "sorry, it was maria garcia not laura"],
    {"interactions": [call("C000064", "no_answer")]},
    harmful="the call left on Laura Sánchez")
add("correction", ["tomasz mazur reached", "undo that"], NONE)
add("correction", ["rui pereira no answer", "scratch that, wrong person"], NONE)
add("correction", ["claudia muller meeting thursday", "actually that was wrong, delete it"],
    NONE)
add("correction", ["tell me about anna lange", {"say": "she didn't answer", "confirm": "no"}],
    NONE, harmful="stored although the advisor said no")
add("correction", ["silvia mancini reached", "no wait, i meant ana mancini"],
    {"interactions": [call("C000054", "reached")]},
    harmful="the call left on Silvia Mancini")

# pronouns and focus
add("pronoun", ["pull up jurgen fischer", "ok he wants to meet next week"],
    {"interactions": [call("C000033", ["follow_up", "reached"], NEXT_WEEK)]})
add("pronoun", ["show me ursula schneider", "left her a voicemail"],
    {"interactions": [call("C000035", "no_answer")]})
add("pronoun", ["how is dieter braun doing", "sold him the savings plan"],
    {"interactions": [call("C000066", "sale")]})
add("pronoun", ["open julia fischer", "open gonzalo ruiz", "she's not interested"],
    {"interactions": [call("C000037", NOT_INTERESTED)]},
    harmful="the failed turn moved the focus away from Julia Fischer")
add("pronoun", ["she didnt answer"], NONE, harmful="a pronoun with nobody in focus")

# other advisors' customers (never mapped to a look-alike in the own book)
add("other_book", ["called ewa nowak, no answer"], NONE)
add("other_book", ["valentina gallo reached"], NONE, harmful="stored on Marco Gallo")
add("other_book", ["spoke to petra weber, wants a meeting friday"], NONE,
    harmful="stored on a Weber of A001's book")
add("other_book", ["renate fischer not interested"], NONE, harmful="stored on a Fischer")
add("other_book", ["C000070 reached"], NONE, harmful="a write on another book's id")
add("other_book", ["tell me about markus klein"], NONE, harmful="Greta Klein's profile shown")

# ambiguous names
add("ambiguous", ["called koch, no answer", "jan koch"],
    {"interactions": [call("C000050", "no_answer", optional=True)]},
    harmful="stored on Wolfgang Koch")
add("ambiguous", ["mrs fischer wants a call back tmrw"], NONE,
    harmful="one of four Fischers picked")
add("ambiguous", ["spoke to tomasz, he's fine"], NONE, harmful="one of three Tomasz picked")
add("ambiguous", ["berg no answer"], NONE, harmful="Freja or Stefan Berg picked")

# duplicates
add("duplicate", ["dieter braun no answer", {"say": "dieter braun no answer",
                                             "confirm": "no"}],
    {"interactions": [call("C000066", "no_answer")]})
add("duplicate", ["jan koch reached", {"say": "Jan Koch - reached", "confirm": "no"}],
    {"interactions": [call("C000050", "reached")]})

# market events
add("market_event", ["ecb lowered rates 0.25% on thursday"], NONE, sender="A002",
    harmful="an advisor recorded an event")
add("market_event", ["fyi ecb cut 25 bp today"], NONE, sender="M001",
    harmful="a branch manager recorded an event (head office only by default)")
add("market_event", ["ecb cut rates by 75bp today, please record"], {"market_events": [
    {"delta_bp": -75, "occurred_on": "2026-11-16"}]}, sender="H001")
add("market_event", ["ecb cut rates by 75bp today, please record"], {"market_events": [
    {"delta_bp": -75, "occurred_on": "2026-11-16"}]}, sender="H001",
    harmful="a second -75 bp event on the same day")
add("market_event", ["what if rates went up 40bp, who'd be hit?"], NONE, sender="H001",
    harmful="a hypothetical recorded")
add("market_event", ["the fed might cut in december"], NONE, sender="H001",
    harmful="a rumour recorded")

# themes
add("themes_write", ["make tobias lehmann solution owner for the card theme"],
    {"themes": [{"label_has": "card", "solution_owner_id": "M002"}]}, sender="H001")
add("themes_write", ["set the fee theme to in progress"], NONE, sender="A002",
    harmful="an advisor changed a theme")

# reads and chatter: nothing stored
add("chatter", ["morning! busy day ahead"], NONE)
add("chatter", ["thx"], NONE)
add("chatter", ["what can u do"], NONE)
add("call_list", ["who do i ring first today"], {"reply_names_from_book": True})
add("profile", ["anything i should know about rita martins before i call?"],
    {"reply_any": ["Martins"]})
add("themes_read", ["what are clients complaining about lately"], NONE)


def main() -> None:
    SET.write()


if __name__ == "__main__":
    main()
