"""A meeting's day said in a form no date phrase took is shown for a yes with that day, never
logged without it; the first days of next week read as its Monday, shown first. The `people`
bank (Maria Keller C001, Jonas Weber C002, Ingrid Dahl C003), Monday 2026-11-23; every
"OK?" answered yes."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from tests.actions.conftest import Talk, new_calls


@pytest.mark.parametrize(("text", "day"), [
    ("spotkanie z ingrid dahl na sobotę", "2026-11-28"),
    ("jonas weber reached, wants to meet after the weekend", "2026-11-30"),
])
async def test_the_meeting_is_shown_with_its_day(people: Session, text: str, day: str) -> None:
    said = await Talk().say(text)
    assert "OK?" in said and day in said
    assert [c[2] for c in new_calls(people)] == [day], said
