"""A call report the NLU sent to feedback is told from a customer's words: long only by its
outcome's own words ("nobody took the phone at X") it is a call; a customer's words relayed
in any language ("dice che", "mówi", "a dit") stay feedback."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.writes.unplaced import only_a_call_report

MONDAY = dt.date(2026, 11, 16)


@pytest.mark.parametrize("text", ["nobody took the phone at Joana Costa",
                                  "Joana Costa did not take the phone",
                                  "Joana Costa nie odbiera", "Joana Costa niet bereikbaar"])
def test_a_call_report_is_a_call_report(text: str) -> None:
    assert only_a_call_report(text, MONDAY)


@pytest.mark.parametrize("text", [
    "Joana Costa: the app is not available in French",
    "la app non risponde mai, dice Joana Costa",
    "Joana Costa mówi, że infolinia nie odbiera",
    "Joana Costa a dit que la messagerie ne marche pas",
    "Joana Costa zegt dat de app niet bereikbaar is",
])
def test_a_customers_words_are_no_call_report(text: str) -> None:
    assert not only_a_call_report(text, MONDAY)


@pytest.mark.parametrize("text", [
    "Jo Ban: phoned three times this morning, nobody. no voicemail either",
    "tried the lund household twice after lunch, no one answered at all",
])
def test_a_long_call_nobody_answered_is_still_a_call_report(text: str) -> None:
    assert only_a_call_report(text, dt.date(2026, 3, 2))


@pytest.mark.parametrize("text", [
    "she called to say the voicemail menu on the hotline takes far too long",
    "he rang in about the voicemail we left, the letter confused him a lot",
])
def test_a_customer_calling_about_a_voicemail_is_what_they_said(text: str) -> None:
    assert not only_a_call_report(text, dt.date(2026, 3, 2))


@pytest.mark.parametrize("text", ["Paul Richter erreicht, Termin übernächste Woche Donnerstag",
                                  "lena vogel joignable, rdv jeudi 26 novembre"])
def test_a_report_long_only_by_its_date_is_still_only_a_report(text: str) -> None:
    assert only_a_call_report(text, MONDAY)
