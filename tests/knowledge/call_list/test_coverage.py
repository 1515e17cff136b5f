"""Call-list coverage per advisor: overdue, due soon and contacted, under the access rule."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from knowledge.access.staff import get_staff
from knowledge.call_list.coverage import AdvisorCoverage, advisor_coverage
from knowledge.settings import get_settings
from knowledge.value.compute import clear_bank_cache
from tests.knowledge.call_list.factory import AS_OF, base_bank, customer, holding, interaction

D = dt.timedelta


@pytest.fixture
def bank(session: Session) -> Iterator[Session]:
    """Every customer with a holding has the same contribution, hence the same (top) tier and
    a 30-day coverage plan; C4 holds nothing and is inactive (no coverage plan)."""
    get_settings.cache_clear()
    clear_bank_cache()
    base_bank(session)
    for cid, advisor, last_contact in [
        ("C1", "A1", 10),  # covered; due in 20 days
        ("C2", "A1", 40),  # overdue since 10 days
        ("C3", "A1", 25),  # covered; due in 5 days
        ("C5", "A2", None),  # never contacted, customer since 2015: overdue
        ("C6", "A3", 5),
    ]:
        customer(session, cid, f"Customer {cid}", advisor)
        holding(session, cid, "P-CUR", "1000")
        if last_contact is not None:
            interaction(session, cid, AS_OF - D(days=last_contact), advisor=advisor)
    customer(session, "C4", "Customer C4", "A1")
    yield session
    clear_bank_cache()


def _rows(session: Session, staff_id: str, **kw: int) -> dict[str, AdvisorCoverage]:
    staff = get_staff(session=session, staff_id=staff_id)
    assert staff is not None
    report = advisor_coverage(session=session, staff=staff, as_of=AS_OF, **kw)
    return {row.advisor_id: row for row in report.advisors}


def test_counts_overdue_due_soon_and_contacted_per_advisor(bank: Session) -> None:
    rows = _rows(bank, "H1")
    a1 = rows["A1"]
    assert (a1.customers, a1.planned, a1.overdue, a1.due_soon, a1.contacted) == (4, 3, 1, 1, 2)
    assert a1.covered_share == pytest.approx(2 / 3, abs=1e-4)
    a2 = rows["A2"]
    assert (a2.customers, a2.planned, a2.overdue, a2.contacted) == (1, 1, 1, 0)
    assert a2.covered_share == 0


def test_windows_are_parameters(bank: Session) -> None:
    a1 = _rows(bank, "H1", due_within_days=25, contacted_within_days=5)["A1"]
    assert (a1.due_soon, a1.contacted) == (2, 0)


def test_roles_advisor_own_row_manager_branch_head_office_all(bank: Session) -> None:
    assert list(_rows(bank, "A1")) == ["A1"]
    assert list(_rows(bank, "M1")) == ["A1", "A2"]
    assert list(_rows(bank, "M2")) == ["A3"]
    assert list(_rows(bank, "H1")) == ["A1", "A2", "A3"]
    # A manager's rows count only the customers of the manager's branch.
    assert _rows(bank, "M1")["A1"].customers == 4


def test_advisor_without_customers_has_no_share(bank: Session) -> None:
    from knowledge.models.bank import Role, Staff

    bank.add(Staff(id="A9", name="New Advisor", branch_id="B1", role=Role.advisor))
    bank.flush()
    row = _rows(bank, "M1")["A9"]
    assert (row.customers, row.planned, row.covered_share) == (0, 0, None)
    assert row.as_dict()["covered_share"] is None


def test_refuses_negative_windows(bank: Session) -> None:
    with pytest.raises(ValueError, match="due_within_days"):
        _rows(bank, "H1", due_within_days=-1)
