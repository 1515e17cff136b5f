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
