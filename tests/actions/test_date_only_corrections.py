"""A correction that gives only the new date ("Korrektur: am 27.11.", "scusa, il 30/11")
moves the follow-up of the call just logged, read against the conversation's today (not the
machine's clock, which may be later than a day said).

The `people` bank's today is Monday 2026-11-23; A001's book holds Ingrid Dahl C003."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from tests.actions.conftest import Talk
from tests.actions.conftest import new_calls as _calls


@pytest.mark.parametrize(("text", "day"), [
    ("Korrektur: am 27.11.", "2026-11-27"),
    ("scusa, il 30/11", "2026-11-30"),
    ("sorry, make that 25.11.", "2026-11-25"),
])
async def test_a_date_alone_corrects_the_follow_up(people: Session, text: str, day: str) -> None:
    talk = Talk()
    await talk.say("Termin mit Ingrid Dahl am 26.11.")
    said = await talk.say(text)
    assert _calls(people) == [("C003", "follow_up", day)], said
