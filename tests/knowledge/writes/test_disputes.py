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
