"""heldout12's items that must not write, or write only one of several things said: look-alike
reports, hedged and revised reports, corrections, pronouns, an advisor's day, rate news and
theme changes (see authoring_heldout12.py's docstring for the judging rules)."""

from __future__ import annotations

from bench.conversation_eval.authoring_heldout_kit import MEETING, NONE, HeldoutSet, call

THREAD = """can you log this, pasted from outlook:

From: Katrin Brandt
Sent: Friday 13 November 2026 16:02
Subject: RE: fund switch
Can someone call Lucie Horák about her fund switch next week? Also Wolfgang Koch still owes us
the signed form.

From: Lena Hoffmann
Sent: Monday 16 November 2026 09:14
Subject: RE: RE: fund switch
Spoke to Lucie Dvořák this morning, reached, she is fine with the switch.

From: Sofia Andersson
Subject: RE: RE: RE: fund switch
Thanks! I'll ask Tomasz Mazur's wife at the branch on Thursday."""


def not_a_call(add) -> None:
    n = "not_a_call"
    for text in (
        "did anyone reach Birgit Richter last week?",
        "has Claudia Günther been called this month?",
        "what did Dieter Lange say last time?",
        "if Silvia Mancini doesn't pick up, try Ana Mancini",
        "gonna try Femke Hendriks after lunch",
        "todo today: call Greta Müller, Tomasz Mazur, Marcin Kowalski; send Rita Martins "
        "the fund factsheet",
        "let's practise: pretend Nicolas Dubois said no to the fund - what would I say to "
        "him?",
        "copying last month's note for reference: 'Olivier Faure - reached, wants mortgage "
        "info'",
        "Fischer Bau GmbH called about a business loan, not one of ours I think",
        "stuck on Schröderstraße, running 10 min late",
        "lunch at the café on Vogelgasse at 1, anyone?",
        "SEPA return on reference 000062, amount 1.250,00 - who handles those?",
        "the IBAN ends in 0039 - is that Johanna Vogel's account?",
        "new branch hotline number is 069 000 041",
        "remind me on 20.11. about the year-end letters",
        "morning! Lena here, back from holiday",
        "if Tomasz Szymański calls back, tell him the rate is fixed until march",
        "when is Monika Weber's next follow-up?",
        "Yannis Alexiou was reached yesterday according to the history, right?",
        "draft an email to Jiří Dvořák about the fund",
        "if she calls back, mark Anna Ferrari as reached",
        "Steuerbüro Koch & Partner sent the papers for the Koch household",
        "was C000025 reached or not?",
        "need to chase Hannah Zimmermann for the documents",
        "Katrin's note says: 'Lena called Chiara Rossi on Saturday, all fine'",
        "45.000 EUR came in from Schmidt Logistik, ref 000045, is that expected?",
    ):
        add(n, [text], NONE)
    add(n, ["the branch said Jan Koch came in this morning about his card"],
        {"interactions": [call("C000050", "reached", optional=True)]})
    add(n, [THREAD], {"interactions": [call("C000011", "reached", optional=True)]})
    add(n, ["which of Lena's customers weren't reached last week?"], NONE, sender="M001")
    add(n, ["did Lena reach Marco Gallo?"], NONE, sender="A002")


def ambiguous(add) -> None:
    a = "ambiguous"
    add(a, ["spoke to Tomasz Mazur, sorry, actually it was Tomasz Kamiński"],
        {"interactions": [call("C000036", "reached")]})
    add(a, ["called Markéta Fischer, Julia answered and said she'd pass the message on"],
        {"interactions": [call("C000038", "no_answer", optional=True)]})
    for text in ("anna no answer", "friederike voicemail",
                 "one of the Fischers picked up, Julia or Markéta, can't remember which",
                 "Wolfgang no answer", "Tomasz reached", "Petr Novák reached",
                 "Anna Hoffmann no answer"):
        add(a, [text], NONE)
    add(a, ["I called Chiara Rossi myself, she's fine"],
        {"interactions": [call("C000009", "reached", optional=True)]}, sender="M001")
    add(a, ["spoke to Anna Wolf, all good"], NONE, sender="M001")
    add(a, ["reached Diego Ruiz about his complaint, he's calmer now, still waiting on the "
            "card"], {"interactions": [call("C000392", "reached", optional=True)]},
        sender="H001")
    add(a, ["Marco Gallo reached"], {"interactions": [call("C000359", "reached")]},
        sender="A006")
    add(a, ["Lena Fischer no answer"], {"interactions": [call("C000264", "no_answer")]},
        sender="A004")


def corrections(add) -> None:
    c = "correction"
    add(c, ["undo"], NONE)
    add(c, ["show me Monika Schmidt", "undo"], NONE)
    add(c, ["asdf qwer", "undo that"], NONE)
    add(c, ["Yannis Alexiou reached", "undo"], NONE)
    add(c, ["Friederike Krüger no answer", "that's wrong - it was Friederike Weber"],
        {"interactions": [call("C000056", "no_answer")]})
    add(c, ["Stefan Berg reached, all good", "what's his risk profile?",
            "actually undo the call I logged"], NONE)
    add(c, [{"say": "think I reached Freja Berg?? not sure it was her", "confirm": "cancel"}],
        NONE)
    add(c, ["Marcin Kowalski no answer", "Nicolas Dubois reached", "undo the first one"],
        {"interactions": [call("C000047", "reached")]})
    add(c, ["what's Tomasz Mazur's last outcome?", "that's wrong"], NONE)
    add(c, ["Anna Hoffmann no answer", "undo"], NONE)
    add(c, ["Dieter Lange reached", "sorry no, that was voicemail"],
        {"interactions": [call("C000040", "no_answer")]})
    add(c, ["Ursula Schneider wants a meeting thursday", "wrong day, friday"],
        {"interactions": [call("C000035", MEETING, "2026-11-20")]})
    add(c, ["feedback from Camille Chevalier: loves the new contactless limit",
            "scratch that, wrong customer - it was Cristina Pérez"],
        {"feedback": [{"customer_id": "C000045", "text_has": ["contactless"]}]})
    add(c, ["Tomasz Mazur no answer", "oops wrong chat, ignore"], NONE)
    add(c, ["Greta Müller voicemail", "no wait, she did pick up, all fine"],
        {"interactions": [call("C000031", "reached")]})
    add(c, ["undo the last call I logged yesterday"], NONE)


