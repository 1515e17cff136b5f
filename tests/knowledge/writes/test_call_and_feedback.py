"""What a customer said inside a call report, when the advisor asks for it as feedback."""

from __future__ import annotations

import pytest

from knowledge.writes.call_and_feedback import feedback_said_in


@pytest.mark.parametrize(("text", "statement"), [
    ("spoke to olivier faure, reached. he said the app login is a nightmare - pls log as fb",
     "the app login is a nightmare"),
    ("anna lange reached, she says the app is slow, log that as feedback", "the app is slow"),
])
def test_the_customers_words_without_the_request(text: str, statement: str) -> None:
    assert feedback_said_in(text) == statement


@pytest.mark.parametrize("text", [
    "spoke to olivier faure, reached. he said he is fine",  # no request for feedback
    "anna lange reached, log as fb",  # nothing the customer said
    "anna lange reached",
])
def test_no_statement_when_none_is_asked_for_or_said(text: str) -> None:
    assert feedback_said_in(text) is None
