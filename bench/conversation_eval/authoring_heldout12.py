"""How heldout12.yml was written: a twelfth unseen set (issue #14, round s26), typed blind like
heldout6-10, without reading the bot's training data, its tests, its actions, anything under
knowledge/ but the demo bank's generator, or the other sets' items. Same bank and format as
heldout8-10 (e2e demo bank: 400 customers, seed 11, today = Monday 2026-11-16; sender A001
unless an item needs another book, a manager or head office). Every customer id, name, book,
household, open complaint, theme and staff member used was checked against a generated copy of
that bank (`fresh_bank` of `python -m bench.conversation_eval` under /tmp).

What it stresses that heldout2-10 did not, as a sceptical reviewer of the boundary between
writing and not writing would: messages that look like call reports but are not — questions
about past calls ("did anyone reach X last week?", "has X been called?", "what did X say last
time"), conditionals ("if X doesn't pick up, try Y"), intentions ("gonna try X after lunch"), a
contact reported by someone else ("the branch said X came in"), the advisor's to-do list,
role-play ("let's pretend X said no"), a previous note quoted, a customer's surname as part of
a company or a street ("Fischer Bau GmbH", "Schröderstraße", "the café on Vogelgasse"),
amounts, IBAN endings, phone numbers, payment references and dates that look like customer ids,
a long pasted e-mail thread with several names where one line is the advisor's own report;
reports that ARE calls but hedge or revise ("I think it was voicemail, not sure", "reached —
well, her son picked up", "spoke to X, actually it was Y"); writes by the wrong role (an
advisor recording a rate change or changing a theme's owner, a manager logging a call on
another branch's customer, names from another advisor's book); feedback boundaries (a
customer's statement vs the advisor's own view vs a rumour vs a question; compensation
"refunded 15 eur"; two customers in one message); complaint closures (none open, the card
complaint when the customer has another open one, one of two namesakes told apart by occupation
and city, closed then "oh wait it's still open", a conditional closure, another book's
complaint); undo / cancel / "that's wrong" at many points (after a write, after a read, after a
failed turn, at a confirmation, in a fresh conversation with nothing to undo, two writes then
"undo the first one"). About a third of the items are plain reports with no trick, which must
be stored.

Dates against Monday 2026-11-16: tomorrow 11-17, wednesday 11-18, thursday 11-19, friday 11-20,
next monday 11-23, "wednesday next week" / 25 Nov 11-25, in two weeks 11-30, 2 Dec 12-02.
Events: "saturday" (past) 11-14 (-25 bp on record already: it must add nothing), "this morning"
11-16, "last thursday" 11-12.

As a careful CRM colleague would take them: a hedged report ("I think", "pretty sure") may be
shown for a yes and then stored, or not stored (optional), never stored with another outcome; a
report that doubts who answered ("not sure it was her") is shown first and, answered "cancel",
stores nothing; a customer whose relative answered was not reached (no answer, optional; never
`reached`); a contact the advisor did not make (the branch, a colleague) may be shown and
stored as reached (optional), never with another outcome; a line of a pasted thread that is the
sender's own report may be stored (optional), the other names in it never; a manager's own call
on a customer of the manager's branch (head office's on anyone's) may be stored (optional);
calls, feedback, closures and theme writes on customers or themes outside the sender's reach
are never stored; a first name shared by several customers of the book is asked, never guessed
(a "yes" to the question stores nothing); a compensation said within a complaint closure may be
stored as feedback with that amount (optional, as heldout8/10 judged it); feedback is a
customer's statement, so the advisor's view, a rumour, a question about feedback or a request
to log feedback without the statement store nothing, while a customer's own question ("asked
whether we still send paper statements") may be stored as feedback (optional), and one
statement made by two customers is stored for each (a call with them optional). Market events
are head office's alone (MARKET_EVENT_ROLES' default); themes are changed by managers and head
office, not advisors; theme statuses are `open`, `in_progress`, `resolved`. Each item logs its
calls on customers no other item writes a call on, so no item meets another's call as a
duplicate; each closure has its own customer.

`python -m bench.conversation_eval.authoring_heldout12` rewrites heldout12.yml.
"""

from __future__ import annotations

from typing import Any

from bench.conversation_eval.authoring_heldout12_rest import add_rest
from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    HeldoutSet,
    call,
)

SET = HeldoutSet("heldout12", "h12")
add = SET.add
SALE = ["sale"]


def complaint(cid: str) -> dict[str, Any]:
    """An open complaint set up before the item (the demo bank has one per advisor)."""
    return {"table": "interactions", "customer_id": cid, "kind": "complaint",
            "outcome": "open", "occurred_on": "2026-11-03", "channel": "branch"}


