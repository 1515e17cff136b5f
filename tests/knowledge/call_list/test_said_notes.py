"""knowledge.call_list.said on call notes whose words name something else than a next step:
a customer leaving the bank (its date is when they leave), a meeting that already took place.
Today is Monday 2026-11-16."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.call_list.said import read_call
from knowledge.models.bank import Outcome

MONDAY = dt.date(2026, 11, 16)


@pytest.mark.parametrize("text", [
    "Spoke to marcin kowalski, he's moving to another bank next month",
    "marcin kowalski is switching banks in january",
    "spoke w marcin kowalski - moving everything to a different bank",
    "reached marcin kowalski, closing all his accounts end of month",
    "marcin kowalski leaving us next week, transferring his savings to another bank",
    "Marcin Kowalski wechselt die Bank nächsten Monat",
])
def test_a_customer_leaving_is_no_interest_shown_first_and_no_follow_up(text: str) -> None:
    report = read_call(text, MONDAY)
    assert (report.outcome, report.explicit, report.follow_up_on) == (
        Outcome.not_interested, False, None)


def test_a_customer_moving_a_product_to_us_is_not_leaving() -> None:
    report = read_call("spoke to marcin kowalski, wants to move his mortgage to us, meeting "
                       "next week", MONDAY)
    assert (report.outcome, report.follow_up_on) == (Outcome.follow_up, dt.date(2026, 11, 23))


@pytest.mark.parametrize("text", [
    "Had a quick word with Jürgen Fischer after his appointment downstairs. Asked about the "
    "new app, showed him where the statements are. He was happy with that. Nothing else "
    "needed.",
    "spoke to jürgen fischer after her meeting with the mortgage team, all fine",
    "had a meeting with jürgen fischer today, happy with everything",
    "reached jürgen fischer following his appointment, nothing needed",
    "caught jürgen fischer during his appointment, all good",
])
def test_a_meeting_that_already_took_place_is_no_follow_up(text: str) -> None:
    report = read_call(text, MONDAY)
    assert (report.outcome, report.follow_up_on) == (Outcome.reached, None)


def test_a_meeting_wanted_after_one_that_took_place_is_still_a_follow_up() -> None:
    report = read_call("saw jürgen fischer after his appointment, wants an appointment next "
                       "week", MONDAY)
    assert (report.outcome, report.follow_up_on) == (Outcome.follow_up, dt.date(2026, 11, 23))
