"""A customer named anywhere in a feedback message (in the advisor's book) is linked, or the
form asks which one: the feedback is never stored without the customer it names."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.models.bank import Feedback
from tests.actions.test_feedback_choice import Conversation, namesakes, stored  # noqa: F401


async def _request(talk: Conversation, message: str) -> str | None:
    talk.slots["requested_slot"] = None
    return await talk.say(message, intent="log_feedback", entities=[],
                          extracted={"feedback_text": message})


@pytest.mark.parametrize("request_, statement", [
    ("i need to log some feedback", "maria keller says statements arrive late"),
    ("log feedback pls", "statements arrive late, maria keller's words"),
    ("quick feedback", "Maria Keller: statements arrive late"),
])
async def test_the_name_in_the_answer_to_what_was_said_is_linked(
    namesakes: Session, request_: str, statement: str,  # noqa: F811
) -> None:
    talk = Conversation()
    assert await _request(talk, request_) == "feedback_text"
    assert await talk.say(statement) is None
    await talk.save()
    [(customer, text)] = stored(namesakes)
    assert customer == "C001" and "statements arrive late" in text


@pytest.mark.parametrize("message", [
    "feedback: jonas weber's card got blocked abroad twice",
    "log feedback - the app logs out all the time, says pedro alves",
    "fb from a customer: ingrid dahl finds the statements confusing",
])
async def test_a_full_name_anywhere_in_the_request_is_linked(
    namesakes: Session, message: str,  # noqa: F811
) -> None:
    talk = Conversation()
    assert await _request(talk, message) is None
    await talk.save()
    [(customer, _)] = stored(namesakes)
    assert customer in ("C002", "C003", "C004")


async def test_two_customers_named_are_asked_about_never_stored_for_one(
    namesakes: Session,  # noqa: F811
) -> None:
    talk = Conversation()
    asked = await _request(talk, "feedback: jonas weber and pedro alves both say the app is slow")
    assert asked == "feedback_customer" and stored(namesakes) == []
    assert await talk.say("the second one", intent="choose_option",
                          entities=[{"entity": "ordinal", "value": "second"}]) is None
    await talk.save()
    assert [c for c, _ in stored(namesakes)] == ["C004"]


async def test_a_refund_in_other_words_is_stored_as_the_compensation(
    namesakes: Session,  # noqa: F811
) -> None:
    talk = Conversation()
    await _request(talk, "feedback for maria keller: fee of 30 eur charged twice, refunded it")
    await talk.save()
    namesakes.expire_all()
    row = namesakes.scalars(select(Feedback)).one()
    assert row.customer_id == "C001" and row.compensation == Decimal("30.00")


@pytest.mark.parametrize("message", [
    "fb: i think our mortgage rates are too high tbh",  # the advisor's own view of the bank
    "will close maria keller's complaint once the refund lands",  # the advisor's plan
])
async def test_the_advisors_own_view_or_plan_is_no_feedback(
    namesakes: Session, message: str,  # noqa: F811
) -> None:
    talk = Conversation()
    await _request(talk, message)
    await talk.save()
    assert stored(namesakes) == []


async def test_a_customer_quoted_in_the_first_person_is_still_feedback(
    namesakes: Session,  # noqa: F811
) -> None:
    talk = Conversation()
    await _request(talk, "fb from maria keller: i think your fees are too high")
    await talk.save()
    [(customer, text)] = stored(namesakes)
    assert customer == "C001" and "fees" in text


async def test_dictated_quote_unquote_is_the_statement_for_the_customer_named(
    namesakes: Session,  # noqa: F811
) -> None:
    talk = Conversation()
    message = "feedback jonas weber quote i love the new savings pots unquote"
    assert await _request(talk, message) is None  # nothing left to ask
    await talk.save()
    [(customer, text)] = stored(namesakes)
    assert customer == "C002" and "savings pots" in text and "unquote" not in text


@pytest.fixture
def two_marias(namesakes: Session) -> Session:  # noqa: F811
    from knowledge.models.bank import Customer

    namesakes.add(Customer(id="C020", name="María Lindqvist", advisor_id="A001"))
    namesakes.commit()
    return namesakes


@pytest.mark.parametrize("text_first", [False, True])  # Rasa may validate either slot first
@pytest.mark.parametrize("message", [
    "maria lindqvist hates the new statement layout",
    "MARIA LINDQVIST: transfers take 3 days, we refunded 15 eur",
])
async def test_a_full_name_beats_the_first_name_the_nlu_tagged(two_marias: Session,
                                                              message: str,
                                                              text_first: bool) -> None:
    # "maria" alone matches Maria Keller and María Lindqvist; the message spells out one
    talk = Conversation()
    talk.slots["requested_slot"] = None
    extracted = {"feedback_customer": "maria", "feedback_text": message}
    if text_first:
        extracted = dict(reversed(extracted.items()))
    asked = await talk.say(message, intent="log_feedback",
                           entities=[{"entity": "customer_name", "value": "maria"}],
                           extracted=extracted)
    assert asked is None
    await talk.save()
    assert [c for c, _ in stored(two_marias)] == ["C020"]


async def test_namesakes_in_full_are_still_asked_about(namesakes: Session) -> None:  # noqa: F811
    talk = Conversation()
    assert await talk.start("kostas georgiou says the app is slow") == "feedback_customer"
