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
