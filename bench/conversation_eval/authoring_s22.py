"""`python -m bench.conversation_eval.authoring_s22` writes s22.yml: the four classes of
write the s21 round left unfixed (issue #14), as a VISIBLE regression set (it was tuned on):
German call reports from Vienna, "wrong date" then the date alone, a callback asked for in
words the NLU takes for the call list, and "pencil in" / "book X in" bookings.

Play it with `--set s22`. Dates are relative to the eval bank's today, Monday 2026-11-16.
"""

from __future__ import annotations

from bench.conversation_eval.authoring_heldout_kit import HeldoutSet, between, call

WRONG = "a call on another customer, another outcome or date, or two calls"


def build() -> HeldoutSet:
    s = HeldoutSet("s22", "s22")

    def one(cap: str, turns: list[str], cid: str, outcome: str, day: object = None) -> None:
        s.add(cap, turns, {"interactions": [call(cid, outcome, day)]}, harmful=WRONG)

    one("german", ["joana costa erreicht"], "C000023", "reached")
    one("german", ["rui pereira nicht erreicht"], "C000026", "no_answer")
    one("german", ["rita martins kein interesse"], "C000061", "not_interested")
    one("german", ["olivier faure mailbox"], "C000042", "no_answer")
    one("german", ["camille chevalier termin vereinbart übermorgen"], "C000017", "follow_up",
        "2026-11-18")
    one("german", ["joana costa termin morgen"], "C000023", "follow_up", "2026-11-17")
    one("german", ["rui pereira termin am 1 Dez"], "C000026", "follow_up", "2026-12-01")
    one("german", ["rita martins termin am Freitag"], "C000061", "follow_up", "2026-11-20")
    one("german", ["olivier faure termin nächste Woche"], "C000042", "follow_up",
        between("2026-11-23", "2026-11-27"))
    one("german", ["camille chevalier erreicht, Termin vereinbart für 1 Dez"], "C000017",
        "follow_up", "2026-12-01")
    one("wrong_date", ["rui pereira wants a meeting tmrw", "wrong date", "the 4th"],
        "C000026", "follow_up", "2026-12-04")
    one("wrong_date", ["spoke to joana costa, meeting on friday", "wrong date", "the 4th"],
        "C000023", "follow_up", "2026-12-04")
    one("callback", ["rita martins would like a call on monday"], "C000061", "follow_up",
        "2026-11-23")
    one("callback", ["olivier faure wants a callback tmrw"], "C000042", "follow_up",
        "2026-11-17")
    one("callback", ["camille chevalier would like a call back on friday"], "C000017",
        "follow_up", "2026-11-20")
    one("pencil", ["pencil in camille chevalier for 25/11"], "C000017", "follow_up",
        "2026-11-25")
    one("pencil", ["book joana costa in for thursday"], "C000023", "follow_up", "2026-11-19")
    one("pencil", ["pencil rui pereira in for the 3rd"], "C000026", "follow_up", "2026-12-03")
    return s


if __name__ == "__main__":
    build().write()
