"""A call that got through with nothing of note ("nothing special to report", "niets
bijzonders", "nous nous sommes parlé"): reached, stated (so logged like any reached call), in
every language of the advisors; a "nada" stays no answer."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.said import read_call
from knowledge.models.bank import Outcome

AS_OF = dt.date(2026, 11, 23)


@pytest.mark.parametrize("text", [
    "nothing special to report",
    "spoke briefly, nothing much to note",
    "nichts besonderes",
    "niets bijzonders, alles in orde",
    "ci siamo parlati, niente di particolare",
    "nous nous sommes parlé ce matin",
    "on a discuté, rien de particulier à signaler",
    "hemos hablado",
    "nic szczególnego",
    "vi hördes, inget särskilt",
])
def test_nothing_of_note_is_a_call_that_got_through(text: str) -> None:
    report = read_call(text, AS_OF)
    assert (report.outcome, report.explicit) == (Outcome.reached, True)


def test_nothing_at_all_is_still_no_answer() -> None:
    assert read_call("rang twice, nada", AS_OF).outcome is Outcome.no_answer
