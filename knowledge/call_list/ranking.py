"""The call list: every signal over the book, scored, filtered and paged.

score = value weight of the customer's tier x urgency of their reasons, where the urgency is
the strongest reason plus a quarter of each further one (several reasons add up, but one
strong reason outweighs a pile of weak ones). The evidence of the score travels with the item.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from knowledge.access.policy import covers, customers_in, scope_of
from knowledge.access.staff import get_staff
from knowledge.call_list import (
    day_plan,
    events,
    offers,
    signals_contact,
    signals_credit,
    signals_money,
)
from knowledge.call_list.book import Book, load_book
from knowledge.call_list.precomputed import book_stamp, store_items, stored_items
from knowledge.call_list.reasons import REASON_CODES, Reason
from knowledge.models.bank import Customer, Role, Staff
from knowledge.settings import get_settings
from knowledge.value.tiers import PREMIUM, STRATEGY_TEXT, CustomerValue, value_weight

Signal = Callable[..., dict[str, list[Reason]]]
SIGNALS: tuple[Signal, ...] = (
    signals_credit.loan_arrears,
    signals_contact.open_complaint,
    signals_money.unusual_flows,
    signals_money.maturity,
    signals_contact.repeated_advisory,
    events.rate_event,
    signals_contact.coverage_overdue,
    signals_contact.dormant,
    signals_money.life_event,
    signals_contact.birthday,
    offers.next_best_offer,
)
TIER_FILTERS = ("top", "high", "mid", "low", "inactive", "premium")


class UnknownStaff(LookupError):
    """No such member of staff (404)."""


class NotAllowed(PermissionError):
    """The asker may not see that list (403)."""


class NoBook(ValueError):
    """The target has no book of customers (head office)."""


@dataclass
class CallListItem:
    customer_id: str
    name: str
    advisor_id: str | None
    score: float
    tier: str
    strategy: str
    reasons: list[Reason]
    score_parts: dict[str, Any]
    # The working day the advisor's plan gives this call (knowledge.call_list.day_plan).
    planned_on: dt.date | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CallListItem:
        """An item as stored by `to_json` (evidence stays JSON: numbers and ISO dates)."""
        reasons = [
            Reason(
                r["code"],
                r["text"],
                r["evidence"],
                r["urgency"],
                dt.date.fromisoformat(r["since"]) if r["since"] else None,
            )
            for r in data["reasons"]
        ]
        return cls(
            data["customer_id"],
            data["name"],
            data["advisor_id"],
            data["score"],
            data["tier"],
            data["strategy"],
            reasons,
            data["score_parts"],
            dt.date.fromisoformat(data["planned_on"]) if data.get("planned_on") else None,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "customer_id": self.customer_id,
            "name": self.name,
            "advisor_id": self.advisor_id,
            "score": self.score,
            "tier": self.tier,
            "strategy": self.strategy,
            "strategy_text": STRATEGY_TEXT[self.strategy],
            "score_parts": self.score_parts,
            "reasons": [r.to_json() for r in self.reasons],
            "planned_on": self.planned_on.isoformat() if self.planned_on else None,
        }


@dataclass
class CallList:
    advisor_id: str
    as_of: dt.date
    items: list[CallListItem]
    offset: int = 0
    limit: int = 8
    total: int = 0
    filters: dict[str, str | None] = field(default_factory=dict)
    # Of `total`, the calls planned for as_of (at most the capacity per advisor) ...
    today: int = 0
    # ... and the rest, planned for the next working days (day_plan.carried).
    carried: dict[str, Any] = field(default_factory=dict)

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.items) < self.total

    @property
    def page(self) -> int:
        return self.offset // max(self.limit, 1) + 1

    def to_json(self) -> dict[str, Any]:
        return {
            "advisor_id": self.advisor_id,
            "as_of": self.as_of.isoformat(),
            "page": self.page,
            "offset": self.offset,
            "limit": self.limit,
            "total": self.total,
            "has_more": self.has_more,
            "filters": self.filters,
            "today": self.today,
            "carried": self.carried,
            "items": [item.to_json() for item in self.items],
        }


def book_clause(
    *, session: Session, asker: Staff, target_id: str
) -> tuple[Staff, ColumnElement[bool]]:
    """Whose customers the list covers, after the access rule.

    An advisor's id gives that advisor's book; a branch manager's id gives the whole branch.
    Advisors see only their own list, branch managers their branch, head office everyone.
    """
    target = get_staff(session=session, staff_id=target_id)
    if target is None:
        raise UnknownStaff(f"no member of staff with id {target_id!r}; check the staff id")
    if target.role is Role.head_office:
        raise NoBook(
            f"{target_id} works at head office and has no book of customers; "
            "ask for an advisor's or a branch manager's list"
        )
    if not covers(scope_of(asker), target):
        raise NotAllowed(
            f"you may not see the call list of {target_id}: "
            "advisors see their own list, branch managers their branch's"
        )
    # The list covers the target's own scope: a branch manager's id gives the whole branch.
    return target, customers_in(scope_of(target))


def collect_reasons(
    *, session: Session, book: Book, codes: set[str] | None = None
) -> dict[str, list[Reason]]:
    reasons: dict[str, list[Reason]] = {}
    for signal in SIGNALS:
        if (
            codes is not None
            and signal.__name__ not in codes
            and not (
                signal is signals_money.unusual_flows
                and codes & {"large_withdrawal", "large_deposit"}
            )
        ):
            continue
        for cid, found in signal(session=session, book=book).items():
            reasons.setdefault(cid, []).extend(found)
    return reasons


def _urgent_codes() -> set[str]:
    return {c.strip() for c in get_settings().urgent_reason_codes.split(",") if c.strip()}


def score(book: Book, cid: str, reasons: list[Reason]) -> tuple[float, dict[str, Any]]:
    ordered = sorted((r.urgency for r in reasons), reverse=True)
    urgency = ordered[0] + 0.25 * sum(ordered[1:])
    value = book.values[cid]
    weight = value_weight(value)
    parts = {
        "value_weight": weight,
        "tier": value.tier,
        "contribution": float(value.contribution),
        "urgency": round(urgency, 3),
        "formula": "value_weight x (max urgency + 0.25 x sum of the other urgencies)",
    }
    return round(weight * urgency, 3), parts


def rank(book: Book, reasons: dict[str, list[Reason]]) -> list[CallListItem]:
    settings = get_settings()
    urgent = _urgent_codes()
    recent_limit = book.as_of - dt.timedelta(days=settings.recent_contact_days)
    items = []
    for cid, found in reasons.items():
        customer = book.customers.get(cid)
        if customer is None or not found:
            continue
        last = book.last_contact.get(cid)
        if last is not None and last >= recent_limit:
            # Contacted lately (a call logged today included): only a new urgent reason,
            # one that appeared after that contact, brings them back. A reason triggered by
            # that very contact (the third advisory session without a decision) is new too.
            found = [
                r
                for r in found
                if (r.code in urgent and r.since is not None and r.since > last)
                or (r.code in TRIGGERED_BY_CONTACT and r.since is not None and r.since >= last)
            ]
            if not found:
                continue
        if any(r.code == "loan_arrears" for r in found):
            found = [r for r in found if r.code not in signals_credit.SALES_CODES]
        found = sorted(found, key=lambda r: -r.urgency)
        value = book.values[cid]
        points, parts = score(book, cid, found)
        items.append(
            CallListItem(
                cid,
                customer.name,
                customer.advisor_id,
                points,
                value.tier,
                value.strategy,
                found,
                parts,
            )
        )
    return day_plan.plan(book, items, settings.call_list_capacity)


# Reasons whose trigger is a contact itself, so "newer than the last contact" cannot hold.
TRIGGERED_BY_CONTACT = frozenset({"repeated_advisory"})


def ranked_list(
    *, session: Session, staff_id: str, where: ColumnElement[bool], as_of: dt.date
) -> list[CallListItem]:
    """The whole ranked list of a book (advisor or branch): the stored one while its stamp
    still matches the database, else computed live and stored for the next turn."""
    stamp = book_stamp(session=session, where=where)
    stored = stored_items(session=session, staff_id=staff_id, as_of=as_of, stamp=stamp)
    if stored is not None:
        return [CallListItem.from_json(item) for item in stored]
    book = load_book(session=session, where=where, as_of=as_of)
    items = rank(book, collect_reasons(session=session, book=book))
    store_items(
        session=session,
        staff_id=staff_id,
        as_of=as_of,
        stamp=stamp,
        items=[item.to_json() for item in items],
    )
    return items


def call_list(
    *,
    session: Session,
    asker: Staff,
    target_id: str | None = None,
    as_of: dt.date,
    limit: int | None = None,
    offset: int = 0,
    reason_filter: str | None = None,
    tier_filter: str | None = None,
) -> CallList:
    """Today's (as_of's) call list for an advisor's book, or a branch's for a manager id."""
    settings = get_settings()
    limit = settings.call_list_capacity if limit is None else limit
    if limit < 1 or offset < 0:
        raise ValueError("limit must be at least 1 and offset at least 0")
    if reason_filter is not None and reason_filter not in REASON_CODES:
        raise ValueError(f"unknown reason {reason_filter!r}; use one of: {', '.join(REASON_CODES)}")
    if tier_filter is not None and tier_filter not in TIER_FILTERS:
        raise ValueError(f"unknown tier {tier_filter!r}; use one of: {', '.join(TIER_FILTERS)}")
    target, where = book_clause(session=session, asker=asker, target_id=target_id or asker.id)
    items = ranked_list(session=session, staff_id=target.id, where=where, as_of=as_of)
    if reason_filter:
        items = [i for i in items if any(r.code == reason_filter for r in i.reasons)]
    if tier_filter:
        tiers = PREMIUM if tier_filter == "premium" else (tier_filter,)
        items = [i for i in items if i.tier in tiers]
    return CallList(
        advisor_id=target.id,
        as_of=as_of,
        items=items[offset : offset + limit],
        offset=offset,
        limit=limit,
        total=len(items),
        filters={"reason": reason_filter, "tier": tier_filter},
        today=sum(1 for i in items if i.planned_on is None or i.planned_on <= as_of),
        carried=day_plan.carried(items, as_of),
    )


def reasons_for_customer(
    *, session: Session, customer_id: str, as_of: dt.date, value: CustomerValue | None = None
) -> list[Reason]:
    """Why this customer would be on a call list on `as_of` (no recent-contact drop-out).
    `value`: the customer's value on `as_of` when the caller computed it already (the
    profile shows it too), so it is not computed a second time."""
    book = load_book(session=session, where=Customer.id == customer_id, as_of=as_of,
                     values=None if value is None else {customer_id: value})
    if customer_id not in book.customers:
        return []
    return as_shown(collect_reasons(session=session, book=book).get(customer_id, []))


def as_shown(found: list[Reason]) -> list[Reason]:
    """One customer's reasons as a profile shows them: arrears before any sale, most urgent
    first."""
    if any(r.code == "loan_arrears" for r in found):
        found = [r for r in found if r.code not in signals_credit.SALES_CODES]
    return sorted(found, key=lambda r: -r.urgency)


def explain_customer(
    *, session: Session, asker: Staff, customer_id: str, as_of: dt.date
) -> tuple[CallListItem | None, list[Reason], int | None]:
    """The customer's item on their advisor's list (None if not on it), all their reasons,
    and their position on the list (1-based)."""
    advisor_id = session.scalar(select(Customer.advisor_id).where(Customer.id == customer_id))
    reasons = reasons_for_customer(session=session, customer_id=customer_id, as_of=as_of)
    if advisor_id is None:
        return None, reasons, None
    where = Customer.advisor_id == advisor_id
    items = ranked_list(session=session, staff_id=advisor_id, where=where, as_of=as_of)
    for position, item in enumerate(items, start=1):
        if item.customer_id == customer_id:
            return item, reasons, position
    return None, reasons, None
