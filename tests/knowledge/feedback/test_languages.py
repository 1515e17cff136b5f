"""Feedback headed in the advisors' own languages, and amounts written the European way."""

from __future__ import annotations

from decimal import Decimal

import pytest

from knowledge.feedback.amounts import as_english, plain_number
from knowledge.feedback.chat import split_chat_message
from knowledge.feedback.headed import headed
from knowledge.feedback.service import parse_compensation


@pytest.mark.parametrize("message, customer, text", [
    ("Beschwerde von Petra Lang: niemand ruft zurück", "Petra Lang", "niemand ruft zurück"),
    ("segnalazione di marco bianchi - l'app si blocca", "marco bianchi", "l'app si blocca"),
    ("réclamation de Luc Moreau : carte bloquée", "Luc Moreau", "carte bloquée"),
    ("comentario de elena torres: muy contenta", "elena torres", "muy contenta"),
    ("skarga od Ewy Nowak: za długo czekała", "Ewy Nowak", "za długo czekała"),
    ("opmerking van jan de vries: te duur", "jan de vries", "te duur"),
    ("klagomål från Maja Nyström: för höga avgifter", "Maja Nyström", "för höga avgifter"),
])
def test_a_heading_in_another_language_gives_customer_and_statement(
        message: str, customer: str, text: str) -> None:
    found = headed(message)
    assert found is not None and (found.customer, found.text) == (customer, text)
    parts = split_chat_message(message)
    assert (parts.customer, parts.text) == (customer, text)


@pytest.mark.parametrize("message", [
    "feedback Giorgio De Luca: slow app",  # no word for "from": a name's own "De" is kept
    "retour du client : très satisfait",  # nobody named
    "Beschwerde: die Filiale war zu",
])
def test_no_heading_without_a_word_for_from_and_a_name(message: str) -> None:
    assert headed(message) is None


@pytest.mark.parametrize("typed, english", [
    ("refunded 12,50 €", "refunded 12.50 €"), ("1.250,00 EUR", "1,250.00 EUR"),
    ("1,250.50", "1,250.50"), ("on 12.11. at 9,5", "on 12.11. at 9.5"), ("v2.3", "v2.3")])
def test_european_amounts_are_rewritten_in_place(typed: str, english: str) -> None:
    assert as_english(typed) == english and len(as_english(typed)) == len(typed)


@pytest.mark.parametrize("typed, value", [
    ("12,50", "12.50"), ("1.250,00", "1250.00"), ("€ 7,5", "7.50"), ("1,250", "1250.00"),
    ("50", "50.00")])
def test_a_compensation_is_read_either_way(typed: str, value: str) -> None:
    assert parse_compensation(typed) == Decimal(value)
    assert plain_number("12,50") == "12.50"


def test_a_decimal_comma_refund_in_a_statement_is_its_compensation() -> None:
    parts = split_chat_message("anna berg: charged twice for the transfer, we refunded 4,90 €")
    assert parts.compensation == Decimal("4.90") and parts.text.endswith("transfer")
