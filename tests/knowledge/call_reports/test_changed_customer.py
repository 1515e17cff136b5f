"""A call report that changes its customer half way is the call with the customer named
last, shown for a yes; two customers reported side by side are still refused as two calls."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.call_reports.call_writes import log_call_answer
from knowledge.models.bank import Interaction, Staff
from tests.knowledge.call_list.factory import AS_OF, customer


@pytest.fixture
def book(bank: Session) -> Session:
    customer(bank, "C000701", "Viktor Hahn")
    customer(bank, "C000702", "Viktor Brandt")
    customer(bank, "C000703", "Olga Sand")
    return bank


def _say(session: Session, text: str):
    return log_call_answer(session=session, staff=session.get(Staff, "A1"), as_of=AS_OF,
                           name=None, customer_id=None, outcome=None, follow_up=None, text=text)


@pytest.mark.parametrize("text", [
    "spoke to Viktor Hahn, sorry, actually it was Viktor Brandt",
    "viktor hahn no answer - no wait, i mean viktor brandt",
    "reached olga sand. oops it was viktor brandt",
])
def test_the_customer_named_after_the_change_is_shown(book: Session, text: str) -> None:
    answer = _say(book, text)
    assert answer.text.endswith("OK?") and "changed the customer" in answer.text, answer.text
    assert answer.slots["pending_write"]["customer_id"] == "C000702"
    assert list(book.scalars(select(Interaction.id))) == []


@pytest.mark.parametrize("text", [
    "viktor hahn reached, olga sand no answer",
    "spoke to viktor hahn and viktor brandt",
])
def test_two_customers_side_by_side_are_not_a_change(book: Session, text: str) -> None:
    answer = _say(book, text)
    assert "changed the customer" not in answer.text, answer.text


@pytest.mark.parametrize("text", [
    "spoke to viktor hahn, actually viktor brandt was there too",
    "viktor hahn reached - wait, also viktor brandt no answer",
])
def test_a_second_person_after_the_word_is_no_change(book: Session, text: str) -> None:
    answer = _say(book, text)
    assert "changed the customer" not in answer.text, answer.text
