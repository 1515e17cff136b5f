"""The start or end of a week or month in the advisors' languages is one day of a span: read
(the Monday of "early next week", the Friday of "end of next week", the first or last day of
a month) and marked approximate, so the call is shown first; a day said after it ("…, say
thursday") is that day within the span; the start of this week is past, never a follow-up.
Today is Wednesday 2026-11-25."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.said import read_call

AS_OF = dt.date(2026, 11, 25)


@pytest.mark.parametrize(("text", "day"), [
    ("jonas weber rückruf anfang kommender woche", dt.date(2026, 11, 30)),
    ("Li Wei - afspraak eind volgende week graag", dt.date(2026, 12, 4)),
    ("pedro alves vuole un appuntamento alla fine della settimana", dt.date(2026, 11, 27)),
    ("maria keller : rappeler en début de semaine prochaine", dt.date(2026, 11, 30)),
    ("ingrid dahl quiere una cita a comienzos de enero", dt.date(2027, 1, 1)),
    ("oddzwonić do Li Wei pod koniec grudnia", dt.date(2026, 12, 31)),
    ("ring ingrid dahl i början av nästa månad", dt.date(2026, 12, 1)),
])
def test_an_edge_of_a_week_or_month_is_one_day_shown_first(text: str, day: dt.date) -> None:
    report = read_call(text, AS_OF)
    assert (report.follow_up_on, report.date_approximate) == (day, True), report


@pytest.mark.parametrize(("text", "day"), [
    ("jonas weber termin ende nächster woche - sagen wir mal donnerstag", dt.date(2026, 12, 3)),
    ("rdv début décembre avec Li Wei, disons le 2", dt.date(2026, 12, 2)),
    ("maria keller mtg early next week, let's say wed", dt.date(2026, 12, 2)),
    ("afspraak eind december met pedro alves, zeg maar 28/12", dt.date(2026, 12, 28)),
])
def test_a_day_said_after_the_span_is_that_day(text: str, day: dt.date) -> None:
    assert read_call(text, AS_OF).follow_up_on == day


def test_the_start_of_this_week_is_past() -> None:
    report = read_call("pedro alves anfang der woche erreicht, passt alles", AS_OF)
    assert (report.outcome.value, report.follow_up_on) == ("reached", None)
