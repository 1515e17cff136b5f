"""The date words of the advisors' languages (knowledge.call_reports.date_words)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, left", [
    ("to był wtorek, nie poniedziałek", "to był wtorek,"),
    ("c'était mardi, pas lundi", "c'était mardi,"),
    ("era martedì, non lunedì", "era martedì,"),
    ("het was dinsdag, niet maandag", "het was dinsdag,"),
    ("det var tisdag, inte måndag", "det var tisdag,"),
    ("nie odebrała w poniedziałek", "nie odebrała w poniedziałek"),
])
def test_a_weekday_denied_abroad_is_left_out_of_a_correction(text: str, left: str) -> None:
    from knowledge.call_reports.date_words import denied_weekday

    assert denied_weekday().sub(" ", text).strip() == left


@pytest.mark.parametrize("text, day", [
    ("spotkanie z Ingrid: to był czwartek, nie poniedziałek", "2026-11-26"),
    ("rdv jeudi, pas lundi", "2026-11-26"),
    ("cita el jueves, no el lunes", "2026-11-26"),
    ("mtg thu no fri", "2026-11-27"),  # a bare "no" between two days takes the first back
])
def test_a_call_report_never_dates_its_meeting_on_the_day_it_denies(text: str, day: str) -> None:
    import datetime as dt

    from knowledge.call_reports.said import read_call

    assert str(read_call(text, dt.date(2026, 11, 23)).follow_up_on) == day
