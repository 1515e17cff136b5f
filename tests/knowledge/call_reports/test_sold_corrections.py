"""A correction of WHAT was sold ("sorry, it was the bond not the fund") re-logs the sale with
the product named: the old record kept as an audited reversal, the sale never lost, and a
product word never taken for a customer's name."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.call_reports.call_writes import log_call_answer
from knowledge.call_reports.sold import product_correction
from knowledge.models.bank import Interaction, InteractionKind, Outcome, Staff, WriteReversal
from tests.knowledge.call_list.factory import AS_OF, customer


@pytest.fixture
def book(bank: Session) -> Session:
    customer(bank, "C000301", "Laura Sanchez")
    customer(bank, "C000302", "Maria Bond")  # a surname that is also a product word
    return bank


def _say(session: Session, text: str, last: dict | None = None):
    return log_call_answer(session=session, staff=session.get(Staff, "A1"), as_of=AS_OF,
                           name=None, customer_id=None, outcome=None, follow_up=None, text=text,
                           last_write=last)


def _live(session: Session) -> list[tuple[str, Outcome, str | None]]:
    rows = session.scalars(select(Interaction).where(Interaction.kind == InteractionKind.call))
    return sorted((r.customer_id, r.outcome, r.note) for r in rows)


def _sold_fund(session: Session) -> dict:
    answer = _say(session, "laura sanchez bought the fund")
    assert answer.text.startswith("Logged"), answer.text
    return answer.slots["last_write"]


@pytest.mark.parametrize("correction", [
    "sorry, it was the bond not the fund",
    "oops - the pension plan, not the fund",
    "actually it was the life insurance",
    "make that the ISA",
])
def test_a_new_product_relogs_the_sale_and_keeps_the_old_one_as_a_reversal(
        book: Session, correction: str) -> None:
    last = _sold_fund(book)
    answer = _say(book, correction, last)
    assert answer.text.startswith("Undone") and "Logged instead" in answer.text, answer.text
    live = _live(book)
    assert [(c, o) for c, o, _ in live] == [("C000301", Outcome.sale)]  # the sale is kept
    assert "corrected" in (live[0][2] or "")
    assert book.scalar(select(WriteReversal.record_id)) == last["id"]  # audited, not deleted
    assert answer.slots["last_write"]["write"]["sale_of"] != "fund"


def test_a_negated_product_that_was_not_logged_changes_nothing(book: Session) -> None:
    last = _sold_fund(book)
    answer = _say(book, "sorry, it was the bond not the card", last)
    assert "which product" in answer.text and "Nothing was changed" in answer.text
    assert [(c, o) for c, o, _ in _live(book)] == [("C000301", Outcome.sale)]
    assert book.scalar(select(WriteReversal.record_id)) is None


def test_a_customer_named_in_full_is_still_a_change_of_customer(book: Session) -> None:
    last = _sold_fund(book)
    answer = _say(book, "sorry, it was maria bond not laura sanchez", last)
    assert [c for c, _, _ in _live(book)] == ["C000302"], answer.text


def test_a_product_correction_of_a_call_that_was_no_sale_is_not_one(book: Session) -> None:
    first = _say(book, "laura sanchez no answer")
    answer = _say(book, "sorry, it was the bond not the fund", first.slots["last_write"])
    assert [(c, o) for c, o, _ in _live(book)] != [("C000301", Outcome.sale)], answer.text


@pytest.mark.parametrize(("text", "new"), [
    ("sorry, it was the bond not the fund", "bond"),
    ("no, the equity fund", "equity fund"),
])
def test_the_product_words_are_read(book: Session, text: str, new: str) -> None:
    found = product_correction(book, text)
    assert found is not None and found.new == new


@pytest.mark.parametrize("text", ["sorry, it was greta klein", "wrong day, friday",
                                  "sorry, no answer",
                                  # more than a product: never stored as "loan follow next week"
                                  "actually it was a loan, follow up next week",
                                  "no, she bought the fund on friday"])
def test_other_corrections_name_no_product(book: Session, text: str) -> None:
    assert product_correction(book, text) is None
