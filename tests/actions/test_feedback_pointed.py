"""A statement sent to the feedback form whose customer is only pointed at ("and log that she
wants her statements by post again"), right after that customer was talked about: shown for a
yes as the focus customer's feedback, saved on the yes; with nobody in focus, nobody guessed.
A customer's words relayed in the past tense in the advisors' languages ("X meinte, …") are
their feedback too (checked in the database)."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from actions.writes import ActionConfirmWrite
from knowledge.models.bank import Feedback
from tests.actions.conftest import make_tracker, texts
from tests.actions.test_feedback_chatter import _form


def _feedback(session: Session) -> list[tuple[str | None, str]]:
    session.expire_all()
    return [(f.customer_id, f.text) for f in session.scalars(select(Feedback))]


async def _yes(pending: dict[str, Any]) -> None:
    await ActionConfirmWrite().run(CollectingDispatcher(), make_tracker(
        "A001", "yes", "affirm", slots={"pending_write": pending}), {})


@pytest.mark.parametrize(("text", "statement"), [
    ("and log that he wants his statements by post again, he can't open the pdfs",
     "He wants his statements by post again, he can't open the pdfs"),
    ("also note that he finds teh new card limit way too low",
     "He finds teh new card limit way too low"),
    ("he says the branch queue was 40 minutes", "he says the branch queue was 40 minutes"),
])
async def test_the_focus_customers_statement_is_shown_then_saved(
        people: Session, text: str, statement: str) -> None:
    said, slots = await _form(text, {"focus_customer": "C002", "customer_id": "C002"})
    assert any("Jonas Weber (C002)" in s and s.endswith("OK?") for s in said), said
    assert _feedback(people) == []  # inferred: nothing before the yes
    dispatcher = CollectingDispatcher()
    from actions.feedback import ActionSaveFeedback

    events = await ActionSaveFeedback().run(dispatcher, make_tracker(
        "A001", text, "log_feedback", slots={"focus_customer": "C002", **slots}), {})
    waiting = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    await _yes(waiting["pending_write"])
    [(customer, stored)] = _feedback(people)
    assert customer == "C002" and stored.lower() == statement.lower()


async def test_nobody_in_focus_nobody_guessed(people: Session) -> None:
    said, _ = await _form("and log that she wants paper statements again", {})
    assert all("Jonas Weber" not in s and "Maria Keller" not in s for s in said), said
    assert all(customer is None for customer, _text in _feedback(people))


@pytest.mark.parametrize("text", [
    "Jonas Weber meinte, die Überweisung hat drei Tage gedauert",
    "Jonas Weber dijo que la app se cuelga al pagar",
    "Jonas Weber vertelde dat de pinpas niet werkt",
])
async def test_words_relayed_in_the_past_tense_are_feedback_for_a_yes(
        people: Session, text: str) -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionLogCall().run(dispatcher, make_tracker(
        "A001", text, "log_call_outcome",
        entities=[{"entity": "customer_name", "value": "Jonas Weber"}]), {})
    [said] = texts(dispatcher)
    assert "Save feedback for Jonas Weber (C002)" in said and said.endswith("OK?"), said
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    await _yes(slots["pending_write"])
    assert [c for c, _t in _feedback(people)] == ["C002"]


@pytest.mark.parametrize("text", [
    "and log that he wants his statements by post again, he can't open the pdfs",
    "also note that he finds the new card limit way too low",
])
async def test_the_same_statement_not_understood_by_the_nlu_is_shown_then_saved(
        people: Session, text: str) -> None:
    from actions.writes import ActionFallback

    dispatcher = CollectingDispatcher()
    events = await ActionFallback().run(dispatcher, make_tracker(
        "A001", text, "nlu_fallback", slots={"focus_customer": "C002", "customer_id": "C002"}),
        {})
    said = " ".join(texts(dispatcher))
    assert "Jonas Weber (C002)" in said and said.endswith("OK?"), said
    assert _feedback(people) == []
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    await _yes(slots["pending_write"])
    [(customer, stored)] = _feedback(people)
    assert customer == "C002" and stored.lower().startswith(("he wants", "he finds"))


async def test_a_wish_for_a_meeting_logged_is_no_statement(people: Session) -> None:
    from actions.writes import ActionFallback

    await ActionFallback().run(CollectingDispatcher(), make_tracker(
        "A001", "and log that he wants a meeting on friday", "nlu_fallback",
        slots={"focus_customer": "C002", "customer_id": "C002"}), {})
    assert _feedback(people) == []
