"""The date words of the advisors' languages (knowledge.call_reports.date_words)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, left", [
    ("to był wtorek, nie poniedziałek", "to był wtorek,"),
    ("c'était mardi, pas lundi", "c'était mardi,"),
    ("era martedì, non lunedì", "era martedì,"),
    ("het was dinsdag, niet maandag", "het was dinsdag,"),
    ("det var tisdag, inte måndag", "det var tisdag,"),
    ("nie odebrała w poniedziałek", "nie odebrała w poniedziałek"),
])
def test_a_weekday_denied_abroad_is_left_out_of_a_correction(text: str, left: str) -> None:
    from knowledge.call_reports.date_words import denied_weekday

    assert denied_weekday().sub(" ", text).strip() == left
