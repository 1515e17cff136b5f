"""A statement headed in the advisor's language ("Rückmeldung von X: …", "klacht van X: …")
that the NLU sent to a call report or the fallback: shown for a yes as that customer's
feedback and stored on the yes, never "how did the call go?" nor "I didn't understand".

The `people` bank: A001's book holds Maria Keller C001, Jonas Weber C002, Ingrid Dahl C003."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from actions.writes import ActionFallback
from knowledge.models.bank import Feedback
from tests.actions.conftest import Talk, new_calls


def _statements(session: Session) -> list[tuple[str | None, str]]:
    session.expire_all()
    return [(f.customer_id, f.text) for f in session.scalars(select(Feedback))]


@pytest.mark.parametrize(("action", "intent"), [(ActionLogCall, "log_call_outcome"),
                                                (ActionFallback, "nlu_fallback")])
@pytest.mark.parametrize(("text", "customer", "words"), [
    ("Rückmeldung von jonas weber: das Online-Banking ist viel zu langsam", "C002",
     "das Online-Banking ist viel zu langsam"),
    ("klacht van Ingrid Dahl: de pinpas werkt niet in het buitenland", "C003",
     "de pinpas werkt niet in het buitenland"),
    ("avis de maria keller : les relevés arrivent trop tard", "C001",
     "les relevés arrivent trop tard"),
])
async def test_a_headed_statement_sent_elsewhere_is_stored_as_feedback_on_the_yes(
        people: Session, action: Any, intent: str, text: str, customer: str, words: str
) -> None:
    talk = Talk()
    said = await talk.say(text, action(), intent)
    assert _statements(people) == [(customer, words)], said
    assert new_calls(people) == []
