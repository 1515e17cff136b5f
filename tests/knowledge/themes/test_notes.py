"""A theme change written as a note at the end of a message; never a question."""

from __future__ import annotations

import pytest

from knowledge.themes.notes import stated_change


@pytest.mark.parametrize(("text", "change"), [
    ("card blocked theme -> in prog", "status"),
    ("fingerprint login theme: resolved ✅", "status"),
    ("loan application theme - BO: M001", "owner"),
    ("marketing emails theme → SO: Tobias Lehmann", "owner"),
    ("is the card blocked theme in progress?", None),
    ("tell me about the card blocked theme", None),
    ("card blocked theme", None),
])
def test_a_change_is_read_only_from_a_note(text: str, change: str | None) -> None:
    assert stated_change(text) == change
