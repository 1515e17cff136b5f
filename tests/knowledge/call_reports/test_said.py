"""knowledge.call_reports.said: outcome words the message denies, and weekdays a week out.

AS_OF is Monday 2026-06-15."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.said import parse_date, read_call
from knowledge.models.bank import Outcome
from tests.knowledge.call_list.factory import AS_OF


@pytest.mark.parametrize(("text", "outcome"), [
    ("sold nothing to her lol but at least she picked up", Outcome.reached),
    ("didnt buy the fund, all fine otherwise", Outcome.reached),
    ("spoke to him, no meeting needed", Outcome.reached),
    ("no need for a meeting, all good", Outcome.reached),
    ("bought nothing but wants a meeting the 30th", Outcome.follow_up),
])
def test_a_sale_or_meeting_the_message_denies_is_not_stored_as_one(text: str,
                                                                    outcome: Outcome) -> None:
    assert read_call(text, AS_OF).outcome is outcome


def test_a_denied_sale_the_nlu_tagged_as_a_sale_is_asked_not_stored() -> None:
    report = read_call("sold him nothing", AS_OF, entity_outcome="sale")
    assert report.outcome is not Outcome.sale and not report.explicit


def test_a_sale_still_reads_as_one() -> None:
    report = read_call("not only did she pick up, she signed for the fund", AS_OF)
    assert (report.outcome, report.sale_of) == (Outcome.sale, "fund")


@pytest.mark.parametrize(("text", "day"), [
    ("wants to meet friday after next", dt.date(2026, 6, 26)),  # not this Friday (19th)
    ("meeting on tuesday after next", dt.date(2026, 6, 23)),
    ("mtg thurs week", dt.date(2026, 6, 25)),
    ("wants to meet friday", dt.date(2026, 6, 19)),
])
def test_a_weekday_a_week_out_is_not_the_coming_one(text: str, day: dt.date) -> None:
    report = read_call(text, AS_OF)
    assert (report.outcome, report.follow_up_on) == (Outcome.follow_up, day)


def test_monday_after_next_said_on_a_monday_is_two_weeks_on() -> None:
    assert parse_date("monday after next", AS_OF) == dt.date(2026, 6, 29)


@pytest.mark.parametrize(("text", "outcome"), [
    ("caught her just now, fine", Outcome.reached),
    ("rang him twice, nothing", Outcome.no_answer),
    ("called her, nothing needed", Outcome.reached),  # nothing needed: they talked
    ("called him, nothing new, all fine", Outcome.reached),
    ("hard pass on the bond", Outcome.not_interested),
    ("rang both of them, neither answered", Outcome.no_answer),
    ("none of them picked up this morning", Outcome.no_answer),
    ("she agreed to swing by the branch next week", Outcome.follow_up),
    ("he agreed to an appointment on thursday", Outcome.follow_up),
    ("agreed to the 5y fixed mortgage", Outcome.sale),
])
def test_outcomes_in_more_of_the_words_advisors_use(text: str, outcome: Outcome) -> None:
    report = read_call(text, AS_OF)
    assert (report.outcome, report.explicit) == (outcome, True)


@pytest.mark.parametrize(("text", "day"), [
    ("anna lange reached, mtg fri 10.30", dt.date(2026, 6, 19)),  # a time, not 10 of month 30
    ("cb mon 9.15", dt.date(2026, 6, 22)),
    ("mtg mon 22.6.", dt.date(2026, 6, 22)),  # a day and a month still read as the date
])
def test_a_weekday_with_a_time_is_that_weekday(text: str, day: dt.date) -> None:
    report = read_call(text, AS_OF)
    assert report.follow_up_on == day and not report.date_unreadable


def test_actually_adding_to_a_sale_keeps_the_sale() -> None:
    """A bare "actually" adds ("… actually also wants …"); only "no actually" takes back."""
    added = read_call("sold her a mortgage, actually also wants a follow up next week", AS_OF)
    assert added.outcome is Outcome.sale
    taken_back = read_call("sold her a mortgage no actually she only wants a follow up next "
                           "week", AS_OF)
    assert taken_back.outcome is Outcome.follow_up and taken_back.taken_back
