"""The single customer view: what an advisor reads before a call, in that order.

`build_profile` gathers one customer's data with a handful of indexed queries (no bank-wide
work except the cached tier cut-offs). The caller has already checked that the asker may see
the customer (`knowledge.profile.lookup`); household members are still filtered by the
asker's book. Rendering lives in `knowledge.profile.render`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, bindparam, or_, select
from sqlalchemy.orm import Session

from knowledge.call_list import reasons_for_customer
from knowledge.dates import next_birthday
from knowledge.models.bank import (
    Customer,
    Feedback,
    Holding,
    HoldingHolder,
    Interaction,
    InteractionKind,
    Outcome,
    Product,
    Staff,
    Transaction,
    TransactionKind,
)
from knowledge.profile.types import (
    CallReason,
    CategoryTotal,
    Concerns,
    Contact,
    Contacts,
    CustomerProfile,
    HoldingLine,
    Holdings,
    NotableTransaction,
    Risk,
    RiskMismatch,
    UpcomingEvent,
    Value,
    Who,
)
from knowledge.settings import get_settings
from knowledge.value.compute import customer_values
from knowledge.value.tiers import CustomerValue

ZERO = Decimal("0")
# A transaction is "notable" when it is money moving (not card spend, fees or interest),
# recent, and large enough to ask about on the phone.
NOTABLE_DAYS = 90
NOTABLE_MIN_AMOUNT = Decimal("1000")
NOTABLE_KINDS = (TransactionKind.deposit, TransactionKind.withdrawal,
                 TransactionKind.transfer_in, TransactionKind.transfer_out)
LAST_CONTACTS = 3
FEEDBACK_DAYS = 365
UPCOMING_MATURITY_DAYS = 60
UPCOMING_BIRTHDAY_DAYS = 30
MAX_TALKING_POINTS = 5


# ---------------------------------------------------------------- statements
# One customer's reads, built once, their parameters (typed by the columns they meet) bound
# per call: building and keying a new statement cost more than running it (a profile turn
# makes nine). The columns shown, not whole ORM objects.
_ID = bindparam("customer_id")
_AS_OF = bindparam("as_of")
_SINCE = bindparam("since")
# Who else is on this customer's holdings, and whose holdings this customer is on.
_CO_HOLDERS = (
    select(Customer.id, Customer.name, HoldingHolder.role, Product.name)
    .join(HoldingHolder, HoldingHolder.customer_id == Customer.id)
    .join(Holding, Holding.id == HoldingHolder.holding_id)
    .join(Product, Product.id == Holding.product_id)
    .where(Holding.customer_id == _ID, HoldingHolder.customer_id != _ID)
)
_HELD_WITH = (
    select(Customer.id, Customer.name, HoldingHolder.role, Product.name)
    .join(Holding, Holding.customer_id == Customer.id)
    .join(HoldingHolder, HoldingHolder.holding_id == Holding.id)
    .join(Product, Product.id == Holding.product_id)
    .where(HoldingHolder.customer_id == _ID, Holding.customer_id != _ID)
)
_HOLDINGS = (
    select(Product.name, Product.category, Holding.balance, Holding.currency,
           Holding.opened_on, Holding.maturity_on, Holding.interest_rate)
    .join(Product, Product.id == Holding.product_id)
    .where(Holding.customer_id == _ID, Holding.opened_on <= _AS_OF,
           or_(Holding.closed_on.is_(None), Holding.closed_on > _AS_OF))
    .order_by(Holding.balance.desc())
)
_TRANSACTIONS = (
    select(Transaction.booked_on, Transaction.amount, Transaction.currency, Transaction.kind,
           Product.name, Transaction.description)
    .join(Holding, Holding.id == Transaction.holding_id)
    .join(Product, Product.id == Holding.product_id)
    .where(Holding.customer_id == _ID, Transaction.booked_on > _SINCE,
           Transaction.booked_on <= _AS_OF, Transaction.kind.in_(NOTABLE_KINDS))
)
# What a contact line shows, with the advisor's name (Staff joined).
_CONTACT_COLUMNS = (Interaction.occurred_on, Interaction.kind, Interaction.channel,
                    Interaction.outcome, Interaction.note, Staff.name, Interaction.follow_up_on)
_LAST_CONTACTS = (
    select(*_CONTACT_COLUMNS)
    .outerjoin(Staff, Staff.id == Interaction.advisor_id)
    .where(Interaction.customer_id == _ID, Interaction.occurred_on <= _AS_OF)
    .order_by(Interaction.occurred_on.desc(), Interaction.id.desc())
    .limit(LAST_CONTACTS)
)
_PLANNED = (
    select(Interaction.follow_up_on, Interaction.note)
    .where(Interaction.customer_id == _ID, Interaction.follow_up_on >= _AS_OF)
    .order_by(Interaction.follow_up_on)
    .limit(1)
)
_OPEN_COMPLAINTS = (
    select(*_CONTACT_COLUMNS)
    .outerjoin(Staff, Staff.id == Interaction.advisor_id)
    .where(Interaction.customer_id == _ID, Interaction.kind == InteractionKind.complaint,
           Interaction.outcome == Outcome.open, Interaction.occurred_on <= _AS_OF)
    .order_by(Interaction.occurred_on.desc())
)
_FEEDBACK = (
    select(Feedback.received_on, Feedback.text)
    .where(Feedback.customer_id == _ID, Feedback.received_on > _SINCE,
           Feedback.received_on <= _AS_OF)
    .order_by(Feedback.received_on.desc())
    .limit(3)
)


# ---------------------------------------------------------------- sections
def who_section(
    *, session: Session, customer: Customer, as_of: dt.date, book: ColumnElement[bool]
) -> Who:
    household: tuple[str, ...] = ()
    if customer.household_id:
        household = tuple(session.scalars(
            select(Customer.name)
            .where(Customer.household_id == customer.household_id, Customer.id != customer.id,
                   book)
            .order_by(Customer.name)
        ))
    return Who(
        co_holders=co_holders(session=session, customer_id=customer.id, book=book),
        customer_id=customer.id, name=customer.name,
        age=_years_between(customer.birth_date, as_of), birth_date=customer.birth_date,
        occupation=customer.occupation, city=customer.city,
        customer_since=customer.customer_since,
        years_with_bank=_years_between(customer.customer_since, as_of), household=household,
        channel_preference=customer.channel_preference, income_band=customer.income_band,
    )


def co_holders(
    *, session: Session, customer_id: str, book: ColumnElement[bool]
) -> tuple[str, ...]:
    """Who else is on this customer's holdings, and whose holdings they are on."""
    others = session.execute(_CO_HOLDERS, {"customer_id": customer_id}).all()
    theirs = session.execute(_HELD_WITH, {"customer_id": customer_id}).all()
    named = {c for c, *_rest in [*others, *theirs]}
    # Only the co-holders are looked up in the book, not the book's every id.
    visible = set(session.scalars(select(Customer.id).where(
        Customer.id.in_(named), book))) if named else set()

    def who(cid: str, name: str) -> str:
        return name if cid in visible else "another customer"

    role_words = {"authorised": "authorised user", "owner": "joint owner"}
    lines = [f"{who(c, n)} ({role_words.get(r, r)}) on their {p}" for c, n, r, p in others]
    lines += [f"{role_words.get(r, r)} on {who(c, n)}'s {p}" for c, n, r, p in theirs]
    return tuple(sorted(lines))