def reports() -> None:
    """Plain reports, no trick: these must be stored."""
    r = "log_reached"
    add(r, ["reached Andreas Schröder, all fine"],
        {"interactions": [call("C000021", "reached")]})
    add(r, ["spoke with Giuseppe Szymański today, no issues with the account"],
        {"interactions": [call("C000006", "reached")]})
    add(r, ["C000010 reached"], {"interactions": [call("C000010", "reached")]})
    add(r, ["had a chat with Marco Gallo just now, nothing new"],
        {"interactions": [call("C000016", "reached")]})
    add(r, ["call with Chiara Bruno done, she's fine"],
        {"interactions": [call("C000126", "reached")]}, sender="A002")
    add(r, ["spoke to Rita Sousa, all good"],
        {"interactions": [call("C000242", "reached")]}, sender="A004")
    add(r, ["Camille Fontaine reached this morning"],
        {"interactions": [call("C000372", "reached")]}, sender="A006")
    add(r, ["pretty sure that was Jürgen Fischer on the phone earlier, he said all fine"],
        {"interactions": [call("C000033", "reached", optional=True)]})
    add(r, ["reached Heinrich Schröder. or was it his son Julien? no - Heinrich, definitely"],
        {"interactions": [call("C000062", "reached")]})

    n = "log_no_answer"
    add(n, ["Claudia Günther no answer"], {"interactions": [call("C000008", "no_answer")]})
    add(n, ["tried Dieter Braun twice, voicemail both times"],
        {"interactions": [call("C000066", "no_answer"),
                          call("C000066", "no_answer", optional=True)]})
    add(n, ["no answer from Krzysztof Kamiński"],
        {"interactions": [call("C000024", "no_answer")]})
    add(n, ["left a voicemail for María García"],
        {"interactions": [call("C000064", "no_answer")]})
    add(n, ["rang Monika Schmidt, straight to mailbox"],
        {"interactions": [call("C000007", "no_answer")]})
    add(n, ["Hannah Müller didn't pick up"],
        {"interactions": [call("C000285", "no_answer")]}, sender="A005")
    add(n, ["I think it was voicemail for Femke van Dijk, not sure, the line was bad"],
        {"interactions": [call("C000048", "no_answer", optional=True)]})
    add(n, ["reached Silvia Mancini — well, her son picked up, she was out"],
        {"interactions": [call("C000053", "no_answer", optional=True)]})
    add(n, ["Fleur Vos: rang for ages, nobody. not even a mailbox"],
        {"interactions": [call("C000014", "no_answer")]})

    m = "log_meeting"
    add(m, ["Rui Pereira wants a meeting thursday re his pension"],
        {"interactions": [call("C000026", MEETING, "2026-11-19")]})
    add(m, ["Anna Zimmermann - meeting on 25 Nov"],
        {"interactions": [call("C000034", MEETING, "2026-11-25")]})
    add(m, ["Lucie Horák, appointment tomorrow 10am"],
        {"interactions": [call("C000003", MEETING, "2026-11-17")]})
    add(m, ["spoke to Olivier Faure, he wants to come in next week, wednesday"],
        {"interactions": [call("C000042", MEETING, "2026-11-25")]})
    add(m, ["set up a meeting with Tomasz Szymański on 2 Dec"],
        {"interactions": [call("C000005", MEETING, "2026-12-02")]})
    add(m, ["Vojtěch Horák reached, follow up in two weeks"],
        {"interactions": [call("C000059", MEETING, "2026-11-30")]})
    add(m, ["Luca Colombo wants to see me friday"],
        {"interactions": [call("C000078", MEETING, "2026-11-20")]}, sender="A002")
    add(m, ["talked to Greta Günther, she'd like a call back next monday"],
        {"interactions": [call("C000013", MEETING, "2026-11-23")]})

    s = "log_sale"
    add(s, ["sold Rita Martins a fund savings plan"],
        {"interactions": [call("C000061", SALE)]})
    add(s, ["Camille Chevalier signed up for the credit card today"],
        {"interactions": [call("C000017", SALE)]})
    add(s, ["Hannah Meyer took the 12-month term deposit"],
        {"interactions": [call("C000027", SALE)]})
    add(s, ["Thomas Weber bought the bond fund, 20k"],
        {"interactions": [call("C000225", SALE)]}, sender="A004")
    add(s, ["sold Wolfgang Schmidt the home insurance 🎉"],
        {"interactions": [call("C000051", SALE)]})

    x = "log_not_interested"
    add(x, ["Ursula Zimmermann not interested in the fund"],
        {"interactions": [call("C000060", NOT_INTERESTED)]})
    add(x, ["Anna Lange: no interest in the life insurance"],
        {"interactions": [call("C000004", NOT_INTERESTED)]})
    add(x, ["Katharina Hoffmann said no thanks to the mortgage review"],
        {"interactions": [call("C000065", NOT_INTERESTED)]})
    add(x, ["Ana Mancini declined, happy with what she has"],
        {"interactions": [call("C000054", NOT_INTERESTED)]})
    add(x, ["spoke with Pablo Díaz, not interested"],
        {"interactions": [call("C000150", NOT_INTERESTED)]}, sender="A003")


