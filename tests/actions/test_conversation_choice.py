"""A choice of customers answered by what tells them apart, several turns on, through the
actions: "which one did you call?" → "the retired one" / "the engineer" / "the one with the
complaint" logs the call said before for that customer; a detail that fits both asks again."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from actions.writes import ActionFallback
from knowledge.models.bank import (
    Channel,
    Customer,
    Interaction,
    InteractionKind,
    Outcome,
)
from tests.actions.conftest import new_calls
from tests.actions.test_conversation_writes import Talk


@pytest.fixture
def twins(people: Session) -> Session:
    people.add_all([
        Customer(id="C010", name="Karl Brenner", advisor_id="A001", occupation="retired baker"),
        Customer(id="C011", name="Karl Brenner", advisor_id="A001",
                 occupation="software engineer"),
    ])
    people.add(Interaction(id="IC1", customer_id="C011", advisor_id="A001",
                           occurred_on=dt.date(2026, 11, 2), channel=Channel.phone,
                           kind=InteractionKind.complaint, outcome=Outcome.open))
    people.commit()
    return people


@pytest.mark.parametrize(("answer", "meant"), [
    ("the retired one", "C010"),
    ("the engineer", "C011"),
    ("the one with the complaint", "C011"),
])
async def test_a_choice_answered_by_a_detail_logs_the_call_for_that_one(
        twins: Session, answer: str, meant: str) -> None:
    talk = Talk()
    said = await talk.say("karl brenner no answer")
    assert new_calls(twins) == [], said
    said = await talk.say(answer, ActionFallback(), "nlu_fallback")
    assert new_calls(twins) == [(meant, "no_answer", None)], said


async def test_a_detail_both_share_picks_nobody(twins: Session) -> None:
    talk = Talk()
    await talk.say("karl brenner no answer")
    said = await talk.say("the one called karl", ActionFallback(), "nlu_fallback")
    assert new_calls(twins) == [], said


@pytest.mark.parametrize(("answer", "meant"), [("karl, the baker", "C010"),
                                               ("softwareentwickler, nicht der bäcker", "C011"),
                                               ("the software guy", "C011")])
async def test_a_choice_answered_in_words_the_nlu_took_for_out_of_scope(
        twins: Session, answer: str, meant: str | None) -> None:
    from actions.writes import ActionOutOfScope

    talk = Talk()
    await talk.say("karl brenner no answer")
    said = await talk.say(answer, ActionOutOfScope(), "out_of_scope")
    assert "can't help" not in said, said
    assert new_calls(twins) == ([(meant, "no_answer", None)] if meant else []), said
