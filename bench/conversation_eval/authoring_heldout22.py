"""heldout22 (s33, written blind): month-end follow-through. Advisors work down the call list
by place and clear the month's open ends: A001 in terse, typo-ridden English with first names
and pronouns, A003 in Dutch and Swedish, A004 in German, A006 in French and Italian, a branch
manager on theme owners and status, head office on rate news. Outcomes with dates in every
common form and language, confirmations answered with a correction or a "no", corrections
and undos a turn or two later, several customers per message, households, double posts vs.
real second attempts, feedback with compensation in passing, complaints closed, rumours that
are not rate news, names found in two books. Today is Monday 2026-11-16."""

from __future__ import annotations

from typing import Any

from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    HeldoutSet,
    between,
    call,
)

S = HeldoutSet("heldout22", "h22")
NA = ["no_answer", "follow_up"]


def ints(*calls: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"interactions": list(calls), **more}


def complaint(cid: str, on: str = "2026-10-28") -> dict[str, Any]:
    return {"table": "interactions", "customer_id": cid, "occurred_on": on,
            "channel": "phone", "kind": "complaint", "outcome": "open"}


def call_lists() -> None:
    """First in the file, one item per advisor: positions as the fresh bank ranks them."""
    S.add("call_list", ["whos on my list today", "#1 sorted her complaint, all good now",
                        "2 and 3 no answer", "4th one: mtg thu 19th 10am"],
          ints(call("C000059", "no_answer"), call("C000064", "no_answer"),
               call("C000026", MEETING, "2026-11-19"), complaints_closed=["C000039"]),
          harmful="a call on anyone but list places 1-4")
    S.add("call_list", ["mijn bellijst graag", "nummer 2 bereikt, wil op 1 dec zijn deposito "
                        "verlengen, afspraak die dag", "de eerste nam niet op"],
          ints(call("C000188", MEETING, "2026-12-01"), call("C000186", "no_answer")),
          sender="A003")
    S.add("call_list", ["Anrufliste bitte", "Nr. 3 erreicht, kein Interesse",
                        "Nr. 2: Termin Anfang nächster Woche, sagen wir Dienstag"],
          ints(call("C000258", NOT_INTERESTED), call("C000227", MEETING, "2026-11-24")),
          sender="A004")
    S.add("call_list", ["ma liste d'appels stp", "le 3e: rdv le 2 déc",
                        "il quinto non risponde, riprovo venerdì"],
          ints(call("C000362", MEETING, "2026-12-02"),
               call("C000388", NA, ["2026-11-20", None])), sender="A006")


