"""Keen on a next step is an undated follow-up; not keen (in any spelling) is no interest:
a denied "keen" must never become a meeting."""

from __future__ import annotations

import pytest

from knowledge.call_reports.said import read_call
from knowledge.models.bank import Outcome
from tests.knowledge.call_list.factory import AS_OF


@pytest.mark.parametrize("text", ["hannah meyer - she's keen!! no date yet",
                                  "he is keen, will fix a date later", "very eager, no date"])
def test_keen_is_a_follow_up_without_a_made_up_date(text: str) -> None:
    report = read_call(text, AS_OF)
    assert (report.outcome, report.explicit, report.follow_up_on) == (Outcome.follow_up, True,
                                                                      None)


@pytest.mark.parametrize("text", ["she isn't keen", "he isnt keen on it", "not keen at all",
                                  "monika isnt interested", "she is not keen"])
def test_not_keen_is_not_interested(text: str) -> None:
    report = read_call(text, AS_OF)
    assert report.outcome is Outcome.not_interested and report.explicit


def test_a_keen_customer_with_a_day_gets_that_day() -> None:
    report = read_call("anna lange is keen, meeting on the 18th", AS_OF)
    assert report.outcome is Outcome.follow_up and report.follow_up_on is not None