def customer_value(*, session: Session, customer_id: str, as_of: dt.date) -> CustomerValue | None:
    return customer_values(session=session, as_of=as_of, customer_ids=[customer_id]).get(
        customer_id
    )


def value_section(*, value: CustomerValue | None) -> Value:
    if value is None:
        return Value(None, None, None, None, None)
    return Value(value.tier, value.contribution, value.contribution_trend,
                 value.relationship_value, value.strategy_text)


def holdings_section(*, session: Session, customer_id: str, as_of: dt.date) -> Holdings:
    rows = session.execute(_HOLDINGS, {"customer_id": customer_id, "as_of": as_of}).tuples()
    lines = tuple(
        HoldingLine(name, category.value, balance, currency, opened_on, maturity_on, rate)
        for name, category, balance, currency, opened_on, maturity_on, rate in rows
    )
    totals: dict[str, list[Any]] = defaultdict(lambda: [0, ZERO])
    for line in lines:
        totals[line.category][0] += 1
        totals[line.category][1] += line.balance
    by_category = tuple(sorted(
        (CategoryTotal(category, count, balance) for category, (count, balance) in totals.items()),
        key=lambda c: -abs(c.balance),
    ))
    return Holdings(
        lines=lines, by_category=by_category,
        assets=sum((line.balance for line in lines if line.balance > 0), ZERO),
        liabilities=sum((line.balance for line in lines if line.balance < 0), ZERO),
        currency=lines[0].currency if lines else get_settings().currency,
    )


def min_risk_for_holding(line: HoldingLine) -> int:
    """The lowest risk profile (1–5) suited to a holding, from the offer settings.

    An equity fund is judged as equity, not as a fund: its risk is the equity's.
    """
    from knowledge.call_list.offers import min_risk_for

    category = line.category
    if category == "fund" and "equity" in line.product.casefold():
        category = "equity"
    return min_risk_for(category)


def risk_section(*, customer: Customer, holdings: Holdings) -> Risk:
    mismatches: tuple[RiskMismatch, ...] = ()
    if customer.risk_profile is not None:
        mismatches = tuple(
            RiskMismatch(line.product, line.category, needed)
            for line in holdings.lines
            if line.balance > 0 and (needed := min_risk_for_holding(line)) > customer.risk_profile
        )
    return Risk(customer.risk_profile, customer.investment_preference, mismatches)


