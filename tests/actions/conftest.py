"""Action tests: a real rasa_sdk Tracker and dispatcher, and a real migrated database."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge import db, settings
from knowledge.models.bank import Interaction, InteractionKind, Outcome
from tests.knowledge.themes.wocas_bank import build_people


@pytest.fixture
def action_database(
    database_url: str, engine: Any, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """Points the actions' settings at this test's database."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()
    yield database_url
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()


def pin_today(monkeypatch: pytest.MonkeyPatch, day: str) -> None:
    """Make the actions treat `day` (YYYY-MM-DD) as today."""
    monkeypatch.setenv("AS_OF_DATE", day)
    settings.get_settings.cache_clear()


@pytest.fixture
def people(action_database: str, session: Session, monkeypatch: pytest.MonkeyPatch) -> Session:
    """The small bank of tests.knowledge.themes.wocas_bank, committed, on Monday 2026-11-23
    (so "friday" is the 27th)."""
    pin_today(monkeypatch, "2026-11-23")
    build_people(session)
    session.commit()
    return session


def texts(dispatcher: CollectingDispatcher) -> list[str]:
    return [m["text"] for m in dispatcher.messages if m.get("text")]


def payloads(dispatcher: CollectingDispatcher) -> list[dict[str, Any]]:
    return [m["custom"] for m in dispatcher.messages if m.get("custom")]


def logged_calls(session: Session) -> list[tuple[str, Outcome, dt.date | None]]:
    """The calls on record (customer, outcome, follow-up), sorted: a write's effect."""
    session.expire_all()
    return sorted((i.customer_id, i.outcome, i.follow_up_on) for i in session.scalars(
        select(Interaction).where(Interaction.kind == InteractionKind.call)))


def new_calls(session: Session) -> list[tuple[str, str, str | None]]:
    """The calls logged by the chat (the `people` bank's earlier call I1 left out):
    (customer, outcome, follow-up date in ISO form), sorted."""
    session.expire_all()
    rows = session.scalars(select(Interaction).where(Interaction.kind == InteractionKind.call,
                                                     Interaction.id != "I1"))
    return sorted((r.customer_id, r.outcome.value,
                   r.follow_up_on.isoformat() if r.follow_up_on else None) for r in rows)


def make_tracker(
    sender: str,
    text: str = "",
    intent: str = "",
    entities: list[dict[str, Any]] | None = None,
    slots: dict[str, Any] | None = None,
    events: list[dict[str, Any]] | None = None,
    channel: str = "rest",
) -> Tracker:
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.99},
        "entities": entities or [],
    }
    user_event = {"event": "user", "text": text, "parse_data": latest, "input_channel": channel}
    return Tracker(
        sender_id=sender,
        slots=slots or {},
        latest_message=latest,
        events=[*(events or []), user_event],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def tag_name_next(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """The NLU's entities for the next messages: `name` tagged as the customer's name (a word
    of the report the model took for one: "falsch", "przepraszam", "sorry")."""
    made = make_tracker

    def tracker(*args: Any, **kwargs: Any) -> Tracker:
        kwargs.setdefault("entities", [{"entity": "customer_name", "value": name}])
        return made(*args, **kwargs)

    monkeypatch.setattr(sys.modules[__name__], "make_tracker", tracker)


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()


class Chat:
    """One conversation: each message through an action, the slots carried as Rasa would."""

    def __init__(self) -> None:
        self.slots: dict[str, Any] = {}

    async def say(self, text: str, action: Any = None, intent: str = "log_call_outcome") -> str:
        dispatcher = CollectingDispatcher()
        events = await (action or _log_call()).run(
            dispatcher, make_tracker("A001", text, intent, slots=dict(self.slots)), {})
        self.slots.update({e["name"]: e["value"] for e in events if e.get("event") == "slot"})
        said = " ".join(texts(dispatcher))
        if said.endswith("OK?"):
            said += " | " + await self.say("yes", _confirm_write(), "affirm")
        return said


def _log_call() -> Any:
    from actions.call_list import ActionLogCall

    return ActionLogCall()


def _confirm_write() -> Any:
    from actions.writes import ActionConfirmWrite

    return ActionConfirmWrite()


class Talk:
    """One conversation through the actions: its events (the bot's turns included) and slots
    carried as Rasa does; every "OK?" answered yes, as the conversation eval's runner does.
    Each turn runs `action` (a call report by default) unless `say` names another; `say`
    returns what the bot said, its messages joined by `joiner`."""

    def __init__(self, sender: str = "A001", action: Any = None,
                 intent: str = "log_call_outcome", joiner: str = " ") -> None:
        self.sender, self.action, self.intent, self.joiner = sender, action, intent, joiner
        self.slots: dict[str, Any] = {}
        self.events: list[dict[str, Any]] = []

    def heard(self, dispatcher: CollectingDispatcher) -> None:
        """What a test keeps of each answer (e.g. the list shown); nothing by default."""

    async def say(self, text: str, action: Any = None, intent: str | None = None) -> str:
        from actions.call_list import ActionLogCall
        from actions.writes import ActionConfirmWrite

        dispatcher = CollectingDispatcher()
        tracker = make_tracker(self.sender, text, intent or self.intent, slots=dict(self.slots),
                               events=self.events)
        events = await (action or (self.action or ActionLogCall)()).run(dispatcher, tracker, {})
        self.events = [*tracker.events, *events,
                       *({"event": "bot", "text": m.get("text"), "data": {"custom": m["custom"]}}
                         if m.get("custom") else {"event": "bot", "text": m.get("text"),
                                                  "data": {}} for m in dispatcher.messages)]
        self.slots.update({e["name"]: e["value"] for e in events if e.get("event") == "slot"})
        self.heard(dispatcher)
        said = self.joiner.join(texts(dispatcher))
        if said.endswith("OK?"):
            said += self.joiner + await self.say("yes", ActionConfirmWrite(), "affirm")
        return said
