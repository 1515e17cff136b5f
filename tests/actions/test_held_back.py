"""A message that reports nothing writes nothing, whichever action read it
(actions.held_back): the write the turn made or showed is held back, the message answered
as what it is; plain reports are still stored. The `people` bank (Maria Keller C001, Jonas
Weber C002, Ingrid Dahl C003); the chat answers every "OK?" with "yes", as a hurried
advisor (and the conversation eval) does."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.models.bank import Feedback
from tests.actions.conftest import Chat, logged_calls, texts


@pytest.mark.parametrize(("text", "answered"), [
    ("ill ring jonas weber on thursday", "plan"),
    ("please don't log anything for maria keller yet, she might ring back", "nothing was stored"),
    ("fwd from ingrid dahl: 'talked to your colleague, all good'", "forwarded"),
    ("ingrid dahl has her birthday on friday", "not a call"),
    ("pretend jonas weber said not interested - what would i say to him?", "what if"),
    ("copied from the old notes for reference: 'maria keller - reached, wants a meeting'",
     "note"),
    ("jonas weber was reached last week according to the history, right?", "question"),
    ("mark ingrid dahl complaint resolved - actually no, leave it", "nothing was logged"),
    ("spoke to ingrid dahl, she wants a meeting on friday - actually no, leave it",
     "took that back"),
])
async def test_a_message_that_reports_nothing_logs_no_call(people: Session, text: str,
                                                           answered: str) -> None:
    said = await Chat().say(text)
    assert logged_calls(people) == [], said
    assert answered in said and "OK?" not in said


async def test_a_question_about_a_customers_calls_is_answered_with_them(people: Session
                                                                        ) -> None:
    said = await Chat().say("maria keller was reached yesterday per the crm, correct?")
    assert logged_calls(people) == [], said
    assert "Maria Keller" in said and "nothing was stored" in said


@pytest.mark.parametrize(("text", "outcome"), [
    ("spoke to jonas weber, he'll think about it", "reached"),
    ("reached maria keller, she asked if rates will go down?", "reached"),
    ("ingrid dahl no answer, will try again tomorrow", "no_answer"),
])
async def test_a_plain_report_is_still_logged(people: Session, text: str, outcome: str) -> None:
    said = await Chat().say(text)
    assert [c[1].value for c in logged_calls(people)] == [outcome], said


async def _save_feedback(text: str, customer: str | None) -> str:
    from actions.feedback import ActionSaveFeedback

    latest = {"text": text, "intent": {"name": "log_feedback", "confidence": 0.99},
              "entities": []}
    slots: dict[str, Any] = {"feedback_text": text, "feedback_customer": customer}
    tracker = Tracker("A001", slots, latest, [{"event": "user", "text": text,
                                               "parse_data": latest, "input_channel": "rest"}],
                      False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    await ActionSaveFeedback().run(dispatcher, tracker, {})
    return " ".join(texts(dispatcher))


def _feedback(session: Session) -> list[tuple[str | None, str]]:
    session.expire_all()
    return [(f.customer_id, f.text) for f in session.scalars(select(Feedback))]


@pytest.mark.parametrize("text", [
    "imo the new statement layout is a mess",
    "i heard the card reader in the branch keeps failing",
])
async def test_the_advisors_own_view_is_no_customer_feedback(people: Session, text: str
                                                             ) -> None:
    said = await _save_feedback(text, None)
    assert _feedback(people) == [], said
    assert "who was it" in said


async def test_a_plan_to_close_a_complaint_is_no_feedback(people: Session) -> None:
    said = await _save_feedback("once the refund lands we can close jonas weber's complaint",
                                "C002")
    assert _feedback(people) == [], said


async def test_a_customers_words_are_still_their_feedback(people: Session) -> None:
    said = await _save_feedback("maria keller said the new app is awful", "C001")
    assert [c for c, _ in _feedback(people)] == ["C001"], said


@pytest.mark.parametrize("text", [
    "cust fwd: 'the loan paperwork took six weeks, unacceptable' - ingrid dahl",
    "fw from ingrid dahl: the statements are impossible to read",
])
async def test_a_forwarded_customer_message_is_their_feedback_not_a_call(people: Session,
                                                                        text: str) -> None:
    said = await Chat().say(text)
    assert logged_calls(people) == [], said
    assert [c for c, _ in _feedback(people)] == ["C003"], said


async def test_a_forwarded_contact_is_neither_call_nor_feedback(people: Session) -> None:
    said = await Chat().say("fwd from ingrid dahl: 'spoke to your colleague, all fine thanks'")
    assert logged_calls(people) == [] and _feedback(people) == [], said


async def test_a_customers_words_read_as_an_owner_request_are_their_feedback(
        people: Session) -> None:
    from actions.themes import ActionAssignThemeOwner

    said = await Chat().say('ingrid dahl wrote in: "the new statements are impossible to read"',
                            ActionAssignThemeOwner(), "assign_theme_owner")
    assert [c for c, _ in _feedback(people)] == ["C003"], said



@pytest.mark.parametrize(("text", "customer"), [
    ("a colleague told me customers hate the new overdraft letters", None),
    ("clients keep moaning about the card fee, says the teller", None),
    ("if jonas weber moans about the card fee again just log it", "C002"),
    ("save it as feedback for maria keller in case she brings up the app again", "C001"),
])
async def test_hearsay_and_statements_still_to_come_are_no_feedback(
        people: Session, text: str, customer: str | None) -> None:
    said = await _save_feedback(text, customer)
    assert _feedback(people) == [], said
    assert "Saved the feedback" not in said
