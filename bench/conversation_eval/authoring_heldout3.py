"""How heldout3.yml was written: a third unseen set (issue #14, round s20), typed before any
fix of that round and played once on main's code before the fixes, then only at the round's
end. Same bank and format as authoring.py (e2e demo bank: 400 customers, seed 11, today =
Monday 2026-11-16), in wording the other sets and the bot's training data do not use: terse,
typos, lower case, pronouns after a missed turn, corrections of every kind ("no, the other
one", "wrong date, make it the 15th", "that was for X not Y", "undo"), dates in many forms,
compensation mentioned in passing, hypothetical market questions, messages that are only a
name, and other books' customers whose names look like the advisor's own.

Dates against Monday 2026-11-16: 2moro 11-17, wed 11-18, in 3 days 11-19, the 20th 11-20,
monday 11-23, nov 25 / 25/11 11-25, dec 2nd 12-02, 3.12. 12-03, the 4th 12-04, the 15th
12-15, in a fortnight 11-30, end of next week 11-26..11-29, beginning of december
12-01..12-07, next tues 11-17 or 11-24.

`python -m bench.conversation_eval.authoring_heldout3` rewrites heldout3.yml.
"""

from __future__ import annotations

from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    HeldoutSet,
    between,
    call,
)

OPEN_COMPLAINT = {"table": "interactions", "kind": "complaint", "outcome": "open",
                  "occurred_on": "2026-11-02", "channel": "phone"}

SET = HeldoutSet("heldout3", "h3")
add = SET.add


# reached
add("log_reached", ["camille chevalier picked up, all sorted"], {"interactions": [
    call("C000017", "reached")]})
add("log_reached", ["got thru to johan schroder"], {"interactions": [
    call("C000022", "reached")]}, harmful="another Schröder")
add("log_reached", ["spoke 2 C000023 earlier"], {"interactions": [call("C000023", "reached")]})
add("log_reached", ["had a quick chat w nicolas dubois, nothing new"], {"interactions": [
    call("C000047", "reached")]})

# no answer
add("log_no_answer", ["marcin kowalski no pickup"], {"interactions": [
    call("C000046", "no_answer")]})
add("log_no_answer", ["tried stefan berg 2x, nada"], {"interactions": [
    call("C000044", "no_answer")]}, harmful="Freja Berg, or 'reached'")
add("log_no_answer", ["C000010 unreachable today"], {"interactions": [
    call("C000010", "no_answer")]})
add("log_no_answer", ["katharina hofman - line busy"], {"interactions": [
    call("C000065", "no_answer")]})
add("log_no_answer", ["rang silvia mancini, engaged tone"], {"interactions": [
    call("C000053", "no_answer")]}, harmful="Ana Mancini")

# meetings, dates in many forms
add("log_meeting", ["monika schmidt wants to meet 2moro"], {"interactions": [
    call("C000007", MEETING, "2026-11-17")]})
add("log_meeting", ["julia fischer - appt wed"], {"interactions": [
    call("C000037", MEETING, "2026-11-18")]})
add("log_meeting", ["call lena fischer back 3.12."], {"interactions": [
    call("C000041", MEETING, "2026-12-03")]})
add("log_meeting", ["giuseppe szymanski wants a meeting dec 2nd"], {"interactions": [
    call("C000006", MEETING, "2026-12-02")]})
add("log_meeting", ["arrange smth with yannis alexiou in 3 days"], {"interactions": [
    call("C000058", MEETING, "2026-11-19")]})
add("log_meeting", ["femke van dijk: follow up in a fortnight"], {"interactions": [
    call("C000048", MEETING, "2026-11-30")]})
add("log_meeting", ["hannah zimmermann wants to see me beginning of december"],
    {"interactions": [call("C000032", MEETING, between("2026-12-01", "2026-12-07"))]})
add("log_meeting", ["wolfgang koch asked for a callback nov 25"], {"interactions": [
    call("C000049", MEETING, "2026-11-25")]})
add("log_meeting", ["pencil in marketa fischer for 25/11"], {"interactions": [
    call("C000038", MEETING, "2026-11-25")]})
add("log_meeting", ["friederike weber meeting next tues"], {"interactions": [
    call("C000056", MEETING, ["2026-11-17", "2026-11-24"])]})
add("log_meeting", ["stefano ferrari callback end of next week"], {"interactions": [
    call("C000028", MEETING, between("2026-11-26", "2026-11-29"))]})
