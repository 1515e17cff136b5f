"""A relative of the customer just called, named by a first name several customers share and
a relation ("tried her sister sofia too, no answer", "ihre Schwester Sofia hab ich nicht
erreicht"): the one of that name in the household of the customer just called, shown for a
yes saying so — not a choice among every Sofia, and never the customer called.

The `people` bank plus Maria Keller's household (Sofia Keller C006) and a Sofia elsewhere
(Sofia Brandt C008); today Monday 2026-11-23."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from actions.writes import ActionFallback
from knowledge.models.bank import Customer
from tests.actions.conftest import Talk, new_calls


@pytest.fixture
def sofias(people: Session) -> Session:
    keller = people.get(Customer, "C001")
    assert keller is not None
    keller.household_id = "HH1"
    people.add_all([
        Customer(id="C006", name="Sofia Keller", advisor_id="A001", household_id="HH1",
                 birth_date=dt.date(1975, 6, 1)),
        Customer(id="C008", name="Sofia Brandt", advisor_id="A001",
                 birth_date=dt.date(1980, 2, 2)),
    ])
    people.commit()
    return people


@pytest.mark.parametrize(("text", "action", "intent"), [
    ("tried her sister sofia too, no answer", ActionLogCall(), "log_call_outcome"),
    ("ihre Schwester Sofia hab ich nicht erreicht", ActionFallback(), "nlu_fallback"),
    ("sua sorella sofia non ha risposto", ActionLogCall(), "log_call_outcome"),
])
async def test_a_relative_by_a_shared_first_name_is_the_one_in_the_household(
        sofias: Session, text: str, action: Any, intent: str) -> None:
    talk = Talk()
    await talk.say("maria keller reached, all fine")
    said = await talk.say(text, action, intent)
    assert "Sofia Keller (C006)" in said and "household" in said, said
    assert new_calls(sofias) == [("C001", "reached", None), ("C006", "no_answer", None)], said
