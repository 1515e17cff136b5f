"""A small hand-built bank for call-list tests: every row is made explicitly in the test."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

from sqlalchemy.orm import Session

from knowledge.models.bank import (
    Branch,
    Channel,
    Customer,
    Holding,
    Interaction,
    InteractionKind,
    MarginClass,
    Outcome,
    Product,
    ProductCategory,
    RateType,
    Role,
    Staff,
    Transaction,
    TransactionKind,
)

AS_OF = dt.date(2026, 6, 15)
_ids = itertools.count(1)

PRODUCTS = [
    ("P-CUR", "Current account", ProductCategory.current_account, MarginClass.low, RateType.none),
    ("P-SAV", "Savings", ProductCategory.savings, MarginClass.low, RateType.variable),
    ("P-TD", "Term deposit 12m", ProductCategory.term_deposit, MarginClass.low, RateType.fixed),
    ("P-FUND", "Global equity fund", ProductCategory.fund, MarginClass.high, RateType.none),
    ("P-BONDF", "Euro bond fund", ProductCategory.fund, MarginClass.high, RateType.none),
    ("P-BOND", "Government bond", ProductCategory.bond, MarginClass.medium, RateType.fixed),
    ("P-EQ", "Equity portfolio", ProductCategory.equity, MarginClass.high, RateType.none),
    ("P-INS", "Life insurance", ProductCategory.insurance, MarginClass.high, RateType.none),
    (
        "P-MORT-V",
        "Variable mortgage",
        ProductCategory.mortgage,
        MarginClass.medium,
        RateType.variable,
    ),
    ("P-MORT-F", "Fixed mortgage", ProductCategory.mortgage, MarginClass.medium, RateType.fixed),
    ("P-LOAN", "Consumer loan", ProductCategory.consumer_loan, MarginClass.medium, RateType.fixed),
    ("P-CARD", "Credit card", ProductCategory.credit_card, MarginClass.medium, RateType.none),
    ("P-PEN", "Pension plan", ProductCategory.pension, MarginClass.high, RateType.none),
]


def next_id(prefix: str) -> str:
    return f"{prefix}{next(_ids):06d}"


def base_bank(session: Session) -> None:
    """Two branches, advisors A1, A2 (branch B1), A3 (branch B2), manager M1 (B1), head H1."""
    session.add_all([Branch(id="B1", name="North"), Branch(id="B2", name="South")])
    session.add_all(
        [
            Staff(id="A1", name="Anna Advisor", branch_id="B1", role=Role.advisor),
            Staff(id="A2", name="Ben Advisor", branch_id="B1", role=Role.advisor),
            Staff(id="A3", name="Cleo Advisor", branch_id="B2", role=Role.advisor),
            Staff(id="M1", name="Mia Manager", branch_id="B1", role=Role.branch_manager),
            Staff(id="M2", name="Max Manager", branch_id="B2", role=Role.branch_manager),
            Staff(id="H1", name="Hugo Head", branch_id=None, role=Role.head_office),
        ]
    )
    session.add_all(
        Product(id=pid, name=name, category=cat, margin_class=margin, rate_type=rate)
        for pid, name, cat, margin, rate in PRODUCTS
    )
    session.flush()


def customer(
    session: Session,
    cid: str,
    name: str,
    advisor: str = "A1",
    *,
    birth_date: dt.date | None = dt.date(1970, 1, 1),
    risk: int | None = 3,
    since: dt.date = dt.date(2015, 1, 1),
) -> Customer:
    row = Customer(
        id=cid,
        name=name,
        advisor_id=advisor,
        birth_date=birth_date,
        risk_profile=risk,
        customer_since=since,
    )
    session.add(row)
    session.flush()
    return row


def holding(
    session: Session,
    cid: str,
    product: str = "P-CUR",
    balance: str | Decimal = "1000",
    *,
    opened: dt.date = dt.date(2015, 1, 1),
    closed: dt.date | None = None,
    maturity: dt.date | None = None,
) -> Holding:
    row = Holding(
        id=next_id("H"),
        customer_id=cid,
        product_id=product,
        opened_on=opened,
        closed_on=closed,
        balance=Decimal(balance),
        currency="EUR",
        maturity_on=maturity,
    )
    session.add(row)
    session.flush()
    return row


def txn(
    session: Session,
    holding_id: str,
    on: dt.date,
    amount: str | Decimal,
    kind: TransactionKind = TransactionKind.card,
    description: str | None = None,
) -> None:
    session.add(
        Transaction(
            id=next_id("T"),
            holding_id=holding_id,
            booked_on=on,
            amount=Decimal(amount),
            currency="EUR",
            kind=kind,
            description=description,
        )
    )


def monthly_flows(
    session: Session,
    holding_id: str,
    kind: TransactionKind,
    amount: str,
    months: int,
    as_of: dt.date = AS_OF,
) -> None:
    """One flow per 30-day bucket before the current window, `months` of them."""
    for month in range(1, months + 1):
        txn(session, holding_id, as_of - dt.timedelta(days=30 * month + 5), amount, kind)


def interaction(
    session: Session,
    cid: str,
    on: dt.date,
    kind: InteractionKind = InteractionKind.call,
    outcome: Outcome = Outcome.reached,
    *,
    advisor: str | None = "A1",
    follow_up: dt.date | None = None,
) -> None:
    session.add(
        Interaction(
            id=next_id("I"),
            customer_id=cid,
            advisor_id=advisor,
            occurred_on=on,
            channel=Channel.phone,
            kind=kind,
            outcome=outcome,
            follow_up_on=follow_up,
        )
    )
    session.flush()
