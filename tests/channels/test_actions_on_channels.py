"""Actions on Slack and Teams: the chat user is mapped to staff, and payloads become cards."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import NOT_REGISTERED, Reply, StaffAction
from knowledge.access.staff import staff_for_sender
from knowledge.models.bank import Branch, Role, Staff
from tests.actions.conftest import make_tracker
from tests.delivery.test_cards import call_list


class TodaysCalls(StaffAction):
    def name(self) -> str:
        return "action_test_calls"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: Any) -> Reply:
        return Reply().say(f"Calls for {staff.name}").attach(call_list())


@pytest.fixture
def staff(session: Any) -> Staff:
    session.add(Branch(id="B1", name="Main Street"))
    ada = Staff(id="A001", name="Ada Advisor", branch_id="B1", role=Role.advisor,
                slack_user_id="U0ADA", teams_user_id="6f1c2a9e-aad-object-id")
    session.add(ada)
    session.commit()
    return ada


async def test_a_slack_user_gets_their_calls_as_blocks(
    action_database: str, staff: Staff, dispatcher: CollectingDispatcher
) -> None:
    await TodaysCalls().run(dispatcher, make_tracker("U0ADA", "calls?", channel="slack"), {})
    (message,) = dispatcher.messages
    assert message["custom"]["text"] == "Calls for Ada Advisor"
    assert message["custom"]["blocks"][0]["type"] == "header"


async def test_a_teams_user_gets_an_adaptive_card(
    action_database: str, staff: Staff, dispatcher: CollectingDispatcher
) -> None:
    tracker = make_tracker("6f1c2a9e-aad-object-id", "calls?", channel="botframework")
    await TodaysCalls().run(dispatcher, tracker, {})
    (message,) = dispatcher.messages
    card = message["custom"]["attachments"][0]["content"]
    assert card["type"] == "AdaptiveCard"
    assert card["fallbackText"] == "Calls for Ada Advisor"


@pytest.mark.parametrize("channel", ["slack", "botframework"])
async def test_an_unknown_chat_user_is_told_they_are_not_registered(
    action_database: str, staff: Staff, dispatcher: CollectingDispatcher, channel: str
) -> None:
    await TodaysCalls().run(dispatcher, make_tracker("U0STRANGER", "calls?", channel=channel), {})
    assert [m["text"] for m in dispatcher.messages] == [NOT_REGISTERED]


def test_each_channel_matches_its_own_column(session: Any, staff: Staff) -> None:
    def who(sender: str, channel: str | None) -> str | None:
        found = staff_for_sender(session=session, sender_id=sender, input_channel=channel)
        return found.id if found else None

    assert who("U0ADA", "slack") == "A001"
    assert who("6f1c2a9e-aad-object-id", "botframework") == "A001"
    assert who("A001", "rest") == "A001"
    # A Slack id means nothing on REST, nor a Teams id on Slack.
    assert who("U0ADA", "rest") is None
    assert who("6f1c2a9e-aad-object-id", "slack") is None
    assert who("", "slack") is None
