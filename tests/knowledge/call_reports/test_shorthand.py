"""Outcomes typed in a hurry are read as the outcome meant, and no other word is."""

from __future__ import annotations

import pytest

from knowledge.call_reports.shorthand import spelt_out


@pytest.mark.parametrize("typed", ["no anser", "No Answr", "no awnser", "no asnwer", "no anwer"])
def test_letters_dropped_or_swapped_in_no_answer_still_read_as_no_answer(typed: str) -> None:
    assert spelt_out(f"{typed} from jo ban") == "no answer from jo ban"


@pytest.mark.parametrize("words", ["no area manager", "no arrears", "no answers yet on the loan"])
def test_other_words_after_no_are_left_as_typed(words: str) -> None:
    assert spelt_out(words) == words
