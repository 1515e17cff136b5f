"""A customer's name is never read as a date (knowledge.call_reports.name_unread); a meeting
whose day no date phrase took still gets it from a word the date reader knows, shown first
(knowledge.call_reports.date_left); "after the weekend", "early next week": the coming
Monday, shown first (knowledge.call_reports.follow_up_dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.call_writes import call_write
from knowledge.call_reports.said import read_call

THURSDAY = dt.date(2026, 11, 19)


def _write(text: str, name: str) -> tuple[dict[str, object], object]:
    return call_write(customer_id="C9", name=name, text=text, as_of=THURSDAY, outcome=None,
                      follow_up=None)


@pytest.mark.parametrize(("text", "name", "day"), [
    ("talked to may olsen - wants a meeting the 2nd", "May Olsen", "2026-12-02"),
    ("reached august berg, meeting tmrw", "August Berg", "2026-11-20"),
    ("june lindqvist no answer", "June Lindqvist", None),
    ("spoke w jan nowak, f/u in two weeks", "Jan Nowak", "2026-12-03"),
])
def test_a_month_in_the_customers_name_is_no_date(text: str, name: str, day: str | None
                                                  ) -> None:
    write, report = _write(text, name)
    assert write["follow_up_on"] == day
    assert not report.date_unreadable  # type: ignore[attr-defined]
    assert write["note"] == text  # the note keeps the name as typed


@pytest.mark.parametrize(("text", "day"), [
    ("umówione spotkanie z nim na sobotę", "2026-11-21"),
    ("spotkanie w niedzielę, klient zainteresowany", "2026-11-22"),
])
def test_a_day_no_phrase_took_is_still_the_meetings_day_shown_first(text: str, day: str
                                                                    ) -> None:
    report = read_call(text, THURSDAY)
    assert report.follow_up_on == dt.date.fromisoformat(day)
    assert report.date_approximate  # a word read alone: never stored at once


def test_a_month_alone_is_no_meeting_day() -> None:
    report = read_call("wants a meeting sometime in january", THURSDAY)
    assert report.follow_up_on is None


@pytest.mark.parametrize("text", [
    "reached him, meeting right after the wknd",
    "spoke to her - lets meet early next week",
    "call back at the beginning of next week",
])
def test_the_first_days_of_next_week_are_its_monday_shown_first(text: str) -> None:
    report = read_call(text, THURSDAY)
    assert report.follow_up_on == dt.date(2026, 11, 23)
    assert report.date_approximate


def test_a_names_particle_is_still_read_as_a_word() -> None:
    write, _ = _write("pas de réponse chez elle, message laissé", "Claudia de Jong")
    assert write["outcome"] == "no_answer"


@pytest.mark.parametrize(("text", "day"), [
    ("met him, catch up again mid next week", "2026-11-25"),  # that week's Wednesday
    ("reached her - f/u sometime next week", "2026-11-23"),
    ("spoke to him, call back by tuesday", "2026-11-24"),
])
def test_a_span_around_the_date_is_one_day_of_it_shown_first(text: str, day: str) -> None:
    report = read_call(text, THURSDAY)
    assert report.follow_up_on == dt.date.fromisoformat(day)
    assert report.date_approximate


def test_a_plain_date_is_still_stored_as_said() -> None:
    report = read_call("reached her, meeting next week", THURSDAY)
    assert report.follow_up_on == dt.date(2026, 11, 23) and not report.date_approximate
