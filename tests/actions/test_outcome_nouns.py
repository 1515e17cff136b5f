"""A capitalised noun of the outcome ("Termin", "Mailbox", "Rückruf", "Antwort") is never
taken for an unknown customer's name: after a profile, "hab ihn erreicht, er will einen
Rückruf am Freitag" is that customer's call, shown for a yes.

The `people` bank's today is Monday 2026-11-23; A001's book holds Jonas Weber C002."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from actions.profile import ActionCustomerProfile
from actions.writes import ActionFallback
from tests.actions.conftest import Talk
from tests.actions.conftest import new_calls as _calls


@pytest.mark.parametrize(("action", "intent"), [(ActionFallback, "nlu_fallback"),
                                                (ActionLogCall, "log_call_outcome")])
@pytest.mark.parametrize(("text", "outcome", "day"), [
    ("hab ihn erreicht, er will einen Rückruf am Freitag", "follow_up", "2026-11-27"),
    ("er hat nicht abgenommen, nur Mailbox", "no_answer", None),
    ("mit ihm gesprochen, Termin kommenden Mittwoch", "follow_up", "2026-11-25"),
    ("Keine Antwort bei ihm", "no_answer", None),
])
async def test_an_outcome_noun_is_no_name(
        people: Session, text: str, outcome: str, day: str | None, action: Any,
        intent: str) -> None:
    talk = Talk()
    await talk.say("Profil von Jonas Weber", ActionCustomerProfile(), "ask_profile")
    said = await talk.say(text, action(), intent)
    assert _calls(people) == [("C002", outcome, day)], said
