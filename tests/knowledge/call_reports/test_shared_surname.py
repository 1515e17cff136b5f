"""Two customers of one household written with one surname ("greta und paul lund", "paul
lund et greta"): each found, the words both share given to both, shown for one yes; words
that say each one's own outcome ("she …, he …") are never given to both."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from knowledge.call_reports.customer_clauses import mentions
from knowledge.call_reports.several import several_calls
from knowledge.models.bank import Staff
from tests.knowledge.call_list.factory import AS_OF, customer


@pytest.fixture
def book(bank: Session) -> Session:
    customer(bank, "C000102", "Paul Lund")
    customer(bank, "C000104", "Greta Lund")
    customer(bank, "C000105", "Hanna Wagner")
    customer(bank, "C000201", "Ewa Lund", advisor="A2")  # another advisor's customer
    return bank


def _ask(session: Session, text: str) -> list[tuple[str, str]] | str | None:
    answer = several_calls(session=session, staff=session.get(Staff, "A1"), as_of=AS_OF,
                           text=text)
    if answer is None:
        return None
    pending = answer.slots.get("pending_write")
    if not pending:
        return answer.text
    writes = pending.get("writes") or [pending]
    return sorted((w["customer_id"], w["outcome"]) for w in writes)


@pytest.mark.parametrize(("text", "outcome"), [
    ("greta und paul lund beide nicht erreicht", "no_answer"),
    ("Paul et Greta Lund : répondeur", "no_answer"),
    ("paul i greta lund - nie odbierają", "no_answer"),
    ("Greta en Paul Lund geen gehoor", "no_answer"),
    ("paul lund und greta beide kein Interesse", "not_interested"),
    ("greta och paul lund svarar inte", "no_answer"),
])
def test_both_of_one_surname_get_the_words_they_share(book: Session, text: str,
                                                      outcome: str) -> None:
    assert _ask(book, text) == [("C000102", outcome), ("C000104", outcome)]


@pytest.mark.parametrize("text", [
    "greta and paul lund - she wants a meeting, he's not interested",
    "Paul e Greta Lund: lei non risponde, lui non è interessato",
    "greta und paul lund, sie nicht erreicht, er kein Interesse",
])
def test_words_that_say_each_one_s_own_are_never_given_to_both(book: Session, text: str
                                                               ) -> None:
    answer = _ask(book, text)
    assert not isinstance(answer, list) or ("C000102", "not_interested") not in answer


@pytest.mark.parametrize("text", ["hanna and paul lund no answer", "ewa i paul lund vm"])
def test_a_first_name_no_customer_has_with_that_surname_is_nobody(book: Session, text: str
                                                                  ) -> None:
    found = mentions(book, book.get(Staff, "A1"), text)
    assert [m.customer_id for m in found] == ["C000102"]


@pytest.mark.parametrize("text", [
    "paul und greta lund: paul nicht erreicht, greta Termin nächste Woche",
    "greta och paul lund - paul svarar inte, greta vill ha möte",
])
def test_a_call_s_words_naming_the_other_one_are_not_its_own(book: Session, text: str) -> None:
    answer = _ask(book, text)
    assert not isinstance(answer, list) or ("C000104", "no_answer") not in answer


@pytest.mark.parametrize("text", [
    "paul lund nådd, tillsammans med hans fru greta. båda vill ha möte nästa vecka",
    "Paul Lund erreicht, zusammen mit seiner Frau Greta. Beide wollen einen Termin",
    "paul lund joint, avec sa femme greta : tous les deux veulent un rdv",
])
def test_words_for_both_are_never_left_to_one_of_them(book: Session, text: str) -> None:
    answer = _ask(book, text)
    assert not isinstance(answer, list) or len(answer) == 2


@pytest.mark.parametrize(("text", "expected"), [
    ("the lund household: paul no answer, greta reached",
     [("C000102", "no_answer"), ("C000104", "reached")]),
    ("Familie Lund (Paul + Greta) gemeinsam erreicht, alles gut",
     [("C000102", "reached"), ("C000104", "reached")]),
    ("famille lund : greta répondeur, paul pas intéressé",
     [("C000102", "not_interested"), ("C000104", "no_answer")]),
])
def test_a_household_by_its_surname_and_first_names(book: Session, text: str,
                                                    expected: list) -> None:
    assert _ask(book, text) == expected


@pytest.mark.parametrize("text", ["paul and greta: no answer",
                                  "hanna wagner reached, paul no answer"])
def test_first_names_without_the_household_s_surname_are_no_household(book: Session,
                                                                       text: str) -> None:
    answer = _ask(book, text)
    assert not isinstance(answer, list) or ("C000104", "no_answer") not in answer
