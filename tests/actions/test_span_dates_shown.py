"""A follow-up said as the start or end of a week or month in the advisors' languages
("afspraak eind volgende week", "Rückruf Anfang Dezember", "möte i slutet av veckan") names a
span, not a day: the call is shown with the day picked for a yes, never stored at once. The
`people` bank: A001's book Maria Keller C001 … Li Wei C005; today Monday 2026-11-23."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from tests.actions.conftest import Chat, new_calls


@pytest.mark.parametrize(("text", "day"), [
    ("li wei afspraak eind volgende week", "2026-12-04"),
    ("Jonas Weber Rückruf Anfang Dezember bitte", "2026-12-01"),
    ("ingrid dahl möte i slutet av veckan", "2026-11-27"),
    ("pedro alves appuntamento inizio della prossima settimana, diciamo mercoledì",
     "2026-12-02"),
])
async def test_a_span_is_shown_with_its_day_for_a_yes(
        people: Session, text: str, day: str) -> None:
    said = await Chat().say(text)
    assert "please check" in said and "OK?" in said, said
    assert [call[2] for call in new_calls(people)] == [day], said