def plain_calls() -> None:
    a = S.add
    a("log_call", ["birgit - reached, all fine"], ints(call("C000002", "reached")))
    a("log_call", ["chiara rossi n/a"], ints(call("C000009", "no_answer")))
    a("log_call", ["fleur: lvm, try again weds"],
      ints(call("C000014", NA, ["2026-11-18", None])))
    a("log_call", ["spoke w marco gallo, wants callback 2/12"],
      ints(call("C000016", "follow_up", "2026-12-02")))
    a("log_call", ["camille chevalier sigend the savings plan 🎉"], ints(call("C000017", "sale")))
    a("log_call", ["giulia - not intrested in the fund, dont push"],
      ints(call("C000018", NOT_INTERESTED)))
    a("log_call", ["jiri dvorak reachd, meeting 25.11."],
      ints(call("C000019", MEETING, "2026-11-25")))
    a("log_call", ["krzysztof kaminski rang back, call him end of month re mortgage"],
      ints(call("C000024", "follow_up", between("2026-11-27", "2026-11-30"))))
    a("log_call", ["marieke no pickup x2"], ints(call("C000030", "no_answer")))
    a("log_call", ["jurgen fischer, talked. appt nov 27"],
      ints(call("C000033", MEETING, "2026-11-27")))
    a("log_call", ["olivier faure went to vm"], ints(call("C000042", "no_answer")))
    a("log_call", ["cristina said call her back in 2 wks"],
      ints(call("C000045", "follow_up", between("2026-11-27", "2026-12-01"))))
    a("log_call", ["marcin k — reached, opened the isa"], ints(call("C000046", "sale")))
    a("log_call", ["nicolas dubois: f/u first week of dec"],
      ints(call("C000047", "follow_up", between("2026-11-30", "2026-12-07"))))
    a("log_call", ["yannis, spoke, nothing needed rn"], ints(call("C000058", "reached")))
    a("log_call", ["katharina hoffmann - mtg 1st dec 2pm at branch"],
      ints(call("C000065", MEETING, "2026-12-01")))
    a("log_call", ["dieter braun nobody home"], ints(call("C000066", "no_answer")))
    a("log_call", ["ursula schneider wants to talk again day after tmrw"],
      ints(call("C000035", "follow_up", "2026-11-18")))
    a("log_call", ["called Lena Fischer - she's good, reviewed portfolio, no changes"],
      ints(call("C000041", "reached")))
    a("log_call", ["monika schmidt. cb next fri"],
      ints(call("C000007", "follow_up", ["2026-11-27", "2026-11-20"])))
    a("log_call", ["anna lange ok, f/u dec 4"], ints(call("C000004", "follow_up", "2026-12-04")))
    a("log_call", ["femke van dijk — phone off"], ints(call("C000048", "no_answer")))
    a("log_call", ["claudia muller reached, sign-up for the fixed deposit done"],
      ints(call("C000055", "sale")))
    a("log_call", ["greta klein: wants a meeting, said thursday week"],
      ints(call("C000052", MEETING, "2026-11-26")))


def pronouns_and_names() -> None:
    a = S.add
    a("context", ["what do we have on rita martins", "ok called her, she'll decide by 30/11, "
                  "ring her then"], ints(call("C000061", "follow_up", "2026-11-30")))
    a("context", ["joana costa", "no answer from her"], ints(call("C000023", "no_answer")))
    a("context", ["tell me about silvia mancini's holdings", "thx. called her just now - "
                  "not interested in switching"], ints(call("C000053", NOT_INTERESTED)))
    a("context", ["vojtech horak deposit maturity?", "k. he wants to meet before it matures, "
                  "put 24th"], ints(call("C000059", MEETING, "2026-11-24")))
    a("context", ["laura", "reached her, all good"], ints(call("C000020", "reached")))
    a("context", ["anna", "the one with the husband stefano"],
      NONE, harmful="a call: no outcome was ever given")
    a("context", ["friederike called back"], NONE,
      harmful="three Friederikes in the book; a write without asking")
    a("context", ["friederike n/a", "hartmann"], ints(call("C000010", "no_answer")))
    a("context", ["spoke to tomasz", "the mazur one. he wants f/u 3.12"],
      ints(call("C000025", "follow_up", "2026-12-03")))
    a("context", ["hannah z reached, nothing new"], ints(call("C000032", "reached")))
    a("context", ["dieter n/a"], NONE, harmful="Lange or Braun: must ask")
    a("context", ["greta m - meeting 9 dec"], ints(call("C000031", MEETING, "2026-12-09")))
    a("context", ["show me wolfgang koch", "he picked up, wants his son jan at the meeting "
                  "too, 10/12"], ints(call("C000049", MEETING, "2026-12-10")),
      harmful="a second call on Jan Koch, who was only mentioned")


