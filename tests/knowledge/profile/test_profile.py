"""The summary an advisor reads before a call, and the audit trail of every view."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.access.audit import audit_entries, channel_name, record_view
from knowledge.access.policy import visible_customers
from knowledge.access.staff import get_staff
from knowledge.dates import next_birthday
from knowledge.models.bank import AuditEntry, Staff
from knowledge.profile import build as profile_module
from knowledge.profile.build import build_profile
from knowledge.profile.lookup import CustomerRequest, view_customer
from knowledge.profile.render import NOT_FOUND_TEXT, render_profile
from tests.knowledge.profile.profile_bank import AS_OF, build_bank, days


@pytest.fixture
def bank(session: Session) -> Session:
    build_bank(session)
    return session


def staff(session: Session, staff_id: str) -> Staff:
    found = get_staff(session=session, staff_id=staff_id)
    assert found is not None
    return found


def anna(session: Session, viewer: str = "A001") -> Any:
    return build_profile(
        session=session,
        customer_id="C000001",
        as_of=AS_OF,
        book=visible_customers(staff(session, viewer)),
    )


def test_who_the_customer_is(bank: Session) -> None:
    who = anna(bank).who
    assert (who.name, who.age, who.occupation, who.city) == ("Anna Müller", 64, "Teacher", "Munich")
    assert who.years_with_bank == 21
    # Household members from the asker's book only: Lena Müller is in A002's book.
    assert who.household == ("Hans Müller",)
    assert anna(bank, "M001").who.household == ("Hans Müller", "Lena Müller")


def test_holdings_by_category_leave_out_closed_ones(bank: Session) -> None:
    holdings = anna(bank).holdings
    assert [(c.category, c.balance) for c in holdings.by_category] == [
        ("term_deposit", Decimal("20000.00")),
        ("fund", Decimal("15000.00")),
        ("current_account", Decimal("5000.00")),
    ]
    assert holdings.assets == Decimal("40000.00")


def test_a_cautious_customer_holding_an_equity_fund_is_a_mismatch(bank: Session) -> None:
    risk = anna(bank).risk
    assert risk.profile == 1
    assert [m.product for m in risk.mismatches] == ["Global equity fund"]
    assert "MISMATCH" in render_profile(anna(bank))


def test_recent_notable_transactions_skip_small_and_old_ones(bank: Session) -> None:
    transactions = anna(bank).transactions
    assert [(t.booked_on, t.amount) for t in transactions] == [(days(-15), Decimal("-12000.00"))]


def test_contacts_newest_first_with_the_next_planned_one(bank: Session) -> None:
    contacts = anna(bank).contacts
    assert [c.occurred_on for c in contacts.last] == [days(-5), days(-30), days(-60)]
    assert contacts.next_planned == days(3)


def test_open_complaints_and_recent_feedback(bank: Session) -> None:
    concerns = anna(bank).concerns
    assert [c.note for c in concerns.open_complaints] == ["Card blocked abroad twice"]
    assert concerns.recent_feedback == ((days(-20), "The app login keeps failing"),)


def test_upcoming_maturity_and_birthday(bank: Session) -> None:
    events = anna(bank).events
    assert [(e.kind, e.on) for e in events] == [
        ("birthday", dt.date(2026, 12, 5)),
        ("maturity", days(20)),
    ]
    assert "turns 65" in events[0].text


def test_talking_points_start_with_the_complaint(bank: Session) -> None:
    points = anna(bank).talking_points
    assert points[0].startswith("Start with the open complaint")
    assert any("Suitability" in p for p in points)
    assert any("12,000" in p for p in points)


def test_the_tier_and_contribution_come_from_the_tiers_module(bank: Session) -> None:
    value = anna(bank).value
    assert value.tier in {"top", "high", "mid", "low", "inactive"}
    assert value.contribution is not None and value.contribution > 0
    assert value.relationship_value == Decimal("40000.00")


def test_call_list_reasons_and_the_next_best_offer(
    bank: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from knowledge.call_list import Reason

    def reasons(**_: Any) -> list[Reason]:
        return [
            Reason("maturity", "Term deposit matures soon"),
            Reason("next_best_offer", "Customers like her often hold a pension plan"),
        ]

    monkeypatch.setattr(profile_module, "reasons_for_customer", reasons)
    summary = anna(bank)
    assert [r.code for r in summary.call_reasons or ()] == ["maturity"]
    assert summary.next_best_offer is not None
    text = render_profile(summary)
    assert "Next best offer: Customers like her often hold a pension plan" in text


def test_the_text_reads_in_the_advisors_order(bank: Session) -> None:
    text = render_profile(anna(bank))
    order = [
        "Anna Müller (C000001)",
        "Tier:",
        "Relationship value",
        "Risk profile",
        "Recent:",
        "Last contacts",
        "Concerns",
        "Coming up",
        "Talking points",
    ]
    positions = [text.index(marker) for marker in order]
    assert positions == sorted(positions)


def test_birthday_on_29_february() -> None:
    # The same day the call list's birthday reason uses (knowledge.dates).
    assert next_birthday(dt.date(1988, 2, 29), dt.date(2027, 1, 10)) == dt.date(2027, 2, 28)
    assert next_birthday(dt.date(1988, 2, 29), dt.date(2028, 1, 10)) == dt.date(2028, 2, 29)


# ---------------------------------------------------------------- audit
def test_every_view_is_audited_with_channel_and_via(bank: Session) -> None:
    view_customer(
        session=bank,
        staff=staff(bank, "A001"),
        request=CustomerRequest(text="Anna Müller"),
        as_of=AS_OF,
        channel="slack",
        via="chat",
    )
    view_customer(
        session=bank,
        staff=staff(bank, "A001"),
        request=CustomerRequest(focus_id="C000001", text="what does she hold?"),
        as_of=AS_OF,
        channel="rest",
        via="chat",
        section="holdings",
    )
    entries = audit_entries(session=bank, customer_id="C000001")
    assert [(e.staff_id, e.action, e.channel, e.via, e.granted) for e in entries] == [
        ("A001", "holdings", "rest", "chat", True),
        ("A001", "profile", "slack", "chat", True),
    ]


def test_refused_attempts_are_audited_but_answered_like_unknown(bank: Session) -> None:
    a001 = staff(bank, "A001")
    other = view_customer(
        session=bank,
        staff=a001,
        request=CustomerRequest(customer_id="C000011"),
        as_of=AS_OF,
        channel="api",
        via="api",
    )
    unknown = view_customer(
        session=bank,
        staff=a001,
        request=CustomerRequest(customer_id="C999999"),
        as_of=AS_OF,
        channel="api",
        via="api",
    )
    assert other.text() == unknown.text() == NOT_FOUND_TEXT
    assert other.payload() == unknown.payload() is None
    # Both attempts are audited: the same write on both paths, so the answer's timing does
    # not tell that C000011 exists in another book (bench.not_found_timing measures it).
    refused = audit_entries(session=bank, staff_id="A001")
    assert sorted((e.customer_id, e.granted) for e in refused) == [
        ("C000011", False), ("C999999", False)]


def test_the_audit_entry_is_in_the_same_transaction_as_the_read(bank: Session) -> None:
    view_customer(
        session=bank,
        staff=staff(bank, "A001"),
        request=CustomerRequest(customer_id="C000001"),
        as_of=AS_OF,
        channel="rest",
        via="chat",
    )
    bank.rollback()  # the caller's unit of work failed: no view, no entry
    assert bank.scalars(select(AuditEntry)).all() == []


def test_audit_filters_and_channel_names(bank: Session) -> None:
    for staff_id, customer_id in [("A001", "C000001"), ("A002", "C000010"), ("A001", "C000002")]:
        record_view(
            session=bank,
            staff_id=staff_id,
            customer_id=customer_id,
            channel="msteams",
            via="chat",
            granted=True,
        )
    assert {e.customer_id for e in audit_entries(session=bank, staff_id="A001")} == {
        "C000001",
        "C000002",
    }
    assert [e.staff_id for e in audit_entries(session=bank, customer_id="C000010")] == ["A002"]
    assert {e.channel for e in audit_entries(session=bank)} == {"teams"}
    assert channel_name(None) == "other" and channel_name("slack") == "slack"
    with pytest.raises(ValueError, match="via must be one of"):
        record_view(
            session=bank,
            staff_id="A001",
            customer_id="C000001",
            channel="rest",
            via="fax",
            granted=True,
        )


def _viewed(session: Session, name: str, text: str) -> Any:
    return view_customer(session=session, staff=staff(session, "A001"),
                         request=CustomerRequest(name=name, text=text), as_of=AS_OF,
                         channel="api", via="chat")


def test_the_full_name_in_the_message_picks_among_the_tagged_first_names_matches(
        bank: Session) -> None:
    # Only "anna" tagged; the message spells out "anna schmidt": her profile, no choice.
    shown = _viewed(bank, "anna", "show me anna schmidt")
    assert shown.text().startswith("Anna Schmidt (C000003)")
    # The first name alone still offers both Annas of the book.
    choice = _viewed(bank, "anna", "show me anna")
    assert sorted(c.customer_id for c in choice.choices) == ["C000001", "C000003"]
