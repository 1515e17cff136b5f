"""A call with a relative of the customer in focus or named ("her daughter who also banks
with us wants a meeting friday", "maria keller's husband: no answer") is never written on that
customer: the household member who fits is shown for a yes, or it is asked. The `people` bank
plus Maria Keller's household: Paul Keller (C007, her age) and Sofia Keller (C006, 30 years
younger); today Monday 2026-11-23 (friday = the 27th)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from knowledge.models.bank import Customer
from tests.actions.conftest import Chat, logged_calls


@pytest.fixture
def household(people: Session) -> Session:
    keller = people.get(Customer, "C001")
    assert keller is not None
    keller.household_id, keller.birth_date = "HH1", dt.date(1962, 3, 1)
    people.add_all([
        Customer(id="C006", name="Sofia Keller", advisor_id="A001", household_id="HH1",
                 birth_date=dt.date(1992, 6, 1)),
        Customer(id="C007", name="Paul Keller", advisor_id="A001", household_id="HH1",
                 birth_date=dt.date(1960, 1, 1)),
    ])
    people.commit()
    return people


def _focus_on_maria() -> Chat:
    chat = Chat()
    chat.slots.update({"focus_customer": "C001", "customer_id": "C001"})
    return chat


@pytest.mark.parametrize(("text", "who", "outcome"), [
    ("Her daughter who also banks with us wants a meeting friday", "C006", "follow_up"),
    ("spoke to her son, not interested", "C006", "not_interested"),
    ("her husband picked up, all fine", "C007", "reached"),
    ("maria keller's husband: no answer", "C007", "no_answer"),
    ("Maria Keller's wife wants a meeting friday", "C007", "follow_up"),
])
async def test_the_relative_in_the_household_is_shown_never_the_customer(
        household: Session, text: str, who: str, outcome: str) -> None:
    said = await _focus_on_maria().say(text)
    assert "in the household of Maria Keller" in said, said
    calls = logged_calls(household)
    assert [c[:2] for c in calls] == [(who, outcome)], said


@pytest.mark.parametrize("text", ["her mother wants an appointment friday",
                                  "talked with her business partner, reached",
                                  "his dad no answer"])
async def test_a_relative_the_household_does_not_show_is_asked(
        household: Session, text: str) -> None:
    said = await _focus_on_maria().say(text)
    assert logged_calls(household) == [], said


async def test_a_relative_without_a_household_is_asked(people: Session) -> None:
    said = await _focus_on_maria().say("her daughter wants a meeting friday")
    assert logged_calls(people) == [], said
    assert "Which customer" in said


async def test_a_relative_talked_about_leaves_the_call_with_the_customer(
        household: Session) -> None:
    said = await Chat().say("spoke to maria keller about her husband, reached")
    assert [c[:2] for c in logged_calls(household)] == [("C001", "reached")], said


@pytest.mark.parametrize("text", [
    "maria keller's husband called, she's in hospital, try her next month",
    "her daughter rang, he wants a meeting friday",
])
async def test_a_relative_passing_on_a_message_about_someone_is_asked(
        household: Session, text: str) -> None:
    said = await _focus_on_maria().say(text)
    assert logged_calls(household) == [], said


@pytest.mark.parametrize(("text", "who", "outcome"), [
    ("spoke to the husband just now, he wants to come in fri", "C007", "follow_up"),
    ("the daughter called back, she's not interested", "C006", "not_interested"),
    ("talked with the husband, reached him, all fine", "C007", "reached"),
])
async def test_the_relative_and_their_own_pronoun_is_the_relative(
        household: Session, text: str, who: str, outcome: str) -> None:
    """"the husband … he wants": the husband's own pronoun, so still the relative's call,
    shown for a yes; never the customer in focus."""
    said = await _focus_on_maria().say(text)
    assert "in the household of Maria Keller" in said, said
    assert [c[:2] for c in logged_calls(household)] == [(who, outcome)], said


@pytest.mark.parametrize(("text", "who"), [("her husband paul too, both fine", "C007"),
                                           ("and her daughter sofia as well", "C006")])
async def test_a_relative_named_by_relation_and_first_name_too_gets_the_same_call(
        household: Session, text: str, who: str) -> None:
    # "her mum ana too, both fine" was stored as the customer's feedback
    chat = Chat()
    await chat.say("maria keller reached")
    said = await chat.say(text)
    assert sorted(c[:2] for c in logged_calls(household)) == sorted(
        [("C001", "reached"), (who, "reached")]), said


async def test_a_relative_whose_first_name_does_not_fit_is_asked(household: Session) -> None:
    chat = Chat()
    await chat.say("maria keller reached")
    said = await chat.say("her husband tomas too")
    assert [c[:2] for c in logged_calls(household)] == [("C001", "reached")], said


@pytest.mark.parametrize(("text", "who", "outcome"), [
    ("her daughter sofia picked up tho, she wants a call back tmrw", "C006", "follow_up"),
    ("her husband paul answered, all fine", "C007", "reached"),
])
async def test_a_relative_named_by_relation_and_first_name_after_a_call_gets_their_own_call(
        household: Session, text: str, who: str, outcome: str) -> None:
    chat = Chat()
    await chat.say("maria keller no answer")
    said = await chat.say(text)
    assert sorted(c[:2] for c in logged_calls(household)) == sorted(
        [("C001", "no_answer"), (who, outcome)]), said


def _asked_about_maria(said: str) -> Chat:
    """ "how did the call with Maria Keller go?" asked after `said` named her and a relative."""
    chat = _focus_on_maria()
    chat.slots["pending_write"] = {"kind": "call", "awaiting": "outcome", "said": said,
                                   "customer_id": "C001", "name": "Maria Keller",
                                   "as_of": "2026-11-23"}
    return chat


@pytest.mark.parametrize(("said", "text"), [
    ("pull up maria keller and her husband paul", "he didnt pick up"),
    ("zeig mir maria keller und ihren mann", "er hat nicht abgenommen"),
])
async def test_a_pronoun_that_fits_the_spouse_named_beside_her_is_the_spouse(
        household: Session, said: str, text: str) -> None:
    answer = await _asked_about_maria(said).say(text)
    assert "Paul Keller" in answer, answer
    assert [c[:2] for c in logged_calls(household)] == [("C007", "no_answer")], answer


async def test_a_pronoun_that_fits_her_stays_with_her(household: Session) -> None:
    answer = await _asked_about_maria("pull up maria keller and her husband paul").say(
        "she didnt pick up")
    assert [c[:2] for c in logged_calls(household)] == [("C001", "no_answer")], answer


async def test_the_spouse_named_by_first_name_needs_no_age_rule(people: Session) -> None:
    # Paul is 25 years older than Maria: the age rule alone would not offer him, his name does
    keller = people.get(Customer, "C001")
    assert keller is not None
    keller.household_id, keller.birth_date = "HH1", dt.date(1985, 3, 1)
    people.add(Customer(id="C007", name="Paul Keller", advisor_id="A001", household_id="HH1",
                        birth_date=dt.date(1960, 1, 1)))
    people.commit()
    answer = await _asked_about_maria("show me maria keller and her husband paul").say(
        "he was not reachable")
    assert [c[:2] for c in logged_calls(people)] == [("C007", "no_answer")], answer
