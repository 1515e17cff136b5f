"""A day of the month said without its month: after a weekday with no ordinal ending ("appt
thu 26") it is that day when it is that weekday and cannot be a morning hour; after a meeting
word an ordinal alone ("appt 30th") is that day; a number that may be an hour keeps the weekday."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.said import read_call
from knowledge.models.bank import Outcome

MONDAY = dt.date(2026, 3, 2)  # Thursday 5, 12, 19, 26 March; Friday 6, 13, 20, 27


@pytest.mark.parametrize(("text", "day"), [
    ("lena berg reached, wants a quote, appt thu 26", dt.date(2026, 3, 26)),
    ("SPOKE TO OLAF - MTG FRI 27 RE LOAN", dt.date(2026, 3, 27)),
    ("reachd him, meeting tues, 24", dt.date(2026, 3, 24)),
    ("got her, appt thursday the 19 at 10", dt.date(2026, 3, 19)),
    ("reached, mtg thurs 26 10:30", dt.date(2026, 3, 26)),
])
def test_a_weekday_with_a_bare_day_number_is_that_day(text: str, day: dt.date) -> None:
    report = read_call(text, MONDAY)
    assert (report.outcome, report.follow_up_on) == (Outcome.follow_up, day), report


@pytest.mark.parametrize("text", [
    "reached, mtg thu 10",  # ten o'clock: the coming Thursday, as before
    "reached, mtg thu 10am",
    "reached, mtg thu 14",  # two o'clock said the European way: 14 March is no Thursday
    "reached, meet thu 14-16",
])
def test_a_number_that_may_be_an_hour_keeps_the_weekday(text: str) -> None:
    assert read_call(text, MONDAY).follow_up_on == dt.date(2026, 3, 5)


def test_a_weekday_and_a_day_that_disagree_are_asked_not_guessed() -> None:
    report = read_call("reached, appt fri 26", MONDAY)  # the 26th is a Thursday
    assert report.follow_up_on is None and report.date_unreadable


@pytest.mark.parametrize(("text", "day"), [
    ("reached, she wants to refinance, appt 30th", dt.date(2026, 3, 30)),
    ("spoke w/ him, mtg on 3rd re isa", dt.date(2026, 3, 3)),
    ("reached, appt 1st", dt.date(2026, 4, 1)),
    ("caught her, callback 12th", dt.date(2026, 3, 12)),
])
def test_an_ordinal_a_meeting_word_leads_to_is_that_day(text: str, day: dt.date) -> None:
    assert read_call(text, MONDAY).follow_up_on == day


@pytest.mark.parametrize("text", [
    "2nd time no answer from jo",
    "no answer on my 3rd attempt",
    "reached her, she lives on 5th floor now",
])
def test_an_ordinal_no_meeting_word_leads_to_is_no_date(text: str) -> None:
    assert read_call(text, MONDAY).follow_up_on is None