def complaints() -> None:
    c = "complaint_resolved"
    add(c, ["Johanna Vogel's card complaint is sorted, the card works again"],
        {"complaints_closed": ["C000039"]}, setup=[complaint("C000039")])
    add(c, ["close the complaint for Anna Lange"], NONE)
    add(c, ["laura sánchez complaint resolved"], {"complaints_closed": ["C000020"]},
        setup=[complaint("C000020")])
    add(c, ["Monika Weber's complaint is resolved", "oh wait, no — it's still open, IT "
            "hasn't fixed it yet"], NONE, setup=[complaint("C000012")])
    add(c, ["once the refund lands we can close Giulia Ferrari's complaint"], NONE,
        setup=[complaint("C000018")])
    add(c, ["close Anna Wolf's complaint, card is unblocked"], NONE)
    add(c, ["thomas wolf: fee reversed, close his complaint"],
        {"complaints_closed": ["C000068"]}, sender="A002")
    add(c, ["Florian Fischer (the office clerk in Erding): fee complaint resolved, refunded "
            "12 eur"],
        {"complaints_closed": ["C000283"],
         "feedback": [{"customer_id": "C000283", "compensation": 12, "optional": True}]},
        sender="A005")
    add(c, ["greta klein's complaint is resolved", "undo that"], NONE,
        setup=[complaint("C000052")])
    add(c, ["is Diego Ruiz's complaint still open?"], NONE, sender="A006")
    add(c, ["Aleksandra Kowalski called, card works, complaint can be closed"],
        {"complaints_closed": ["C000186"],
         "interactions": [call("C000186", "reached", optional=True)]}, sender="A003")


def feedback() -> None:
    f = "feedback"
    add(f, ["feedback from Julia Fischer: the new app logs her out every two minutes"],
        {"feedback": [{"customer_id": "C000037", "text_has": ["logs"]}]})
    add(f, ["personally I think our fee letters are confusing"], NONE)
    add(f, ["heard from the branch that people are annoyed about the new card fees"], NONE)
    add(f, ["has Monika Schmidt ever complained about the app?"], NONE)
    add(f, ["feedback Claudia Müller: angry that her transfer took 4 days, we refunded 15 "
            "eur"], {"feedback": [{"customer_id": "C000055", "text_has": ["transfer"],
                                   "compensation": 15}]})
    add(f, ["Rui Santos loves the new savings app; Renate Meyer says the hotline wait is "
            "terrible"], {"feedback": [{"customer_id": "C000139", "text_has": ["app"]},
                                       {"customer_id": "C000163", "text_has": ["hotline"]}]},
        sender="A003")
    add(f, ["i need to log feedback"], NONE)
    add(f, ["we refunded Femke Weber 15 eur for the double charge, she was really upset "
            "about it - please log it as her feedback"],
        {"feedback": [{"customer_id": "C000057", "text_has": ["double"],
                       "compensation": 15}]})
    add(f, ["Marieke Visser wrote in: \"your new statements are impossible to read\""],
        {"feedback": [{"customer_id": "C000030", "text_has": ["statements"]}]})
    add(f, ["last note on Olivier Faure says 'unhappy with fees' - still the case?"], NONE)
    add(f, ["this assistant is really slow today"], NONE)
    add(f, ["Fleur Vos asked whether we still send paper statements"],
        {"feedback": [{"customer_id": "C000014", "text_has": ["paper"],
                       "optional": True}]})
    add(f, ["feedback from Petr Novák: the branch was closed when the sign said open"], NONE)
    add(f, ["Anna Ferrari and Stefano Ferrari both told me the joint account statement is "
            "hard to read"],
        {"feedback": [{"customer_id": "C000029", "text_has": ["statement"]},
                      {"customer_id": "C000028", "text_has": ["statement"]}],
         "interactions": [call("C000029", "reached", optional=True),
                          call("C000028", "reached", optional=True)]})
    add(f, ["rumour has it Cristina Pérez is moving her money to a neobank"], NONE)
    add(f, ["Joana Costa: \"the girl at the counter was so helpful, please thank her\""],
        {"feedback": [{"customer_id": "C000023", "text_has": ["helpful"]}]})
    add(f, ["what are customers saying about the card blocking lately?"], NONE,
        sender="M001")


if __name__ == "__main__":
    reports()
    complaints()
    feedback()
    add_rest(SET)
    SET.write()
