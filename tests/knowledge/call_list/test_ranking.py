from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from knowledge.call_list import NoBook, NotAllowed, UnknownStaff, call_list, reasons_for_customer
from knowledge.call_list.outcomes import log_call
from knowledge.models.bank import InteractionKind, Outcome, Staff, TransactionKind
from tests.knowledge.call_list.factory import (
    AS_OF,
    customer,
    holding,
    interaction,
    monthly_flows,
    txn,
)

D = dt.timedelta


def staff(session: Session, sid: str) -> Staff:
    found = session.get(Staff, sid)
    assert found is not None
    return found


def _complaint(session: Session, cid: str, advisor: str = "A1") -> None:
    interaction(
        session, cid, AS_OF - D(days=20), InteractionKind.complaint, Outcome.open, advisor=advisor
    )


def _book(bank: Session) -> None:
    # A1: a rich customer with a birthday, a small customer with a complaint, twelve plain
    # low-value customers with complaints (for paging). A2 and A3 have their own customers.
    customer(bank, "RICH", "Rita Rich", birth_date=AS_OF.replace(year=1960) + D(days=2))
    holding(bank, "RICH", "P-FUND", "900000")
    interaction(bank, "RICH", AS_OF - D(days=10))
    customer(bank, "SMALL", "Sam Small")
    holding(bank, "SMALL", "P-CUR", "10")
    _complaint(bank, "SMALL")
    for n in range(12):
        cid = f"P{n:02d}"
        customer(bank, cid, f"Plain {n:02d}")
        holding(bank, cid, "P-CUR", str(100 + 10 * n))
        _complaint(bank, cid)
    customer(bank, "OTHER", "Olga Other", advisor="A2")
    holding(bank, "OTHER", "P-FUND", "900000")
    _complaint(bank, "OTHER", advisor="A2")
    customer(bank, "SOUTH", "Sven South", advisor="A3")
    holding(bank, "SOUTH", "P-CUR", "100")
    _complaint(bank, "SOUTH", advisor="A3")
    bank.flush()


def test_score_is_value_times_urgency_and_evidence_explains_it(bank: Session) -> None:
    _book(bank)
    result = call_list(session=bank, asker=staff(bank, "A1"), as_of=AS_OF, limit=50)
    scores = [i.score for i in result.items]
    assert scores == sorted(scores, reverse=True)
    for item in result.items:
        parts = item.score_parts
        assert item.score == pytest.approx(parts["value_weight"] * parts["urgency"], abs=1e-3)
    by_id = {i.customer_id: i for i in result.items}
    # An open complaint of a low-tier customer that is also overdue for contact
    # (1.0 x (0.9 + 0.25 x 0.5) = 1.025) outweighs a top-tier birthday (2.0 x 0.3 = 0.6).
    assert by_id["RICH"].tier == "top" and by_id["RICH"].score == pytest.approx(0.6)
    assert by_id["SMALL"].tier == "low" and by_id["SMALL"].score == pytest.approx(1.025)
    assert [r.code for r in by_id["SMALL"].reasons] == ["open_complaint", "coverage_overdue"]
    assert scores.index(1.025) < scores.index(0.6)
    assert [r.code for r in by_id["RICH"].reasons] == ["birthday"]


def test_only_the_own_book_is_listed(bank: Session) -> None:
    _book(bank)
    ids = {
        i.customer_id
        for i in call_list(session=bank, asker=staff(bank, "A1"), as_of=AS_OF, limit=50).items
    }
    assert "OTHER" not in ids and "SOUTH" not in ids and {"RICH", "SMALL"} <= ids


def test_capacity_and_paging(bank: Session) -> None:
    _book(bank)
    asker = staff(bank, "A1")
    first = call_list(session=bank, asker=asker, as_of=AS_OF)
    assert len(first.items) == 8 and first.total == 14 and first.has_more
    second = call_list(session=bank, asker=asker, as_of=AS_OF, offset=8)
    assert len(second.items) == 6 and not second.has_more and second.page == 2
    assert not {i.customer_id for i in first.items} & {i.customer_id for i in second.items}


def test_a_logged_call_removes_the_customer_from_todays_list(bank: Session) -> None:
    _book(bank)
    asker = staff(bank, "A1")
    log_call(session=bank, customer_id="SMALL", advisor_id="A1", as_of=AS_OF, outcome="reached")
    ids = {i.customer_id for i in call_list(session=bank, asker=asker, as_of=AS_OF, limit=50).items}
    assert "SMALL" not in ids
    # Past the recent-contact window the complaint brings them back.
    later = call_list(session=bank, asker=asker, as_of=AS_OF + D(days=8), limit=50)
    assert "SMALL" in {i.customer_id for i in later.items}


