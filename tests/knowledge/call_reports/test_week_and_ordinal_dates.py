"""knowledge.call_reports.follow_up_dates: "<weekday> in a week" in the advisors' languages is
that weekday of the week after the coming one, "a week" alone in them is seven days on, and
a day number with its ordinal ending ("1er décembre", "1º dicembre", "1:a december") is that
day. Today is Monday 2026-11-16."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.said import read_call
from knowledge.models.bank import Outcome

MONDAY = dt.date(2026, 11, 16)


@pytest.mark.parametrize(("text", "day"), [
    ("jonas weber would like to come wednesday in a week", dt.date(2026, 11, 25)),
    ("meeting Friday in a week with greta", dt.date(2026, 11, 27)),
    ("Termin mit Frau Lange Mittwoch in einer Woche", dt.date(2026, 11, 25)),
    ("afspraak met Pieter donderdag over een week", dt.date(2026, 11, 26)),
    ("appuntamento con Rossi mercoledì tra una settimana", dt.date(2026, 11, 25)),
    ("rdv avec Mme Martin mardi dans une semaine", dt.date(2026, 11, 24)),
    ("möte med Sven onsdag om en vecka", dt.date(2026, 11, 25)),
    ("she wants a meeting monday in a week", dt.date(2026, 11, 23)),  # said on a Monday
])
def test_a_weekday_in_a_week_is_never_the_coming_one(text: str, day: dt.date) -> None:
    report = read_call(text, MONDAY)
    assert (report.outcome, report.follow_up_on) == (Outcome.follow_up, day)


@pytest.mark.parametrize("text", [
    "Femke wil een afspraak over een week", "Nowak chce spotkanie za tydzień",
    "appuntamento tra una settimana con Rossi",
])
def test_a_week_in_other_words_is_seven_days_on(text: str) -> None:
    assert read_call(text, MONDAY).follow_up_on == dt.date(2026, 11, 23)


@pytest.mark.parametrize(("text", "day"), [
    ("RDV avec Manon le 1er décembre à 15h", dt.date(2026, 12, 1)),
    ("rdv avec M. Roux le 3e décembre", dt.date(2026, 12, 3)),
    ("appuntamento il 1º dicembre alle 10", dt.date(2026, 12, 1)),
    ("cita el 4º de diciembre", dt.date(2026, 12, 4)),
    ("möte den 1:a december kl 13", dt.date(2026, 12, 1)),
    ("spotkanie 2-go grudnia", dt.date(2026, 12, 2)),
    ("afspraak op 1e december", dt.date(2026, 12, 1)),
])
def test_a_day_with_its_ordinal_ending_is_that_day(text: str, day: dt.date) -> None:
    report = read_call(text, MONDAY)
    assert (report.outcome, report.follow_up_on) == (Outcome.follow_up, day)
