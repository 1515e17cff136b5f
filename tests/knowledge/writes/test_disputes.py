"""Which messages dispute the write just stored (read as corrections, never as new requests)."""

from __future__ import annotations

import pytest

from knowledge.writes.disputes import disputes_last_write


@pytest.mark.parametrize("text", [
    "no wait, anna lange", "no wait, friday", "nope, hold on - C000052", "wait no, the 15th",
    "no no, jan koch", "actually no, thursday", "hang on no, that was rita martins",
    "sorry, it was maria garcia not laura", "no, the other one - greta klein",
])
def test_a_dispute_of_the_last_write(text: str) -> None:
    assert disputes_last_write(text)


@pytest.mark.parametrize("text", [
    "no answer from jan koch", "wait, jan koch reached too", "actually no answer",
    "no wait, show me anna lange", "jan koch wants a meeting friday", "",
    "no wait " + "and then some more words that make this a long message " * 2,
])
def test_not_a_dispute(text: str) -> None:
    assert not disputes_last_write(text)


_DATED = {"kind": "call", "id": "I-1", "write": {"customer_id": "C1", "outcome": "follow_up",
                                                 "follow_up_on": "2026-11-25"}}
_UNDATED = {"kind": "call", "id": "I-1", "write": {"customer_id": "C1", "outcome": "reached",
                                                   "follow_up_on": None}}


@pytest.mark.parametrize("text", [
    "nope she said friday", "no its the 3rd", "nah he meant thursday", "No the 27th",
    "no he told me monday",
])
def test_a_no_then_only_a_date_redates_the_last_meeting(text: str) -> None:
    assert disputes_last_write(text, _DATED)


@pytest.mark.parametrize("text", [
    "no answer, try again fri",           # an outcome of its own
    "no reply from her, retry on the 3rd",
    "nope she said friday",               # the last call had no date to correct
])
def test_a_no_with_a_date_that_is_no_redating(text: str) -> None:
    last = _UNDATED if text == "nope she said friday" else _DATED
    assert not disputes_last_write(text, last)


def test_a_long_message_opening_with_no_is_not_a_redating() -> None:
    assert not disputes_last_write(
        "no he said he would think about it and call me back on the 3rd maybe", _DATED)