def test_recent_contact_drops_out_unless_a_new_urgent_reason(bank: Session) -> None:
    _book(bank)
    h = holding(bank, "RICH", "P-CUR", "1000")
    monthly_flows(bank, h.id, TransactionKind.withdrawal, "1000", 12)
    # RICH was called 10 days ago; with 11 days the birthday alone keeps them off:
    interaction(bank, "RICH", AS_OF - D(days=3))
    asker = staff(bank, "A1")
    ids = {i.customer_id for i in call_list(session=bank, asker=asker, as_of=AS_OF, limit=50).items}
    assert "RICH" not in ids
    # after the call; material for a customer holding 900,000 (a tenth of it or more)
    txn(bank, h.id, AS_OF - D(days=1), "-250000", TransactionKind.withdrawal)
    bank.flush()
    items = {
        i.customer_id: i for i in call_list(session=bank, asker=asker, as_of=AS_OF, limit=50).items
    }
    assert [r.code for r in items["RICH"].reasons] == ["large_withdrawal"]


def test_filters(bank: Session) -> None:
    _book(bank)
    asker = staff(bank, "A1")
    premium = call_list(session=bank, asker=asker, as_of=AS_OF, tier_filter="premium", limit=50)
    assert "RICH" in {i.customer_id for i in premium.items}
    assert {i.tier for i in premium.items} <= {"top", "high"} and len(premium.items) == 3
    complaints = call_list(
        session=bank, asker=asker, as_of=AS_OF, reason_filter="open_complaint", limit=50
    )
    assert "RICH" not in {i.customer_id for i in complaints.items} and complaints.total == 13
    with pytest.raises(ValueError, match="unknown reason"):
        call_list(session=bank, asker=asker, as_of=AS_OF, reason_filter="gossip")


def test_access_rule(bank: Session) -> None:
    _book(bank)
    with pytest.raises(NotAllowed):
        call_list(session=bank, asker=staff(bank, "A1"), target_id="A2", as_of=AS_OF)
    with pytest.raises(NotAllowed):
        call_list(session=bank, asker=staff(bank, "M2"), target_id="A1", as_of=AS_OF)
    with pytest.raises(UnknownStaff):
        call_list(session=bank, asker=staff(bank, "H1"), target_id="A99", as_of=AS_OF)
    with pytest.raises(NoBook):
        call_list(session=bank, asker=staff(bank, "H1"), target_id="H1", as_of=AS_OF)
    of_a2 = call_list(session=bank, asker=staff(bank, "M1"), target_id="A2", as_of=AS_OF, limit=50)
    assert {i.customer_id for i in of_a2.items} == {"OTHER"}
    branch = call_list(session=bank, asker=staff(bank, "M1"), as_of=AS_OF, limit=50)
    ids = {i.customer_id for i in branch.items}
    assert {"OTHER", "SMALL"} <= ids and "SOUTH" not in ids
    head = call_list(session=bank, asker=staff(bank, "H1"), target_id="M2", as_of=AS_OF, limit=50)
    assert {i.customer_id for i in head.items} == {"SOUTH"}


def test_as_of_makes_results_reproducible(bank: Session) -> None:
    _book(bank)
    earlier = AS_OF - D(days=30)  # before the complaints were made
    result = call_list(session=bank, asker=staff(bank, "A1"), as_of=earlier, limit=50)
    assert not any(r.code == "open_complaint" for i in result.items for r in i.reasons)
    assert result.to_json()["as_of"] == earlier.isoformat()


def test_reasons_for_customer_ignores_recent_contact(bank: Session) -> None:
    _book(bank)
    interaction(bank, "RICH", AS_OF)
    codes = [r.code for r in reasons_for_customer(session=bank, customer_id="RICH", as_of=AS_OF)]
    assert codes == ["birthday"]
    assert reasons_for_customer(session=bank, customer_id="NOBODY", as_of=AS_OF) == []


def test_json_shape(bank: Session) -> None:
    _book(bank)
    payload = call_list(session=bank, asker=staff(bank, "A1"), as_of=AS_OF, limit=2).to_json()
    assert set(payload) >= {"advisor_id", "as_of", "items"}
    item = payload["items"][0]
    assert set(item) >= {"customer_id", "name", "score", "tier", "reasons"}
    assert set(item["reasons"][0]) >= {"code", "text", "evidence"}
    assert payload["has_more"] is True
