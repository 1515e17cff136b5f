"""A small bank with feedback in three themes, shared by the WOCAS tests of every layer."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache

from sqlalchemy.orm import Session

from knowledge.feedback.service import log_feedback
from knowledge.models.bank import (
    Branch,
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
)
from knowledge.models.bank import Channel as ContactChannel
from knowledge.themes.clustering import ClusterParams
from knowledge.themes.embedding import SentenceTransformerEmbedder

AS_OF = dt.date(2026, 11, 23)
PARAMS = ClusterParams(min_size=3)

APP = [
    "The app logs me out in the middle of a transfer.",
    "Mobile app kicks me out every time I send money.",
    "The banking app signs me out before I can confirm the payment.",
    "App session ends while I'm making a transfer.",
    "I get logged out of the app during payments.",
]
PHONE = [
    "I waited 45 minutes on the phone before anyone answered.",
    "The hotline keeps me on hold forever.",
    "Long waiting times when calling the bank.",
    "Nobody picks up the phone at the service centre, always on hold.",
    "On hold for an hour on the customer line.",
]
CARD = [
    "My card was blocked while on holiday in Spain.",
    "Card stopped working abroad, blocked again.",
    "Debit card declined and blocked in Thailand.",
    "The bank froze my card when I used it in Italy.",
    "Card blocked abroad for no reason.",
]


@lru_cache(maxsize=1)
def shared_embedder() -> SentenceTransformerEmbedder:
    """The packaged MiniLM, loaded once per test process."""
    return SentenceTransformerEmbedder()


def build_people(session: Session) -> None:
    session.add(Branch(id="B1", name="Main"))
    session.add_all([
        Staff(id="A001", name="Anna Berg", branch_id="B1", role=Role.advisor),
        Staff(id="M001", name="Marta Lindqvist", branch_id="B1", role=Role.branch_manager,
              slack_user_id="U123"),
        Staff(id="H001", name="Henrik Olsen", role=Role.head_office, email="h@bank.example"),
    ])
    session.add(Product(id="P1", name="Savings", category=ProductCategory.savings,
                        margin_class=MarginClass.high, rate_type=RateType.variable))
    session.flush()
    names = ["Maria Keller", "Jonas Weber", "Ingrid Dahl", "Pedro Alves", "Li Wei"]
    for i, name in enumerate(names, 1):
        session.add(Customer(id=f"C{i:03}", name=name, advisor_id="A001"))
    session.flush()
    # C001 complains about the app on 1 Nov, then closes a large holding on 10 Nov.
    session.add(Holding(id="H1", customer_id="C001", product_id="P1",
                        opened_on=dt.date(2020, 1, 1), closed_on=dt.date(2026, 11, 10),
                        balance=Decimal("100000.00"), currency="EUR"))
    session.add(Holding(id="H2", customer_id="C002", product_id="P1",
                        opened_on=dt.date(2020, 1, 1), balance=Decimal("5000.00"),
                        currency="EUR"))
    session.add(Interaction(id="I1", customer_id="C001", advisor_id="A001",
                            occurred_on=dt.date(2026, 11, 3), channel=ContactChannel.phone,
                            kind=InteractionKind.complaint, outcome=Outcome.open))
    session.commit()


def log_themes(session: Session) -> None:
    """Fifteen statements in three themes; the app ones in the last 30 days."""
    for i, text in enumerate(APP):
        log_feedback(session=session, text=text, customer_id="C001" if i == 0 else "C002",
                     received_on=dt.date(2026, 11, 1) + dt.timedelta(days=i),
                     compensation="20" if i < 2 else None)
    for i, text in enumerate(PHONE):
        log_feedback(session=session, text=text, received_on=dt.date(2026, 9, 1 + i))
    for i, text in enumerate(CARD):
        log_feedback(session=session, text=text, customer_id="C003",
                     received_on=dt.date(2026, 10, 10 + i))
    session.commit()


def themed_bank(session: Session) -> None:
    from knowledge.themes import service

    build_people(session)
    log_themes(session)
    service.build(session=session, embedder=shared_embedder(), params=PARAMS)
    session.commit()
