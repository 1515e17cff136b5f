"""A relative in a call report: one who answered the phone is not the customer reached, and a
relative's own news after the customer's outcome never replaces it."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.said import read_call
from knowledge.models.bank import Outcome

AS_OF = dt.date(2026, 3, 2)  # a Monday


@pytest.mark.parametrize("text", [
    "reached pia holm - her husband answered, she's at work",
    "got through to jo ban but his wife picked up, he was out",
    "Spoke to Lena Kraus... well the daughter picked up, lena not home",
])
def test_a_relative_who_answered_is_no_customer_reached(text: str) -> None:
    report = read_call(text, AS_OF)
    assert report.outcome is Outcome.no_answer, report


@pytest.mark.parametrize("text", [
    "reached pia holm, her husband picked up and put her on, all fine",
    "spoke with jo ban about his wife's pension",
])
def test_the_customer_reached_after_all_or_only_talked_about_stays_reached(text: str) -> None:
    assert read_call(text, AS_OF).outcome is Outcome.reached


@pytest.mark.parametrize(("text", "outcome"), [
    ("ola lind bought the bond her sister nobody home", Outcome.sale),
    ("tim roos not interested, his brother no answer", Outcome.not_interested),
    ("ida berg reached all good; her son voicemail", Outcome.reached),
])
def test_a_relative_s_own_outcome_after_the_customer_s_is_not_the_customer_s(
        text: str, outcome: Outcome) -> None:
    assert read_call(text, AS_OF).outcome is outcome


def test_a_date_a_relative_passes_on_stays_the_customer_s() -> None:
    report = read_call("jo ban no answer, his wife said call back thursday", AS_OF)
    assert (report.outcome, report.follow_up_on) == (Outcome.no_answer, dt.date(2026, 3, 5))


@pytest.mark.parametrize(("text", "outcome"), [
    ("talked with her daughter, not interested", Outcome.not_interested),
    ("sold a savings plan for his son", Outcome.sale),
])
def test_a_relative_the_call_was_with_or_for_keeps_the_call_s_outcome(text: str,
                                                                     outcome: Outcome) -> None:
    assert read_call(text, AS_OF).outcome is outcome


@pytest.mark.parametrize("text", ["spoke w jo ban - his wife picked up first, then him",
                                  "reached ida berg, her son answered at first, fine"])
def test_a_relative_who_answered_first_leaves_the_customer_reached(text: str) -> None:
    assert read_call(text, AS_OF).outcome is Outcome.reached


def test_a_relative_who_answered_without_the_customer_said_away_is_not_turned_to_no_answer(
        ) -> None:
    # who the advisor talked to is then unsure; the words' own outcome stands (and is shown)
    assert read_call("reached ida berg, her son answered, sorted the card", AS_OF).outcome \
        is Outcome.reached
