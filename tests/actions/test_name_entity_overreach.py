"""The NLU's name entity running on into the report ("rui didnt pick up" tagged whole as the
name): the words after the name that are nobody's name part are not the name, so the call
reads as with the one customer of that name — shown for a yes by full name, as a first name
alone is — or stored at once when the full name was written; a look-alike stays a choice."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from knowledge.models.bank import Outcome, Staff
from knowledge.writes.dispatch import store
from tests.actions.conftest import logged_calls
from tests.actions.test_first_name_alone import _run, book  # noqa: F401  (the fixture)


@pytest.mark.parametrize(("text", "name", "cid", "outcome"), [
    ("rui didnt pick up", "rui didnt pick up", "C000026", Outcome.no_answer),
    ("gallo picked up all good", "gallo picked up", "C000016", Outcome.reached),
    ("Pereira Picked Up, all good", "Pereira Picked Up", "C000026", Outcome.reached),
])
async def test_a_first_name_with_words_after_it_is_shown_by_full_name(
        book: Session, text: str, name: str, cid: str, outcome: Outcome) -> None:  # noqa: F811
    said, write = await _run(text, name)
    assert write is not None and write["customer_id"] == cid, said
    assert logged_calls(book) == []
    store(session=book, staff=book.get(Staff, "A001"), write=write)
    assert [c[:2] for c in logged_calls(book)] == [(cid, outcome)]


async def test_a_full_name_with_words_after_it_is_that_customer(
        book: Session) -> None:  # noqa: F811
    said, write = await _run("lena strand picked up, fine", "lena strand picked up")
    assert [c[:2] for c in logged_calls(book)] == [("C000031", Outcome.reached)] or (
        write is not None and write["customer_id"] == "C000031"), said


async def test_two_customers_of_that_first_name_stay_a_choice(
        book: Session) -> None:  # noqa: F811
    said, write = await _run("lena answered, all fine", "lena answered")
    assert write is None and logged_calls(book) == [], said
    assert "Lena Strand" in said[-1] and "Lena Fischer" in said[-1]
