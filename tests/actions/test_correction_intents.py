"""A correction the NLU reads as a plain "no" or cannot place still corrects the last call
(strictly: the customer named in full), and never moves it on a guess."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.writes import ActionDenyWrite, ActionFallback
from knowledge.models.bank import Interaction, InteractionKind, Staff
from knowledge.writes.dispatch import store
from tests.actions.conftest import pin_today, texts
from tests.knowledge.themes.wocas_bank import build_people


@pytest.fixture
def people(action_database: str, session: Session, monkeypatch: pytest.MonkeyPatch) -> Session:
    pin_today(monkeypatch, "2026-11-23")
    build_people(session)
    session.commit()
    return session


def _last_call(session: Session) -> dict[str, Any]:
    write = {"kind": "call", "customer_id": "C001", "name": "Maria Keller",
             "as_of": "2026-11-23", "outcome": "no_answer", "follow_up_on": None,
             "close_complaint": False, "sale_of": None, "not_interested": False,
             "note": "maria keller no answer"}
    answer = store(session=session, staff=session.get(Staff, "A001"), write=write)
    session.commit()
    return answer.slots["last_write"]


async def _run(action: Any, text: str, intent: str, last: dict[str, Any]) -> list[str]:
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []}
    tracker = Tracker("A001", {"last_write": last, "pending_write": None}, latest,
                      [{"event": "user", "text": text, "parse_data": latest,
                        "input_channel": "rest"}], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    await action.run(dispatcher, tracker, {})
    return texts(dispatcher)


def _calls(session: Session) -> list[str]:
    session.expire_all()
    return sorted(i.customer_id for i in session.scalars(
        select(Interaction).where(Interaction.kind == InteractionKind.call)))


@pytest.mark.parametrize(("action", "intent"), [(ActionDenyWrite(), "deny"),
                                                (ActionFallback(), "nlu_fallback")])
async def test_no_the_other_one_under_another_intent_moves_the_call(
    people: Session, action: Any, intent: str,
) -> None:
    last = _last_call(people)
    said = await _run(action, "no, the other one - jonas weber", intent, last)
    assert "Jonas Weber (C002)" in said[-1] and _calls(people) == ["C002"]


@pytest.mark.parametrize(("action", "intent"), [(ActionDenyWrite(), "deny"),
                                                (ActionFallback(), "nlu_fallback")])
async def test_a_correction_naming_nobody_for_sure_moves_nothing(
    people: Session, action: Any, intent: str,
) -> None:
    last = _last_call(people)
    await _run(action, "no sorry, jonas", intent, last)
    assert _calls(people) == ["C001"]
