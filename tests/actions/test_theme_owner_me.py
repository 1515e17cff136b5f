""" "make me solution owner of the app theme" (a manager): "me" is the sender's staff id,
shown for a yes like any owner change, and stored only on that yes."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.themes import ActionAssignThemeOwner
from actions.writes import ActionConfirmWrite
from knowledge.models.themes import Theme
from tests.actions.conftest import make_tracker, pin_today, texts
from tests.knowledge.themes.wocas_bank import themed_bank


@pytest.fixture
def themed(action_database: str, session: Session, monkeypatch: pytest.MonkeyPatch) -> Session:
    pin_today(monkeypatch, "2026-11-23")
    themed_bank(session)
    return session


def _app(session: Session) -> Theme:
    session.expire_all()
    return next(t for t in session.scalars(select(Theme)) if "app" in t.keywords)


async def _say(sender: str, text: str, slots: dict[str, Any] | None = None,
               entities: list[dict[str, Any]] | None = None) -> tuple[str, list[Any]]:
    dispatcher = CollectingDispatcher()
    events = await ActionAssignThemeOwner().run(dispatcher, make_tracker(
        sender, text, "assign_theme_owner", entities=entities, slots=slots), {})
    return texts(dispatcher)[0], events


async def _yes(sender: str, events: list[Any]) -> str:
    pending = next(e["value"] for e in events if e.get("name") == "pending_write")
    dispatcher = CollectingDispatcher()
    await ActionConfirmWrite().run(dispatcher, make_tracker(
        sender, "yes", "affirm", slots={"pending_write": pending}), {})
    return texts(dispatcher)[0]


@pytest.mark.parametrize(("text", "entities"), [
    ("make me solution owner of it", None),
    ("i'll own it - make me solution owner", None),
    ("assign it to me as solution owner", [{"entity": "staff_name", "value": "me"}]),
])
async def test_me_is_the_sender_shown_first_and_stored_on_yes(
        themed: Session, text: str, entities: list[dict[str, Any]] | None) -> None:
    app = _app(themed)
    said, events = await _say("M001", text, {"theme_id": str(app.id)}, entities)
    assert "Marta Lindqvist (M001) solution owner" in said and said.endswith("OK?"), said
    assert _app(themed).solution_owner_id is None  # nothing before the yes
    assert (await _yes("M001", events)).startswith("Done")
    assert _app(themed).solution_owner_id == "M001"


async def test_someone_else_named_beside_me_is_not_replaced_by_the_sender(
        themed: Session) -> None:
    app = _app(themed)
    said, _ = await _say("M001", "make henrik olsen solution owner of it, thanks from me",
                         {"theme_id": str(app.id)})
    assert "Henrik Olsen" in said and "Marta" not in said, said


async def test_an_advisor_saying_me_changes_nothing(themed: Session) -> None:
    app = _app(themed)
    said, _ = await _say("A001", "make me solution owner of it", {"theme_id": str(app.id)})
    assert "Only branch managers" in said
    assert _app(themed).solution_owner_id is None


async def test_ill_be_the_business_owner_with_a_word_tagged_as_the_person_is_the_sender(
        themed: Session) -> None:
    app = _app(themed)
    said, events = await _say("M001", "i'll be the business owner for it",
                              {"theme_id": str(app.id)},
                              [{"entity": "staff_name", "value": "it"}])
    assert "Marta Lindqvist (M001) business owner" in said and said.endswith("OK?"), said
    assert _app(themed).business_owner_id is None
    assert (await _yes("M001", events)).startswith("Done")
    assert _app(themed).business_owner_id == "M001"
