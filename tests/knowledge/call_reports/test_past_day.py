"""A day that says when the call happened is no follow-up date ("on monday afternoon we
talked", "rang her thursday of last week", "Nachtrag vom Donnerstag", "esta mañana"); a day
the words ask to meet on stays the follow-up, and a later one stands where the first was past.
Today is Monday 2026-11-23."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.said import read_call
from knowledge.models.bank import Outcome

AS_OF = dt.date(2026, 11, 23)


@pytest.mark.parametrize(("text", "outcome"), [
    ("thurs morning we talked with maria keller, didnt log it yet", Outcome.reached),
    ("Maria Keller: rang her on friday last week, voicemail", Outcome.no_answer),
    ("saw pedro alves wednesday of last week - bought the index fund", Outcome.sale),
    ("from last friday - jonas weber not interested", Outcome.not_interested),
    ("Nachtrag vom Donnerstag: Jonas Weber nicht erreicht", Outcome.no_answer),
    ("forgot to log this one: tue ingrid dahl picked up, all fine", Outcome.reached),
    ("he contestado a Li Wei esta mañana, todo ok", Outcome.reached),
    ("Li Wei - vrijdag vorige week gesproken", Outcome.reached),
    ("maria keller 19.11. reached", Outcome.reached),
    ("talked to jonas weber on thurs, all fine", Outcome.reached),
    ("rang ingrid dahl on wednesday - she took the isa", Outcome.sale),
    ("hab Li Wei am Donnerstag kurz gesprochen", Outcome.reached),
    ("pedro alves am mittwoch nicht erreicht", Outcome.no_answer),
    ("fran fredag ingrid dahl nåddes", Outcome.reached),
    ("z piątku - anna nowak nie odebrała", Outcome.no_answer),
])
def test_a_day_of_the_call_is_no_follow_up(text: str, outcome: Outcome) -> None:
    report = read_call(text, AS_OF)
    assert (report.outcome, report.follow_up_on) == (outcome, None)


@pytest.mark.parametrize(("text", "day"), [
    ("spoke to maria keller last thurs, meeting booked for fri 27th", dt.date(2026, 11, 27)),
    ("jonas weber reached, call back friday", dt.date(2026, 11, 27)),
    ("ingrid dahl wants an appt on wednesday", dt.date(2026, 11, 25)),
    ("li wei: termin am donnerstag", dt.date(2026, 11, 26)),
    ("pedro alves keen, mañana le llamo otra vez", dt.date(2026, 11, 24)),
    # the call's day marked past ("w ostatni wtorek") is not the next one asked for
    ("w ostatni wtorek rozmawiałem z Anną Nowak, oddzwonić w piątek", dt.date(2026, 11, 27)),
    ("notatka z piątku: jan kowalski nie odebrał, zadzwonić w czwartek", dt.date(2026, 11, 26)),
])
def test_a_day_asked_for_stays_the_follow_up(text: str, day: dt.date) -> None:
    assert read_call(text, AS_OF).follow_up_on == day


@pytest.mark.parametrize(("text", "day"), [
    ("rückruf jonas weber donnerstag 3.12.", dt.date(2026, 12, 3)),
    ("Li Wei Termin am Freitag, den 4.12.", dt.date(2026, 12, 4)),
    ("maria keller wiedervorlage Di. 1.12.", dt.date(2026, 12, 1)),
])
def test_a_weekday_with_its_date_is_that_date(text: str, day: dt.date) -> None:
    """The day and month said after a weekday stand, not the coming such weekday."""
    assert read_call(text, AS_OF).follow_up_on == day


def test_a_time_after_a_weekday_is_no_date() -> None:
    assert read_call("pedro alves termin freitag 10.30 uhr", AS_OF).follow_up_on == dt.date(
        2026, 11, 27)


@pytest.mark.parametrize("text, outcome", [
    ("from wed: anna lange not reachable", Outcome.no_answer),
    ("oublié mercredi : paul martin joint, tout va bien", Outcome.reached),
    ("vergessen Mittwoch: Frau Lange erreicht, alles ok", Outcome.reached),
    ("forgot wednesday - jonas, voicemail", Outcome.no_answer),
])
def test_a_day_a_late_report_opens_with_is_when_the_call_happened(
        text: str, outcome: Outcome) -> None:
    report = read_call(text, dt.date(2026, 11, 23))
    assert (report.outcome, report.follow_up_on) == (outcome, None)