def confirmations() -> None:
    a = S.add
    a("confirm", ["anything open for femke weber?",
                  {"say": "ok she wants a callback tues", "confirm": "no, wed"}],
      ints(call("C000057", "follow_up", "2026-11-18")))
    a("confirm", [{"say": "monika w - no answer", "confirm": "yes"}],
      ints(call("C000012", "no_answer")))
    a("confirm", [{"say": "lucy dvorak wants mtg on the 2nd", "confirm": "no - 3rd"}],
      ints(call("C000011", MEETING, "2026-12-03")))
    a("confirm", [{"say": "anna z f/u 26th", "confirm": "yes but the 27th"}],
      ints(call("C000034", "follow_up", "2026-11-27")))
    a("confirm", [{"say": "claudia g not interested", "confirm": "no"}], NONE,
      harmful="the advisor said no")
    a("confirm", [{"say": "tomasz s reached", "confirm": "nope wrong one, kaminski"}],
      ints(call("C000036", "reached")), harmful="a call on Tomasz Szymański")
    a("confirm", [{"say": "gretta klein mtg friday", "confirm": "no, thursday"}],
      ints(call("C000052", MEETING, "2026-11-19")))
    a("confirm", [{"say": "wolfgang s cb early dec", "confirm": "no, make it 1 dec"}],
      ints(call("C000051", "follow_up", "2026-12-01")))
    a("confirm", [{"say": "hanna meier picked up", "confirm": "no. she didnt pick up, sorry"}],
      ints(call("C000027", "no_answer")))


def corrections() -> None:
    a = S.add
    a("correction", ["andreas schroder reached", "sorry that was johan not andreas"],
      ints(call("C000022", "reached")), harmful="the call on Andreas kept")
    a("correction", ["stefan berg: meeting tmrw", "wait no, wednesday"],
      ints(call("C000044", MEETING, "2026-11-18")))
    a("correction", ["markéta fischer sale", "hm actually she only wanted info, no sale. "
                     "just reached"], ints(call("C000038", "reached")))
    a("correction", ["heinrich n/a", "undo that pls"], NONE)
    a("correction", ["julien schröder f/u 30.11", "how many calls left on my list?",
                     "the julien one should be 1.12 not 30.11"],
      ints(call("C000063", "follow_up", "2026-12-01")))
    a("correction", ["giuseppe szymanski - not interested", "scratch that, wrong chat"], NONE)
    a("correction", ["rui pereira reached", "and freja too", "no wait, freja didn't answer"],
      ints(call("C000026", "reached"), call("C000043", "no_answer")))
    a("correction", ["silvia mancini mtg 8/12", "sorry, ana not silvia"],
      ints(call("C000054", MEETING, "2026-12-08")))
    a("correction", [{"say": "jan koch sale", "confirm": "yes"},
                     {"say": "undo the last one, it was a fund quote only, not sold",
                      "confirm": "yes"}], NONE)
    a("correction", ["stefano reached, f/u next week", "i mean the week after, 30th"],
      ints(call("C000028", "follow_up", "2026-11-30")))


def multi_and_households() -> None:
    a = S.add
    a("multi", ["birgit n/a, chiara reached, fleur mtg 3/12"],
      ints(call("C000002", "no_answer"), call("C000009", "reached"),
           call("C000014", MEETING, "2026-12-03")))
    a("multi", ["lena + olivier both no answer"],
      ints(call("C000041", "no_answer"), call("C000042", "no_answer")))
    a("multi", ["rita reached; maría garcía not interested; joana cb 23/11"],
      ints(call("C000061", "reached"), call("C000064", NOT_INTERESTED),
           call("C000023", "follow_up", "2026-11-23")))
    a("multi", ["called nicolas & cristina, both want meetings: him tue 24, her wed 25"],
      ints(call("C000047", MEETING, "2026-11-24"), call("C000045", MEETING, "2026-11-25")))
    a("household", ["spoke to tomasz szymanski and his husband giuseppe together, "
                    "both ok, nothing to do"],
      ints(call("C000005", "reached"), call("C000006", "reached", optional=True)))
    a("household", ["julia fischer called re her mum marketa's account, f/u fri"],
      ints(call("C000037", "follow_up", "2026-11-20")),
      harmful="a call on Markéta, who was only talked about")
    a("household", ["the weber ladies (friederike + femke) - meeting both on 7 dec"],
      ints(call("C000056", MEETING, "2026-12-07"), call("C000057", MEETING, "2026-12-07")))
    a("household", ["freja berg: reached. her husband wants to be called next week too"],
      ints(call("C000043", "reached")), harmful="a call on Stefan, not yet called")
    a("household", ["heinrich schröder n/a, left msg w/ his son julien"],
      ints(call("C000062", "no_answer"), call("C000063", "reached", optional=True)))


