"""What a call report's readers took, and what is left over for the safety net."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.accounted import call_doubt, nothing_happened
from knowledge.call_reports.said import read_call
from knowledge.writes.unsure import CONDITION, NEGATION, PLAN, QUESTION, REPEAT, THIRD_PARTY

TODAY = dt.date(2026, 11, 16)


def _doubt(text: str, name: str = "Greta Klein", customer_id: str = "C000012") -> str | None:
    found = call_doubt(text, report=read_call(text, TODAY), name=name, customer_id=customer_id)
    return found.kind if found else None


@pytest.mark.parametrize("text", [
    "greta klein reached", "tried C000012 no answer", "greta klein didn't pick up",
    "couldn't reach greta klein", "greta klein NI", "LVM greta klein", "greta klein n/a",
    "greta klein not interested, dont call again", "greta klein kein interesse",
    "rang greta klein twice, nothing", "called her again, no answer",
    "greta klein no answer, will try tomorrow", "spoke w greta klein, need to follow up eom",
    "talked to greta klein, ring her again the 15th", "sold greta klein the fund",
    "greta klein complaint resolved", "spoke to greta klein re mortgage, all fine",
    "#C000012 reached", "cust 000012 reached",
])
def test_a_fully_stated_report_leaves_nothing_over(text: str) -> None:
    assert _doubt(text) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("greta klein complaint resolved once the refund lands", CONDITION),
    ("was going to call greta klein, no answer", PLAN),
    ("greta klein reached, will close the deal tomorrow", PLAN),
    ("sold greta klein nothing but she picked up", NEGATION),  # the name hid the denial
    ("greta klein came into the branch, all fine", THIRD_PARTY),
    ("tried greta klein 3 times no answer", REPEAT),
])
def test_what_no_reader_took_is_left_over(text: str, kind: str) -> None:
    assert _doubt(text) == kind


def test_a_next_step_only_counts_after_the_outcome_it_follows() -> None:
    assert _doubt("greta klein reached, will call back friday") is None
    assert _doubt("will call back greta klein, reached") is not None


def _happened(text: str) -> str | None:
    return nothing_happened(text, report=read_call(text, TODAY), name="Greta Klein",
                            customer_id="C000012")


@pytest.mark.parametrize(("text", "kind"), [
    ("if greta klein calls back, book a meeting", CONDITION),
    ("Lunch moved. If greta klein rings back, set up a meeting for friday.", CONDITION),
    ("remind me to call greta klein friday", PLAN),
    ("didn't greta klein want a meeting?", QUESTION),
])
def test_words_that_govern_the_outcome_mean_nothing_happened(text: str, kind: str) -> None:
    assert _happened(text) == kind


@pytest.mark.parametrize("text", [
    "greta klein reached, if rates drop she'll move her savings",
    "spoke to greta klein. if rates fall she wants a meeting friday",
    "greta klein complaint resolved once the refund landed",
    "greta klein wants a meeting if the rate is right",
    "did greta klein pick up? no answer i think",
    "greta klein no answer, will try tomorrow",
])
def test_an_outcome_stated_outside_those_words_happened(text: str) -> None:
    assert _happened(text) is None


@pytest.mark.parametrize("text", ["voicemail again w/ greta klein",
                                  "greta klein wants to talk again next week"])
def test_again_alone_is_one_more_try_not_a_count(text: str) -> None:
    assert _doubt(text) is None
