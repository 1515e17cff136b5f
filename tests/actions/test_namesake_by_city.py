"""A customer named in full whose namesake in another advisor's book lives in the city the
message gives ("maria keller from dachau - reached", "maria keller (munich) no answer"): the
message means the other one, so nothing is written on the sender's Maria Keller, who is only
offered as a choice; her own city, or no city, and she is the one."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from knowledge.models.bank import Customer, Role, Staff
from tests.actions.conftest import Chat, logged_calls


@pytest.fixture
def namesake(people: Session) -> Session:
    mine = people.get(Customer, "C001")
    assert mine is not None
    mine.city = "Frankfurt am Main"
    people.add(Staff(id="A002", name="Otto Brandt", branch_id="B1", role=Role.advisor))
    people.add_all([Customer(id="C101", name="Maria Keller", advisor_id="A002", city="Dachau"),
                    Customer(id="C102", name="Maria Keller", advisor_id="A002",
                             city="München")])
    people.commit()
    return people


@pytest.mark.parametrize("text", [
    "maria keller from dachau - reached",
    "Maria Keller (munich) no answer",
    "called maria keller in münchen, all good",
    "maria keller aus dachau erreicht",
])
async def test_the_namesake_of_that_city_is_never_my_customer(
        namesake: Session, text: str) -> None:
    said = await Chat().say(text)
    assert logged_calls(namesake) == [], said
    assert "Which one" in said or "not" in said, said


@pytest.mark.parametrize("text", ["maria keller from frankfurt - reached",
                                  "maria keller reached"])
async def test_my_customer_by_her_own_city_or_none(namesake: Session, text: str) -> None:
    said = await Chat().say(text)
    assert [c[0] for c in logged_calls(namesake)] == ["C001"], said
