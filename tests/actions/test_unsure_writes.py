"""The safety net through the actions, checked in the database: a write whose message leaves
words over that may change it (a condition, a hedge, a plan, a third party, a count, a
question) is shown with those words quoted, nothing is stored until the yes, and the yes
stores it; a plain, fully stated report is stored at once as before."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall, ActionRecordRateEvent
from actions.feedback import ActionSaveFeedback
from actions.themes import ActionSetThemeStatus
from actions.writes import ActionConfirmWrite, ActionDenyWrite
from knowledge.models.bank import Feedback, Interaction, MarketEvent, Outcome
from knowledge.models.themes import Theme
from tests.actions.conftest import logged_calls, make_tracker, payloads, pin_today, texts
from tests.knowledge.themes.wocas_bank import themed_bank


async def _say(action: Any, sender: str, text: str, intent: str,
               slots: dict[str, Any] | None = None, entities: list[dict[str, Any]] | None = None
               ) -> tuple[list[str], dict[str, Any] | None]:
    """The replies, and the write shown for a yes (None when nothing is waiting)."""
    dispatcher = CollectingDispatcher()
    await action.run(dispatcher, make_tracker(sender, text, intent, slots=slots,
                                              entities=entities), {})
    shown = [p["write"] for p in payloads(dispatcher) if p.get("type") == "confirm_write"]
    return texts(dispatcher), (shown[0] if shown else None)


async def _answer(sender: str, answer: str, write: dict[str, Any]) -> list[str]:
    action = ActionConfirmWrite() if answer == "yes" else ActionDenyWrite()
    said, _ = await _say(action, sender, answer, "affirm" if answer == "yes" else "deny",
                         slots={"pending_write": write})
    return said




def _complaint_open(session: Session) -> bool:
    session.expire_all()
    complaint = session.get(Interaction, "I1")
    return complaint is not None and complaint.outcome is Outcome.open


async def test_a_condition_left_over_is_quoted_and_nothing_is_closed_before_the_yes(
        people: Session) -> None:
    said, write = await _say(ActionLogCall(), "A001", "maria keller complaint resolved, if "
                             "rates drop she'll move her savings", "log_call_outcome")
    assert said[-1].startswith("I'm not sure about “if rates drop she'll move her")
    assert said[-1].endswith("OK?") and write is not None
    assert logged_calls(people) == [] and _complaint_open(people)
    await _answer("A001", "yes", write)
    assert logged_calls(people) == [("C001", Outcome.reached, None)]
    assert not _complaint_open(people)


async def test_a_complaint_closed_once_something_happens_is_not_closed_yet(
        people: Session) -> None:
    said, write = await _say(ActionLogCall(), "A001", "maria keller complaint resolved once "
                             "the refund lands", "log_call_outcome")
    assert "not happened yet" in said[-1] and write is None, said
    assert logged_calls(people) == [] and _complaint_open(people)


@pytest.mark.parametrize(("text", "quoted", "stored"), [
    ("jonas weber reached i think", "i think", ("C002", Outcome.reached, None)),
    # (a relative named by relation is another person: tests/actions/test_relatives.py)
    ("jonas weber's assistant called, wants a meeting friday", "assistant called",
     ("C002", Outcome.follow_up, dt.date(2026, 11, 27))),
    ("jonas weber voicemail x2", "x2", ("C002", Outcome.no_answer, None)),
    ("jonas weber reached, she'll think about it", "she'll think about it",
     ("C002", Outcome.reached, None)),
    # the denial after the name: no sale, the call got through (main stored a sale)
    ("sold jonas weber nothing but he picked up", "nothing", ("C002", Outcome.reached, None)),
])
async def test_a_left_over_word_shows_the_call_first_and_the_yes_stores_it(
        people: Session, text: str, quoted: str, stored: tuple) -> None:
    said, write = await _say(ActionLogCall(), "A001", text, "log_call_outcome")
    assert f"“{quoted}”" in said[-1] and write is not None, said
    assert logged_calls(people) == []
    await _answer("A001", "yes", write)
    assert logged_calls(people) == [stored]


@pytest.mark.parametrize(("text", "reply"), [
    ("if jonas weber calls back, book a meeting", "depends on something"),
    ("If Jonas Weber rings back tomorrow, set up a meeting for friday.", "depends on something"),
    ("remind me to call jonas weber friday", "sounds like a plan"),
    ("didn't jonas weber want a meeting?", "reads like a question"),
    ("jonas weber reached?", "reads like a question"),
])
async def test_a_call_that_has_not_happened_is_not_offered_for_a_yes(
        people: Session, text: str, reply: str) -> None:
    said, write = await _say(ActionLogCall(), "A001", text, "log_call_outcome")
    assert write is None and reply in said[-1] and "nothing was logged" in said[-1], said
    assert logged_calls(people) == []


@pytest.mark.parametrize(("text", "stored"), [
    # the condition or question is about something else than the call that happened
    ("jonas weber reached, if rates drop he'll move his savings", ("C002", Outcome.reached, None)),
    ("spoke to jonas weber. if rates fall he wants a meeting friday",
     ("C002", Outcome.follow_up, dt.date(2026, 11, 27))),
])
async def test_a_call_with_a_condition_elsewhere_is_still_offered(
        people: Session, text: str, stored: tuple) -> None:
    said, write = await _say(ActionLogCall(), "A001", text, "log_call_outcome")
    assert write is not None and "“" in said[-1], said
    assert logged_calls(people) == []
    await _answer("A001", "yes", write)
    assert logged_calls(people) == [stored]


async def test_a_no_to_the_quoted_call_stores_nothing(people: Session) -> None:
    _, write = await _say(ActionLogCall(), "A001", "jonas weber reached i think",
                          "log_call_outcome")
    assert write is not None
    await _answer("A001", "no", write)
    assert logged_calls(people) == []


@pytest.mark.parametrize(("text", "stored"), [
    ("jonas weber reached", ("C002", Outcome.reached, None)),
    ("tried C002 no answer", ("C002", Outcome.no_answer, None)),
    ("spoke w jonas weber, wants a meeting friday re savings",
     ("C002", Outcome.follow_up, dt.date(2026, 11, 27))),
    ("jonas weber no answer, will try later", ("C002", Outcome.no_answer, None)),
    ("jonas weber didn't pick up", ("C002", Outcome.no_answer, None)),
])
async def test_a_fully_stated_report_is_still_stored_at_once(
        people: Session, text: str, stored: tuple) -> None:
    said, write = await _say(ActionLogCall(), "A001", text, "log_call_outcome")
    assert write is None and said[-1].startswith("Logged"), said
    assert logged_calls(people) == [stored]


async def test_feedback_the_advisor_is_unsure_was_said_is_saved_only_on_the_yes(
        people: Session) -> None:
    slots = {"feedback_customer": "C001", "feedback_text": "maybe she said the app is slow",
             "feedback_compensation": None}
    said, write = await _say(ActionSaveFeedback(), "A001", "", "", slots=slots)
    assert "“maybe she said the app is slow”" in said[0] and write is not None
    people.expire_all()
    assert people.scalars(select(Feedback)).all() == []
    await _answer("A001", "yes", write)
    people.expire_all()
    assert [f.customer_id for f in people.scalars(select(Feedback))] == ["C001"]


async def test_a_customers_own_if_or_i_think_is_saved_at_once(people: Session) -> None:
    slots = {"feedback_customer": "C001", "feedback_compensation": None,
             "feedback_text": "I think I will close my account if the fees go up"}
    said, write = await _say(ActionSaveFeedback(), "A001", "", "", slots=slots)
    assert write is None and said[0].startswith("Saved the feedback for C001")


async def test_a_hedged_market_event_quotes_the_hedge_and_records_nothing_before_the_yes(
        people: Session) -> None:
    said, write = await _say(ActionRecordRateEvent(), "H001", "apparently the ecb cut rates by "
                             "25 bp today", "record_rate_event")
    assert "“apparently the ecb cut rates by 25" in said[-1] and write is not None
    people.expire_all()
    assert people.scalars(select(MarketEvent)).all() == []


@pytest.fixture
def themed(action_database: str, session: Session, monkeypatch: pytest.MonkeyPatch) -> Session:
    pin_today(monkeypatch, "2026-11-23")
    themed_bank(session)
    return session


def _app_theme(session: Session) -> Theme:
    session.expire_all()
    return next(t for t in session.scalars(select(Theme)) if "app" in t.keywords)


async def test_a_theme_status_under_a_condition_is_not_changed(themed: Session) -> None:
    # A condition opening the message: nothing happened yet, so nothing is shown for a yes
    # either (a hurried "yes" would set it anyway; knowledge.writes.speech_act).
    label = _app_theme(themed).label
    before = _app_theme(themed).status
    said, write = await _say(ActionSetThemeStatus(), "M001", f"if the fix ships set the {label} "
                             "theme to resolved", "set_theme_status",
                             entities=[{"entity": "theme", "value": label}])
    assert "“if the fix ships set the" in said[0] and write is None
    assert "nothing was stored" in said[0]
    assert _app_theme(themed).status == before


async def test_a_theme_status_stated_plainly_is_changed_at_once(themed: Session) -> None:
    label = _app_theme(themed).label
    said, write = await _say(ActionSetThemeStatus(), "M001", f"set the {label} theme to "
                             "resolved", "set_theme_status",
                             entities=[{"entity": "theme", "value": label}])
    assert write is None and "is now resolved" in said[0], said
    assert _app_theme(themed).status == "resolved"


async def test_a_call_shown_for_another_reason_quotes_the_left_over_words_too(
        people: Session) -> None:
    said, write = await _say(ActionLogCall(), "A001", "she reached i think", "log_call_outcome",
                             slots={"focus_customer": "C001"})
    assert "“i think”" in said[-1] and "(“she” = Maria Keller" in said[-1], said
    assert write is not None and logged_calls(people) == []


async def test_a_theme_named_with_a_doubt_word_is_changed_at_once(themed: Session) -> None:
    # "wait" of the theme's own name was read as a take-back: the change was asked about
    _app_theme(themed).label = "App wait times"
    themed.commit()
    said, write = await _say(ActionSetThemeStatus(), "M001", "set the App wait times theme to "
                             "resolved", "set_theme_status",
                             entities=[{"entity": "theme", "value": "App wait times"}])
    assert write is None and "is now resolved" in said[0], said
    assert _app_theme(themed).status == "resolved"
