"""The safety net under chat writes: words left over after the readers took theirs."""

from __future__ import annotations

import re

import pytest

from knowledge.writes.unsure import (
    CONDITION,
    HEDGE,
    NEGATION,
    PLAN,
    QUESTION,
    REPEAT,
    TAKE_BACK,
    THIRD_PARTY,
    spans_of,
    unsure_about,
)


@pytest.mark.parametrize(("text", "kind", "quoted"), [
    ("paul lund complaint resolved once the refund lands", CONDITION, "once the refund lands"),
    ("paul lund reached if i remember right", CONDITION, "if i remember right"),
    ("paul lund reached, she'll think about it", PLAN, "she'll think about it"),
    ("was going to call paul lund", PLAN, "going to call paul lund"),
    ("remind me: paul lund wants a meeting", PLAN, "remind me"),
    ("paul lund reached?", QUESTION, "paul lund reached?"),
    ("did paul lund pick up", QUESTION, "did paul lund pick up"),
    ("paul lund reached i think", HEDGE, "i think"),
    ("paul lund apparently happy", HEDGE, "apparently happy"),
    ("paul lund reached, not sure", HEDGE, "not sure"),
    ("my colleague spoke to paul lund", THIRD_PARTY, "my colleague spoke to paul lund"),
    ("paul lund's husband called", THIRD_PARTY, "husband called"),
    ("paul lund emailed us", THIRD_PARTY, "emailed us"),
    ("paul lund came into the branch", THIRD_PARTY, "came into the branch"),
    ("paul lund voicemail x2", REPEAT, "x2"),
    ("paul lund reached twice", REPEAT, "twice"),
    ("paul lund reached - disregard", TAKE_BACK, "disregard"),
    ("paul lund reached, no wait", TAKE_BACK, "no wait"),
    ("paul lund sold nothing", NEGATION, "nothing"),
])
def test_each_class_of_left_over_word_is_found_and_quoted_as_typed(text: str, kind: str,
                                                                   quoted: str) -> None:
    doubt = unsure_about(text)
    assert doubt is not None and (doubt.kind, doubt.words) == (kind, quoted)
    assert f"“{quoted}”" in doubt.why() and "nothing is stored yet" in doubt.why()


@pytest.mark.parametrize("text", [
    "anna lange reached", "tried C000104", "spoke w anna, re mortgage, all fine",
    "anna lange reached, no issues", "chatted with anna, nothing to do",
    "anna reached, who's next?", "anna reached, actually she wants a meeting",
])
def test_a_plain_report_leaves_nothing_over(text: str) -> None:
    assert unsure_about(text) is None


def test_words_a_reader_consumed_are_not_left_over() -> None:
    text = "anna lange didn't pick up"
    assert unsure_about(text).kind == NEGATION  # "didn't" on its own is a negation …
    taken = spans_of(re.compile(r"didn't pick up"), text)
    assert unsure_about(text, consumed=taken) is None  # … taken by the outcome reader, not


def test_a_name_is_taken_wherever_it_is_written() -> None:
    assert unsure_about("will smith reached") is not None  # "will …" as a question opening
    assert unsure_about("will smith reached", names=["Will Smith"]) is None


def test_only_the_classes_asked_for_are_looked_for() -> None:
    assert unsure_about("X should be solution owner", kinds=(QUESTION, HEDGE)) is None
    assert unsure_about("maybe X should be solution owner", kinds=(QUESTION, HEDGE)).kind == HEDGE


def test_a_reader_that_took_the_opening_word_is_no_question() -> None:
    text = "didn't answer - anna lange"
    assert unsure_about(text, consumed=spans_of(re.compile("didn't answer"), text)) is None
