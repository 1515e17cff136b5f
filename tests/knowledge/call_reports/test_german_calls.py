"""Call reports as advisors in Vienna type them ("erreicht", "nicht erreicht", "kein
Interesse", "Mailbox", "Termin vereinbart", "übermorgen", "am Freitag", "1 Dez"): stored with
the outcome and date they state, and English date words read exactly as before."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.call_reports.call_writes import log_call_answer
from knowledge.call_reports.said import parse_date, read_call
from knowledge.models.bank import Interaction, InteractionKind, Outcome, Staff
from tests.knowledge.call_list.factory import AS_OF, customer

# AS_OF is Monday 2026-06-15.
MONDAY = AS_OF


@pytest.fixture
def book(bank: Session) -> Session:
    customer(bank, "C000101", "Hanna Wagner")
    customer(bank, "C000104", "Matthias Xu")
    return bank


def _say(session: Session, text: str) -> None:
    log_call_answer(session=session, staff=session.get(Staff, "A1"), as_of=AS_OF, name=None,
                    customer_id=None, outcome=None, follow_up=None, text=text)


def _calls(session: Session) -> list[Interaction]:
    return list(session.scalars(select(Interaction).where(
        Interaction.occurred_on == AS_OF, Interaction.kind == InteractionKind.call)))


@pytest.mark.parametrize(("text", "outcome", "follow_up"), [
    ("hanna wagner erreicht", Outcome.reached, None),
    ("hanna wagner nicht erreicht", Outcome.no_answer, None),
    ("Hanna Wagner - Mailbox", Outcome.no_answer, None),
    ("hanna wagner kein Interesse", Outcome.not_interested, None),
    ("hanna wagner Termin vereinbart übermorgen", Outcome.follow_up, MONDAY + dt.timedelta(2)),
    ("hanna wagner termin morgen", Outcome.follow_up, MONDAY + dt.timedelta(1)),
    ("hanna wagner erreicht, Termin am Freitag", Outcome.follow_up, MONDAY + dt.timedelta(4)),
    ("hanna wagner termin am 1 Dez", Outcome.follow_up, dt.date(2026, 12, 1)),
    ("hanna wagner meeting 1 Juli", Outcome.follow_up, dt.date(2026, 7, 1)),
    ("hanna wagner termin nächste Woche", Outcome.follow_up, MONDAY + dt.timedelta(7)),
])
def test_a_german_call_report_is_stored_with_its_outcome_and_date(
    book: Session, text: str, outcome: Outcome, follow_up: dt.date | None,
) -> None:
    _say(book, text)
    [row] = _calls(book)
    assert row.customer_id == "C000101" and row.outcome is outcome
    assert row.follow_up_on == follow_up


def test_a_greeting_is_no_follow_up_date() -> None:
    report = read_call("guten morgen, hanna wagner erreicht", AS_OF)
    assert report.outcome is Outcome.reached and report.follow_up_on is None


@pytest.mark.parametrize(("phrase", "day"), [
    ("mar 3", dt.date(2027, 3, 3)),  # English March, not a German reading
    ("3 mar", dt.date(2027, 3, 3)),
    ("on friday", dt.date(2026, 6, 19)),
    ("next week", dt.date(2026, 6, 22)),
    ("in zwei Wochen", dt.date(2026, 6, 29)),
    ("am 3. Dezember", dt.date(2026, 12, 3)),
])
def test_english_and_german_dates_read_side_by_side(phrase: str, day: dt.date) -> None:
    assert parse_date(phrase, AS_OF) == day


@pytest.mark.parametrize(("typed", "as_written"), [
    ("ubermorgen", "übermorgen"), ("uebermorgen", "übermorgen"),
    ("naechste woche", "nächste Woche"), ("1 Maerz", "1 März"),
])
def test_german_dates_typed_without_umlauts_read_the_same(typed: str, as_written: str) -> None:
    assert parse_date(typed, AS_OF) == parse_date(as_written, AS_OF) is not None
    assert read_call(f"hanna wagner termin {typed}", AS_OF).follow_up_on is not None


def test_naechste_woche_is_next_weeks_monday_as_next_week_is() -> None:
    wednesday = AS_OF + dt.timedelta(2)
    assert parse_date("nächste Woche", wednesday) == parse_date("next week", wednesday) \
        == dt.date(2026, 6, 22)


def test_english_words_are_not_read_as_german_dates() -> None:
    for text in ("die hard fan, spoke to her", "so do it", "card terminal not working",
                 "terminate the contract"):
        assert read_call(text, AS_OF).follow_up_on is None, text


_SHARED = Path(__file__).resolve().parents[4] / "shared" / "data" / "themes" / "hwu64.csv"


@pytest.mark.skipif(not _SHARED.exists(), reason="../shared/data (hwu64.csv) is not present")
def test_german_words_find_no_date_in_english_requests_nobody_here_wrote() -> None:
    """10,020 English voice-assistant requests: the German vocabulary adds no date to any."""
    import re

    from knowledge.call_reports.date_words import german_date_pattern

    german = re.compile(rf"\b(?:{german_date_pattern()})(?!\w)", re.IGNORECASE)
    with _SHARED.open() as handle:
        hits = [row["text"] for row in csv.DictReader(handle) if german.search(row["text"])]
    assert hits == []


@pytest.mark.parametrize(("text", "outcome", "follow_up"), [
    ("hanna wagner erreicht", Outcome.reached, None),
    ("hanna wagner termin morgen", Outcome.follow_up, MONDAY + dt.timedelta(1)),
    ("C000104 Mailbox", Outcome.no_answer, None),
])
def test_a_call_report_taken_for_a_bare_name_is_shown_then_stored_on_yes(
    book: Session, text: str, outcome: Outcome, follow_up: dt.date | None,
) -> None:
    from knowledge.writes.dispatch import store
    from knowledge.writes.unplaced import bare_name_answers, name_instead_of_ping

    staff = book.get(Staff, "A1")
    for read in (bare_name_answers, name_instead_of_ping):
        kwargs = {"name": None, "customer_id": None} if read is name_instead_of_ping else {}
        [shown] = read(session=book, staff=staff, as_of=AS_OF, text=text, channel="rest",
                       **kwargs)
        assert shown.text.endswith("OK?") and _calls(book) == [], shown.text
    store(session=book, staff=staff, write=shown.payload["write"])
    [row] = _calls(book)
    assert (row.outcome, row.follow_up_on) == (outcome, follow_up)


def test_a_bare_name_is_still_its_profile(book: Session) -> None:
    from knowledge.writes.unplaced import bare_name_answers

    [shown] = bare_name_answers(session=book, staff=book.get(Staff, "A1"), as_of=AS_OF,
                                text="hanna wagner", channel="rest")
    assert "Hanna Wagner" in shown.text and not shown.text.endswith("OK?")
    assert _calls(book) == []
