"""A bare outcome the NLU could not place right after a customer's profile ("mailbox, will
ring again later", "no answer - try again tmrw"): that customer's call, shown for a yes saying
whose details were just shown — not "I didn't understand". Without a profile just before it
names nobody, and nothing is written.

The `people` bank; today Monday 2026-11-23."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from actions.profile import ActionCustomerProfile
from actions.writes import ActionFallback
from tests.actions.conftest import Talk, new_calls


@pytest.mark.parametrize("text", ["mailbox, will ring again later",
                                  "no answer.. try again later",
                                  "went to voicemail, will retry"])
async def test_a_bare_outcome_after_a_profile_is_that_customers_call_shown_first(
        people: Session, text: str) -> None:
    talk = Talk()
    await talk.say("show me pedro alves", ActionCustomerProfile(), "ask_profile")
    said = await talk.say(text, ActionFallback(), "nlu_fallback")
    assert "Pedro Alves (C004)" in said and "OK?" in said, said
    assert new_calls(people) == [("C004", "no_answer", None)], said


async def test_a_bare_outcome_with_no_profile_before_names_nobody(people: Session) -> None:
    talk = Talk()
    said = await talk.say("mailbox, will ring again later", ActionFallback(), "nlu_fallback")
    assert new_calls(people) == [], said
