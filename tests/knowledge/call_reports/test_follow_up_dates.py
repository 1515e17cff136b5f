"""knowledge.call_reports.follow_up_dates: the date forms advisors say that name a day by another
day ("tomorrow week"), by its month ("the 1st of next month"), by a time of day ("in the
morning"), and a date corrected or left open in the same message ("tues, no, wed", "tues or
wed"), read through knowledge.call_reports.said as a call report is. Today is Monday 2026-11-16.
"""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.said import parse_date, read_call
from knowledge.models.bank import Outcome

MONDAY = dt.date(2026, 11, 16)


@pytest.mark.parametrize(("text", "day"), [
    ("Spoke to chiara rossi, she wants to come in tomorrow week", dt.date(2026, 11, 24)),
    ("she wants a call tmrw week", dt.date(2026, 11, 24)),
    ("meeting a week tomorrow", dt.date(2026, 11, 24)),
    ("meet a week from tomorrow", dt.date(2026, 11, 24)),
    ("appt monday week", dt.date(2026, 11, 30)),
    ("wants to meet today week", dt.date(2026, 11, 23)),
])
def test_a_day_a_week_out_is_never_that_day_itself(text: str, day: dt.date) -> None:
    report = read_call(text, MONDAY)
    assert (report.outcome, report.follow_up_on) == (Outcome.follow_up, day)


@pytest.mark.parametrize(("text", "day"), [
    ("Meeting with claudia müller 1st of next month", dt.date(2026, 12, 1)),
    ("meeting the 2nd of next month", dt.date(2026, 12, 2)),
    ("f/u first of the month", dt.date(2026, 12, 1)),
    ("meeting on the first of next month", dt.date(2026, 12, 1)),
    ("meeting the 15th of next month", dt.date(2026, 12, 15)),
    ("call back the last of next month", dt.date(2026, 12, 31)),
    ("meet the second of december", dt.date(2026, 12, 2)),
    ("mtg 20th of this month", dt.date(2026, 11, 20)),
])
def test_a_day_of_a_named_month_is_that_day_not_a_month_from_today(text: str,
                                                                   day: dt.date) -> None:
    assert read_call(text, MONDAY).follow_up_on == day


def test_a_day_of_this_month_already_gone_is_asked_not_moved() -> None:
    report = read_call("meeting the 3rd of this month", MONDAY)
    assert report.follow_up_on is None and report.date_unreadable


@pytest.mark.parametrize(("text", "day"), [
    ("Reached andreas schroder, he wants a call back in the morning", dt.date(2026, 11, 17)),
    ("call back first thing", dt.date(2026, 11, 17)),
    ("wants a call back first thing tomorrow", dt.date(2026, 11, 17)),
    ("call back tomorrow morning", dt.date(2026, 11, 17)),
    ("wants a call first thing monday", dt.date(2026, 11, 23)),
    ("call back this afternoon", MONDAY),
    ("ring her back later today", MONDAY),
    ("call back tonight", MONDAY),
])
def test_a_time_of_day_for_the_next_call_is_its_day(text: str, day: dt.date) -> None:
    report = read_call(text, MONDAY)
    assert (report.outcome, report.follow_up_on) == (Outcome.follow_up, day)


@pytest.mark.parametrize(("text", "outcome"), [
    ("spoke to her in the morning, all fine", Outcome.reached),
    ("reached him this morning, all good", Outcome.reached),
    ("tried him this afternoon no answer", Outcome.no_answer),
    ("Hab Greta Günther heute nicht erreicht", Outcome.no_answer),
    ("greta günther heute nicht erreichbar", Outcome.no_answer),
    ("habe heute mit greta günther gesprochen", Outcome.reached),
    ("tried greta günther today, no answer", Outcome.no_answer),
])
def test_the_time_of_the_call_itself_is_no_follow_up(text: str, outcome: Outcome) -> None:
    report = read_call(text, MONDAY)
    assert (report.outcome, report.follow_up_on, report.date_words) == (outcome, None, None)


def test_a_call_back_today_asked_for_is_still_today() -> None:
    assert read_call("Rückruf heute bei greta günther", MONDAY).follow_up_on == MONDAY


@pytest.mark.parametrize(("text", "day"), [
    ("Spoke to Katharina Hoffmann, she wants to meet tues, no, wed", dt.date(2026, 11, 18)),
    ("meeting thu, sorry fri", dt.date(2026, 11, 20)),
    ("she wants to meet tuesday — no, make it wednesday", dt.date(2026, 11, 18)),
    ("f/u on the 3rd - i mean the 4th", dt.date(2026, 12, 4)),
    ("meeting friday no monday", dt.date(2026, 11, 23)),
    ("call back tmrw, err, day after tomorrow", dt.date(2026, 11, 18)),
    ("Termin Dienstag, nein Mittwoch", dt.date(2026, 11, 18)),
])
def test_a_date_taken_back_in_the_same_message_is_the_later_one_shown_first(
        text: str, day: dt.date) -> None:
    report = read_call(text, MONDAY)
    assert (report.follow_up_on, report.taken_back) == (day, True)


@pytest.mark.parametrize("text", ["meeting tues or wed", "she wants to meet thursday or friday",
                                  "call back the 3rd or the 4th"])
def test_two_dates_offered_are_asked_never_picked(text: str) -> None:
    report = read_call(text, MONDAY)
    assert report.follow_up_on is None and report.date_unreadable


def test_a_date_kept_against_another_is_the_kept_one() -> None:
    assert read_call("meeting wed, not tues", MONDAY).follow_up_on == dt.date(2026, 11, 18)


def test_a_month_from_now_is_still_a_month() -> None:
    assert parse_date("in 1 month", MONDAY) == dt.date(2026, 12, 16)
    assert parse_date("1 month from now", MONDAY) == dt.date(2026, 12, 16)


def test_a_long_message_of_repeated_german_date_openers_is_read_at_once() -> None:
    # "ab ab ab …" (10k characters pasted): each "ab " was read up to the end at every word
    import time

    from knowledge.call_reports.follow_up_dates import second_thoughts

    started = time.process_time()  # CPU time: other load on the machine does not count
    assert second_thoughts("ab " * 3400 + "tues, no, wed") == ("taken back", "wed")
    assert time.process_time() - started < 1.0  # the quadratic reading took seconds


@pytest.mark.parametrize(("text", "day"), [
    ("rdv avec lui jeudi, non, vendredi", 20), ("Termin Donnerstag, nein Freitag", 20),
    ("appuntamento giovedì, anzi venerdì", 20), ("cita el jueves, perdón, el viernes", 20),
    ("afspraak donderdag, nee vrijdag", 20), ("spotkanie czwartek, nie, piątek", 20),
    ("möte torsdag, nej fredag", 20),
])
def test_a_day_taken_back_for_the_next_in_the_advisors_languages(text: str, day: int) -> None:
    assert read_call(text, MONDAY).follow_up_on == dt.date(2026, 11, day)


@pytest.mark.parametrize("text", ["rdv jeudi ou vendredi", "cita jueves o viernes",
                                  "spotkanie czwartek lub piątek", "möte torsdag eller fredag",
                                  "afspraak donderdag of vrijdag",
                                  "Termin Donnerstag oder Freitag"])
def test_two_days_offered_abroad_are_neither_picked(text: str) -> None:
    assert read_call(text, MONDAY).follow_up_on is None
