"""A small bank for the profile tests: three books, namesakes across books, one rich customer.

Anna Müller (C000001, advisor A001) has something in every section of the summary. Another
Anna Müller (C000010) is in A002's book; Klara Zimmermann exists only in A002's book; Lars
Øvergaard only in branch B2.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from knowledge.models.bank import (
    Branch,
    Channel,
    Customer,
    Feedback,
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

AS_OF = dt.date(2026, 11, 23)


def days(n: int) -> dt.date:
    return AS_OF + dt.timedelta(days=n)


def build_bank(session: Session) -> None:
    session.add_all(
        [
            Branch(id="B1", name="Main Street", city="Munich"),
            Branch(id="B2", name="Harbour", city="Hamburg"),
        ]
    )
    session.add_all(
        [
            Staff(id="A001", name="Ada Advisor", branch_id="B1", role=Role.advisor),
            Staff(id="A002", name="Ben Berater", branch_id="B1", role=Role.advisor),
            Staff(id="A003", name="Cara Consultant", branch_id="B2", role=Role.advisor),
            Staff(id="M001", name="Max Manager", branch_id="B1", role=Role.branch_manager),
            Staff(id="H001", name="Hanna Head", branch_id=None, role=Role.head_office),
        ]
    )
    products = [
        ("P-CUR", "Current account", ProductCategory.current_account, MarginClass.low),
        ("P-TD12", "Term deposit 12 months", ProductCategory.term_deposit, MarginClass.low),
        ("P-EQF", "Global equity fund", ProductCategory.fund, MarginClass.high),
        ("P-SAV", "Savings account", ProductCategory.savings, MarginClass.low),
    ]
    session.add_all(
        [
            Product(id=i, name=n, category=c, margin_class=m, rate_type=RateType.none)
            for i, n, c, m in products
        ]
    )
    session.flush()

    def customer(cid: str, name: str, advisor: str, born: dt.date, city: str, **kw: object) -> None:
        session.add(
            Customer(
                id=cid,
                name=name,
                advisor_id=advisor,
                birth_date=born,
                city=city,
                customer_since=dt.date(2005, 3, 1),
                **kw,
            )
        )

    customer(
        "C000001",
        "Anna Müller",
        "A001",
        dt.date(1961, 12, 5),
        "Munich",
        occupation="Teacher",
        risk_profile=1,
        investment_preference="capital preservation",
        household_id="H1",
    )
    customer("C000002", "Hans Müller", "A001", dt.date(1958, 4, 2), "Hamburg", household_id="H1")
    customer("C000003", "Anna Schmidt", "A001", dt.date(1975, 6, 1), "Berlin")
    customer("C000004", "Peter Mueller", "A001", dt.date(1980, 1, 9), "Munich")
    customer("C000005", "Siobhan O'Brien", "A001", dt.date(1990, 2, 2), "Dublin")
    customer("C000010", "Anna Müller", "A002", dt.date(1990, 7, 7), "Cologne")
    customer("C000011", "Klara Zimmermann", "A002", dt.date(1970, 8, 8), "Munich")
    customer("C000012", "Lena Müller", "A002", dt.date(1995, 9, 9), "Munich", household_id="H1")
    customer("C000020", "Lars Øvergaard", "A003", dt.date(1966, 3, 3), "Hamburg")
    session.flush()

    def holding(hid: str, cid: str, product: str, balance: str, **kw: object) -> None:
        session.add(
            Holding(
                id=hid,
                customer_id=cid,
                product_id=product,
                opened_on=dt.date(2020, 1, 1),
                balance=Decimal(balance),
                currency="EUR",
                **kw,
            )
        )

    holding("H1", "C000001", "P-CUR", "5000.00")
    holding("H2", "C000001", "P-TD12", "20000.00", maturity_on=days(20))
    holding("H3", "C000001", "P-EQF", "15000.00")
    holding("H4", "C000001", "P-SAV", "9000.00", closed_on=days(-100))  # closed: not shown
    for cid in ("C000002", "C000003", "C000004", "C000005", "C000010", "C000011", "C000020"):
        holding(f"H-{cid}", cid, "P-CUR", "1000.00")
    session.flush()
    session.add_all(
        [
            Transaction(
                id="T1",
                holding_id="H1",
                booked_on=days(-15),
                amount=Decimal("-12000.00"),
                currency="EUR",
                kind=TransactionKind.withdrawal,
                description="to notary",
            ),
            Transaction(
                id="T2",
                holding_id="H1",
                booked_on=days(-10),
                amount=Decimal("-40.00"),
                currency="EUR",
                kind=TransactionKind.card,
            ),
            Transaction(
                id="T3",
                holding_id="H1",
                booked_on=days(-200),
                amount=Decimal("30000.00"),
                currency="EUR",
                kind=TransactionKind.deposit,
            ),  # too old to be "recent"
        ]
    )
    session.add_all(
        [
            Interaction(
                id="I1",
                customer_id="C000001",
                advisor_id="A001",
                occurred_on=days(-60),
                channel=Channel.phone,
                kind=InteractionKind.call,
                outcome=Outcome.reached,
                note="Asked about rates",
            ),
            Interaction(
                id="I2",
                customer_id="C000001",
                advisor_id="A001",
                occurred_on=days(-30),
                channel=Channel.meeting,
                kind=InteractionKind.advisory_session,
                outcome=Outcome.follow_up,
                note="Wants to think about the fund",
                follow_up_on=days(3),
            ),
            Interaction(
                id="I3",
                customer_id="C000001",
                advisor_id="A001",
                occurred_on=days(-5),
                channel=Channel.branch,
                kind=InteractionKind.complaint,
                outcome=Outcome.open,
                note="Card blocked abroad twice",
            ),
            Interaction(
                id="I4",
                customer_id="C000001",
                advisor_id="A001",
                occurred_on=days(-400),
                channel=Channel.phone,
                kind=InteractionKind.complaint,
                outcome=Outcome.resolved,
                note="Old fee complaint",
            ),
        ]
    )
    session.add(
        Feedback(
            id="F1",
            customer_id="C000001",
            received_on=days(-20),
            channel="app",
            text="The app login keeps failing",
        )
    )
    session.commit()
