"""Another customer with the same outcome as the call just logged ("stefan too, same
answer", "same for jonas weber"): the last call's outcome and date for the customer named,
shown for a yes and saying so; never stored at once, never another outcome.

The `people` bank; today Monday 2026-11-23 (friday = the 27th)."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from tests.actions.conftest import Chat, logged_calls


def _calls(session: Session) -> list[tuple[str, str, str | None]]:
    return [(c, o.value, d.isoformat() if d else None) for c, o, d in logged_calls(session)]


@pytest.mark.parametrize("text", ["jonas weber too, same answer", "same for Jonas Weber",
                                  "ditto jonas weber", "jonas weber as well"])
async def test_the_same_outcome_for_another_customer_is_shown_then_stored(
        people: Session, text: str) -> None:
    chat = Chat()
    await chat.say("maria keller not interested")
    said = await chat.say(text)
    assert "The same as your last call: not interested" in said, said
    assert _calls(people) == [("C001", "not_interested", None),
                              ("C002", "not_interested", None)], said


async def test_the_same_meeting_day_comes_along(people: Session) -> None:
    chat = Chat()
    await chat.say("maria keller wants a meeting friday")
    said = await chat.say("same for jonas weber")
    assert ("C002", "follow_up", "2026-11-27") in _calls(people), said


async def test_an_outcome_of_its_own_wins_over_same(people: Session) -> None:
    chat = Chat()
    await chat.say("maria keller not interested")
    said = await chat.say("jonas weber too, but no answer")
    assert ("C002", "no_answer", None) in _calls(people), said
    assert "same as your last call" not in said
