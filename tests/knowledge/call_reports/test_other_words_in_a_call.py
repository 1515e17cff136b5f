"""A call report in the advisors' other languages against a small book: a pronoun of theirs
("lui", "ona", "hon") points at the customer in focus, shown for a yes like "she"; a clause
that is only outcome words ("pas de réponse") is no second customer."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.call_reports.call_writes import log_call_answer
from knowledge.models.bank import Interaction, InteractionKind, Staff
from tests.knowledge.call_list.factory import AS_OF, customer


@pytest.fixture
def book(bank: Session) -> Session:
    customer(bank, "C000101", "Aurélie Laurent")
    customer(bank, "C000102", "Rui Gallo")
    customer(bank, "C000103", "Marc de Vries")
    return bank


def _say(session: Session, text: str, focus: str | None = None):
    return log_call_answer(session=session, staff=session.get(Staff, "A1"), as_of=AS_OF,
                           name=None, customer_id=None, outcome=None, follow_up=None, text=text,
                           focus=focus)


def _calls(session: Session) -> list[Interaction]:
    return list(session.scalars(select(Interaction).where(
        Interaction.occurred_on == AS_OF, Interaction.kind == InteractionKind.call)))


@pytest.mark.parametrize("text", ["lui non risponde", "ona nie odbiera", "hon svarar inte",
                                  "elle ne répond pas", "hij neemt niet op"])
def test_their_pronoun_is_the_customer_in_focus_shown_first(book: Session, text: str) -> None:
    answer = _say(book, text, focus="C000102")
    assert "Rui Gallo" in answer.text and answer.text.endswith("OK?")
    assert answer.slots["pending_write"]["customer_id"] == "C000102"
    assert _calls(book) == []


def test_no_pronoun_and_no_name_is_still_asked(book: Session) -> None:
    answer = _say(book, "il 3 dicembre appuntamento", focus="C000102")
    assert "Which customer" in answer.text
    assert _calls(book) == []


@pytest.mark.parametrize("text", ["Aurélie Laurent : répondeur, pas de réponse",
                                  "aurelie laurent - mailbox, keine Antwort"])
def test_a_clause_of_outcome_words_is_no_second_customer(book: Session, text: str) -> None:
    _say(book, text)
    assert [(c.customer_id, c.outcome.value) for c in _calls(book)] == [
        ("C000101", "no_answer")]
