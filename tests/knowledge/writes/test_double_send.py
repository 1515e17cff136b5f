"""What makes a second report a double send and what makes it a new call (words only)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.writes.double_send import further_attempt, held_double, held_write, without_garnish
from knowledge.writes.pending import signature

NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)
CALL = {"kind": "call", "customer_id": "C002", "name": "Jonas Weber", "as_of": "2026-11-23",
        "outcome": "no_answer", "follow_up_on": None, "close_complaint": False,
        "sale_of": None, "note": "jonas weber no answer"}


def _last(minutes_ago: float) -> dict[str, object]:
    return {"kind": "call", "id": "I9", "signature": signature(CALL), "write": CALL,
            "summary": "a call", "at": (NOW - dt.timedelta(minutes=minutes_ago)).isoformat()}


@pytest.mark.parametrize("text", ["tried her again", "still no answer", "2nd time today",
                                  "another attempt", "VM x2", "called twice", "once more",
                                  "nochmal probiert", "wieder nicht erreicht", "retried"])
def test_further_attempt_words(text: str) -> None:
    assert further_attempt(text)


@pytest.mark.parametrize("text", ["jonas weber no answer", "reached fleur vos 🎉",
                                  "no answer\n\nSent from my iPhone"])
def test_a_plain_report_is_no_further_attempt(text: str) -> None:
    assert not further_attempt(text)


def test_garnish_is_not_part_of_the_report() -> None:
    plain = without_garnish("Sold X the fund")
    for garnished in ["Sold X the fund 🎉🎉", "sold x the fund!!\n\nSent from my iPhone",
                      "Sold X the fund\n\nGet Outlook for iOS", "  sold   x the fund."]:
        assert without_garnish(garnished) == plain


def test_held_only_within_the_window_and_said_one_minute_ago() -> None:
    answer = held_double(CALL, _last(1.2), "jonas weber no answer", now=NOW)
    assert answer is not None and "1 minute ago" in answer.text
    assert not answer.text.rstrip().endswith("?")
    assert answer.slots["last_write"]["held"] == CALL
    assert held_double(CALL, _last(90), "jonas weber no answer", now=NOW) is None


def test_log_it_again_only_when_something_is_held() -> None:
    last = {**_last(1), "held": CALL}
    assert held_write("log it again", last) == CALL
    assert held_write("Log it again please", last) == CALL
    assert held_write("log it again", _last(1)) is None
    assert held_write("jonas weber reached", last) is None
