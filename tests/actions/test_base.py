"""The shared behaviour of every staff-facing action: who asks, and what if the database is down."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import DATABASE_DOWN, NOT_REGISTERED, SOMETHING_WENT_WRONG, Reply, StaffAction
from knowledge import db, settings
from knowledge.models.bank import Branch, Role, Staff
from tests.actions.conftest import make_tracker


class EchoStaffName(StaffAction):
    def name(self) -> str:
        return "action_test_echo"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: Any) -> Reply:
        return (Reply().say(f"Hello {staff.name}")
                .attach({"type": "call_logged", "interaction_id": 7}))


@pytest.fixture
def advisor(session: Any) -> Staff:
    session.add(Branch(id="B1", name="Main Street"))
    staff = Staff(id="A001", name="Ada Advisor", branch_id="B1", role=Role.advisor)
    session.add(staff)
    session.commit()
    return staff


async def test_known_sender_is_answered_with_text_and_payload(
    action_database: str, advisor: Staff, dispatcher: CollectingDispatcher
) -> None:
    await EchoStaffName().run(dispatcher, make_tracker("A001", "hi"), {})
    assert dispatcher.messages[0]["text"] == "Hello Ada Advisor"
    assert dispatcher.messages[1]["custom"] == {"type": "call_logged", "interaction_id": 7}


async def test_unknown_sender_is_told_politely(
    action_database: str, advisor: Staff, dispatcher: CollectingDispatcher
) -> None:
    await EchoStaffName().run(dispatcher, make_tracker("stranger", "hi"), {})
    assert [m["text"] for m in dispatcher.messages] == [NOT_REGISTERED]


async def test_unreachable_database_gets_a_plain_sentence(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any, dispatcher: CollectingDispatcher
) -> None:
    # A path inside a missing, unwritable location: SQLite cannot open it.
    monkeypatch.setenv("DATABASE_URL", "sqlite:////proc/no-such-dir/bank.db")
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()
    monkeypatch.setattr(db, "make_engine", _engine_without_mkdir)
    try:
        await EchoStaffName().run(dispatcher, make_tracker("A001", "hi"), {})
    finally:
        settings.get_settings.cache_clear()
        db.engine_for.cache_clear()
    assert [m["text"] for m in dispatcher.messages] == [DATABASE_DOWN]


def _engine_without_mkdir(url: str) -> Any:
    from sqlalchemy import create_engine

    return create_engine(url)


class FailsWithCustomerData(StaffAction):
    def name(self) -> str:
        return "action_test_fails"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: Any) -> Reply:
        raise ValueError(f"could not render {tracker.latest_message['text']}")


async def test_a_failure_is_apologised_for_and_logged_without_customer_data(
    action_database: str, advisor: Staff, dispatcher: CollectingDispatcher,
    caplog: pytest.LogCaptureFixture,
) -> None:
    tracker = make_tracker("A001", "tell me about Anna Kowalska C000123")
    with caplog.at_level("DEBUG"):
        await FailsWithCustomerData().run(dispatcher, tracker, {})
    assert [m["text"] for m in dispatcher.messages] == [SOMETHING_WENT_WRONG]
    logged = caplog.text
    assert "ValueError" in logged and "test_base.py" in logged
    assert "Kowalska" not in logged and "C000123" not in logged
