"""What one message says, through the actions, checked in the database (issue #14, round
s26): a colleague's call is never logged as the sender's; a correction that ends in "undo
that" only takes the call back; feedback a relative gave is the relative's, never the
customer the relation points from. The `people` bank (Maria Keller C001, Jonas Weber C002,
Ingrid Dahl C003, …); today Monday 2026-11-23."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.models.bank import Customer, Feedback, Staff
from knowledge.writes.unplaced import customer_statement
from tests.actions.conftest import Chat, logged_calls


@pytest.mark.parametrize("text", [
    "tom from the back office rang jonas weber for me, no answer",
    "lisa rang jonas weber for me this morning, reached",
    "my colleague talked to jonas weber yesterday, all fine",
    "the trainee called mr weber, he wants a meeting friday",
])
async def test_a_colleagues_call_is_not_logged_as_the_senders(people: Session,
                                                              text: str) -> None:
    said = await Chat().say(text)
    assert logged_calls(people) == [], said
    assert "colleague's call" in said


@pytest.mark.parametrize(("text", "outcome"), [
    ("finally rang jonas weber, reached", "reached"),
    ("jonas weber called me back, all fine", "reached"),
])
async def test_the_senders_own_call_is_still_logged(people: Session, text: str,
                                                    outcome: str) -> None:
    said = await Chat().say(text)
    assert [(c[0], c[1].value) for c in logged_calls(people)] == [("C002", outcome)], said


async def test_a_correction_that_ends_in_undo_only_takes_the_call_back(people: Session) -> None:
    from actions.writes import ActionUndoWrite

    chat = Chat()
    await chat.say("jonas weber reached")
    assert len(logged_calls(people)) == 1
    said = await chat.say("hang on, mixed them up - that was ingrid dahl's question, not a "
                          "call. delete it", ActionUndoWrite(), "undo_write")
    assert logged_calls(people) == [], said


@pytest.fixture
def household(people: Session) -> Session:
    keller = people.get(Customer, "C001")
    assert keller is not None
    keller.household_id, keller.birth_date = "HH1", dt.date(1962, 3, 1)
    people.add(Customer(id="C007", name="Paul Keller", advisor_id="A001", household_id="HH1",
                        birth_date=dt.date(1960, 1, 1)))
    people.commit()
    return people


def _staff(session: Session) -> Staff:
    staff = session.get(Staff, "A001")
    assert staff is not None
    return staff


def test_feedback_a_relative_gave_is_shown_as_the_relatives(household: Session) -> None:
    answer = customer_statement(session=household, staff=_staff(household), channel="rest",
                                text="maria keller's husband paul complained about the fees")
    assert answer is not None
    write = answer.slots["pending_write"]
    assert write["customer_id"] == "C007", answer.text
    assert "in the household of Maria Keller" in answer.text


def test_feedback_of_a_relative_nobody_fits_is_not_put_on_the_customer(people: Session) -> None:
    answer = customer_statement(session=people, staff=_staff(people), channel="rest",
                                text="maria keller's husband complained about the card fees")
    assert answer is not None and not answer.slots.get("pending_write"), answer.text
    people.expire_all()
    assert list(people.scalars(select(Feedback))) == []


@pytest.mark.parametrize("text", [
    "reached jonas weber. he mentioned his neighbour ingrid dahl banks with us too",
    "spoke to jonas weber - he said his colleague Ingrid Dahl might want a mortgage",
])
async def test_a_customer_only_talked_about_is_not_the_one_called(people: Session,
                                                                  text: str) -> None:
    said = await Chat().say(text)
    assert [c[0] for c in logged_calls(people)] == ["C002"], said


@pytest.mark.parametrize("text", ["did i ever reach jonas weber last month?",
                                  "when did we last speak to jonas weber?"])
async def test_asking_whether_a_customer_was_reached_shows_them_and_logs_nothing(
        people: Session, text: str) -> None:
    from actions.writes import ActionFallback

    said = await Chat().say(text, ActionFallback(), "nlu_fallback")
    assert "Jonas Weber" in said
    assert logged_calls(people) == [], said



@pytest.fixture
def household_across_books(people: Session) -> Session:
    """Paul Keller (C007) in the sender's book; his wife Vera Keller (C000099) in another
    advisor's book of another branch, the same household."""
    from knowledge.models.bank import Branch, Role

    people.add(Branch(id="B9", name="Elsewhere"))
    people.flush()
    people.add(Staff(id="A009", name="Other Advisor", branch_id="B9", role=Role.advisor))
    people.flush()
    people.add(Customer(id="C000099", name="Vera Keller", advisor_id="A009", household_id="HH9",
                        birth_date=dt.date(1961, 5, 5)))
    people.add(Customer(id="C007", name="Paul Keller", advisor_id="A001", household_id="HH9",
                        birth_date=dt.date(1960, 1, 1)))
    people.commit()
    return people


@pytest.mark.parametrize("text", ["c000099's husband complained about the card fees",
                                  "C000099's husband paul says the app is useless"])
def test_a_relative_of_another_books_customer_names_no_one_and_is_refused(
        household_across_books: Session, text: str) -> None:
    from knowledge.models.bank import AuditEntry

    session = household_across_books
    answer = customer_statement(session=session, staff=_staff(session), channel="rest",
                                text=text)
    assert answer is None or not answer.slots.get("pending_write"), answer.text
    assert answer is None or "Vera" not in answer.text, answer.text
    session.expire_all()
    refused = list(session.scalars(select(AuditEntry).where(
        AuditEntry.customer_id == "C000099", AuditEntry.granted.is_(False))))
    assert refused, "the other book's customer was looked up without a refusal in the audit"


@pytest.mark.parametrize("text", [
    "reached jonas weber via his friend maria keller, not interested",
    "Jonas Weber no answer - his neighbour ingrid dahl told me he is abroad",
])
async def test_the_call_read_past_a_mentioned_customer_is_shown_for_a_yes(people: Session,
                                                                         text: str) -> None:
    said = await Chat().say(text)  # Chat answers a shown write with "yes"
    shown, _, stored = said.partition("OK? | ")
    assert "only mentioned" in shown and "Jonas Weber" in shown and stored, said
    assert [c[0] for c in logged_calls(people)] == ["C002"], said