def transactions_section(
    *, session: Session, customer_id: str, as_of: dt.date
) -> tuple[NotableTransaction, ...]:
    since = as_of - dt.timedelta(days=NOTABLE_DAYS)
    rows = session.execute(
        _TRANSACTIONS, {"customer_id": customer_id, "since": since, "as_of": as_of}).tuples()
    notable = [
        NotableTransaction(on, amount, currency, kind.value, product, description)
        for on, amount, currency, kind, product, description in rows
        if abs(amount) >= NOTABLE_MIN_AMOUNT
    ]
    notable.sort(key=lambda t: (-abs(t.amount), t.booked_on))
    return tuple(sorted(notable[:3], key=lambda t: t.booked_on, reverse=True))


def _contact(row: Any) -> Contact:
    on, kind, channel, outcome, note, advisor, follow_up_on = row
    return Contact(on, kind.value, channel.value, outcome.value, note, advisor, follow_up_on)


def contacts_section(*, session: Session, customer_id: str, as_of: dt.date) -> Contacts:
    asked = {"customer_id": customer_id, "as_of": as_of}
    last = tuple(_contact(row) for row in session.execute(_LAST_CONTACTS, asked).tuples())
    planned = session.execute(_PLANNED, asked).first()
    return Contacts(last, planned[0] if planned else None, planned[1] if planned else None)


def concerns_section(*, session: Session, customer_id: str, as_of: dt.date) -> Concerns:
    complaints = session.execute(
        _OPEN_COMPLAINTS, {"customer_id": customer_id, "as_of": as_of}).tuples()
    feedback = session.execute(_FEEDBACK, {
        "customer_id": customer_id, "since": as_of - dt.timedelta(days=FEEDBACK_DAYS),
        "as_of": as_of}).tuples()
    return Concerns(tuple(_contact(row) for row in complaints),
                    tuple((when, text) for when, text in feedback))


def events_section(
    *, customer: Customer, holdings: Holdings, as_of: dt.date
) -> tuple[UpcomingEvent, ...]:
    events = [
        UpcomingEvent(line.maturity_on, "maturity", f"{line.product} matures")
        for line in holdings.lines
        if line.maturity_on and as_of <= line.maturity_on
        <= as_of + dt.timedelta(days=UPCOMING_MATURITY_DAYS)
    ]
    birthday = next_birthday(customer.birth_date, as_of) if customer.birth_date else None
    if birthday and birthday <= as_of + dt.timedelta(days=UPCOMING_BIRTHDAY_DAYS):
        age = _years_between(customer.birth_date, birthday)
        events.append(UpcomingEvent(birthday, "birthday", f"birthday (turns {age})"))
    return tuple(sorted(events, key=lambda e: e.on))


def call_reasons(
    *, session: Session, customer: Customer, as_of: dt.date, value: CustomerValue | None = None
) -> tuple[CallReason, ...] | None:
    """Today's call-list reasons (`value`: the customer's, when computed already): as the
    nightly refresh stored them with the advisor's list while it is still true, else live."""
    from knowledge.call_list.precomputed import stored_reasons

    customer_id = customer.id
    stored = stored_reasons(session=session, customer_id=customer_id,
                            advisor_id=customer.advisor_id, as_of=as_of)
    if stored is not None:
        return tuple(CallReason(r["code"], r["text"], dict(r["evidence"])) for r in stored)
    return tuple(
        CallReason(r.code, r.text, dict(r.evidence))
        for r in reasons_for_customer(session=session, customer_id=customer_id, as_of=as_of,
                                      value=value)
    )


# ---------------------------------------------------------------- the whole view
def build_profile(
    *, session: Session, customer_id: str, as_of: dt.date, book: ColumnElement[bool]
) -> CustomerProfile:
    """The summary of one customer the caller may see (`book`: the asker's access rule)."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise LookupError("the customer must be resolved in the asker's book first")
    holdings = holdings_section(session=session, customer_id=customer_id, as_of=as_of)
    risk = risk_section(customer=customer, holdings=holdings)
    transactions = transactions_section(session=session, customer_id=customer_id, as_of=as_of)
    contacts = contacts_section(session=session, customer_id=customer_id, as_of=as_of)
    concerns = concerns_section(session=session, customer_id=customer_id, as_of=as_of)
    events = events_section(customer=customer, holdings=holdings, as_of=as_of)
    # Computed once: shown, and the call reasons are read with it.
    value = customer_value(session=session, customer_id=customer_id, as_of=as_of)
    reasons = call_reasons(session=session, customer=customer, as_of=as_of, value=value)
    offer = next((r for r in reasons or () if r.code == "next_best_offer"), None)
    from knowledge.profile.points import talking_points

    return CustomerProfile(
        as_of=as_of,
        who=who_section(session=session, customer=customer, as_of=as_of, book=book),
        value=value_section(value=value),
        holdings=holdings, risk=risk, transactions=transactions, contacts=contacts,
        concerns=concerns, events=events,
        call_reasons=tuple(r for r in reasons if r.code != "next_best_offer") if reasons is not None
        else None,
        next_best_offer=offer,
        talking_points=talking_points(
            risk=risk, transactions=transactions, contacts=contacts, concerns=concerns,
            events=events, offer=offer, as_of=as_of, limit=MAX_TALKING_POINTS,
        ),
    )


def _years_between(start: dt.date | None, end: dt.date) -> int | None:
    if start is None:
        return None
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))
