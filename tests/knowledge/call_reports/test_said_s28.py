"""Outcome words read as what they say: someone "took the call" is no sale; "wasn't
interested" is no interest, as "isn't interested" is."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_reports.said import read_call
from knowledge.models.bank import Outcome

DAY = dt.date(2026, 3, 2)


@pytest.mark.parametrize(("text", "outcome"), [
    ("she took the call but wasn't interested", Outcome.not_interested),
    ("Olaf took the phone, all fine", Outcome.reached),
    ("they werent keen on the fund", Outcome.not_interested),
    ("took the 12m deposit in the end", Outcome.sale),  # a product taken stays a sale
])
def test_the_outcome_is_what_the_words_say(text: str, outcome: Outcome) -> None:
    assert read_call(text, DAY).outcome is outcome
