"""knowledge.customers.mentioned: people a call report only talks about."""

from __future__ import annotations

import pytest

from knowledge.customers.mentioned import without_mentions


@pytest.mark.parametrize(("text", "kept", "gone"), [
    ("spoke to lena fischer, her neighbour dieter braun wants a mortgage too", "lena fischer",
     "dieter braun"),
    ("reached jonas weber - he said his boss Ingrid Dahl banks with us", "jonas weber",
     "Ingrid Dahl"),
])
def test_a_person_talked_about_is_blanked(text: str, kept: str, gone: str) -> None:
    aside = without_mentions(text)
    assert aside is not None and kept in aside and gone not in aside


def test_a_message_that_mentions_nobody_is_left_alone() -> None:
    assert without_mentions("reached lena fischer, all fine") is None