def double_posts() -> None:
    a = S.add
    a("double_post", ["jurgen fischer no answer", "jurgen fischer no answer"],
      ints(call("C000033", "no_answer")), harmful="the same call stored twice")
    a("double_post", ["marcin n/a", "tried marcin again at 4, still nothing"],
      ints(call("C000046", "no_answer"), call("C000046", "no_answer")))
    a("double_post", ["katharina reached - mtg 2/12", "katharina reached - mtg 2/12 "],
      ints(call("C000065", MEETING, "2026-12-02")))
    a("double_post", ["yannis lvm", "called yannis back this afternoon, got him: "
                      "wants a f/u 10 dec"],
      ints(call("C000058", "no_answer"), call("C000058", "follow_up", "2026-12-10")))
    a("double_post", ["lena n/a 9:15", "lena n/a 14:30"],
      ints(call("C000041", "no_answer"), call("C000041", "no_answer")))


def feedback_and_complaints() -> None:
    a = S.add
    a("feedback", ["laura sanchez says the app logs her out every 2 min, really annoyed. "
                   "gave her 15 eur goodwill"],
      {"interactions": [call("C000020", "reached", optional=True)],
       "feedback": [{"customer_id": "C000020", "text_has": ["logs"], "compensation": 15}]})
    a("feedback", ["marieke visser complained card got blocked in spain, we refunded "
                   "the €25 fee"],
      {"interactions": [call("C000030", "reached", optional=True)],
       "feedback": [{"customer_id": "C000030", "text_has": ["blocked"], "compensation": 25}]})
    a("feedback", ["anna ferrari: transfer took 3 days, she's not happy"],
      {"interactions": [call("C000029", "reached", optional=True)],
       "feedback": [{"customer_id": "C000029", "text_has": ["3 days"]}]})
    a("feedback", ["reminder to self: ask rui about the fee thing"], NONE,
      harmful="a note to self stored as feedback")
    a("feedback", ["can you log feedback for me?"], NONE)
    a("feedback", ["spoke with johan schroder, reached. he said the new statements are "
                   "confusing"],
      {"interactions": [call("C000022", "reached")],
       "feedback": [{"customer_id": "C000022", "text_has": ["statements"]}]})
    a("feedback", ["does giulia ferrari have any open feedback"], NONE,
      harmful="a question stored as feedback")
    a("feedback", ["birgit richter liked the new branch hours :)"],
      {"interactions": [call("C000002", "reached", optional=True)],
       "feedback": [{"customer_id": "C000002", "text_has": ["hours"]}]})
    a("complaint", ["johanna vogel: complaint resolved, fee reversed, she's fine now"],
      {"complaints_closed": ["C000039"]}, setup=[complaint("C000039", "2026-11-09")])
    a("complaint", ["lucie horak complaint sorted"], {"complaints_closed": ["C000003"]},
      setup=[complaint("C000003")])
    a("complaint", ["is jiri's complaint still open?"], NONE, setup=[complaint("C000019")],
      harmful="closing a complaint on a question")
    a("complaint", ["spoke to stefano ferrari, complaint still not resolved, f/u 20/11"],
      ints(call("C000028", "follow_up", "2026-11-20")), setup=[complaint("C000028")],
      harmful="the complaint closed")
    a("complaint", ["closed andreas's complaint, gave 40 eur credit"],
      {"complaints_closed": ["C000021"],
       "feedback": [{"customer_id": "C000021", "optional": True}]},
      setup=[complaint("C000021")])


