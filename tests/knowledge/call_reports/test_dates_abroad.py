"""Follow-up dates in the advisors' other languages: a day of the month led by a meeting or
call-back word with its article ("rdv le 4", "richiamare il 27", "Termin am 5."), the month's
end ("rappeler fin du mois", "fine mese", "Ende des Monats"), a German weekday's two letters
after "Termin"; the article alone is no date ("le 4 : messagerie" is a place of the list),
and a month written after the day is that month's ("le 4 janvier")."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.said import read_call

MONDAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize("text, day", [
    ("joint, rdv le 4", "2026-12-04"),
    ("raggiunta, richiamare il 27", "2026-11-27"),
    ("erreicht, Termin am 5.", "2026-12-05"),
    ("la llamé, cita el 2", "2026-12-02"),
    ("joignable, rappeler fin du mois", "2026-11-30"),
    ("sentito, richiamare fine mese", "2026-11-30"),
    ("erreicht, Rückruf Ende des Monats", "2026-11-30"),
    ("erreicht, will Termin Mi", "2026-11-25"),
    ("joint, rdv le 4 janvier", "2027-01-04"),
    ("richiamare il 9 dic", "2026-12-09"),
])
def test_a_follow_up_day_said_abroad_is_read(text: str, day: str) -> None:
    report = read_call(text, MONDAY)
    assert report.follow_up_on == dt.date.fromisoformat(day)
    assert not report.date_unreadable


@pytest.mark.parametrize("text", ["le 4 : messagerie", "il 2 non risponde", "am 3. Platz"])
def test_an_article_and_a_number_alone_is_no_date(text: str) -> None:
    assert read_call(text, MONDAY).follow_up_on is None


@pytest.mark.parametrize("text", ["got hold of him on the 2nd try, all good",
                                  "reached her at the 3rd attempt", "the 2nd one on the list: vm"])
def test_an_ordinal_that_counts_tries_or_places_is_no_follow_up_date(text: str) -> None:
    assert read_call(text, MONDAY).follow_up_on is None


def test_an_ordinal_day_is_still_read() -> None:
    assert read_call("reached, appt the 30th", MONDAY).follow_up_on == dt.date(2026, 11, 30)
