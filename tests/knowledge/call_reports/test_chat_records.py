"""knowledge.call_reports.chat_records: a forecast of a rate change is not an event, and a date
the rules cannot read is asked for, never replaced by today. AS_OF is Monday 2026-06-15."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.call_reports.chat_records import (
    event_day,
    is_forecast,
    parse_rate_delta,
    record_event_answer,
)
from knowledge.models.bank import MarketEvent, Staff
from knowledge.settings import get_settings
from tests.knowledge.call_list.factory import AS_OF


@pytest.mark.parametrize("text", [
    "ecb will probably cut 25bp next month",
    "ecb expected to hike 25bp",
    "the ecb'll cut 50bp tomorrow",
    "rumour is the ECB cuts by 25 bp in two weeks",
])
def test_a_forecast_records_nothing_even_for_head_office(bank: Session, text: str) -> None:
    answer = record_event_answer(session=bank, staff=bank.get(Staff, "H1"), as_of=AS_OF,
                                 delta=None, direction=None, text=text)
    assert "nothing recorded" in answer.text.lower()
    assert (answer.payload_json() or {}).get("type") != "confirm_write"
    assert bank.scalars(select(MarketEvent)).all() == []


@pytest.mark.parametrize("text", ["the ECB cut rates by 25 basis points",
                                  "ecb cut 50bp on thursday", "ecb cut 25bp on 5 may",
                                  "ECB RAISED THE DEPOSIT RATE BY 25BP TODAY"])
def test_an_event_that_happened_is_no_forecast(text: str) -> None:
    assert not is_forecast(text)


def test_a_reported_event_is_shown_before_it_is_stored(bank: Session) -> None:
    get_settings.cache_clear()
    answer = record_event_answer(session=bank, staff=bank.get(Staff, "H1"), as_of=AS_OF,
                                 delta=None, direction=None, text="ecb cut 50bp on thursday")
    payload = answer.payload_json() or {}
    assert payload["type"] == "confirm_write"
    assert payload["write"]["occurred_on"] == "2026-06-11"  # the past Thursday


@pytest.mark.parametrize("text", ["ecb cut rates by 25bp in march", "ecb cut 25bp last week",
                                  "ecb cut 25bp on 12.6"])
def test_a_date_no_rule_reads_is_asked_not_today(text: str) -> None:
    assert event_day(text, AS_OF) is None


def test_no_date_means_today_and_a_day_of_the_month_is_read() -> None:
    assert event_day("ecb cut 25bp", AS_OF) == AS_OF
    assert event_day("ecb cut 25bp on 12 june", AS_OF) == dt.date(2026, 6, 12)


@pytest.mark.parametrize(("text", "bp"), [
    ("ecb raised 25bp today, no sorry it was 50", 50),
    ("ECB raised 0.25%, sorry i meant 50 basis", 50),
    # a number after "actually" / "sorry" / "rather" that is no size keeps the size said
    ("ecb raised 25bp, actually effective from 4 dec", 25),
    ("ecb raised 25bp - sorry for the 2nd message", 25),
    ("ecb raised 25bp, rather big move for 3 customers", 25),
])
def test_a_size_taken_back_is_a_size(text: str, bp: int) -> None:
    assert parse_rate_delta(None, None, text) == bp
