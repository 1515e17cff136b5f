"""knowledge.writes.yes_and: a yes that goes on ("sure but change the date to friday", "yes
and also log X reached") is read for the change or the second report; anything else is no
such yes. Today is Monday 2026-11-16."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.writes.yes_and import new_date, yes_and

MONDAY = dt.date(2026, 11, 16)


@pytest.mark.parametrize(("text", "day"), [
    ("sure but change the date to friday", dt.date(2026, 11, 20)),
    ("yes but make it friday", dt.date(2026, 11, 20)),
    ("ok but move it to the 24th", dt.date(2026, 11, 24)),
    ("yep, but on thursday instead", dt.date(2026, 11, 19)),
    ("ja aber am Freitag", dt.date(2026, 11, 20)),
    ("yes but tomorrow week", dt.date(2026, 11, 24)),
])
def test_a_yes_with_another_date_is_that_date(text: str, day: dt.date) -> None:
    said = yes_and(text)
    assert said is not None and new_date(said.rest, MONDAY) == day


@pytest.mark.parametrize("text", [
    "yes but she also wants the brochure",
    "sure but the fund was the other one",
])
def test_a_yes_with_something_else_than_a_date_changes_no_date(text: str) -> None:
    said = yes_and(text)
    assert said is not None and new_date(said.rest, MONDAY) is None


@pytest.mark.parametrize("text", ["yes", "yes please", "no but friday", "meet friday",
                                  "yesterday and friday"])
def test_no_yes_that_goes_on(text: str) -> None:
    assert yes_and(text) is None



@pytest.mark.parametrize("text", ["yes but last friday", "yes, but it was last monday"])
def test_a_yes_with_a_day_already_gone_sets_no_follow_up(text: str) -> None:
    # stored at once, this was a follow-up in the past ("the call was last friday")
    said = yes_and(text)
    assert said is not None and new_date(said.rest, MONDAY) is None
