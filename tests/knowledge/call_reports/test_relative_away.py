"""A relative who answered while the customer was away, said in either order ("ana wasn't
there, her husband picked up", "his wife answered, he wasn't in"): the customer was not
reached; a relative who answered and nothing said of the customer's absence stays a call."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.said import read_call
from knowledge.models.bank import Outcome

DAY = dt.date(2026, 3, 2)


@pytest.mark.parametrize("text", [
    "ana was actually not there, her husband picked up",
    "Jonas wasnt home - his wife answered",
    "her son picked up, she was out",
    "his wife answered, he wasn't in",
    "olaf not around, the daughter took the call",
])
def test_the_customer_away_while_a_relative_answered_is_no_answer(text: str) -> None:
    assert read_call(text, DAY).outcome is Outcome.no_answer


@pytest.mark.parametrize("text", [
    "her husband answered first, then her",
    "reached maria, her husband picked up and put her on",
])
def test_a_relative_who_handed_over_leaves_the_call_reached(text: str) -> None:
    assert read_call(text, DAY).outcome is not Outcome.no_answer


@pytest.mark.parametrize("text", [
    "rang ana, her son picked up - she's on holiday until thursday",
    "his wife answered, he is away till the 12th",
    "her daughter took the call, she's at the hospital until monday",
])
def test_away_until_a_day_is_when_they_are_back_not_a_follow_up(text: str) -> None:
    report = read_call(text, DAY)
    assert (report.outcome, report.follow_up_on) == (Outcome.no_answer, None), report


def test_a_meeting_agreed_with_a_date_is_still_a_follow_up() -> None:
    report = read_call("reached ana, meeting until thursday is fine, so thursday", DAY)
    assert report.outcome is Outcome.follow_up