add("log_meeting", ["ursula schneider follow up on the 20th"], {"interactions": [
    call("C000035", MEETING, "2026-11-20")]})
add("log_meeting", ["anna ferrari would like a call on monday"], {"interactions": [
    call("C000029", MEETING, "2026-11-23")]})

# sales
add("log_sale", ["greta muller signed up for the credit card"], {"interactions": [
    call("C000031", "sale")]})
add("log_sale", ["sold claudia gunther an etf savings plan"], {"interactions": [
    call("C000008", "sale")]}, harmful="Greta Günther or Claudia Müller")
add("log_sale", ["femke weber bought into the bond fund 👍"], {"interactions": [
    call("C000057", "sale")]})

# not interested
add("log_not_interested", ["andreas schroder - nope, not keen"], {"interactions": [
    call("C000021", NOT_INTERESTED)]})
add("log_not_interested", ["julien schroder said no thx to the mortgage offer"],
    {"interactions": [call("C000063", NOT_INTERESTED)]})

# complaints resolved
add("complaint_resolved", ["johanna vogel's complaint - done, closed"],
    {"complaints_closed": ["C000039"]})
add("complaint_resolved", ["closed out lucie dvorak's complaint, refund went thru"],
    {"complaints_closed": ["C000011"]}, setup=[{**OPEN_COMPLAINT, "customer_id": "C000011"}],
    harmful="Jiří Dvořák's record touched")
add("complaint_resolved", ["complaint for C000047 is fixed"], {"complaints_closed": ["C000047"]},
    setup=[{**OPEN_COMPLAINT, "customer_id": "C000047"}])

# feedback, compensation in passing
add("feedback", ["fb joana costa: atm ate her card, we credited 25 eur as goodwill"],
    {"feedback": [{"customer_id": "C000023", "text_has": ["card"], "compensation": 25}]})
add("feedback", ["rui pereira moaned about the 3 day wait for his transfer, gave him 10€ back"],
    {"feedback": [{"customer_id": "C000026", "text_has": ["transfer"], "compensation": 10}],
     "interactions": [call("C000026", "reached", optional=True)]})
add("feedback", ["need to jot down some fb"], NONE, harmful="the request stored as a statement")
add("feedback", ["this bot is rubbish fyi"], NONE,
    harmful="the advisor's remark stored as a customer statement")
add("feedback", ["we gave nicolas dubois 50 eur for the double charge, he was furious"],
    {"feedback": [{"customer_id": "C000047", "text_has": ["double charge"],
                   "compensation": 50}],
     "interactions": [call("C000047", "reached", optional=True)]})

# mixed read + write
add("mixed", ["hows camille chevalier doing + log a vm for her"],
    {"interactions": [call("C000017", "no_answer")], "reply_any": ["Chevalier"]})
add("mixed", ["todays list pls, and mark tomasz szymanski reached"],
    {"interactions": [call("C000005", "reached")], "reply_names_from_book": True})

# corrections of every kind
add("correction", ["greta gunther no answer", "nope, other one"], NONE,
    harmful="left on Greta Günther, or moved to a guessed other customer")
add("correction", ["jan koch wants a meeting next week", "wrong date, make it the 15th"],
    {"interactions": [call("C000050", MEETING, "2026-12-15")]},
    harmful="the next-week date kept, or another date")
add("correction", ["fleur vos - got her", "that was for marieke visser not fleur vos"],
    {"interactions": [call("C000030", "reached")]}, harmful="the call left on Fleur Vos")
add("correction", ["dieter lange no answer", "undo pls"], NONE)
add("correction", ["cristina perez sale", "oops wrong customer"], NONE,
    harmful="the sale left on Cristina Pérez, or moved to a guess")
add("correction", ["anna lange meeting thursday", "not thursday, friday"],
    {"interactions": [call("C000004", MEETING, "2026-11-20")]})
add("correction", ["greta muller took the fund", "sorry i meant C000052"],
    {"interactions": [call("C000052", "sale")]}, harmful="the sale left on Greta Müller")
add("correction", ["wolfgang schmidt call back friday", "wrong date", "the 4th"],
    {"interactions": [call("C000051", MEETING, "2026-12-04")]},
    harmful="the date changed to a guess, or friday kept")
