"""Bounded input and a log without message text, in the Rasa process (checked in the Rasa
environment by tests/channels/limits_check.py, with Rasa's own tokenizer, warnings and
structlog set-up).

End to end, through the real channels: tests/e2e/test_message_limits.py and test_logs.py."""

from __future__ import annotations

from typing import Any

import pytest

from knowledge.settings import PROJECT_ROOT
from tests.channels.rasa_env import run_in_rasa

SCRIPT = PROJECT_ROOT / "tests" / "channels" / "limits_check.py"


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    return run_in_rasa(SCRIPT)


def test_messages_within_the_limits_reach_the_bot(results: dict[str, Any]) -> None:
    for case in ("short", "at_char_limit", "at_word_limit"):
        assert results[case] == {"handled": True, "answers": ["handled"]}, case


@pytest.mark.parametrize(("case", "says"), [
    ("over_char_limit", "4,001 characters, and I read at most 4,000"),
    ("over_word_limit", "601 words, and I read at most 600"),
    ("over_word_limit_without_spaces", "601 words, and I read at most 600"),
    ("attack_95kb", "characters, and I read at most 4,000"),
])
def test_an_over_long_message_is_answered_with_the_limit_and_not_handled(
        results: dict[str, Any], case: str, says: str) -> None:
    assert results[case]["handled"] is False  # never parsed, never in the tracker
    (answer,) = results[case]["answers"]
    assert says in answer and "shorter" in answer


def test_words_are_counted_as_rasas_tokenizer_splits_them(results: dict[str, Any]) -> None:
    assert results["count_words"] == 600
    assert results["count_pipes"] == 601  # "w|w|w…": one "word" to str.split, 601 tokens


def test_a_bad_limit_stops_the_server_at_start(results: dict[str, Any]) -> None:
    assert "MAX_MESSAGE_CHARS must be between 100 and 10000" in results["bad_setting_refused"]


def test_rasas_warnings_and_error_logs_lose_the_message_text(results: dict[str, Any]) -> None:
    log = results["log"]
    assert log["has_warning"] and log["has_failure_event"] and log["has_our_line"]
    assert not log["has_name"] and not log["has_customer_id"]
    assert log["redacted_marker"]
    assert log["longest_line"] <= 2100  # the 558 KB line is gone


def test_a_message_without_text_is_answered_with_an_example(results: dict[str, Any]) -> None:
    assert results["blank"]["handled"] is False
    (answer,) = results["blank"]["answers"]
    assert "without any text" in answer and "who should I call today?" in answer
