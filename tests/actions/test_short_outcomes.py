"""A call's outcome in one or two words right after a profile ("nie odbiera", "geen gehoor",
"röstbrevlåda"), whatever intent the NLU gives it (a greeting, a "no", a yes, out of scope):
the call with the customer in view, shown for a yes; a bare "no thanks" or "all good" logs
nothing under a greeting, a goodbye, a "no" or out of scope.

The `people` bank's today is Monday 2026-11-23; A001's book holds Ingrid Dahl C003."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from actions.profile import ActionCustomerProfile
from actions.small_talk import ActionGoodbye, ActionGreet
from actions.writes import ActionConfirmWrite, ActionDenyWrite, ActionFallback, ActionOutOfScope
from tests.actions.conftest import Talk
from tests.actions.conftest import new_calls as _calls

_INTENTS = [(ActionGreet, "greet"), (ActionGoodbye, "goodbye"), (ActionDenyWrite, "deny"),
            (ActionConfirmWrite, "affirm"), (ActionOutOfScope, "out_of_scope"),
            (ActionFallback, "nlu_fallback")]


@pytest.mark.parametrize(("action", "intent"), _INTENTS)
@pytest.mark.parametrize(("text", "outcome"), [
    ("nie odbiera", "no_answer"),
    ("geen gehoor", "no_answer"),
    ("röstbrevlåda", "no_answer"),
    ("buzon lleno", "no_answer"),
    ("not interested", "not_interested"),
    ("tackade nej", "not_interested"),
])
async def test_a_short_outcome_after_a_profile_is_that_customers_call(
        people: Session, text: str, outcome: str, action: Any, intent: str) -> None:
    talk = Talk()
    await talk.say("ingrid dahl", ActionCustomerProfile(), "ask_profile")
    said = await talk.say(text, action(), intent)
    assert _calls(people) == [("C003", outcome, None)], said
    assert "Ingrid Dahl" in said


@pytest.mark.parametrize(("action", "intent"), _INTENTS[:3] + _INTENTS[4:5])
@pytest.mark.parametrize("text", ["no thanks", "all good", "nope", "tutto ok", "nein danke"])
async def test_a_bare_answer_after_a_profile_logs_nothing(
        people: Session, text: str, action: Any, intent: str) -> None:
    talk = Talk()
    await talk.say("ingrid dahl", ActionCustomerProfile(), "ask_profile")
    said = await talk.say(text, action(), intent)
    assert _calls(people) == [], said
