from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.call_list.outcomes import OutcomeInvalid, log_call, parse_follow_up
from knowledge.models.bank import Interaction, Outcome
from tests.knowledge.call_list.factory import customer

MONDAY = dt.date(2026, 6, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tomorrow", dt.date(2026, 6, 16)),
        ("she wants a meeting next week", dt.date(2026, 6, 22)),
        ("on Friday", dt.date(2026, 6, 19)),
        ("call back monday", dt.date(2026, 6, 22)),  # today is Monday: the next one
        ("in 2 weeks", dt.date(2026, 6, 29)),
        ("in three days", dt.date(2026, 6, 18)),
        ("in a month", dt.date(2026, 7, 15)),
        ("next month", dt.date(2026, 7, 1)),
        ("2026-07-03", dt.date(2026, 7, 3)),
        ("on 3 July", dt.date(2026, 7, 3)),
        ("July 3rd", dt.date(2026, 7, 3)),
        ("whenever", None),
        ("", None),
    ],
)
def test_follow_up_expressions(text: str, expected: dt.date | None) -> None:
    assert parse_follow_up(text, MONDAY) == expected


def test_log_call_with_follow_up(bank: Session) -> None:
    customer(bank, "C1", "Ada Lovelace")
    row = log_call(
        session=bank,
        customer_id="C1",
        advisor_id="A1",
        as_of=MONDAY,
        follow_up="next week",
        note="wants a meeting",
    )
    assert row.outcome is Outcome.follow_up and row.follow_up_on == dt.date(2026, 6, 22)
    assert row.occurred_on == MONDAY


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"outcome": "bribed"}, "unknown call outcome"),
        ({"follow_up": "when pigs fly"}, "could not read the follow-up"),
        ({"follow_up": "2026-01-01"}, "in the past"),
        ({"customer_id": "NOPE"}, "no customer"),
    ],
)
def test_bad_outcomes_store_nothing(bank: Session, kwargs: dict[str, str], message: str) -> None:
    customer(bank, "C1", "Ada Lovelace")
    args = {"customer_id": "C1", **kwargs}
    with pytest.raises(OutcomeInvalid, match=message):
        log_call(session=bank, advisor_id="A1", as_of=MONDAY, **args)  # type: ignore[arg-type]
    assert bank.scalars(select(Interaction)).all() == []
