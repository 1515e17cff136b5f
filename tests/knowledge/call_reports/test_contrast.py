"""knowledge.call_reports.contrast (through said.read_call): one offer refused, a next step on
another asked for; the next step is the call's outcome. AS_OF is Monday 2026-06-15."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.said import read_call
from knowledge.models.bank import Outcome
from tests.knowledge.call_list.factory import AS_OF


@pytest.mark.parametrize(("text", "day"), [
    ("Spoke to her. Not interested in the ISA. BUT wants to talk about savings on thursday",
     dt.date(2026, 6, 18)),
    ("no interest in the fund, however she'd like a meeting friday", dt.date(2026, 6, 19)),
    ("declined the credit card but keen to meet about the mortgage", None),
    ("not intrested in insurance, wants an appt wed though", dt.date(2026, 6, 17)),
])
def test_a_refusal_then_a_next_step_is_the_next_step(text: str, day: dt.date | None) -> None:
    report = read_call(text, AS_OF)
    assert (report.outcome, report.follow_up_on) == (Outcome.follow_up, day)
    assert not report.not_interested


@pytest.mark.parametrize("text", [
    "wants a meeting? no, not interested",
    "not interested, dont call again",
    "suggested a meeting thursday but not interested in that either",
    "not interested but wants a meeting friday, then said not interested after all",
    # the advisor's own next try after a refusal of one thing is no wish of the customer's
    "jan koch not intrested in the isa call again in spring",
    "no interest in the fund, try her again in march",
])
def test_a_refusal_that_stands_stays_not_interested(text: str) -> None:
    assert read_call(text, AS_OF).outcome is Outcome.not_interested
