"""A weekday said with its week is one date, that weekday of that calendar week; "<weekday>
in a week" is asked where its two readings differ; a date taken back for a call's new date
leaves the later one."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.follow_up_dates import parse_date, second_thoughts
from knowledge.call_reports.said import read_call
from knowledge.models.bank import Outcome

MONDAY, THURSDAY = dt.date(2026, 3, 2), dt.date(2026, 3, 5)


@pytest.mark.parametrize(("text", "as_of", "day"), [
    ("spoke to pia, she'd like to come in next week, thursday", MONDAY, dt.date(2026, 3, 12)),
    ("Meeting TUES NEXT WEEK with jo", MONDAY, dt.date(2026, 3, 10)),
    ("appt friday of next week", THURSDAY, dt.date(2026, 3, 13)),
    ("wants to meet the following week on monday", THURSDAY, dt.date(2026, 3, 9)),
    ("callback this week, friday", MONDAY, dt.date(2026, 3, 6)),
    ("meeting wed next wk", THURSDAY, dt.date(2026, 3, 11)),
])
def test_a_weekday_with_its_week_is_that_day_of_that_week(text: str, as_of: dt.date,
                                                          day: dt.date) -> None:
    report = read_call(text, as_of)
    assert (report.outcome, report.follow_up_on) == (Outcome.follow_up, day), report


def test_the_week_alone_is_still_its_monday() -> None:
    assert parse_date("next week", THURSDAY) == dt.date(2026, 3, 9)


@pytest.mark.parametrize(("phrase", "as_of", "day"), [
    ("friday in a week", MONDAY, dt.date(2026, 3, 13)),  # the coming friday + 7: next week's
    ("thursday in a week", THURSDAY, dt.date(2026, 3, 12)),  # said on that weekday
    ("tuesday in a week", THURSDAY, None),  # 5 or 12 days from now: asked
])
def test_a_weekday_in_a_week_is_read_only_where_its_readings_agree(
        phrase: str, as_of: dt.date, day: dt.date | None) -> None:
    assert parse_date(phrase, as_of) == day


@pytest.mark.parametrize(("text", "meant"), [
    ("perhaps early next month, actually ring him on the 20th", "the 20th"),
    ("friday - no wait, see her monday", "monday"),
])
def test_a_date_taken_back_for_the_call_s_new_date_leaves_the_later(text: str,
                                                                     meant: str) -> None:
    assert second_thoughts(text) == ("taken back", meant)


@pytest.mark.parametrize(("phrase", "day"), [("next wed", dt.date(2026, 3, 4)),
                                             ("this sat", dt.date(2026, 3, 7)),
                                             ("Next Sun", dt.date(2026, 3, 8))])
def test_a_short_weekday_after_next_or_this_is_read(phrase: str, day: dt.date) -> None:
    assert parse_date(phrase, MONDAY) == day
