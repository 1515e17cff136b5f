"""Compensation in passing: the amount that was given back, never one asked for."""

from __future__ import annotations

import pytest

from knowledge.feedback.given_back import compensated


@pytest.mark.parametrize(("text", "amount"), [
    ("new card arrived broken, replaced it + €10 goodwill", "10"),
    ("we credited 50 eur", "50"),
    ("a goodwill gesture of 100", "100"),
    ("waived it, 15 eur credit", "15"),
])
def test_the_amount_given_back_is_found(text: str, amount: str) -> None:
    found = compensated(text)
    assert found is not None and found.group("amount") == amount


@pytest.mark.parametrize("text", ["she wants 20 eur goodwill", "card arrived broken"])
def test_an_amount_asked_for_or_none_is_no_compensation(text: str) -> None:
    assert compensated(text) is None


@pytest.mark.parametrize(("text", "amount"), [
    ("klagade på kortavgiften, vi gav honom 40 kr", "40"),
    ("si lamentava della coda, gli abbiamo dato € 12", "12"),
    ("mécontent du délai, on lui a donné 25 euros", "25"),
    ("le dimos 35 eur por las molestias", "35"),
    ("war sauer, wir haben ihm 60 € gegeben", "60"),
    ("boos over de storing; we hebben haar 5 euro gegeven", "5"),
    ("niezadowolony, daliśmy mu 50 zł", "50"),
    ("reclamó la comisión, 10 € de compensación", "10"),
])
def test_money_given_abroad_is_found(text: str, amount: str) -> None:
    found = compensated(text)
    assert found is not None and found.group("amount").split(".")[0] == amount, found


@pytest.mark.parametrize("text", ["le abbiamo dato 3 giorni per rispondere",
                                  "vi gav henne 2 dagar till", "sie will 20 € Entschädigung"])
def test_time_given_or_money_asked_abroad_is_no_compensation(text: str) -> None:
    assert compensated(text) is None
