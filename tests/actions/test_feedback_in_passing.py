"""Feedback as advisors type it, through the form's actions, checked in the database: "log
that" at the end (the message itself is the statement), a name without a colon before "he
says", and a compensation in passing ("replaced it + €10 goodwill")."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.models.bank import Feedback
from tests.actions.test_feedback_choice import Conversation, namesakes, stored  # noqa: F401


async def _request(talk: Conversation, message: str) -> str | None:
    talk.slots["requested_slot"] = None
    return await talk.say(message, intent="log_feedback", entities=[],
                          extracted={"feedback_text": message})


async def test_log_that_at_the_end_stores_the_statement_for_the_customer_named(
    namesakes: Session,  # noqa: F811
) -> None:
    talk = Conversation()
    await _request(talk, "feedback from maria keller she says the queue at the branch on "
                         "saturday was way too long log that")
    await talk.save()
    [(customer, text)] = stored(namesakes)
    assert customer == "C001" and "queue" in text and "log that" not in text


async def test_a_compensation_in_passing_is_captured(namesakes: Session) -> None:  # noqa: F811
    talk = Conversation()
    await _request(talk, "Keller, Maria - fb: new card arrived broken, replaced it + €10 goodwill")
    await talk.save()
    namesakes.expire_all()
    [feedback] = namesakes.scalars(select(Feedback)).all()
    assert feedback.customer_id == "C001" and feedback.compensation == Decimal("10")


async def test_log_that_before_a_closed_complaint_is_still_no_statement(
    namesakes: Session,  # noqa: F811
) -> None:
    talk = Conversation()
    await _request(talk, "log that maria keller's complaint is resolved")
    await talk.save()
    assert stored(namesakes) == []