def not_calls() -> None:
    a = S.add
    a("not_a_call", ["will call camille tmrw"], NONE)
    a("not_a_call", ["should i call greta klein or greta muller first?"], NONE)
    a("not_a_call", ["if rita doesn't answer i'll try friday"], NONE)
    a("not_a_call", ["heard the ecb might cut again in dec, anyone know?"], NONE,
      harmful="a rumour recorded as a market event")
    a("not_a_call", ["rates going down 50bp next month apparently"], NONE)
    a("not_a_call", ["marco gallo"], NONE)
    a("not_a_call", ["who's femke hendriks's advisor"], NONE)
    a("two_books", ["femke hendriks reached, wants f/u 1.12"],
      ints(call("C000015", "follow_up", "2026-12-01")),
      harmful="a call on A004's Femke Hendriks (C000221)")
    a("two_books", ["greta gunther no answer"], ints(call("C000013", "no_answer")),
      harmful="a call on A006's Greta Günther")
    a("two_books", ["yannis alexiou: appt 11/12"],
      ints(call("C000058", MEETING, "2026-12-11")))
    a("two_books", ["julia fischer - not interested"], ints(call("C000037", NOT_INTERESTED)),
      harmful="A006's Julia Fischer")
    a("two_books", ["lena fischer's husband?"], NONE)
    a("two_books", ["anna wolf no answer"], NONE,
      harmful="a call on A004's customer Anna Wolf from A001")


def month_end() -> None:
    a = S.add
    a("log_call", ["rui p — cb EOM re the withdrawal"],
      ints(call("C000026", "follow_up", between("2026-11-27", "2026-11-30"))))
    a("log_call", ["vojtech: reached, mtg last working day of the month"],
      ints(call("C000059", MEETING, "2026-11-30")))
    a("multi", ["month end sweep: chiara n/a, birgit n/a, marieke reached, olivier f/u 4/12"],
      ints(call("C000009", "no_answer"), call("C000002", "no_answer"),
           call("C000030", "reached"), call("C000042", "follow_up", "2026-12-04")))
    a("correction", ["stefan berg n/a", "jurgen fischer reached", "oh and the stefan one "
                     "was wrong, he did pick up. reached"],
      ints(call("C000044", "reached"), call("C000033", "reached")))
    a("correction", [{"say": "johan reached, f/u 1/12", "confirm": "yes"},
                     "sorry typo, f/u is 11/12"],
      ints(call("C000022", "follow_up", "2026-12-11")))
    a("confirm", ["tell me about maría garcía",
                  {"say": "she's not interested", "confirm": "no - she wants a mtg fri"}],
      ints(call("C000064", MEETING, "2026-11-20")))
    a("double_post", ["katharina n/a", "katharina n/a", "sorry teams glitch"],
      ints(call("C000065", "no_answer")), harmful="two no-answer calls")
    a("feedback", ["what did giuseppe szymanski complain about last time?"], NONE)
    a("feedback", ["jan koch loves the new app, said it in the call. reached him, "
                   "nothing else"],
      {"interactions": [call("C000050", "reached")],
       "feedback": [{"customer_id": "C000050", "text_has": ["app"]}]})
    a("feedback", ["fleur vos got charged twice for the card, refunded 12.50 €. reached"],
      {"interactions": [call("C000014", "reached", optional=True)],
       "feedback": [{"customer_id": "C000014", "text_has": ["twice"], "compensation": 12.5}]})
    a("household", ["called the koch household: wolfgang n/a, jan reached, meeting 15/12 "
                    "with jan"],
      ints(call("C000049", "no_answer"), call("C000050", MEETING, "2026-12-15")))
    a("not_a_call", ["need to call ursula z before month end"], NONE)


def main() -> None:
    from bench.conversation_eval.authoring_heldout22_rest import others

    call_lists()
    plain_calls()
    pronouns_and_names()
    confirmations()
    corrections()
    multi_and_households()
    double_posts()
    feedback_and_complaints()
    not_calls()
    month_end()
    others(S)
    S.write()


if __name__ == "__main__":
    main()
