from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from knowledge.dates import next_birthday
from knowledge.models.bank import InteractionKind, Outcome
from tests.knowledge.call_list.factory import AS_OF, customer, holding, interaction, txn
from tests.knowledge.call_list.helpers import reasons_of

D = dt.timedelta


def _low_tier_customer(bank: Session, cid: str = "C1", **kw) -> None:  # type: ignore[no-untyped-def]
    customer(bank, cid, "Ada Lovelace", birth_date=dt.date(1970, 1, 1), **kw)
    holding(bank, cid, "P-CUR", "1000")


@pytest.mark.parametrize(("days_since", "fires"), [(365, False), (366, True)])
def test_coverage_overdue_low_tier_every_365_days(
    bank: Session, days_since: int, fires: bool
) -> None:
    for n in range(10):  # ten customers with funds push C1 into the low tier
        customer(bank, f"R{n}", f"Rich {n}")
        holding(bank, f"R{n}", "P-FUND", "100000")
    _low_tier_customer(bank)
    interaction(bank, "C1", AS_OF - D(days=days_since))
    reasons = reasons_of(bank, "C1")
    assert ("coverage_overdue" in reasons) is fires
    if fires:
        assert reasons["coverage_overdue"].evidence["tier"] == "low"
        assert reasons["coverage_overdue"].evidence["coverage_days"] == 365


@pytest.mark.parametrize(("days_since", "fires"), [(30, False), (31, True)])
def test_coverage_overdue_top_tier_every_30_days(
    bank: Session, days_since: int, fires: bool
) -> None:
    _low_tier_customer(bank)
    interaction(bank, "C1", AS_OF - D(days=days_since))
    reasons = reasons_of(bank, "C1")
    assert ("coverage_overdue" in reasons) is fires
    if fires:
        evidence = reasons["coverage_overdue"].evidence
        assert evidence["overdue_since"] == AS_OF - D(days=days_since) + D(days=30)
        assert "overdue since" in reasons["coverage_overdue"].text


def test_never_contacted_counts_from_customer_since(bank: Session) -> None:
    _low_tier_customer(bank, since=AS_OF - D(days=40))
    reason = reasons_of(bank, "C1")["coverage_overdue"]
    assert "since they became a customer" in reason.text


@pytest.mark.parametrize(
    ("sessions", "outcome", "fires"),
    [
        (2, Outcome.follow_up, False),
        (3, Outcome.follow_up, True),
        (3, Outcome.sale, False),
    ],
)
def test_repeated_advisory(bank: Session, sessions: int, outcome: Outcome, fires: bool) -> None:
    _low_tier_customer(bank)
    for n in range(sessions):
        last = n == sessions - 1
        interaction(
            bank,
            "C1",
            AS_OF - D(days=10 + 15 * n),
            InteractionKind.advisory_session,
            outcome if last else Outcome.follow_up,
        )
    assert ("repeated_advisory" in reasons_of(bank, "C1")) is fires


def test_repeated_advisory_counts_only_the_window(bank: Session) -> None:
    _low_tier_customer(bank)
    for days in (5, 30, 60):  # the third is exactly 60 days ago: outside "the last 60 days"
        interaction(
            bank, "C1", AS_OF - D(days=days), InteractionKind.advisory_session, Outcome.follow_up
        )
    assert "repeated_advisory" not in reasons_of(bank, "C1")


@pytest.mark.parametrize(
    ("follow_up_days", "age_days", "fires"),
    [
        (1, 5, False),  # follow-up tomorrow, 5 days old
        (0, 5, False),  # follow-up today: not yet past
        (-1, 5, True),  # follow-up was yesterday
        (None, 13, False),
        (None, 14, True),  # open 14 days = complaint_max_open_days
    ],
)
def test_open_complaint_edges(
    bank: Session, follow_up_days: int | None, age_days: int, fires: bool
) -> None:
    _low_tier_customer(bank)
    follow = AS_OF + D(days=follow_up_days) if follow_up_days is not None else None
    interaction(
        bank,
        "C1",
        AS_OF - D(days=age_days),
        InteractionKind.complaint,
        Outcome.open,
        follow_up=follow,
    )
    assert ("open_complaint" in reasons_of(bank, "C1")) is fires


def test_resolved_complaint_is_not_a_reason(bank: Session) -> None:
    _low_tier_customer(bank)
    interaction(bank, "C1", AS_OF - D(days=30), InteractionKind.complaint, Outcome.open)
    interaction(bank, "C1", AS_OF - D(days=20), InteractionKind.service, Outcome.resolved)
    assert "open_complaint" not in reasons_of(bank, "C1")


@pytest.mark.parametrize(("idle_days", "fires"), [(730, False), (731, True)])
def test_dormant_valuable_customer(bank: Session, idle_days: int, fires: bool) -> None:
    customer(bank, "C1", "Rich Sleeper")
    h = holding(bank, "C1", "P-SAV", "80000")
    txn(bank, h.id, AS_OF - D(days=idle_days), "-10")
    reasons = reasons_of(bank, "C1")
    assert ("dormant" in reasons) is fires


def test_dormant_needs_a_formerly_valuable_customer(bank: Session) -> None:
    for n in range(10):  # ten richer customers push C1 to the low tier
        customer(bank, f"R{n}", f"Rich {n}")
        holding(bank, f"R{n}", "P-FUND", "100000")
    customer(bank, "C1", "Small Sleeper")
    h = holding(bank, "C1", "P-CUR", "900")
    txn(bank, h.id, AS_OF - D(days=1000), "-10")
    assert "dormant" not in reasons_of(bank, "C1")


@pytest.mark.parametrize(("offset", "fires"), [(0, True), (6, True), (7, False), (-1, False)])
def test_birthday_within_seven_days(bank: Session, offset: int, fires: bool) -> None:
    birthday = (AS_OF + D(days=offset)).replace(year=1980)
    customer(bank, "C1", "Birthday Person", birth_date=birthday)
    holding(bank, "C1")
    interaction(bank, "C1", AS_OF - D(days=10))
    reasons = reasons_of(bank, "C1")
    assert ("birthday" in reasons) is fires
    if fires:
        assert reasons["birthday"].evidence["age"] == 46


def test_leap_day_birthday() -> None:
    assert next_birthday(dt.date(1980, 2, 29), dt.date(2026, 2, 20)) == dt.date(2026, 2, 28)
