"""The same call for a relative right after a call ("her husband too", "same for his wife"):
shown for a yes on the one household member who fits, a choice when several fit, said and
nothing written when none does; never feedback, never the customer of the last call."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.call_reports.call_writes import log_call_answer
from knowledge.call_reports.relative_too import relative_too, same_call_for_relative
from knowledge.models.bank import Customer, Interaction, InteractionKind, Staff
from tests.knowledge.call_list.factory import AS_OF, customer


@pytest.fixture
def book(bank: Session) -> Session:
    for cid, name, born, home in [
        ("C000501", "Greta Sandberg", dt.date(1968, 3, 1), "H1"),
        ("C000502", "Nils Sandberg", dt.date(1966, 5, 9), "H1"),      # her husband
        ("C000503", "Elin Sandberg", dt.date(1999, 1, 2), "H1"),      # their daughter
        ("C000504", "Piotr Zielinski", dt.date(1980, 1, 1), None),    # nobody at home
        ("C000505", "Marta Ruiz", dt.date(1950, 1, 1), "H2"),
        ("C000506", "Lucia Ruiz", dt.date(1978, 1, 1), "H2"),
        ("C000507", "Tomas Ruiz", dt.date(1981, 1, 1), "H2"),
    ]:
        row: Customer = customer(bank, cid, name, birth_date=born)
        row.household_id = home
    bank.flush()
    return bank


def _last(session: Session, text: str) -> dict:
    answer = log_call_answer(session=session, staff=session.get(Staff, "A1"), as_of=AS_OF,
                             name=None, customer_id=None, outcome=None, follow_up=None,
                             text=text)
    assert answer.text.startswith("Logged"), answer.text
    return answer.slots["last_write"]


def _calls(session: Session) -> list[str]:
    return sorted(session.scalars(select(Interaction.customer_id).where(
        Interaction.kind == InteractionKind.call)))


@pytest.mark.parametrize("text", ["her husband too", "same for her husband",
                                  "and the husband as well", "Her Husband, too!",
                                  "her husband also - same day",
                                  "and her husband as well, same slot",
                                  "her husband at the same time"])
def test_the_one_relative_who_fits_is_shown_the_same_call(book: Session, text: str) -> None:
    last = _last(book, "greta sandberg wants a meeting on the 18th")
    shown = same_call_for_relative(session=book, staff=book.get(Staff, "A1"), text=text,
                                   last=last)
    assert shown is not None and shown.text.endswith("OK?"), shown
    write = shown.slots["pending_write"]
    assert (write["customer_id"], write["outcome"], write["follow_up_on"]) == (
        "C000502", "follow_up", "2026-06-18")
    assert _calls(book) == ["C000501"]                   # nothing stored before the yes


def test_several_who_fit_are_offered_never_picked(book: Session) -> None:
    last = _last(book, "marta ruiz reached")
    answer = same_call_for_relative(session=book, staff=book.get(Staff, "A1"),
                                    text="her daughter too", last=last)
    assert answer is not None and answer.slots["customer_candidates"] == ["C000506",
                                                                          "C000507"]
    assert not answer.text.endswith("OK?")
    assert _calls(book) == ["C000505"]


def test_nobody_who_fits_is_said_and_nothing_is_written(book: Session) -> None:
    last = _last(book, "piotr zielinski no answer")
    answer = same_call_for_relative(session=book, staff=book.get(Staff, "A1"),
                                    text="his wife too", last=last)
    assert answer is not None and "Nothing was logged" in answer.text, answer
    assert not answer.slots.get("pending_write")
    assert _calls(book) == ["C000504"]


@pytest.mark.parametrize("text", ["his wife", "his wife called too about the app",
                                  "her husband wants a meeting", "too expensive"])
def test_other_messages_about_relatives_are_not_the_same_call(text: str) -> None:
    assert relative_too(text) is None
