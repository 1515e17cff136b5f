"""A weekday said with "next week" in the bank's other languages is that weekday of the next
calendar week (as "tuesday next week" is), never the coming one."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.said import read_call
from knowledge.models.bank import Outcome

MONDAY, THURSDAY = dt.date(2026, 3, 2), dt.date(2026, 3, 5)


@pytest.mark.parametrize(("text", "as_of", "day"), [
    ("Olaf Berg erreicht, will Dienstag nächste Woche einen Termin", MONDAY, dt.date(2026, 3, 10)),
    ("erreicht, termin naechste woche am donnerstag", MONDAY, dt.date(2026, 3, 12)),
    ("erreicht, Termin Mittwoch nächster Woche", THURSDAY, dt.date(2026, 3, 11)),
    ("raggiunto, appuntamento martedì della settimana prossima", MONDAY, dt.date(2026, 3, 10)),
    ("joint, rdv mardi de la semaine prochaine", MONDAY, dt.date(2026, 3, 10)),
    ("contactada, cita el lunes de la semana que viene", THURSDAY, dt.date(2026, 3, 9)),
    ("odebrał, spotkanie we wtorek w przyszłym tygodniu", MONDAY, dt.date(2026, 3, 10)),
    ("bereikt, afspraak vrijdag volgende week", MONDAY, dt.date(2026, 3, 13)),
    ("nådd, möte tisdag nästa vecka", MONDAY, dt.date(2026, 3, 10)),
])
def test_a_weekday_of_next_week_is_that_day_of_that_week(text: str, as_of: dt.date,
                                                         day: dt.date) -> None:
    report = read_call(text, as_of)
    assert (report.outcome, report.follow_up_on) == (Outcome.follow_up, day), report


@pytest.mark.parametrize(("text", "day"), [
    ("erreicht, Termin am Dienstag", dt.date(2026, 3, 3)),  # the coming one
    ("raggiunta, appuntamento giovedì", dt.date(2026, 3, 5)),
    ("bereikt, afspraak volgende week", dt.date(2026, 3, 9)),  # the week alone: its Monday
])
def test_a_weekday_or_a_week_alone_is_read_as_before(text: str, day: dt.date) -> None:
    assert read_call(text, MONDAY).follow_up_on == day
