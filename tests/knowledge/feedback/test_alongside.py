"""knowledge.feedback.alongside: the customer's words told after a call, and what is none."""

from __future__ import annotations

import pytest

from knowledge.feedback.alongside import statement_alongside


@pytest.mark.parametrize(("text", "statement"), [
    ("antoine fontaine reached and he said the new app is great", "The new app is great"),
    ("reached her, she mentioned that the hotline music is awful", "The hotline music is awful"),
    ("X reached, all good", None),
    ("X no answer and he said call back tomorrow", None),  # a follow-up, the call's own
    ("X reached, she said no to the fund", None),  # not interested, the call's own
    ("X reached and she said ok", None),  # too short to be a statement
])
def test_only_the_customers_own_words_are_a_statement(text: str, statement: str | None) -> None:
    assert statement_alongside(text) == statement


@pytest.mark.parametrize(("text", "statement"), [
    ("spoke to olivier faure, reached. he said the app login is a nightmare - pls log as fb",
     "The app login is a nightmare"),
    ("anna lange reached, she says the app is slow, log that as feedback", "The app is slow"),
])
def test_the_advisors_request_is_left_out_of_the_statement(text: str, statement: str) -> None:
    assert statement_alongside(text) == statement


@pytest.mark.parametrize("text", ["anna lange reached, log as fb", "anna lange reached"])
def test_a_request_without_the_customers_words_is_no_statement(text: str) -> None:
    assert statement_alongside(text) is None


@pytest.mark.parametrize(("text", "statement"), [
    ("X reached, she said she is fine", None),
    ("X reached, he said he's moving house in spring", None),
    ("X reached, she said she finds the app confusing - log as fb", "She finds the app confusing"),
])
def test_what_customers_say_of_themselves_is_a_note_unless_asked(text: str,
                                                                 statement: str | None) -> None:
    assert statement_alongside(text) == statement


@pytest.mark.parametrize("text", [
    "reached jonas weber. he mentioned his neighbour piet banks with us too",
    "spoke to lena, she said her brother wants to open an account",
])
def test_news_of_another_person_is_a_call_note_not_feedback(text: str) -> None:
    assert statement_alongside(text) is None


@pytest.mark.parametrize(("text", "statement"), [
    ("spoke w jonas weber he hates the new card reader", "Hates the new card reader"),
    ("reached ingrid dahl she is unhappy with the savings app", "Is unhappy with the savings app"),
])
def test_the_customers_words_run_on_from_the_name(text: str, statement: str) -> None:
    assert statement_alongside(text) == statement
