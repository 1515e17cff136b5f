"""knowledge.feedback.market_news: a central bank's rate move relayed (done, expected or a
rumour) is no customer's statement about the bank and is never stored as feedback; what a
customer says about the bank's own products or service stays feedback."""

from __future__ import annotations

import pytest

from knowledge.feedback.chat import not_a_statement
from knowledge.feedback.market_news import rate_news


@pytest.mark.parametrize("text", [
    "a client told me the ECB will raise 0,5% next month",
    "my customer said the fed is going to cut rates in december",
    "Kunde meint, die EZB senkt bald die Zinsen",
    "la BCE va baisser ses taux le mois prochain",
    "cliente dice che la BCE alzerà i tassi",
    "klient mówi, że EBC obniży stopy procentowe",
    "heard the riksbank hikes 25bp tomorrow",
])
def test_rate_news_is_no_feedback(text: str) -> None:
    assert rate_news(text)
    assert not_a_statement(text)


@pytest.mark.parametrize("text", [
    "customer annoyed that the ECB raised rates but our savings rate did not move",
    "she is unhappy that we cut the savings rate",
    "he's fed up with the app logging him out",
    "her mortgage went up after the ECB hike, she is furious",
    "the app logs her out during transfers",
])
def test_a_statement_about_the_bank_stays_feedback(text: str) -> None:
    assert not rate_news(text)
    assert not not_a_statement(text)
