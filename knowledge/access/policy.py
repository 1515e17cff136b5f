"""Need to know, once: which customers a member of staff may see, and the one way to refuse.

Every member of staff has a *scope*: an advisor their own book, a branch manager their
branch (every book of its advisors), head office the whole bank. `customers_in(scope)` is
that scope as a WHERE clause on `Customer` (usable in any query), `staff_in(scope)` the
staff whose work it covers. Managers (branch managers and head office) may also manage
themes, read the audit log and see the coverage dashboard.

A customer outside the asker's scope is refused by `require_visible`: the attempt is
audited (`granted=False`) in a transaction of its own, so it stays on record even though the
caller's work is rolled back, and `NotVisible` is raised. The asker is told exactly what an
unknown customer gets: the API its 404, the chat its "not found" sentence.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Engine, select, true
from sqlalchemy.orm import Session

from knowledge.access.audit import record_views
from knowledge.models.bank import Customer, Role, Staff

MANAGER_ROLES = frozenset({Role.branch_manager, Role.head_office})


class Reach(enum.Enum):
    book = "book"
    branch = "branch"
    bank = "bank"


@dataclass(frozen=True)
class Scope:
    """What one member of staff may see: their own book, their branch, or the bank."""

    reach: Reach
    staff_id: str
    branch_id: str | None


class NotVisible(LookupError):
    """The customer is not in the asker's scope (or does not exist: the answer is the same).

    Raised after the attempt was audited; `customer_ids` are the ids audited (those of
    existing customers, unless the caller asked for every id to be)."""

    def __init__(self, customer_ids: Iterable[str], action: str) -> None:
        self.customer_ids = tuple(customer_ids)
        self.action = action
        super().__init__(f"customer not in the asker's scope ({action})")


def scope_of(staff: Staff) -> Scope:
    if staff.role is Role.head_office:
        return Scope(Reach.bank, staff.id, staff.branch_id)
    if staff.role is Role.branch_manager:
        return Scope(Reach.branch, staff.id, staff.branch_id)
    return Scope(Reach.book, staff.id, staff.branch_id)


def is_manager(staff: Staff) -> bool:
    """Branch managers and head office: themes, the audit log, the coverage dashboard."""
    return staff.role in MANAGER_ROLES


def staff_in(scope: Scope) -> ColumnElement[bool]:
    """A WHERE clause on `Staff`: the members of staff whose books the scope covers."""
    if scope.reach is Reach.bank:
        return true()
    if scope.reach is Reach.branch:
        return Staff.branch_id == scope.branch_id
    return Staff.id == scope.staff_id


def customers_in(scope: Scope) -> ColumnElement[bool]:
    """A WHERE clause on `Customer`: the customers the scope may see."""
    if scope.reach is Reach.bank:
        return true()
    if scope.reach is Reach.branch:
        branch_staff = select(Staff.id).where(staff_in(scope))
        return Customer.advisor_id.in_(branch_staff.scalar_subquery())
    return Customer.advisor_id == scope.staff_id


def visible_customers(staff: Staff) -> ColumnElement[bool]:
    """`customers_in(scope_of(staff))`: the customers this member of staff may see."""
    return customers_in(scope_of(staff))


def covers(scope: Scope, other: Staff) -> bool:
    """The scope includes `other`'s book (their call list, their coverage)."""
    if scope.reach is Reach.bank:
        return True
    if scope.reach is Reach.branch:
        return scope.branch_id is not None and other.branch_id == scope.branch_id
    return other.id == scope.staff_id


def can_see_customer(*, session: Session, staff: Staff, customer_id: str) -> bool:
    found = session.scalar(
        select(Customer.id).where(Customer.id == customer_id, visible_customers(staff))
    )
    return found is not None


def require_visible(*, session: Session, staff: Staff, customer_id: str | None, channel: str,
                    via: str, action: str) -> str:
    """The customer id when the asker may see it; otherwise refuse (audited) and raise
    `NotVisible`. An id that names no customer at all is refused without an audit entry: it
    is no attempt at anyone's data."""
    cid = customer_id or ""
    if cid and can_see_customer(session=session, staff=staff, customer_id=cid):
        return cid
    raise refuse(session=session, staff=staff, customer_ids=[cid], channel=channel, via=via,
                 action=action)


def refuse(*, session: Session, staff: Staff, customer_ids: Iterable[str], channel: str,
           via: str, action: str, existing_only: bool = True) -> NotVisible:
    """Audit a refused attempt in its own transaction and return the refusal to raise.

    `existing_only`: audit only ids of existing customers (an id typed into the API, the
    resolver's denied ids); False audits every id as asked (the profile lookup does, so
    its timing does not tell whether another book holds the id)."""
    wanted = list(dict.fromkeys(c for c in customer_ids if c and len(c) <= 64))
    if existing_only and wanted:
        wanted = sorted(session.scalars(select(Customer.id).where(Customer.id.in_(wanted))))
    if wanted:
        _apart(session, lambda own: record_views(
            session=own, staff_id=staff.id, customer_ids=wanted, channel=channel, via=via,
            granted=False, action=action))
    return NotVisible(wanted, action)


def _apart(session: Session, write: Callable[[Session], None]) -> None:
    """Run `write` in a transaction of its own, committed now, whatever the caller does next.

    A second connection is used unless it would wait for the caller: SQLite allows one
    writer, so when the caller's transaction has already written (or the database is in
    memory, one connection per thread) the write joins the caller's transaction, which is
    then committed — what every refusal did before this module existed."""
    bind = session.get_bind()
    if isinstance(bind, Engine) and not _sqlite_shares_or_locks(session, bind):
        with Session(bind=bind) as own, own.begin():
            write(own)
        return
    write(session)
    session.commit()


def _sqlite_shares_or_locks(session: Session, bind: Engine) -> bool:
    if bind.dialect.name != "sqlite":
        return False
    if bind.url.database in (None, "", ":memory:"):
        return True
    if not session.in_transaction():
        return False
    raw = session.connection().connection.dbapi_connection
    # pysqlite begins a transaction at the first write only; reads take no lock.
    return bool(getattr(raw, "in_transaction", False))
