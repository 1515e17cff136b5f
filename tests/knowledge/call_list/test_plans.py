"""knowledge.call_list.plans: the advisor's plan or question is no call report; a customer's
threat reported by the advisor is no plan of the advisor's."""

from __future__ import annotations

import pytest

from knowledge.call_list.plans import plan_or_question


@pytest.mark.parametrize("text", ["will call greta müller tomorrow",
                                  "need to cb laura sanchez at some point this week",
                                  "will close greta klein's complaint once the refund lands"])
def test_the_advisors_plan_is_a_plan(text: str) -> None:
    assert plan_or_question(text) == "plan"


@pytest.mark.parametrize("text", ["will close the account if fees go up",
                                  "going to close her account over the fees",
                                  "I will close my account"])
def test_a_customer_closing_an_account_is_no_plan_of_the_advisors(text: str) -> None:
    assert plan_or_question(text) is None
