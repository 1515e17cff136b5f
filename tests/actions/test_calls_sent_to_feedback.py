"""A list of calls the NLU sent to the feedback form ("ingrid dahl erreicht, pedro alves nicht
erreicht, li wei kein interesse", a customer's name tagged) is never stored as that
customer's feedback (knowledge.writes.unplaced.only_a_call_report: calls told clause by
clause). The `people` bank: Maria Keller C001, Jonas Weber C002, Ingrid Dahl C003, Pedro
Alves C004, Li Wei C005; today Monday 2026-11-23."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from tests.actions.test_feedback_choice import Conversation, namesakes, stored  # noqa: F401


@pytest.mark.parametrize("message, name", [
    ("ingrid dahl erreicht, pedro alves nicht erreicht, li wei kein interesse", "li wei"),
    ("maria keller raggiunta; jonas weber non risponde", "jonas weber"),
    ("pedro alves joint, li wei messagerie, maria keller pas intéressée", "maria keller"),
])
async def test_calls_listed_under_the_feedback_intent_are_no_ones_feedback(
    namesakes: Session, message: str, name: str,  # noqa: F811
) -> None:
    talk = Conversation()
    talk.slots["requested_slot"] = None
    said = await talk.say(message, intent="log_feedback",
                          entities=[{"entity": "customer_name", "value": name}],
                          extracted={"feedback_text": message, "feedback_customer": name})
    await talk.save()
    assert stored(namesakes) == [], said
