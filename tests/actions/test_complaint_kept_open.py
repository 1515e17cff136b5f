"""A report that keeps the complaint open ("wip, not closed yet", "still pending", "noch
offen") closes nothing, whatever the resolving word in it; a call it states is still logged.
The `people` bank: Maria Keller (C001) has an open complaint (I1); today 2026-11-23."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from knowledge.models.bank import Interaction, Outcome
from tests.actions.conftest import Chat, logged_calls


def _complaint(session: Session) -> Outcome:
    session.expire_all()
    row = session.get(Interaction, "I1")
    assert row is not None
    return row.outcome


@pytest.mark.parametrize("text", [
    "complaint maria keller - wip, not closed yet",
    "maria keller complaint still pending",
    "maria keller: complaint not sorted yet",
    "complaint maria keller in progress, not resolved",
    "maria keller beschwerde noch nicht erledigt",
    "maria keller complaint hasn't been closed",
    "couldn't resolve maria keller's complaint",
    "maria keller's complaint is still open",
    "maria keller complaint almost sorted, waiting on the bank transfer",
    "complaint for maria keller yet to be resolved",
])
async def test_a_complaint_said_to_be_open_stays_open(people: Session, text: str) -> None:
    said = await Chat().say(text)
    assert _complaint(people) is Outcome.open, said
    assert logged_calls(people) == [], said


@pytest.mark.parametrize("text", ["reached maria keller, complaint still open",
                                  "spoke to maria keller - complaint not resolved yet"])
async def test_the_call_is_logged_and_the_complaint_kept_open(people: Session, text: str) -> None:
    said = await Chat().say(text)
    assert _complaint(people) is Outcome.open, said
    assert [c[:2] for c in logged_calls(people)] == [("C001", "reached")], said


@pytest.mark.parametrize("text", ["maria keller complaint resolved",
                                  "complaint closed maria keller"])
async def test_a_resolved_complaint_is_still_closed(people: Session, text: str) -> None:
    said = await Chat().say(text)
    assert _complaint(people) is Outcome.resolved, said


@pytest.mark.parametrize("text", [
    "Maria Keller's complaint: she's moving to another bank anyway, nothing more we can do, "
    "pls close it",
    "close maria keller's complaint pls",
    "maria keller complaint can be closed, refund paid",
    "pls close the complaint for maria keller",
    "maria keller - complaint, mark it as resolved",
])
async def test_a_request_to_close_the_complaint_closes_it(people: Session, text: str) -> None:
    said = await Chat().say(text)
    assert _complaint(people) is Outcome.resolved, said


@pytest.mark.parametrize("text", ["maria keller complaint - dont close it yet",
                                  "do not close maria keller's complaint"])
async def test_a_request_not_to_close_it_keeps_it_open(people: Session, text: str) -> None:
    said = await Chat().say(text)
    assert _complaint(people) is Outcome.open, said


@pytest.mark.parametrize("text", ["Maria Keller complaint done", "complaint resolved maria keller",
                                  "maria keller's complaint is sorted"])
async def test_of_two_namesakes_the_one_with_the_open_complaint_is_offered(
        people: Session, text: str) -> None:
    from knowledge.models.bank import Customer

    people.add(Customer(id="C009", name="Maria Keller", advisor_id="A001"))
    people.commit()
    said = await Chat().say(text)
    assert "only Maria Keller (C001) has an open complaint" in said and "OK?" in said, said
    assert _complaint(people) is Outcome.resolved
    assert [c[0] for c in logged_calls(people)] == ["C001"]


async def test_a_name_offered_as_a_choice_is_not_picked_for_its_complaint(
        people: Session) -> None:
    # another book's "Maria Kellner" offered as my Maria Keller: asked, never taken because
    # she has the open complaint
    from knowledge.models.bank import Customer

    people.add(Customer(id="X001", name="Maria Kellner", advisor_id="M001"))
    people.commit()
    said = await Chat().say("maria kellner complaint resolved")
    assert "open complaint;" not in said, said
    assert _complaint(people) is Outcome.open and logged_calls(people) == []


@pytest.mark.parametrize("text", ["if maria keller calls back about her complaint, close it",
                                  "when maria keller confirms the refund, close her complaint",
                                  "will close maria keller's complaint tomorrow",
                                  "should i close maria keller's complaint?"])
async def test_a_close_that_waits_for_something_closes_nothing(people: Session, text: str) -> None:
    said = await Chat().say(text)
    assert _complaint(people) is Outcome.open, said


@pytest.mark.parametrize("text", [
    "maria kellers complaint can be closed as soon as the refund is through",
    "pls close maria keller's complaint when the chargeback arrives",
])
async def test_a_complaint_to_close_on_a_condition_stays_open(people: Session, text: str
                                                              ) -> None:
    said = await Chat().say(text)  # every "OK?" answered yes
    assert _complaint(people) is Outcome.open, said
    assert logged_calls(people) == [], said
    assert "not happened yet" in said
