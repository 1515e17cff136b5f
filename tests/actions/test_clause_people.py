"""Several customers' calls in one message, names written only in part ("jonas got through,
meeting fri, pedro didnt"): each customer's outcome and date from their own clause, all shown
for one yes; a name that could be two customers, or a clause that cannot be read, is asked
about and nothing is stored — never one customer's call from the whole message, never one
clause's date on another customer.

The `people` bank (Maria Keller C001, Jonas Weber C002, Ingrid Dahl C003, Pedro Alves C004,
Li Wei C005); today Monday 2026-11-23 (so "fri" is the 27th)."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from knowledge.models.bank import Customer
from tests.actions.conftest import Chat, new_calls


@pytest.mark.parametrize("text", [
    "jonas got through, meeting fri, pedro didnt",
    "Jonas picked up - wants an appt friday. pedro nope",
    "jonas weber answered, mtg on friday; pedro alves did not",
])
async def test_each_customer_gets_the_outcome_of_their_own_clause(
        people: Session, text: str) -> None:
    said = await Chat().say(text)
    assert new_calls(people) == [("C002", "follow_up", "2026-11-27"),
                                 ("C004", "no_answer", None)], said


async def test_a_same_clause_takes_the_outcome_but_never_the_date(people: Session) -> None:
    said = await Chat().say("ingrid no answer, pedro too")
    assert new_calls(people) == [("C003", "no_answer", None), ("C004", "no_answer", None)], said
    people.commit()
    chat = Chat()
    said = await chat.say("ingrid dahl reached, wants a meeting fri, maria keller too")
    assert "nothing was logged" in said
    assert ("C001", "follow_up", "2026-11-27") not in new_calls(people)


async def test_a_first_name_two_customers_share_is_asked_about(people: Session) -> None:
    people.add(Customer(id="C006", name="Jonas Lind", advisor_id="A001"))
    people.commit()
    said = await Chat().say("jonas no answer, pedro reached, all fine")
    assert "Jonas Weber or Jonas Lind" in said or "Jonas Lind or Jonas Weber" in said
    assert "nothing was logged" in said
    assert new_calls(people) == []


async def test_the_first_name_of_the_customer_in_view_is_that_customer(
        people: Session) -> None:
    people.add(Customer(id="C006", name="Jonas Lind", advisor_id="A001"))
    people.commit()
    chat = Chat()
    await chat.say("jonas weber no answer")
    said = await chat.say("jonas called back, mtg fri, li didnt pick up")
    assert ("C002", "follow_up", "2026-11-27") in new_calls(people), said
    assert ("C005", "no_answer", None) in new_calls(people), said
    assert not [c for c in new_calls(people) if c[0] == "C006"]


async def test_a_relative_named_in_a_clause_is_no_second_call(people: Session) -> None:
    said = await Chat().say("maria keller reached, her son jonas picked up first")
    assert [c for c in new_calls(people) if c[0] == "C002"] == [], said


async def test_a_full_name_two_customers_share_is_never_one_of_them(people: Session) -> None:
    people.add(Customer(id="C006", name="Pedro Alves", advisor_id="A001"))
    people.commit()
    said = await Chat().say("ingrid dahl reached, wants mtg fri; pedro alves n/a")
    assert new_calls(people) == [], said
    assert "more than one customer" in said


async def test_she_opening_the_message_is_the_customer_in_focus_not_the_one_named(
        people: Session) -> None:
    chat = Chat()
    await chat.say("maria keller no answer")
    said = await chat.say("she called back, mtg fri, pedro didnt")
    assert ("C001", "follow_up", "2026-11-27") in new_calls(people), said
    assert ("C004", "no_answer", None) in new_calls(people), said
    assert not [c for c in new_calls(people) if c[0] == "C004" and c[1] != "no_answer"]


async def test_he_after_a_name_is_that_customer(people: Session) -> None:
    chat = Chat()
    await chat.say("maria keller no answer")
    said = await chat.say("jonas weber reached, he wants a meeting fri")
    assert new_calls(people) == [("C001", "no_answer", None),
                                 ("C002", "follow_up", "2026-11-27")], said


async def test_a_denial_after_a_wish_is_asked_not_read_as_no_answer(people: Session) -> None:
    said = await Chat().say("jonas wants a meeting fri, pedro doesnt")
    assert new_calls(people) == [], said
    assert "nothing was logged" in said


async def test_two_name_parts_side_by_side_are_one_name_not_two_customers(
        people: Session) -> None:
    said = await Chat().say("spoke to jonas alves at the fair, all fine")
    assert new_calls(people) == [], said


@pytest.mark.parametrize("text", [
    "reached maria keller, she knows pedro alves, wants the same deal, mtg fri",
    "pedro alves no answer, maria keller's husband picked up",
])
async def test_a_customer_only_talked_about_in_a_clause_gets_no_call(
        people: Session, text: str) -> None:
    said = await Chat().say(text)
    calls = new_calls(people)
    assert not [c for c in calls if c[0] == "C004" and c[1] != "no_answer"], said
    assert not [c for c in calls if c[0] == "C001" and "husband" in text], said
