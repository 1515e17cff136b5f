"""A meeting logged without a day, and the day said in the next message, whatever the NLU
made of that message: the meeting gets that day (shown for a yes), never "which customer?"."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from actions.profile import ActionCustomerProfile
from actions.writes import ActionFallback
from tests.actions.conftest import Talk, new_calls

# the people bank's today is Monday 2026-11-23


@pytest.mark.parametrize(("text", "action", "intent", "day"), [
    ("thurs the 26th", None, "log_call_outcome", "2026-11-26"),
    ("in 2 weeks, in the morning", ActionFallback, "nlu_fallback", "2026-12-07"),
    ("on the 1st at 3pm", ActionCustomerProfile, "ask_customer_profile", "2026-12-01"),
])
async def test_the_day_said_after_a_meeting_without_one_dates_it(
        people: Session, text: str, action: type | None, intent: str, day: str) -> None:
    talk = Talk()
    await talk.say("ingrid dahl would like a meeting")
    said = await talk.say(text, action() if action else None, intent)
    assert "Which customer" not in said, said
    assert new_calls(people) == [("C003", "follow_up", day)], said
    assert dt.date.fromisoformat(day).weekday() < 5
