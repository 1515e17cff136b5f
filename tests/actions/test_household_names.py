""""and sofia?" right after Maria Keller's profile, whose household has a Sofia: Sofia
Keller's profile, not the next page of the call list; a name outside the household is left
to the other readers. The `people` bank plus Maria Keller's household: Sofia Keller (C006)
and Paul Keller (C007)."""

from __future__ import annotations

import datetime as dt

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.call_list import ActionCallListMore
from knowledge.models.bank import Customer
from tests.actions.conftest import make_tracker, texts


@pytest.fixture
def household(people: Session) -> Session:
    keller = people.get(Customer, "C001")
    assert keller is not None
    keller.household_id = "HH1"
    people.add_all([
        Customer(id="C006", name="Sofia Keller", advisor_id="A001", household_id="HH1",
                 birth_date=dt.date(1992, 6, 1)),
        Customer(id="C007", name="Paul Keller", advisor_id="A001", household_id="HH1"),
    ])
    people.commit()
    return people


async def _ask(text: str) -> tuple[str, dict]:
    dispatcher = CollectingDispatcher()
    events = await ActionCallListMore().run(dispatcher, make_tracker(
        "A001", text, "ask_more", slots={"focus_customer": "C001", "customer_id": "C001"}), {})
    return " ".join(texts(dispatcher)), {e["name"]: e["value"] for e in events
                                         if e.get("event") == "slot"}


@pytest.mark.parametrize(("text", "who"), [("and sofia?", "C006"),
                                           ("what about Paul Keller?", "C007"),
                                           ("how about paul", "C007")])
async def test_a_household_member_asked_about_in_passing_is_shown(
        household: Session, text: str, who: str) -> None:
    said, slots = await _ask(text)
    assert slots.get("customer_id") == who, said
    assert slots.get("focus_customer") == who


async def test_a_name_outside_the_household_is_no_household_read(household: Session) -> None:
    said, slots = await _ask("and li?")
    assert slots.get("focus_customer") != "C005" and not said.startswith("Li Wei"), said