add("correction", ["tomasz mazur voicemail", "no the other tomasz"], NONE,
    harmful="moved to one of the two other Tomasz without asking")
add("correction", ["olivier faure reached", "scrap that last one"], NONE)

# pronouns, also after a turn the bot could not place
add("pronoun", ["show me greta klein", "show me markus klien", "she wants a meeting 2moro"],
    {"interactions": [call("C000052", MEETING, "2026-11-17")]},
    harmful="the missed turn moved the focus")
add("pronoun", ["open rita martins", "qwpeoiru", "left her a vm"],
    {"interactions": [call("C000061", "no_answer")]})
add("pronoun", ["pull up c000066", "what about lena strand", "he bought the etf"],
    {"interactions": [call("C000066", "sale")]},
    harmful="stored on a Strand-like name, or on nobody")
add("pronoun", ["him - no answer"], NONE, harmful="a pronoun with nobody in focus")

# a message that is only a name: the profile or "which one?", never a ping
add("name_only", ["rita martins"], {"reply_any": ["Martins"]})
add("name_only", ["C000044"], {"reply_any": ["Berg"]})
add("name_only", ["schroder"], {"reply_any": ["Schröder", "Schroder", "which"]})
add("name_only", ["jiri dvorak?"], {"reply_any": ["Dvořák", "Dvorak"]})
add("name_only", ["freja"], {"reply_any": ["Berg"]})

# other books' customers whose names look like the advisor's own
add("other_book", ["markus klien no answer"], NONE, harmful="stored on Greta Klein")
add("other_book", ["rang monika gallo, reached"], NONE,
    harmful="stored on Marco Gallo or Monika Weber/Schmidt")
add("other_book", ["lukas richter wants a meeting on the 2nd"], NONE,
    harmful="stored on Birgit Richter")
add("other_book", ["andreas hoffmann took a card"], NONE,
    harmful="stored on Katharina Hoffmann or Andreas Schröder")
add("other_book", ["claudia schmidt not interested"], NONE,
    harmful="stored on Claudia Müller/Günther or Monika Schmidt")
add("other_book", ["johan berg voicemail"], NONE, harmful="stored on Johan Schröder or a Berg")
add("other_book", ["katharina zimmermann reached"], NONE,
    harmful="stored on a Zimmermann or Katharina Hoffmann")
add("other_book", ["yannis georgiou no answer"], NONE, harmful="stored on Yannis Alexiou")
add("other_book", ["sebastien chevalier didnt answer"], NONE,
    harmful="stored on Camille Chevalier")
add("other_book", ["hannah zimmermann reached"], {"interactions": [
    call("C000091", "reached")]}, sender="A002",
    harmful="stored on A001's Hannah Zimmermann")

# ambiguous names
add("ambiguous", ["schmidt no answer"], NONE, harmful="Monika or Wolfgang Schmidt picked")
add("ambiguous", ["called anna, she said yes to the loan"], NONE,
    harmful="one of three Annas picked")
add("ambiguous", ["ferrari - spoke to her", "giulia"],
    {"interactions": [call("C000018", "reached", optional=True)]},
    harmful="Stefano or Anna Ferrari")

# duplicates
add("duplicate", ["vojtech horak - vm", {"say": "vojtech horak vm", "confirm": "no"}],
    {"interactions": [call("C000059", "no_answer")]})

# market events
add("market_event", ["hypothetically +25bp tmrw, who gets hurt"], NONE, sender="H001",
    harmful="a hypothetical recorded")
add("market_event", ["what would a 1% hike do to my clients"], NONE, sender="A001",
    harmful="a hypothetical recorded")
add("market_event", ["ecb hiked 25bp yesterday"], NONE, sender="A001",
    harmful="an advisor recorded an event")
add("market_event", ["record: ecb raised rates +50bp on 12 nov"], {"market_events": [
    {"delta_bp": 50, "occurred_on": "2026-11-12"}]}, sender="H001")
add("market_event", ["would anyone be affected if the ecb cut 10bp"], NONE, sender="H001",
    harmful="a hypothetical recorded")

# chatter and reads: nothing stored
add("chatter", ["brb coffee"], NONE)
add("chatter", ["ok cool"], NONE)
add("chatter", ["hmm"], NONE)
add("call_list", ["who shd i call first"], {"reply_names_from_book": True})


def main() -> None:
    SET.write()


if __name__ == "__main__":
    main()
