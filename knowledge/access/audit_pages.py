"""The audit log as its readers may see it: head office everything, a branch manager their
branch (views by their branch's staff, and views of their branch's customers by anyone).

Kept apart from `knowledge/access/audit.py` (which writes the log) so reading rules and writing stay
small; advisors do not read the audit log at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, false, func, or_, select, true
from sqlalchemy.orm import Session

from knowledge.access.audit import customer_keys
from knowledge.access.staff import visible_customers
from knowledge.models.bank import AuditEntry, Customer, Role, Staff


@dataclass(frozen=True)
class AuditPage:
    entries: list[AuditEntry]
    total: int
    offset: int
    limit: int


def may_read_audit(staff: Staff) -> bool:
    return staff.role in (Role.head_office, Role.branch_manager)


def _scope(viewer: Staff) -> ColumnElement[bool]:
    if viewer.role is Role.head_office:
        return true()
    if viewer.role is Role.branch_manager:
        branch_staff = select(Staff.id).where(Staff.branch_id == viewer.branch_id)
        branch_customers = select(Customer.id).where(visible_customers(viewer))
        return or_(AuditEntry.staff_id.in_(branch_staff.scalar_subquery()),
                   AuditEntry.customer_id.in_(branch_customers.scalar_subquery()))
    return false()


def audit_page(
    *, session: Session, viewer: Staff, customer_id: str | None = None,
    staff_id: str | None = None, granted: bool | None = None, limit: int = 50, offset: int = 0,
) -> AuditPage:
    """Newest first, filtered, within what `viewer` may read; `total` counts all pages."""
    conditions = [_scope(viewer)]
    if customer_id:
        conditions.append(AuditEntry.customer_id.in_(customer_keys(customer_id)))
    if staff_id:
        conditions.append(AuditEntry.staff_id == staff_id)
    if granted is not None:
        conditions.append(AuditEntry.granted.is_(granted))
    total = session.scalar(select(func.count()).select_from(AuditEntry).where(*conditions)) or 0
    limit = max(1, min(limit, 1000))
    entries = list(session.scalars(
        select(AuditEntry).where(*conditions)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit).offset(max(0, offset))
    ))
    return AuditPage(entries=entries, total=total, offset=max(0, offset), limit=limit)
