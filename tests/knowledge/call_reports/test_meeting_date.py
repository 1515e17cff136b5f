"""Of several dates in a call report, the follow-up is the one the meeting word leads to;
a date taken back or two offered are still read as before."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.said import read_call
from knowledge.models.bank import Outcome

THURSDAY = dt.date(2026, 3, 5)


@pytest.mark.parametrize(("text", "day"), [
    ("she's fine, wants to top up her isa next month - appt apr 2", dt.date(2026, 4, 2)),
    ("reached jo, sends the payslips tmrw, mtg fri", dt.date(2026, 3, 6)),
    ("Erreicht, überweist nächste Woche, Termin am 20.3.", dt.date(2026, 3, 20)),
    ("got him; moving his salary next month, meeting on the 18th", dt.date(2026, 3, 18)),
])
def test_the_date_a_meeting_word_leads_to_is_the_follow_up(text: str, day: dt.date) -> None:
    report = read_call(text, THURSDAY)
    assert (report.outcome, report.follow_up_on) == (Outcome.follow_up, day), report


def test_a_date_taken_back_still_leaves_the_later_one() -> None:
    assert read_call("reached, mtg tue, no, wed", THURSDAY).follow_up_on == dt.date(2026, 3, 11)


def test_two_dates_offered_are_still_asked() -> None:
    report = read_call("reached, mtg tue or wed", THURSDAY)
    assert report.follow_up_on is None and report.date_unreadable


def test_one_date_is_read_as_before() -> None:
    assert read_call("no answer, try tmrw", THURSDAY).follow_up_on == dt.date(2026, 3, 6)
