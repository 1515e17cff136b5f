"""knowledge.call_reports.said, round s27: a customer who called back, or is said to be fine,
was reached; a no-answer still stands over it."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.said import read_call
from knowledge.models.bank import Outcome

AS_OF = dt.date(2026, 3, 2)


@pytest.mark.parametrize("text", ["jo ban rang me back at last", "Pia Holm called us back",
                                  "call w lena kraus done, he's all good",
                                  "spoke briefly - they are fine"])
def test_a_customer_who_called_back_or_is_fine_was_reached(text: str) -> None:
    report = read_call(text, AS_OF)
    assert (report.outcome, report.explicit) == (Outcome.reached, True), report


def test_a_no_answer_stands_over_a_guess_that_they_are_fine() -> None:
    assert read_call("no answer from jo, she's fine probably", AS_OF).outcome is Outcome.no_answer
