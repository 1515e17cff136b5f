"""channels.sessions: a session that holds more than CONVERSATION_MAX_EVENTS events has
expired (Rasa then starts a new one, slots carried over), except during a form; a new
session starts with each slot once, however many sessions came before. Checked in
the Rasa environment with Rasa's processor and the bot's domain; the turn time at turn 500
against turn 10 is measured by bench.long_conversation."""

from __future__ import annotations

from typing import Any

import pytest

from knowledge.settings import PROJECT_ROOT
from tests.channels.rasa_env import run_in_rasa

SCRIPT = PROJECT_ROOT / "tests" / "channels" / "sessions_check.py"


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    return run_in_rasa(SCRIPT)


def test_a_session_ends_once_it_holds_more_events_than_the_setting(
        results: dict[str, Any]) -> None:
    assert results["counted"] == 91  # the listen after the session started, 30 turns of 3
    assert results["long"] is True and results["long_without_any_session"] is True
    assert results["short"] is False


def test_a_form_keeps_its_session_and_a_new_session_counts_from_zero(
        results: dict[str, Any]) -> None:
    assert results["long_in_a_form"] is False
    assert results["short_after_a_new_session"] is False


def test_each_new_session_starts_with_the_same_few_events_and_the_latest_slot_values(
        results: dict[str, Any]) -> None:
    # Rasa's own carry-over copied every SlotSet of the session before: 43, 83, 123, ...
    starts = results["session_starts"]
    assert starts == [starts[0]] * len(starts)
    assert starts[0] <= 5  # action_session_start, session_started, 2 slots, action_listen
    assert results["carried"] == {"focus_customer": "C005019", "call_list_page": 19.0}
