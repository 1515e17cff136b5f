"""knowledge.call_reports.complaint_words: a complaint whose resolution is still to come ("will
be solved next week", "sarà risolto venerdì") is not closed, and with no call told beside it
nothing happened (knowledge.call_reports.plans)."""

from __future__ import annotations

import pytest

from knowledge.call_reports.plans import plan_or_question
from knowledge.call_reports.said import read_call
from tests.knowledge.call_list.factory import AS_OF


@pytest.mark.parametrize("text", [
    "complaint greta klein - will be solved next week hopefully",
    "Greta Klein complaint should be closed by friday",
    "the reclamation of Mr Nowak is going to be fixed soon",
    "Beschwerde Frau Lange wird nächste Woche gelöst",
    "reclamo di Rossi sarà risolto venerdì",
    "la réclamation de Mme Martin sera résolue demain",
    "reklamacja pana Nowaka zostanie rozwiązana w piątek",
    "klacht van Femke wordt volgende week opgelost",
])
def test_a_resolution_still_to_come_closes_nothing_and_is_no_call(text: str) -> None:
    assert read_call(text, AS_OF).close_complaint is False
    assert plan_or_question(text) == "plan"


@pytest.mark.parametrize("text", [
    "greta klein complaint resolved", "spoke to Rossi, reclamo risolto",
    "Beschwerde Frau Lange erledigt", "reclamation of Mr Nowak is closed, all good",
])
def test_a_complaint_resolved_now_still_closes(text: str) -> None:
    assert read_call(text, AS_OF).close_complaint is True
    assert plan_or_question(text) is None


def test_a_call_told_beside_a_resolution_to_come_is_still_a_call() -> None:
    text = "spoke to greta klein, complaint will be closed friday"
    assert plan_or_question(text) is None
    assert read_call(text, AS_OF).close_complaint is False


@pytest.mark.parametrize("text", [
    "greta klein complaint nearly fixed, refund on its way",
    "case for Rossi still to be settled",
    "greta klein - complaint almost resolved",
])
def test_a_complaint_nearly_or_still_to_be_closed_closes_nothing(text: str) -> None:
    assert read_call(text, AS_OF).close_complaint is False


def test_to_be_after_other_words_does_not_keep_it_open() -> None:
    text = "greta klein complaint resolved, she is glad to be done with it"
    assert read_call(text, AS_OF).close_complaint is True
