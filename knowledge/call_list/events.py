"""Market events (a central bank rate change) and whom they affect.

An event names the product categories it touches. Within them, only holdings whose terms
move with the rate count: variable-rate loans, savings, deposits maturing soon (they will be
renewed at the new rate), bonds, and bond funds.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from knowledge.call_list.book import Book
from knowledge.call_list.reasons import URGENCY, Reason, day
from knowledge.models.bank import (
    Customer,
    Holding,
    MarketEvent,
    Product,
    ProductCategory,
    RateType,
)
from knowledge.settings import get_settings

Found = dict[str, list[Reason]]

EVENT_KINDS = ("rate_change",)
DEFAULT_CATEGORIES = ("mortgage", "consumer_loan", "savings", "term_deposit", "fund", "bond")
LOANS = (ProductCategory.mortgage, ProductCategory.consumer_loan, ProductCategory.credit_card)
CATEGORY_WORDS = {
    "mortgage": "mortgage",
    "consumer_loan": "loan",
    "savings": "savings",
    "term_deposit": "term deposit",
    "fund": "bond fund",
    "bond": "bonds",
    "current_account": "current account",
    "credit_card": "credit card",
    "pension": "pension",
    "insurance": "insurance",
    "equity": "shares",
}


class EventInvalid(ValueError):
    """A market event with values that make no sense; the message says what to change."""


@dataclass(frozen=True)
class AffectedHolding:
    customer_id: str
    holding_id: str
    product: str
    category: str


def validate_rate_event(
    *, kind: str, delta_bp: int | None, product_categories: list[str] | None
) -> list[str]:
    """Check an event before storing it; returns the normalised category list."""
    limit = get_settings().rate_event_max_abs_bp
    if kind not in EVENT_KINDS:
        raise EventInvalid(f"unknown event kind {kind!r}; use one of: {', '.join(EVENT_KINDS)}")
    if delta_bp is None or delta_bp == 0:
        raise EventInvalid(
            "a rate change needs a non-zero change in basis points, e.g. -25 for a cut"
        )
    if not -limit <= delta_bp <= limit:
        raise EventInvalid(
            f"a rate change of {delta_bp} bp is outside the sane range -{limit}…{limit}; "
            "give basis points (25 bp = 0.25 %)"
        )
    categories = [c.strip() for c in (product_categories or DEFAULT_CATEGORIES) if c.strip()]
    known = {c.value for c in ProductCategory}
    unknown = sorted(set(categories) - known)
    if unknown:
        raise EventInvalid(
            f"unknown product categories: {', '.join(unknown)}; "
            f"use any of: {', '.join(sorted(known))}"
        )
    if not categories:
        raise EventInvalid("name at least one product category the event affects")
    return list(dict.fromkeys(categories))


def record_rate_event(
    *,
    session: Session,
    delta_bp: int | None,
    occurred_on: dt.date,
    product_categories: list[str] | None = None,
    description: str | None = None,
    recorded_by: str | None = None,
    kind: str = "rate_change",
) -> MarketEvent:
    categories = validate_rate_event(
        kind=kind, delta_bp=delta_bp, product_categories=product_categories
    )
    if description is None:
        verb = "cut" if (delta_bp or 0) < 0 else "raised"
        description = f"Central bank {verb} rates by {abs(delta_bp or 0)} bp"
    event = MarketEvent(
        kind=kind,
        occurred_on=occurred_on,
        delta_bp=delta_bp,
        product_categories=categories,
        description=description[:300],
        recorded_by=recorded_by,
    )
    session.add(event)
    session.flush()
    return event


def recent_events(*, session: Session, as_of: dt.date) -> list[MarketEvent]:
    start = as_of - dt.timedelta(days=get_settings().rate_event_window_days)
    return list(
        session.scalars(
            select(MarketEvent)
            .where(
                MarketEvent.kind.in_(EVENT_KINDS),
                MarketEvent.occurred_on >= start,
                MarketEvent.occurred_on <= as_of,
            )
            .order_by(MarketEvent.occurred_on.desc(), MarketEvent.id.desc())
        )
    )


def _affected_clause(event: MarketEvent, as_of: dt.date) -> ColumnElement[bool]:
    maturing_by = as_of + dt.timedelta(days=get_settings().maturity_window_days)
    maturing = and_(
        Holding.maturity_on.is_not(None),
        Holding.maturity_on >= as_of,
        Holding.maturity_on <= maturing_by,
    )
    rules = []
    for category in event.product_categories or DEFAULT_CATEGORIES:
        cat = ProductCategory(category)
        if cat in LOANS:
            rule = and_(
                Product.category == cat, or_(Product.rate_type == RateType.variable, maturing)
            )
        elif cat is ProductCategory.term_deposit:
            rule = and_(Product.category == cat, maturing)
        elif cat is ProductCategory.savings:
            # A savings rate fixed for its term does not move with the central bank.
            rule = and_(Product.category == cat, Product.rate_type != RateType.fixed)
        elif cat is ProductCategory.fund:
            name = func.lower(Product.name)
            rule = and_(
                Product.category == cat, or_(name.contains("bond"), name.contains("fixed income"))
            )
        else:
            rule = Product.category == cat
        rules.append(rule)
    return or_(*rules)


def affected_holdings(
    *, session: Session, event: MarketEvent, where: ColumnElement[bool], as_of: dt.date
) -> list[AffectedHolding]:
    """Open holdings of customers in `where` whose terms the event changes."""
    rows = session.execute(
        select(Holding.customer_id, Holding.id, Product.name, Product.category)
        .join(Product, Product.id == Holding.product_id)
        .where(
            Holding.customer_id.in_(select(Customer.id).where(where)),
            Holding.opened_on <= as_of,
            or_(Holding.closed_on.is_(None), Holding.closed_on > as_of),
            _affected_clause(event, as_of),
        )
        .order_by(Holding.customer_id)
    ).all()
    return [AffectedHolding(cid, hid, name, cat.value) for cid, hid, name, cat in rows]


# How much a rate change matters for a holding: a loan payment or a reinvestment decision
# more than a bond price or a savings rate.
_URGENCY_BY_CATEGORY = {
    "mortgage": 1.0,
    "consumer_loan": 1.0,
    "credit_card": 0.8,
    "term_deposit": 1.0,
    "bond": 0.6,
    "fund": 0.6,
    "savings": 0.6,
}


def _urgency(category: str) -> float:
    return URGENCY["rate_event"] * _URGENCY_BY_CATEGORY.get(category, 0.6)


def describe_event(event: MarketEvent) -> str:
    delta = event.delta_bp or 0
    verb = "cut" if delta < 0 else "raise"
    return f"the rate {verb} of {abs(delta)} bp on {day(event.occurred_on)}"


def rate_event(*, session: Session, book: Book) -> Found:
    found: Found = {}
    for event in recent_events(session=session, as_of=book.as_of):
        by_customer: dict[str, list[AffectedHolding]] = defaultdict(list)
        for item in affected_holdings(
            session=session, event=event, where=book.where, as_of=book.as_of
        ):
            by_customer[item.customer_id].append(item)
        for cid, items in by_customer.items():
            if cid in found:
                continue  # the newest event speaks for the customer
            last = book.last_contact.get(cid)
            if last is not None and last >= event.occurred_on:
                continue  # already talked since the event
            products = list(
                dict.fromkeys(CATEGORY_WORDS.get(i.category, i.category) for i in items)
            )
            text = (
                f"{describe_event(event)[0].upper()}{describe_event(event)[1:]} affects their "
                f"{' and '.join(products)}: call to explain what changes and what to adjust."
            )
            found[cid] = [
                Reason(
                    "rate_event",
                    text,
                    {
                        "event_id": event.id,
                        "event": event.description,
                        "delta_bp": event.delta_bp,
                        "occurred_on": event.occurred_on,
                        "event_categories": list(event.product_categories or []),
                        "holdings": [
                            {
                                "holding_id": i.holding_id,
                                "product": i.product,
                                "category": i.category,
                            }
                            for i in items
                        ],
                        "rule": "holds a product whose terms move with the rate; "
                        "not contacted since",
                    },
                    max(_urgency(i.category) for i in items),
                    event.occurred_on,
                )
            ]
    return found
