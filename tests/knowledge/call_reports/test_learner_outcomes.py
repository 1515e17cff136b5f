"""Outcomes as advisors who learnt English (or write French) put them: a line "always
occupied", "nobody takes off", "nobody goes to the phone", "rings and rings" is no answer;
"ça ne l'intéresse pas" is no interest; a customer's own next step reported ("said he will
think about it") is what was said on the call, not the advisor's plan."""

from __future__ import annotations

import pytest

from knowledge.call_reports.accounted import call_doubt, nothing_happened
from knowledge.call_reports.said import read_call
from knowledge.models.bank import Outcome
from tests.knowledge.call_list.factory import AS_OF


@pytest.mark.parametrize("text", [
    "tried greta klein, always occupied", "the line of Jonas Weber was constantly occupied",
    "rang anna lange, nobody takes off", "Hans Keller: nobody goes to the phone",
    "the number of rita martins rings and rings", "called piet, no one picked it up",
])
def test_a_line_nobody_answers_is_no_answer(text: str) -> None:
    report = read_call(text, AS_OF)
    assert (report.outcome, report.explicit) == (Outcome.no_answer, True)


@pytest.mark.parametrize("text", ["Diego Martínez, ça ne l'intéresse pas",
                                  "Mme Roux: cela ne lui intéresse pas", "ca ne l'interesse pas"])
def test_ca_ne_l_interesse_pas_is_no_interest(text: str) -> None:
    assert read_call(text, AS_OF).outcome is Outcome.not_interested


@pytest.mark.parametrize("text", [
    "Jonas Weber said he will think about it and come back to me",
    "greta klein told me she'll think it over",
    "spoke to anna, she said she would think about it",
])
def test_the_customers_next_step_reported_is_no_plan(text: str) -> None:
    report = read_call(text, AS_OF)
    assert report.outcome is Outcome.reached
    kwargs = {"report": report, "name": None, "customer_id": None}
    assert nothing_happened(text, **kwargs) is None
    assert call_doubt(text, **kwargs) is None


def test_the_advisors_own_plan_is_still_doubted() -> None:
    text = "greta klein - we will think about it"
    report = read_call(text, AS_OF)
    doubt = call_doubt(text, report=report, name=None, customer_id=None)
    assert doubt is not None and doubt.kind == "plan"
