"""How heldout21.yml was written: a twenty-first unseen set (round s33), typed blind like
heldout6-20, without reading the bot's training data, its tests, its actions, anything under
knowledge/ but the demo bank's generator, or the other sets' items. Same bank and format (e2e
demo bank: 400 customers, seed 11, today = Monday 2026-11-16). A mixed team day seen through
Teams and Slack: A001 in hurried chat English (this module), the other advisors in their own
languages switching into English, a manager and head office (authoring_heldout21_rest.py).
Weighted towards what people do after the bot answers: a yes with a change, corrections a turn
or two later, undo of one, two or a named call, households, several customers at once, late
reports, plans that are not calls, quotes that are feedback and look-alikes that are not."""

from __future__ import annotations

from bench.conversation_eval.authoring_heldout_kit import (
    MEETING,
    NONE,
    NOT_INTERESTED,
    HeldoutSet,
    call,
)

TUE, WED, THU, FRI = "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"
NMON, NTUE, NWED, NTHU, NFRI = "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"


def calls(*rows: dict) -> dict:
    return {"interactions": list(rows)}


def add_a001(s: HeldoutSet) -> None:
    """A001, Lena in Frankfurt: chat English with typos, ~70 items."""
    a = s.add
    # plain reports, typed fast
    a("log_reached", ["spoke w rita martins just now, all good nothing needed"],
      calls(call("C000061", "reached")))
    a("log_reached", ["marieke visser - had a chat, fine"], calls(call("C000030", "reached")))
    a("log_no_answer", ["tried olivier faure twice, straight to vm"],
      calls(call("C000042", "no_answer")))
    a("log_no_answer", ["@advisorbot nicolas dubois didnt pick up"],
      calls(call("C000047", "no_answer")))
    a("log_not_interested", ["rui pereira: not interested in the fund, dont call again abt it"],
      calls(call("C000026", NOT_INTERESTED)))
    a("log_meeting", ["cristina perez coming in thurs to go through the mortgage"],
      calls(call("C000045", MEETING, THU)))
    a("log_meeting", ["booked marcin kowalski for 24/11"], calls(call("C000046", MEETING, NTUE)))
    a("log_sale", ["krzysztof kaminski signed for the savings plan 🎉"],
      calls(call("C000024", "sale")))
    # a yes answered with a change
    a("confirm_change", [{"say": "fleur - meeting wed", "confirm": "yes but thursday"}],
      calls(call("C000014", MEETING, THU)))
    a("confirm_change", [{"say": "laura - call back next week",
                          "confirm": "yes, monday pls"}],
      calls(call("C000020", MEETING, NMON)))
    a("confirm_change", [{"say": "chiara wants to meet fri",
                          "confirm": "yes but the 27th not this fri"}],
      calls(call("C000009", MEETING, NFRI)))
    a("confirm_change", [{"say": "jürgen - no answer",
                          "confirm": "no - lena fischer, not jurgen"}],
      calls(call("C000041", "no_answer")))
    a("confirm_change", [{"say": "spoke to giulia, meeting 25th",
                          "confirm": "yep but make it 26"}],
      calls(call("C000018", MEETING, NTHU)))
    # corrections a turn or two later
    a("correction", ["birgit richter reached", "sorry she didnt actually pick up, was her husband"],
      calls(call("C000002", "no_answer")))
    a("correction", ["meeting with jan koch tue", "wait no its wed not tue"],
      calls(call("C000050", MEETING, WED)))
    a("correction", ["yannis alexiou no answer", "who else is on my list today?",
                     "oh and the yannis one - he did call back later, we talked"],
      calls(call("C000058", "no_answer", optional=True), call("C000058", "reached")))
    a("correction", ["stefan berg - not interested", "oops that was freja berg not stefan"],
      calls(call("C000043", NOT_INTERESTED)))
    a("correction", ["vojtech horak meeting 1 dec", "typo, 2 dec"],
      calls(call("C000059", MEETING, "2026-12-02")))
    a("correction", ["camille chevalier - sold the isa", "hmm actually she only said maybe, "
                     "she wants to think. put a call back fri"],
      calls(call("C000017", MEETING, FRI)))
    # undo in many ways
    a("undo", ["johan schroder reached", "undo that pls"], NONE)
    a("undo", ["heinrich schroder no answer", "julien schroder no answer",
               "scrap both of those, wrong customers"], NONE)
    a("undo", ["giuseppe szymanski reached", "silvia mancini reached",
               "take back the last one"], calls(call("C000006", "reached")))
    a("undo", ["ursula schneider not interested", "katharina hoffmann meeting thu",
               "remove the ursula one, i mixed her up"],
      calls(call("C000065", MEETING, THU)))
    a("undo", ["joana costa - voicemail", "ignore my last msg, wrong chat 🙈"], NONE)
    a("undo", ["marco gallo sale", "pls delete that entry"], NONE)
    # households and relatives
    a("household", ["talked to stefano ferrari, his wife anna too - both fine"],
      calls(call("C000028", "reached"), call("C000029", "reached")))
    a("household", ["called wolfgang koch, son jan picked up, wolfgang wasnt home"],
      calls(call("C000049", "no_answer"), call("C000050", ["reached", "no_answer"],
                                                optional=True)))
    a("household", ["saw the weber ladies, friederike and femke, both want a follow up "
                    "on the 30th"],
      calls(call("C000056", MEETING, "2026-11-30"), call("C000057", MEETING, "2026-11-30")))
    a("household", ["julia fischer reached. her daughter markéta didnt answer"],
      calls(call("C000037", "reached"), call("C000038", "no_answer")))
    # several customers in one message
    a("mixed", ["rita martins, olivier faure, lucie horak - all no answer"],
      calls(call("C000061", "no_answer"), call("C000042", "no_answer"),
            call("C000003", "no_answer")))
    a("mixed", ["tomasz mazur reached\nmonika schmidt not interested\n"
                "jiri dvorak mtg thursday"],
      calls(call("C000025", "reached"), call("C000007", NOT_INTERESTED),
            call("C000019", MEETING, THU)))
    a("mixed", ["joana costa and rui pereira both signed up for the app thing, "
                "greta klein nope"],
      calls(call("C000023", ["sale", "reached"]), call("C000026", ["sale", "reached"]),
            call("C000052", NOT_INTERESTED)))
    a("mixed", ["done: anna lange (reached), dieter braun (vm), claudia gunther (meet 3/12)"],
      calls(call("C000004", "reached"), call("C000066", "no_answer"),
            call("C000008", MEETING, "2026-12-03")))
    # late reports about past days
    a("late_report", ["forgot to log - spoke to tomasz kaminski last friday, fine"],
      calls(call("C000036", "reached")))
    a("late_report", ["from thu: lena fischer wasnt reachable"],
      calls(call("C000041", "no_answer")))
    a("late_report", ["yesterday ana mancini called me on my mobile, wants to meet next tue"],
      calls(call("C000054", MEETING, [TUE, NTUE])))
    a("late_report", ["catching up on last week: 11/11 maria garcia not interested in the "
                      "term deposit"], calls(call("C000064", NOT_INTERESTED)))
    # plans and intentions, not calls
    a("plan", ["gonna call rita martins after lunch"], NONE)
    a("plan", ["need to ring wolfgang schmidt tmrw abt his loan"], NONE)
    a("plan", ["should i call hannah meyer or hannah zimmermann first?"], NONE)
    a("plan", ["reminder for myself: friederike kruger wants a call in dec"], NONE)
    a("plan", ["will try jurgen fischer again thurs if he doesnt call back"], NONE)
    # quotes that are feedback
    a("feedback", ["johanna vogel said the new app keeps logging her out, v annoyed"],
      {"feedback": [{"customer_id": "C000039", "text_has": ["logging"]}],
       "interactions": [call("C000039", ["reached"], optional=True)]})
    a("feedback", ["rui pereira: \"your branch opening hours are a joke\" his words"],
      {"feedback": [{"customer_id": "C000026", "text_has": ["opening hours"]}],
       "interactions": [call("C000026", ["reached"], optional=True)]})
    a("feedback", ["we refunded dieter lange 35 eur for the double card fee, he said it "
                   "was charged twice in oct"],
      {"feedback": [{"customer_id": "C000040", "text_has": ["fee"], "compensation": 35}],
       "interactions": [call("C000040", ["reached"], optional=True)]})
    a("feedback", ["monika weber complained the statement pdf doesnt open on her ipad"],
      {"feedback": [{"customer_id": "C000012", "text_has": ["pdf"]}],
       "interactions": [call("C000012", ["reached"], optional=True)]})
    # look-alikes that are not feedback
    a("not_feedback", ["heard from my colleague that ursula zimmermann finds our fees high"],
      NONE)
    a("not_feedback", ["going to ask greta muller what she thinks of the new app"], NONE)
    a("not_feedback", ["i think lucie dvorak might not like the new statement layout, dunno"],
      NONE)
    a("not_feedback", ["tbh i find the app slow myself"], NONE)
    a("not_feedback", ["maybe wolfgang schmidt would complain abt the fee if he knew"], NONE)
    # complaints
    a("complaint_resolved", ["spoke to johanna vogel re her complaint, still not solved, "
                             "waiting for ops"],
      {"interactions": [call("C000039", "reached", optional=True)]})
    a("complaint_resolved", ["johanna vogel's complaint sorted, she's happy now, closed"],
      {"complaints_closed": ["C000039"],
       "interactions": [call("C000039", ["reached", "resolved"], optional=True)]})
    a("complaint_resolved", ["greta gunther complaint is closed now, refund went thru"],
      {"complaints_closed": ["C000013"],
       "interactions": [call("C000013", ["reached", "resolved"], optional=True)]},
      setup=[{"table": "interactions", "customer_id": "C000013", "occurred_on": "2026-11-02",
              "channel": "phone", "kind": "complaint", "outcome": "open"}])
    # rate news and hypotheticals
    a("market_read", ["who in my book is hit by the ecb cut?"], {"reply_names_from_book": True})
    a("hedge", ["if the ecb cuts again in dec should i call my mortgage ppl first?"], NONE)
    a("hedge", ["rumour is rates go up 25bp next month, anyone heard?"], NONE)
    # other books' namesakes
    a("other_book", ["thomas wolf reached"], NONE)
    a("other_book", ["valentina gallo not interested"], NONE)
    a("other_book", ["hannah zimmermann meeting fri"], calls(call("C000032", MEETING, FRI)))
    a("other_book", ["marco gallo - the one in wiesbaden - reached"],
      calls(call("C000016", "reached")))
    a("undo", ["rita martins reached", "olivier faure no answer", "lucie horak meeting thu",
               "undo olivier"],
      calls(call("C000061", "reached"), call("C000003", MEETING, THU)))
    a("correction", ["anna ferrari reached", "what does she hold?",
                     "oh wait it was anna lange i spoke to, not ferrari"],
      calls(call("C000004", "reached")))
    a("hedge", ["apparently the fed might cut too, does that matter for us?"], NONE)
    a("feedback", ["gave camille chevalier 50 eur goodwill bc her transfer was 2 wks late"],
      {"feedback": [{"customer_id": "C000017", "text_has": ["transfer"], "compensation": 50}],
       "interactions": [call("C000017", "reached", optional=True)]})
    a("late_report", ["on 12.11. met dieter lange, he bought the bond fund"],
      calls(call("C000040", "sale")))
    a("not_feedback", ["if hannah meyer asks about the fee again ill escalate"], NONE)
    a("mixed", ["both schröders (andreas + johan) not interested, heinrich schroder mtg 1/12"],
      calls(call("C000021", NOT_INTERESTED), call("C000022", NOT_INTERESTED),
            call("C000062", MEETING, "2026-12-01")))
    # reads and chatter
    a("call_list", ["morning! who do i call first today"], {"reply_names_from_book": True})
    a("call_list", ["whos next on my list"], {"reply_names_from_book": True})
    a("profile", ["what does silvia mancini hold?"], {"reply_any": ["Mancini"]})
    a("profile", ["quick one - anna zimmermann risk profile?"], {"reply_any": ["Zimmermann"]})
    a("chatter", ["ugh mondays ☕"], NONE)
    a("chatter", ["thx!"], NONE)
    a("chatter", ["is the teams channel down or just me"], NONE)
    # mixed day: several turns, one undo in the middle
    a("mixed", ["greta klein reached", "claudia muller no answer", "undo the greta one",
                "greta klein meeting fri actually"],
      calls(call("C000055", "no_answer"), call("C000052", MEETING, FRI)))
    a("pronoun", ["what's up with ursula zimmermann?", "ok called her, she wants a mtg "
                  "tue 24th"], calls(call("C000060", MEETING, NTUE)))
    a("pronoun", ["tomasz szymanski", "left him a vm"], calls(call("C000005", "no_answer")))


def main() -> None:
    from bench.conversation_eval.authoring_heldout21_rest import add_rest

    s = HeldoutSet("heldout21", "h21")
    add_a001(s)
    add_rest(s)
    s.write()


if __name__ == "__main__":
    main()