def pronouns_and_day(add) -> None:
    p = "pronoun"
    add(p, ["show me Wolfgang Koch", "he didn't pick up"],
        {"interactions": [call("C000049", "no_answer")]})
    add(p, ["pull up Lena Fischer", "spoke to her, wants a meeting friday"],
        {"interactions": [call("C000041", MEETING, "2026-11-20")]})
    add(p, ["what's the latest on Julien Schröder?", "asdfgh", "reached him, all fine"],
        {"interactions": [call("C000063", "reached")]})
    add(p, ["show me Hannah Zimmermann", "and Jiří Dvořák?", "she wants a meeting thursday"],
        {"interactions": [call("C000032", MEETING, "2026-11-19", optional=True)]})
    add(p, ["Birgit Richter's profile pls", "ok, voicemail"],
        {"interactions": [call("C000002", "no_answer")]})
    add(p, ["tell me about Femke Hendriks", "did anyone reach her last week?"], NONE)

    d = "day"
    add(d, ["morning", "Johan Schröder reached, all fine", "Tomasz Mazur voicemail",
            "what did Dieter Lange say last time?", "undo the Mazur one"],
        {"interactions": [call("C000022", "reached")]})
    add(d, ["who should I call today?", "gonna try Friederike Hartmann after lunch",
            "is Lucie Dvořák on there?"], {"reply_names_from_book": True})
    add(d, ["Jiří Dvořák reached", {"say": "Jiří Dvořák reached", "confirm": "no"}],
        {"interactions": [call("C000019", "reached")]})
    add(d, ["todo: ring Femke Hendriks and Wolfgang Koch later",
            "ok Femke done - reached, all fine"],
        {"interactions": [call("C000015", "reached")]})


def authority(add) -> None:
    e = "market_event"
    add(e, ["ECB raised the deposit rate by 25 bp this morning, please record it"],
        {"market_events": [{"delta_bp": 25, "occurred_on": "2026-11-16"}]}, sender="H001")
    add(e, ["ECB hiked 50bp this morning, log it"], NONE)
    add(e, ["please record an ECB cut of 25bp"], NONE, sender="M001")
    add(e, ["if the ECB cuts another 25bp in december, who's affected?"], NONE,
        sender="H001")
    add(e, ["did we record saturday's ECB cut?"], NONE, sender="H001")
    add(e, ["rumour on the desk: ECB might cut 50bp on thursday"], NONE, sender="H001")
    add(e, ["record: ECB cut 25 bp on saturday 14 Nov"],
        {"market_events": [{"delta_bp": -25, "occurred_on": "2026-11-14"}]},
        sender="H001")
    add(e, ["record an ECB hike of 50 bp, last thursday", "undo that"], NONE, sender="H001")
    add(e, ["Lena asks what the -25bp cut means for her mortgage customers"], NONE,
        sender="H001")
    add(e, ["the ECB cut 25 bp on saturday fyi"], NONE, sender="A004")

    t = "themes_write"
    add(t, ["make Katrin business owner of the card blocked theme"], NONE)
    add(t, ["I'll be business owner for the card blocked theme"],
        {"themes": [{"label_has": "card blocked", "business_owner_id": "M001"}]},
        sender="M001")
    add(t, ["set marketing emails to in progress"],
        {"themes": [{"label_has": "marketing emails", "status": "in_progress"}]},
        sender="H001")
    add(t, ["is the instant transfer theme still open?"], NONE, sender="H001")
    add(t, ["who owns the fingerprint login theme?"], NONE, sender="M002")
    add(t, ["solution owner for the loan application theme: Tobias Lehmann"],
        {"themes": [{"label_has": "loan application", "solution_owner_id": "M002"}]},
        sender="H001")
    add(t, ["if we made Helga solution owner of marketing emails, would that help?"], NONE,
        sender="M001")
    add(t, ["mark card blocked resolved - actually no, leave it, the fix isn't live yet"],
        NONE, sender="H001")
    add(t, ["set the instant transfer theme to resolved"], NONE, sender="A002")
    add(t, ["I take over business ownership of the fingerprint login theme", "undo that"],
        NONE, sender="M002")

    c = "call_list"
    add(c, ["who should I call today?"], {"reply_names_from_book": True})
    add(c, ["anyone urgent on my list?"], {"reply_names_from_book": True}, sender="A003")
    add(c, ["list for today pls", "thanks"], {"reply_names_from_book": True}, sender="A005")


def add_rest(heldout: HeldoutSet) -> None:
    add = heldout.add
    not_a_call(add)
    ambiguous(add)
    corrections(add)
    pronouns_and_day(add)
    authority(add)
