"""Feedback form and theme actions with real trackers and a real database."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.feedback import ActionSaveFeedback, ValidateFeedbackForm
from actions.themes import (
    ActionAssignThemeOwner,
    ActionCostliestThemes,
    ActionSetThemeStatus,
    ActionThemeDetail,
    ActionThemesSummary,
)
from knowledge.models.bank import Feedback
from knowledge.models.themes import Theme
from tests.actions.conftest import make_tracker, pin_today, texts
from tests.knowledge.themes.wocas_bank import build_people, themed_bank


@pytest.fixture
def people(action_database: str, session: Session, monkeypatch: pytest.MonkeyPatch) -> Session:
    pin_today(monkeypatch, "2026-11-23")
    build_people(session)
    return session


@pytest.fixture
def themed(action_database: str, session: Session, monkeypatch: pytest.MonkeyPatch) -> Session:
    pin_today(monkeypatch, "2026-11-23")
    themed_bank(session)
    return session


def form_slots(customer: str | None, text: str | None, compensation: str | None
               ) -> dict[str, Any]:
    return {"feedback_customer": customer, "feedback_text": text,
            "feedback_compensation": compensation}


CLEARED = [SlotSet("feedback_customer", None), SlotSet("feedback_text", None),
           SlotSet("feedback_compensation", None), SlotSet("feedback_candidates", None)]


async def test_saved_feedback_is_committed_pending_before_the_reply(
    people: Session, dispatcher: CollectingDispatcher
) -> None:
    tracker = make_tracker("A001", "log feedback", "log_feedback",
                           slots=form_slots("C001", "The app logs her out during transfers",
                                            "25.00"))
    events = await ActionSaveFeedback().run(dispatcher, tracker, {})
    assert events[:4] == CLEARED
    [said] = texts(dispatcher)
    assert said.startswith("Saved the feedback for C001 (compensation 25.00 EUR) as FB-")
    people.expire_all()  # read what another connection committed
    stored = people.scalars(select(Feedback)).one()
    assert stored.status == "pending" and stored.logged_by == "A001"
    assert said.endswith(f"as {stored.id}. It will be added to the themes shortly. "
                         'Say "undo" to take it back.')
    # "undo" takes it back (the last write of the conversation), kept as a reversal
    last = next(e["value"] for e in events if e.get("name") == "last_write")
    assert last["kind"] == "feedback" and last["id"] == stored.id


async def test_nothing_is_said_saved_when_the_commit_fails(
    people: Session, dispatcher: CollectingDispatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.orm import Session as OrmSession

    def broken_commit(self: OrmSession) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(OrmSession, "commit", broken_commit)
    tracker = make_tracker("A001", slots=form_slots("none", "Branch closed", "none"))
    await ActionSaveFeedback().run(dispatcher, tracker, {})
    monkeypatch.undo()
    assert not any("Saved" in t for t in texts(dispatcher))
    assert "Nothing was changed" in texts(dispatcher)[0]
    people.expire_all()
    assert people.scalars(select(Feedback)).all() == []


@pytest.mark.parametrize("customer, text, expected", [
    ("C999", "Fine text", "Not saved: I can't find a customer “C999” in your book"),
    ("none", "x" * 30_000, "Not saved: The feedback is 30,000 characters long"),
])
async def test_bad_input_is_refused_and_nothing_stored(
    people: Session, dispatcher: CollectingDispatcher, customer: str, text: str, expected: str
) -> None:
    tracker = make_tracker("A001", slots=form_slots(customer, text, "none"))
    await ActionSaveFeedback().run(dispatcher, tracker, {})
    assert texts(dispatcher)[0].startswith(expected)
    people.expire_all()
    assert people.scalars(select(Feedback)).all() == []


async def test_form_validation_explains_each_problem(
    people: Session, dispatcher: CollectingDispatcher
) -> None:
    form = ValidateFeedbackForm()
    tracker = make_tracker("A001")
    assert await form.validate_feedback_text("   ", dispatcher, tracker, {}) == {
        "feedback_text": None, "feedback_candidates": None}
    assert form.validate_feedback_compensation("flowers", dispatcher, tracker, {}) == {
        "feedback_compensation": None}
    assert form.validate_feedback_compensation("€30", dispatcher, tracker, {}) == {
        "feedback_compensation": "30.00"}
    known = await form.validate_feedback_customer("jonas weber", dispatcher, tracker, {})
    assert known == {"feedback_customer": "C002"}
    said = texts(dispatcher)
    # blank text: no scolding, the form simply asks again what the customer said
    assert said == ["I could not read 'flowers' as an amount; give the compensation as a "
                    "number, e.g. 50 or 50.00."]


async def test_first_message_is_split_into_statement_customer_and_compensation(
    people: Session, dispatcher: CollectingDispatcher
) -> None:
    form = ValidateFeedbackForm()
    message = "log feedback for Maria Keller: the app logs her out during transfers, " \
              "compensation 50 EUR"
    slots = await form.validate_feedback_text(message, dispatcher, make_tracker("A001", message),
                                              {})
    assert slots == {"feedback_text": "the app logs her out during transfers",
                     "feedback_customer": "Maria Keller", "feedback_compensation": "50.00",
                     "feedback_candidates": None}  # one Maria Keller: nothing to ask
    only_request = await form.validate_feedback_text("log feedback for Maria Keller",
                                                     dispatcher, make_tracker("A001"), {})
    assert only_request["feedback_text"] is None  # the form asks what she said

    tracker = make_tracker("A001", slots=form_slots("Maria Keller", slots["feedback_text"],
                                                    "50.00"))
    await ActionSaveFeedback().run(dispatcher, tracker, {})
    assert texts(dispatcher)[-1].startswith("Saved the feedback for C001 (compensation 50.00")


async def test_unknown_customer_name_is_refused_at_save_and_nothing_stored(
    people: Session, dispatcher: CollectingDispatcher
) -> None:
    form = ValidateFeedbackForm()
    kept = await form.validate_feedback_customer("Zorro Unknown", dispatcher,
                                                 make_tracker("A001"), {})
    assert kept == {"feedback_customer": "Zorro Unknown"}
    tracker = make_tracker("A001", slots=form_slots("Zorro Unknown", "Card blocked", None))
    await ActionSaveFeedback().run(dispatcher, tracker, {})
    assert texts(dispatcher) == ["Not saved: I can't find a customer “Zorro Unknown” in your "
                                 "book. Give the name or id, or say “none” to log it without a "
                                 "customer."]
    people.expire_all()
    assert people.scalars(select(Feedback)).all() == []


async def test_manager_conversation_summary_detail_assign_resolve(
    themed: Session, dispatcher: CollectingDispatcher
) -> None:
    app_id = next(t.id for t in themed.scalars(select(Theme)) if "app" in t.keywords)
    events = await ActionThemesSummary().run(
        dispatcher, make_tracker("M001", "what are customers saying this month?", "ask_themes"),
        {})
    assert "What customers said in the last month" in texts(dispatcher)[0]

    dispatcher = CollectingDispatcher()
    events = await ActionThemeDetail().run(dispatcher, make_tracker(
        "M001", "tell me more about the app login theme", "ask_theme_detail",
        entities=[{"entity": "theme", "value": "app login"}]), {})
    assert events == [SlotSet("theme_id", str(app_id))]
    assert texts(dispatcher)[0].startswith(f"Theme #{app_id} ")
    assert any(m.get("custom", {}).get("type") == "theme" for m in dispatcher.messages)

    from actions.writes import ActionConfirmWrite

    async def yes(events: list[dict[str, Any]]) -> str:
        """ "it" is the theme in focus: the change is shown first, stored on "yes"."""
        pending = next(e["value"] for e in events if e.get("name") == "pending_write")
        confirmed = CollectingDispatcher()
        await ActionConfirmWrite().run(confirmed, make_tracker(
            "M001", "yes", "affirm", slots={"pending_write": pending}), {})
        return texts(confirmed)[0]

    dispatcher = CollectingDispatcher()
    events = await ActionAssignThemeOwner().run(dispatcher, make_tracker(
        "M001", "assign it to Henrik Olsen as solution owner", "assign_theme_owner",
        entities=[{"entity": "staff_name", "value": "Henrik Olsen"}],
        slots={"theme_id": str(app_id)}), {})
    assert texts(dispatcher)[0].startswith("Make Henrik Olsen (H001) solution owner of the theme")
    assert texts(dispatcher)[0].endswith("OK?")
    assert (await yes(events)).startswith("Done: make Henrik Olsen (H001) solution owner")

    dispatcher = CollectingDispatcher()
    events = await ActionSetThemeStatus().run(dispatcher, make_tracker(
        "M001", "mark it resolved", "set_theme_status", slots={"theme_id": str(app_id)}), {})
    assert texts(dispatcher)[0].endswith("to resolved. OK?")
    assert "to resolved" in await yes(events)
    themed.expire_all()
    theme = themed.get(Theme, app_id)
    assert theme is not None and theme.status == "resolved" and theme.solution_owner_id == "H001"

    dispatcher = CollectingDispatcher()
    await ActionCostliestThemes().run(dispatcher, make_tracker("M001", "which problems cost "
                                                                     "us most?"), {})
    assert texts(dispatcher)[0].startswith("The problems that cost us most so far:\n1. ")


async def test_advisor_cannot_change_status(themed: Session, dispatcher: CollectingDispatcher
                                            ) -> None:
    await ActionSetThemeStatus().run(dispatcher, make_tracker(
        "A001", "mark the app theme resolved", entities=[{"entity": "theme", "value": "app"}]),
        {})
    assert texts(dispatcher) == ["Only branch managers and head office can change a theme's "
                                 "status."]


async def test_the_name_as_typed_beats_a_partial_entity(
    people: Session, dispatcher: CollectingDispatcher
) -> None:
    # The NLU tagged only the first name; "for <name>:" in the message is what was meant.
    message = "log feedback for Maria Keller: the branch was closed without notice"
    tracker = make_tracker(
        "A001", message, intent="log_feedback",
        entities=[{"entity": "customer_name", "value": "Maria"}],
        slots={"feedback_customer": "Maria"},
    )
    slots = await ValidateFeedbackForm().validate_feedback_text(message, dispatcher, tracker, {})
    assert slots["feedback_customer"] == "Maria Keller"
