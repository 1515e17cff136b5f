"""A choice of customers answered with the call itself ("spoke to the kellers" → which one?
→ "paul wants a meeting on the 30th about his savings"): the one offered that the first name
fits, shown for a yes saying so — never a second question offering that one alone.

The `people` bank plus Paul Keller (C007); today Monday 2026-11-23."""

from __future__ import annotations

from sqlalchemy.orm import Session

from knowledge.models.bank import Customer
from tests.actions.conftest import Talk, new_calls


async def test_a_first_name_of_the_choice_with_its_outcome_is_that_customers_call(
        people: Session) -> None:
    people.add(Customer(id="C007", name="Paul Keller", advisor_id="A001"))
    people.commit()
    talk = Talk()
    asked = await talk.say("talked to the kellers")
    assert "Paul Keller" in asked and "Maria Keller" in asked, asked
    said = await talk.say("paul wants a meeting on the 30th about his savings")
    assert new_calls(people) == [("C007", "follow_up", "2026-11-30")], said
    assert "“”" not in said and "Paul Keller (C007), one of the customers" in said, said
