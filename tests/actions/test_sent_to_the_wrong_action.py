"""Messages the retrained NLU may send to the wrong action, answered as what they are:
rate news in German read as a call report ("Bitte notieren: die EZB hat … angehoben") is the
market event, shown for a yes; a manager's question about one theme read as feedback ("who
is dealing with app login?") gets the theme's owners, nothing is saved as feedback; a place
of the list followed by "prossimo" as a day ("martedì prossimo") is one call, not two places.

The `people` bank: today Monday 2026-11-23; H001 is head office, M001 a branch manager."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from actions.feedback import ValidateFeedbackForm
from knowledge.models.bank import Feedback, MarketEvent
from tests.actions.conftest import Talk, make_tracker, new_calls, pin_today, texts
from tests.actions.test_call_report_words import FORM_DOMAIN
from tests.knowledge.themes.wocas_bank import themed_bank


async def test_rate_news_read_as_a_call_report_is_the_market_event(people: Session) -> None:
    talk = Talk(sender="H001")
    said = await talk.say("bitte notieren: die EZB hat gestern den Leitzins um 0,5 "
                          "Prozentpunkte angehoben", ActionLogCall(), "log_call_outcome")
    people.expire_all()
    events = [(e.delta_bp, e.occurred_on.isoformat())
              for e in people.scalars(select(MarketEvent))]
    assert events == [(50, "2026-11-22")], said
    assert new_calls(people) == []


@pytest.mark.parametrize(("action", "intent"), [
    ("actions.writes:ActionFallback", "nlu_fallback"),
    ("actions.writes:ActionOutOfScope", "out_of_scope")])
async def test_rate_news_read_as_anything_else_is_the_market_event(
        people: Session, action: str, intent: str) -> None:
    import importlib

    module, name = action.split(":")
    talk = Talk(sender="H001")
    said = await talk.say("graag vastleggen: de ECB heeft de rente gisteren met 25 basispunten "
                          "verlaagd", getattr(importlib.import_module(module), name)(), intent)
    people.expire_all()
    events = [(e.delta_bp, e.occurred_on.isoformat())
              for e in people.scalars(select(MarketEvent))]
    assert events == [(-25, "2026-11-22")], said


async def test_an_advisors_rate_news_is_refused_not_asked_as_a_call(people: Session) -> None:
    talk = Talk()
    said = await talk.say("Bitte eintragen: EZB senkt den Leitzins um 0,25 Prozentpunkte",
                          ActionLogCall(), "log_call_outcome")
    assert "head office" in said and "Which one" not in said, said
    assert new_calls(people) == []


@pytest.fixture
def themed(action_database: str, session: Session, monkeypatch: pytest.MonkeyPatch) -> Session:
    pin_today(monkeypatch, "2026-11-23")
    themed_bank(session)
    return session


async def test_a_theme_question_read_as_feedback_gets_the_theme(themed: Session) -> None:
    text = "who is dealing with app login at the moment?"
    latest = {"text": text, "intent": {"name": "log_feedback", "confidence": 0.7},
              "entities": []}
    events: list[dict[str, Any]] = [
        {"event": "user", "text": text, "parse_data": latest, "input_channel": "rest"},
        {"event": "action", "name": "feedback_form"},
        {"event": "slot", "name": "feedback_text", "value": text}]
    tracker = Tracker("M001", {"requested_slot": None, "feedback_text": text}, latest, events,
                      False, None, {"name": "feedback_form"}, "feedback_form")
    themed.expire_all()
    before = len(themed.scalars(select(Feedback)).all())
    dispatcher = CollectingDispatcher()
    await ValidateFeedbackForm().run(dispatcher, tracker, FORM_DOMAIN)
    said = " ".join(texts(dispatcher))
    assert "is open" in said and "owner" in said, said
    themed.expire_all()
    assert len(themed.scalars(select(Feedback)).all()) == before


@pytest.mark.parametrize("typed", ["sig.ra keller", "sra. Keller", "mevr. keller", "pani Keller"])
async def test_a_title_abroad_tagged_with_the_name_still_finds_the_customer(
        people: Session, typed: str) -> None:
    """The NLU may tag the title with the surname ("sig.ra keller"): the title is no name."""
    dispatcher = CollectingDispatcher()
    await ActionLogCall().run(dispatcher, make_tracker(
        "A001", f"{typed} raggiunta, tutto bene", "log_call_outcome",
        entities=[{"entity": "customer_name", "value": typed}]), {})
    said = " ".join(texts(dispatcher))
    assert "Maria Keller" in said and "Which one" not in said, said


@pytest.mark.parametrize("text", [
    "rang maria keller about the ECB cut of 25bp, she wants to refix friday",
    "Jonas Weber wegen EZB-Senkung um 0,25 Prozentpunkte angerufen, kein Interesse"])
async def test_a_call_about_rate_news_stays_a_call(people: Session, text: str) -> None:
    talk = Talk(sender="H001")
    said = await talk.say(text, ActionLogCall(), "log_call_outcome")
    people.expire_all()
    assert people.scalars(select(MarketEvent)).all() == [], said
