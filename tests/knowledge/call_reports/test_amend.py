"""A call shown for a yes answered with a change (knowledge.call_reports.amend): which answers
carry a change, read from the words alone; the database effects are in
tests/actions/test_correction_variants.py."""

from __future__ import annotations

import pytest

from knowledge.call_reports.amend import change_in_answer


@pytest.mark.parametrize(("text", "said_yes", "change"), [
    ("yes but friday", True, "but friday"),
    ("Yes, but it was no answer", True, "but it was no answer"),
    ("sure but change the date to the 4th", True, "but change the date to the 4th"),
    ("ok but make it thursday", True, "but make it thursday"),
    ("yep - sorry i meant jonas weber", True, "sorry i meant jonas weber"),
    ("no - the other hannah", False, "the other hannah"),
    ("nope, voicemail", False, "voicemail"),
    ("no — the other Hannah", False, "the other Hannah"),
    ("nah, thursday", False, "thursday"),
])
def test_an_answer_with_a_change(text: str, said_yes: bool, change: str) -> None:
    assert change_in_answer(text) == (said_yes, change)


@pytest.mark.parametrize("text", [
    "yes", "yep go", "no", "nah leave it", "👍", "yes and also log jonas weber reached",
    "yes thanks, show me maria keller", "ok cool", "perfect", "sure thing thanks",
])
def test_a_plain_answer_or_another_request_is_no_change(text: str) -> None:
    assert change_in_answer(text) is None
