"""A theme change written as a note ("app theme -> in prog", "app theme - BO: M001"), sent
by the NLU to the theme's detail: the change is made (or shown for a yes), checked in the
database; a question about the theme is still only answered."""

from __future__ import annotations

from typing import Any

from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.themes import ActionThemeDetail
from actions.writes import ActionConfirmWrite
from knowledge.models.themes import Theme
from tests.actions.conftest import make_tracker, texts
from tests.actions.test_theme_owner_me import themed  # noqa: F401


def _app(session: Session) -> Theme:
    session.expire_all()
    return next(t for t in session.scalars(select(Theme)) if "app" in t.keywords)


async def _say(sender: str, text: str, slots: dict[str, Any]) -> list[Any]:
    dispatcher = CollectingDispatcher()
    events = await ActionThemeDetail().run(dispatcher, make_tracker(
        sender, text, "theme_detail", slots=slots), {})
    pending = next((e["value"] for e in events if e.get("name") == "pending_write"), None)
    if pending:  # shown first: answered yes
        await ActionConfirmWrite().run(CollectingDispatcher(), make_tracker(
            sender, "yes", "affirm", slots={"pending_write": pending}), {})
    return texts(dispatcher)


async def test_a_status_written_as_a_note_is_set(themed: Session) -> None:  # noqa: F811
    app = _app(themed)
    await _say("M001", f"{app.label} theme -> in prog", {"theme_id": str(app.id)})
    assert _app(themed).status == "in_progress"


async def test_an_owner_written_as_a_note_with_a_staff_id_is_assigned(
        themed: Session) -> None:  # noqa: F811
    app = _app(themed)
    await _say("H001", f"{app.label} theme - BO: M001", {"theme_id": str(app.id)})
    assert _app(themed).business_owner_id == "M001"


async def test_a_question_about_the_status_changes_nothing(themed: Session) -> None:  # noqa: F811
    app = _app(themed)
    await _say("M001", f"is the {app.label} theme in progress?", {"theme_id": str(app.id)})
    assert _app(themed).status == "open"


async def test_an_advisor_cannot_change_it_by_a_note(themed: Session) -> None:  # noqa: F811
    app = _app(themed)
    said = await _say("A001", f"{app.label} theme -> resolved", {"theme_id": str(app.id)})
    assert "Only branch managers" in said[0] and _app(themed).status == "open"
