"""knowledge.call_reports.follow_up_dates (dates_abroad): a month's end said in the advisors'
other languages ("fin du mois", "Monatsende", "pod koniec miesiąca") is read as "end of month"
is, and a day number after a call-back word and its article ("richiamare il 25", "rappeler le
3") is the next such day; an amount, a time or a day with its month stays what it is. Today is
Monday 2026-11-16."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.said import read_call
from knowledge.models.bank import Outcome

MONDAY = dt.date(2026, 11, 16)
MONTH_END = dt.date(2026, 11, 30)


@pytest.mark.parametrize("text", [
    "lukas braun joignable, à rappeler fin du mois",
    "sentito giulia, la richiamo a fine mese",
    "hab sie erreicht, Rückruf zum Monatsende",
    "bereikt, terugbellen eind van de maand",
    "rozmawiałam, oddzwonić pod koniec miesiąca",
    "pratade med henne, ring igen i slutet av manaden",  # typed without its ring
    "contactado, llamar a fin de mes",
])
def test_a_month_end_abroad_is_the_last_day_of_the_month(text: str) -> None:
    call = read_call(text, MONDAY)
    assert (call.outcome, call.follow_up_on) == (Outcome.follow_up, MONTH_END), text


@pytest.mark.parametrize(("text", "day"), [
    ("raggiunto, richiamare il 25", dt.date(2026, 11, 25)),
    ("rappeler le 3", dt.date(2026, 12, 3)),
    ("volver a llamar el 15", dt.date(2026, 12, 15)),
    ("möte den 20:e", dt.date(2026, 11, 20)),
])
def test_a_day_number_after_its_article_is_the_next_such_day(text: str, day: dt.date) -> None:
    assert read_call(text, MONDAY).follow_up_on == day, text


@pytest.mark.parametrize(("text", "day"), [
    ("appuntamento il 2 dicembre", dt.date(2026, 12, 2)),   # the month read with it
    ("richiamare il 25 alle 10", dt.date(2026, 11, 25)),    # a time after the day
])
def test_a_day_with_its_month_or_time_keeps_both(text: str, day: dt.date) -> None:
    assert read_call(text, MONDAY).follow_up_on == day, text


@pytest.mark.parametrize("text", ["ha versato il 25% del capitale", "le 25 000 euros sont arrivés",
                                  "il 10h30 non va bene"])
def test_an_amount_or_a_time_is_no_date(text: str) -> None:
    assert read_call(text, MONDAY).follow_up_on is None, text
