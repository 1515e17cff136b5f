"""Several calls in one unpunctuated message: each customer found where written, each clause
read from its own words (outcome and date), every call shown together for one yes, never
only the first one."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from knowledge.call_reports.customer_clauses import (
    Mention,
    calls_by_customer,
    customer_clauses,
    mentions,
    shared,
)
from knowledge.call_reports.several import several_calls
from knowledge.models.bank import Staff
from tests.knowledge.call_list.factory import AS_OF, customer


@pytest.fixture
def book(bank: Session) -> Session:
    customer(bank, "C000101", "Hanna Wagner")
    customer(bank, "C000102", "Paul Lund")
    customer(bank, "C000103", "Liu Strand")
    customer(bank, "C000104", "Greta Lund")
    customer(bank, "C000105", "Zoë Müller")
    customer(bank, "C000201", "Ewa Nowak", advisor="A2")  # another advisor's customer
    customer(bank, "C000202", "Hanna Wagner", advisor="A2")  # a namesake in another book
    return bank


def _ask(session: Session, text: str) -> list[tuple[str, str, str | None]] | str | None:
    answer = several_calls(session=session, staff=session.get(Staff, "A1"), as_of=AS_OF,
                           text=text)
    if answer is None:
        return None
    pending = answer.slots.get("pending_write")
    if not pending:
        return answer.text
    assert pending["kind"] == "calls"
    return [(w["customer_id"], w["outcome"], w["follow_up_on"]) for w in pending["writes"]]


def test_customers_are_found_where_written_by_name_or_id(book: Session) -> None:
    text = "zoe muller vm c000102 reached ewa nowak no answer"
    found = mentions(book, book.get(Staff, "A1"), text)
    assert [(m.customer_id, text[m.start:m.end]) for m in found] == [
        ("C000105", "zoe muller"), ("C000102", "c000102")]  # not the other book's customer


@pytest.mark.parametrize(("text", "outcome_first", "expected"), [
    ("left a msg for AA BB got through to CC DD", True,
     ["left a msg for AA BB", "got through to CC DD"]),
    ("AA BB bought the bond CC DD line busy", False, ["AA BB bought the bond", "CC DD line busy"]),
    ("rang AA BB callback mon, CC DD nobody picked up", True,
     ["rang AA BB callback mon", "CC DD nobody picked up"]),
])
def test_the_words_between_two_customers_follow_the_message_s_order(
        text: str, outcome_first: bool, expected: list[str]) -> None:
    found = [Mention(text.index(n), text.index(n) + len(n), n) for n in ("AA BB", "CC DD")]
    assert [c.text for c in customer_clauses(text, found, outcome_first=outcome_first)] == \
        expected


@pytest.mark.parametrize(("text", "stated", "expected"), [
    ("vm for AA BB or CC DD", [True, False], ["vm for AA BB", "vm for CC DD"]),
    ("AA BB & CC DD not keen", [False, True], ["AA BB not keen", "CC DD not keen"]),
])
def test_a_customer_only_joined_to_another_shares_that_one_s_outcome(
        text: str, stated: list[bool], expected: list[str]) -> None:
    found = [Mention(text.index(n), text.index(n) + len(n), n) for n in ("AA BB", "CC DD")]
    first = text.startswith("vm")
    clauses = customer_clauses(text, found, outcome_first=first)
    assert [c.text for c in shared(text, found, clauses, stated, outcome_first=first)] == \
        expected


@pytest.mark.parametrize(("text", "expected"), [
    ("no answr paul lund voicemail liu strand spoke to greta lund fine",
     [("C000102", "no_answer", None), ("C000103", "no_answer", None),
      ("C000104", "reached", None)]),
    ("c000101 not interested c000103 meeting 3rd dec",
     [("C000101", "not_interested", None), ("C000103", "follow_up", "2026-12-03")]),
    ("Liu Strand wants to meet friday Paul Lund never picked up",
     [("C000102", "no_answer", None), ("C000103", "follow_up", "2026-06-19")]),
    ("couldn't reach greta lund or zoe müller",
     [("C000104", "no_answer", None), ("C000105", "no_answer", None)]),
    ("hanna wagner sold the isa liu strand said no thanks",
     [("C000101", "sale", None), ("C000103", "not_interested", None)]),
])
def test_every_call_of_an_unpunctuated_message_is_shown_with_its_own_outcome_and_date(
        book: Session, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    got = _ask(book, text)
    assert isinstance(got, list), got
    assert sorted(got) == expected


def test_one_customer_s_date_never_lands_on_another(book: Session) -> None:
    calls = _ask(book, "paul lund no answer liu strand appointment tmrw")
    assert isinstance(calls, list)
    assert ("C000102", "no_answer", None) in calls
    assert ("C000103", "follow_up", "2026-06-16") in calls


@pytest.mark.parametrize("text", [
    "will ring paul lund and liu strand tmrw",  # a plan, nothing happened
    "paul lund reached liu",  # the second only half named
    "paul lund reached ewa nowak no answer",  # another book's customer
])
def test_anything_less_than_each_call_stated_for_this_book_is_no_batch(book: Session,
                                                                       text: str) -> None:
    assert not isinstance(_ask(book, text), list)


def test_several_calls_of_which_one_is_unclear_are_refused_not_cut_to_the_first(
        book: Session) -> None:
    answer = calls_by_customer(session=book, staff=book.get(Staff, "A1"), as_of=AS_OF,
                               text="paul lund no answer liu strand reached greta lund maybe")
    assert answer is not None and "nothing was logged" in answer.text
    assert not answer.slots.get("pending_write")


@pytest.mark.parametrize("text", ["spoke to paul lund via his cousin liu strand, all fine",
                                  "paul lund no answer her neighbour greta lund says hi"])
def test_a_customer_only_mentioned_by_relation_is_no_second_call(book: Session,
                                                                 text: str) -> None:
    assert calls_by_customer(session=book, staff=book.get(Staff, "A1"), as_of=AS_OF,
                             text=text) is None


@pytest.mark.parametrize("text", ["c000101 paul lund sold the isa", "paul lund (c000101) vm"])
def test_an_id_and_a_name_side_by_side_are_one_customer_never_two_calls(book: Session,
                                                                        text: str) -> None:
    assert calls_by_customer(session=book, staff=book.get(Staff, "A1"), as_of=AS_OF,
                             text=text) is None


def test_two_customers_side_by_side_without_a_joining_word_share_nothing(book: Session) -> None:
    answer = calls_by_customer(session=book, staff=book.get(Staff, "A1"), as_of=AS_OF,
                               text="paul lund liu strand no answer")
    assert answer is None or not answer.slots.get("pending_write")
