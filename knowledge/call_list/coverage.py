"""Call-list coverage per advisor: how well each book is kept to its coverage plan.

The coverage plan gives every tier a contact frequency (settings `COVERAGE_DAYS_*`). A
customer is *overdue* when their last contact (or, never contacted, the day they became a
customer) lies more than their tier's days back — the same rule as the call list's
`coverage_overdue` reason — and *due soon* when that day falls within the next
`due_within_days`. Inactive customers have no coverage plan (the call list gives them a
`dormant` reason instead), so they are counted as customers but not as planned.

Overdue customers with no contact on record (after a first import: everyone) form the
*backlog*; the call list works it off at up to CALL_LIST_CAPACITY a day, most valuable first
(knowledge.call_list.ranking), and `catch_up_days` says how many working days that takes.
Each advisor's row also carries the day plan of their list (`today`, `carried`, ...): the
calls today's capacity could not hold, planned for the next working days.

Managers read it on the dashboard; the access rule is the one of the call list: an advisor
sees their own row, a branch manager the advisors of their branch, head office everyone.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.access.policy import scope_of, staff_in, visible_customers
from knowledge.call_list.book import load_book
from knowledge.call_list.day_plan import carried
from knowledge.call_list.ranking import ranked_list
from knowledge.models.bank import Customer, Role, Staff
from knowledge.settings import get_settings


@dataclass(frozen=True)
class AdvisorCoverage:
    advisor_id: str
    name: str
    branch_id: str | None
    customers: int  # in the book
    planned: int  # with a coverage plan (not inactive, with a date to count from)
    overdue: int  # planned and past their tier's coverage days
    due_soon: int  # planned, not overdue, due within `due_within_days`
    contacted: int  # any contact in the last `contacted_within_days`
    # The catch-up plan: overdue customers nobody has talked with yet (after a first import,
    # all of them), worked off at up to CALL_LIST_CAPACITY a day, most valuable first.
    backlog: int = 0
    catch_up_days: int = 0  # working days until the backlog is covered at that pace, after
    # the calls carried from today (see `carried`)
    # The day plan of the advisor's list (knowledge.call_list.day_plan): today's calls (at most
    # the capacity) and the calls carried to the next working days, with how many of those
    # are urgent and the last day planned (ISO), so a manager sees a book that overflows.
    today: int = 0
    carried: int = 0
    carried_urgent: int = 0
    carried_until: str | None = None

    @property
    def covered_share(self) -> float | None:
        """Share of planned customers that are not overdue; None when nobody is planned."""
        if self.planned == 0:
            return None
        return round((self.planned - self.overdue) / self.planned, 4)

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "covered_share": self.covered_share}


@dataclass(frozen=True)
class CoverageReport:
    as_of: dt.date
    due_within_days: int
    contacted_within_days: int
    advisors: list[AdvisorCoverage]

    def as_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "due_within_days": self.due_within_days,
            "contacted_within_days": self.contacted_within_days,
            "advisors": [a.as_dict() for a in self.advisors],
        }


def _advisors_visible_to(*, session: Session, staff: Staff) -> list[Staff]:
    query = select(Staff).where(Staff.role == Role.advisor, staff_in(scope_of(staff)))
    return list(session.scalars(query.order_by(Staff.id)))


def advisor_coverage(
    *,
    session: Session,
    staff: Staff,
    as_of: dt.date,
    due_within_days: int = 14,
    contacted_within_days: int = 30,
) -> CoverageReport:
    """Coverage of every advisor `staff` may see, ordered by advisor id."""
    if due_within_days < 0 or contacted_within_days < 1:
        raise ValueError(
            "due_within_days must be 0 or more and contacted_within_days 1 or more"
        )
    advisors = _advisors_visible_to(session=session, staff=staff)
    settings = get_settings()
    # One book over everything the asker may see: one tier computation, not one per advisor.
    book = load_book(session=session, where=visible_customers(staff), as_of=as_of)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    due_by = as_of + dt.timedelta(days=due_within_days)
    contacted_since = as_of - dt.timedelta(days=contacted_within_days)
    for cid, customer in book.customers.items():
        if customer.advisor_id is None:
            continue
        row = counts[customer.advisor_id]
        row["customers"] += 1
        last = book.last_contact.get(cid)
        if last is not None and last > contacted_since:
            row["contacted"] += 1
        value = book.values.get(cid)
        base = last or customer.customer_since
        if value is None or value.tier == "inactive" or base is None:
            continue
        row["planned"] += 1
        due = base + dt.timedelta(days=settings.coverage_days(value.tier))
        if as_of > due:
            row["overdue"] += 1
            if last is None:
                row["backlog"] += 1
        elif due <= due_by:
            row["due_soon"] += 1
    plans = {a.id: _day_plan(session, a.id, as_of) for a in advisors}
    return CoverageReport(
        as_of=as_of,
        due_within_days=due_within_days,
        contacted_within_days=contacted_within_days,
        advisors=[
            AdvisorCoverage(
                advisor_id=a.id,
                name=a.name,
                branch_id=a.branch_id,
                customers=counts[a.id]["customers"],
                planned=counts[a.id]["planned"],
                overdue=counts[a.id]["overdue"],
                due_soon=counts[a.id]["due_soon"],
                contacted=counts[a.id]["contacted"],
                backlog=counts[a.id]["backlog"],
                # The calls carried from today come first, then the backlog.
                catch_up_days=math.ceil(
                    (counts[a.id]["backlog"] + plans[a.id]["carried"])
                    / max(settings.call_list_capacity, 1)) if counts[a.id]["backlog"] else 0,
                **plans[a.id],
            )
            for a in advisors
        ],
    )


def _day_plan(session: Session, advisor_id: str, as_of: dt.date) -> dict[str, Any]:
    """Today's calls and the carried ones of the advisor's list: the stored list of the
    nightly refresh when it is still true, else computed (and stored) as the chat does."""
    items = ranked_list(session=session, staff_id=advisor_id,
                        where=Customer.advisor_id == advisor_id, as_of=as_of)
    later = carried(items, as_of)
    return {"today": len(items) - later["count"], "carried": later["count"],
            "carried_urgent": later["urgent"], "carried_until": later["until"]}
