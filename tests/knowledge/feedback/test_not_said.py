"""A complaint's state and a customer's request to be called back, in the advisors'
languages, are no customer statement for the feedback form; a headed statement still is."""

from __future__ import annotations

import pytest

from knowledge.feedback.chat import not_a_statement
from knowledge.feedback.not_said import the_advisors_sale


@pytest.mark.parametrize("text", [
    "the reclamation of jan berg is clarified now",
    "la réclamation de Paul Roux est toujours ouverte",
    "il reclamo della signora Bianchi è stato risolto",
    "de klacht van Sanne Bos is nog open",
    "reklamacja pana Nowaka została załatwiona",
    "Beschwerde von Frau Huber erledigt",
    "email from Lena Roth: please call me back on Monday about the loan",
    "Herr Maier bittet um Rückruf wegen seiner Hypothek",
    "Mme Blanc: rappelez-moi demain svp",
    "gesproken met Joost de Boer, alles goed",
    "ho parlato con la signora Conti, tutto ok",
    "rozmawiałem z panią Nowak, wszystko w porządku",
    "pratade med Erik Ek, allt bra",
    "j'ai parlé avec M. Roux ce matin",
    "had a quick call with lena roth this morning, all good",
    "caught up with jan berg, nothing new",
    "fyi we can't waive the card fee any more from december",
    "heads up: our branch closes early on friday",
])
def test_no_statement_of_the_customer(text: str) -> None:
    assert not_a_statement(text)


@pytest.mark.parametrize("text", [
    "reclamo da Ingrid Dahl: il problema non è risolto da settimane",
    "Queja de Lucía Navarro: la comisión de mantenimiento es demasiado alta",
    "Feedback von Hannah Meyer: die Kontoauszüge kommen immer zu spät",
    "klacht van pieter: de app is traag",
])
def test_a_headed_statement_stays_one(text: str) -> None:
    assert not not_a_statement(text)


@pytest.mark.parametrize("text", [
    "once the refund lands we can close Giulia Ferrari's complaint",
    "pls close the complaint for anna",
    "after the transfer we'll resolve her complaint",
])
def test_a_closure_of_a_complaint_asked_or_planned_is_no_customers_words(text: str) -> None:
    assert not_a_statement(text)


@pytest.mark.parametrize("text", [
    "she says closing her account was a pain",
    "the app keeps crashing, she wants to complain",
])
def test_what_a_customer_says_about_closing_or_complaining_stays_feedback(text: str) -> None:
    assert not not_a_statement(text)


@pytest.mark.parametrize(("text", "sale"), [
    ("javier fernandez (2) - sold him a new 12m term deposit", True),
    ("sold the fund to anna lange", True),
    ("pedro alves, sold 2 isas", True),
    ("We sold her the ISA yesterday", True),
    ("I sold him the fund", True),
    ("Habe ihm den Fonds verkauft", True),
    ("she says the bank sold her a card she never wanted", False),
    ("customer unhappy: was sold insurance she did not need", False),
    ("Jonas: I sold my car, no need for the loan now", False),
    ("Customer: sold my house, wants the money moved", False),
    ("jonas took out the 10y fixed mortgage w us in the end", True),
    ("she says she only opened the savings account because of the bonus", False),
    ("he opened the app and it froze again", False),
])
def test_the_advisors_own_sale_is_a_call_not_a_statement(text: str, sale: bool) -> None:
    assert the_advisors_sale(text) is sale
    assert not_a_statement(text) is sale


@pytest.mark.parametrize("text", [
    "hab sie gerade angerufen, gratuliert, alles gut",
    "Habe ihn heute früh erreicht, alles ok",
    "heb hem net gebeld, geen bijzonderheden",
    "je l'ai appelée ce matin, tout va bien",
    "l'ho sentita oggi, tutto bene",
    "la he llamado esta mañana",
    "dzwoniłem do niej rano",
    "jag har ringt henne, allt bra",
])
def test_the_advisors_call_in_the_perfect_tense_is_no_statement(text: str) -> None:
    assert not_a_statement(text)


@pytest.mark.parametrize("text", ["habe das Gefühl, die App wird immer langsamer",
                                  "ho sempre problemi con la app"])
def test_a_statement_opening_with_an_auxiliary_stays_one(text: str) -> None:
    assert not not_a_statement(text)
