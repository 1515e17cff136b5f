"""A manager's question about one theme that the NLU could not place ("app login - who's on
it?"): the theme's status and owners, and the next "set it to in progress" changes that
theme (checked on the theme), not the one an earlier answer was about."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.themes import ActionSetThemeStatus
from actions.writes import ActionConfirmWrite, ActionFallback
from knowledge.models.themes import Theme
from tests.actions.conftest import make_tracker, pin_today, texts
from tests.knowledge.themes.wocas_bank import themed_bank


@pytest.fixture
def themed(action_database: str, session: Session, monkeypatch: pytest.MonkeyPatch) -> Session:
    pin_today(monkeypatch, "2026-11-23")
    themed_bank(session)
    return session


def _themes(session: Session) -> dict[int, Theme]:
    session.expire_all()
    return {t.id: t for t in session.scalars(select(Theme))}


async def _say(action: Any, text: str, intent: str, slots: dict[str, Any]) -> str:
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, make_tracker("M001", text, intent, slots=dict(slots)),
                              {})
    slots.update({e["name"]: e["value"] for e in events if e.get("event") == "slot"})
    said = " ".join(texts(dispatcher))
    if said.endswith("OK?"):
        said += " | " + await _say(ActionConfirmWrite(), "yes", "affirm", slots)
    return said


@pytest.mark.parametrize("question", ["app login - who's on it?", "who is handling app login?"])
async def test_the_question_answered_and_the_theme_is_the_next_it(themed: Session,
                                                                  question: str) -> None:
    app = next(t for t in _themes(themed).values() if "app" in t.keywords)
    other = next(t for t in _themes(themed).values() if t.id != app.id)
    slots: dict[str, Any] = {"theme_id": str(other.id)}  # an earlier answer's theme
    said = await _say(ActionFallback(), question, "nlu_fallback", slots)
    assert f"#{app.id}" in said and "is open" in said, said
    await _say(ActionSetThemeStatus(), "set it to in progress", "set_theme_status", slots)
    themes = _themes(themed)
    assert themes[app.id].status == "in_progress" and themes[other.id].status == "open"


async def test_an_advisor_gets_no_theme_answer(themed: Session) -> None:
    dispatcher = CollectingDispatcher()
    await ActionFallback().run(dispatcher, make_tracker("A001", "app login - who's on it?",
                                                        "nlu_fallback"), {})
    assert not any("#" in s and "is open" in s for s in texts(dispatcher))


@pytest.mark.parametrize("question", ["any themes nobody owns yet?",
                                      "welche Themen haben noch keinen Owner?",
                                      "quels thèmes n'ont encore personne ?"])
@pytest.mark.parametrize("intent", ["nlu_fallback", "themes_summary"])
async def test_themes_without_an_owner_are_listed(themed: Session, question: str,
                                                  intent: str) -> None:
    from actions.themes import ActionThemesSummary

    themes = _themes(themed)
    owned = next(iter(themes.values()))
    owned.business_owner_id = "M001"
    themed.commit()
    action = ActionFallback() if intent == "nlu_fallback" else ActionThemesSummary()
    said = await _say(action, question, intent, {})
    others = [t for t in _themes(themed).values() if t.id != owned.id and t.size > 0]
    assert others and all(f"#{t.id}" in said for t in others), said
    assert f"#{owned.id}," not in said, said


@pytest.mark.parametrize("text", [
    "thinking about handing app login to henrik as business owner, will decide friday",
    "überlege noch, ob Henrik business owner von app login wird",
])
async def test_an_owner_not_yet_decided_changes_nothing(themed: Session, text: str) -> None:
    from actions.themes import ActionAssignThemeOwner

    said = await _say(ActionAssignThemeOwner(), text, "assign_theme_owner", {})
    assert all(t.business_owner_id is None for t in _themes(themed).values()), said
