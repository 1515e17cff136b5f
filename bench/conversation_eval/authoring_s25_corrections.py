"""`python -m bench.conversation_eval.authoring_s25_corrections` writes s25_corrections.yml: a
VISIBLE set (tuned on) of corrections as advisors make them (issue #14, point 2), on A001's
book of the eval bank: of the customer ("not her, X", "other anna", "no wait it was ana"), of
the outcome ("actually she didn't pick up", "scratch the meeting, just reached"), of the date
("thursday not tuesday", "the 23rd, not the 30th"), of everything ("wrong chat, ignore",
"scrap that"), a correction whose question is answered "no" (the first call must stay), a
call shown for a yes answered with a change ("yes but friday", "no - the other hannah"), and
an earlier call corrected two turns later.

A turn's `confirm` may be a list: the answers to its confirmations in turn (play.py). Play it
with `--set s25_corrections`. Dates are relative to the eval bank's today, Monday 2026-11-16.
"""

from __future__ import annotations

from typing import Any

from bench.conversation_eval.authoring_heldout_kit import (
    NONE,
    NOT_INTERESTED,
    HeldoutSet,
    between,
    call,
)

WRONG = "a call on another customer, another outcome or date, a lost first call, or two calls"


def build() -> HeldoutSet:
    s = HeldoutSet("s25_corrections", "s25c")

    def one(cap: str, turns: list[Any], cid: str, outcome: Any, day: Any = None) -> None:
        s.add(cap, turns, {"interactions": [call(cid, outcome, day)]}, harmful=WRONG)

    def no(then: str) -> dict[str, Any]:
        return {"say": then, "confirm": "no"}

    # of the customer, the next turn
    one("customer", ["joana costa reached", "not her, rita martins"], "C000061", "reached")
    one("customer", ["hannah meyer no answer", "wrong person, i meant hannah zimmermann"],
        "C000032", "no_answer")
    one("customer", ["anna lange reached", "other anna - anna ferrari"], "C000029", "reached")
    one("customer", ["silvia mancini reached", "no wait it was ana"], "C000054", "reached")
    one("customer", ["freja berg no answer", "the other berg"], "C000044", "no_answer")
    one("customer", ["wolfgang koch reached", "sorry, wolfgang schmidt"], "C000051", "reached")
    one("customer", ["rui pereira not interested", "oops wrong client, C000042"], "C000042",
        NOT_INTERESTED)
    one("customer", ["greta klein no answer", "no, greta müller not greta klein"], "C000031",
        "no_answer")
    # the correction's question answered "no": the first call stays as it was
    one("cancelled", ["silvia mancini reached", no("no wait it was ana")], "C000053", "reached")
    one("cancelled", ["freja berg no answer", no("hmm no the other berg")], "C000043",
        "no_answer")
    one("cancelled", ["hannah meyer reached", no("no, the other hannah")], "C000027", "reached")
    # of the outcome
    one("outcome", ["camille chevalier reached", "actually she didn't pick up"], "C000017",
        "no_answer")
    one("outcome", ["olivier faure reached", "make that voicemail"], "C000042", "no_answer")
    one("outcome", ["joana costa wants a meeting friday", "scratch the meeting, just reached"],
        "C000023", "reached")
    one("outcome", ["rita martins reached", "sorry, no answer"], "C000061", "no_answer")
    one("outcome", ["rui pereira reached", "correction: not interested"], "C000026",
        NOT_INTERESTED)
    one("outcome", ["tomasz mazur no answer", "no wait he picked up, all good"], "C000025",
        "reached")
    # of the date
    one("date", ["hannah meyer wants a meeting on tuesday", "thursday not tuesday"],
        "C000027", "follow_up", "2026-11-19")
    one("date", ["anna ferrari meeting on the 30th", "the 23rd, not the 30th"], "C000029",
        "follow_up", "2026-11-23")
    one("date", ["stefan berg wants a call back tomorrow", "date's wrong, should be friday"],
        "C000044", "follow_up", "2026-11-20")
    one("date", ["jan koch meeting wed", "no, fri"], "C000050", "follow_up", "2026-11-20")
    one("date", ["dieter lange follow up 25/11", "wrong date - 26/11"], "C000040",
        "follow_up", "2026-11-26")
    # of everything: nothing stays
    for first, then in (("greta günther reached", "wrong chat, ignore"),
                        ("lena fischer no answer", "scrap that"),
                        ("julia fischer reached", "forget i said that"),
                        ("marco gallo not interested", "delete that entry"),
                        ("chiara rossi reached", "undo pls")):
        s.add("everything", [first, then], NONE, harmful=WRONG)
    # a call shown for a yes, answered with a change
    one("shown", ["tell me about hannah meyer",
                  {"say": "she wants a meeting tuesday", "confirm": ["yes but friday", "yes"]}],
        "C000027", "follow_up", "2026-11-20")
    one("shown", ["tell me about rui pereira",
                  {"say": "he picked up", "confirm": ["yes, but it was no answer", "yes"]}],
        "C000026", "no_answer")
    one("shown", ["tell me about anna lange",
                  {"say": "she didn't pick up",
                   "confirm": ["no, the other anna - anna zimmermann", "yes"]}],
        "C000034", "no_answer")
    one("shown", [{"say": "hannah meyer reached i think",
                   "confirm": ["no - the other hannah", "yes"]}], "C000032", "reached")
    one("shown", ["tell me about stefan berg",
                  {"say": "he wants a meeting thursday",
                   "confirm": ["sure but change the date to the 4th", "yes"]}],
        "C000044", "follow_up", "2026-12-04")
    # an earlier call, two turns later
    s.add("earlier", ["joana costa reached", "rui pereira no answer",
                      "the one before that was wrong, it was rita martins"],
          {"interactions": [call("C000061", "reached"), call("C000026", "no_answer")]},
          harmful=WRONG)
    s.add("earlier", ["freja berg reached", "stefan berg no answer", "undo both"], NONE,
          harmful=WRONG)
    s.add("earlier", ["jan koch reached", "wolfgang koch meeting thursday",
                      "date's wrong, should be next fri"],
          {"interactions": [call("C000050", "reached"),
                            call("C000049", "follow_up", between("2026-11-20", "2026-11-27"))]},
          harmful=WRONG)
    return s


if __name__ == "__main__":
    build().write()
