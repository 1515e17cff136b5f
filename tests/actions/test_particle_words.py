"""A customer called by one part of the name in a message whose other words include a
surname's particle ("de", "da", "la", "van"): the particle standing alone is an ordinary word
of French, Italian, Spanish or Dutch, no second name, so the one customer of that first name
or surname is still shown for a yes; a particle beside a surname is part of that name."""

from __future__ import annotations

import datetime as dt

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from knowledge.models.bank import Customer, Outcome, Staff
from knowledge.writes.dispatch import store
from tests.actions.conftest import logged_calls, make_tracker, payloads, texts


@pytest.fixture
def book(people: Session) -> Session:
    people.add_all([
        Customer(id="C000016", name="Marco Gallo", advisor_id="A001"),
        Customer(id="C000026", name="Rui Pereira", advisor_id="A001"),
        Customer(id="C000041", name="Ilse de Jong", advisor_id="A001"),
        Customer(id="C000042", name="Jan van Dijk", advisor_id="A001"),
        Customer(id="C000043", name="Lucía de la Cruz", advisor_id="A001"),
    ])
    people.commit()
    return people


async def _run(text: str) -> tuple[list[str], dict | None]:
    dispatcher = CollectingDispatcher()
    await ActionLogCall().run(dispatcher, make_tracker("A001", text, "log_call_outcome"), {})
    shown = [p["write"] for p in payloads(dispatcher) if p.get("type") == "confirm_write"]
    return texts(dispatcher), (shown[0] if shown else None)


@pytest.mark.parametrize(("text", "stored"), [
    ("marco non risponde da stamattina", ("C000016", Outcome.no_answer, None)),
    ("rui pas de réponse", ("C000026", Outcome.no_answer, None)),
    ("Gallo: buzón de voz", ("C000016", Outcome.no_answer, None)),
    ("rui heeft geen tijd van de week, terugbellen vrijdag",
     ("C000026", Outcome.follow_up, dt.date(2026, 11, 27))),
    ("marco, la segreteria", ("C000016", Outcome.no_answer, None)),
])
async def test_a_lone_particle_is_no_second_name(book: Session, text: str, stored: tuple
                                                 ) -> None:
    said, write = await _run(text)
    assert write is not None and write["customer_id"] == stored[0], said
    assert "did you mean" in said[-1] and logged_calls(book) == []
    store(session=book, staff=book.get(Staff, "A001"), write=write)
    assert logged_calls(book) == [stored]


@pytest.mark.parametrize("text", ["marco van dijk reached", "rui de jong pas de réponse"])
async def test_a_particle_beside_a_surname_is_part_of_another_name(book: Session, text: str
                                                                   ) -> None:
    _said, write = await _run(text)
    assert write is None or write["customer_id"] not in ("C000016", "C000026")
    assert logged_calls(book) == []
