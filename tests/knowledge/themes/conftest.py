"""The packaged MiniLM, loaded once per test session, and a small bank to attach feedback to."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from knowledge.models import (
    Branch,
    Customer,
    Holding,
    MarginClass,
    Product,
    ProductCategory,
    RateType,
    Role,
    Staff,
)
from knowledge.themes.embedding import SentenceTransformerEmbedder

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


@pytest.fixture(scope="session")
def embedder() -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder()


class FailingEmbedder:
    name = "all-MiniLM-L6-v2"

    def embed(self, texts: list[str]):  # type: ignore[no-untyped-def]
        from knowledge.themes.embedding import EmbeddingUnavailable

        raise EmbeddingUnavailable("no model here")


@pytest.fixture
def bank(session: Session) -> Session:
    session.add(Branch(id="B1", name="Main"))
    session.add_all([
        Staff(id="A001", name="Anna Berg", branch_id="B1", role=Role.advisor),
        Staff(id="M001", name="Marta Lindqvist", branch_id="B1", role=Role.branch_manager,
              slack_user_id="U123"),
        Staff(id="H001", name="Henrik Olsen", role=Role.head_office, email="h@bank.example"),
    ])
    session.add(Product(id="P1", name="Savings", category=ProductCategory.savings,
                        margin_class=MarginClass.low, rate_type=RateType.variable))
    session.flush()
    for i in range(1, 6):
        session.add(Customer(id=f"C{i:03}", name=f"Customer {i}", advisor_id="A001"))
    session.flush()
    session.add(Holding(id="H1", customer_id="C001", product_id="P1",
                        opened_on=dt.date(2020, 1, 1), closed_on=dt.date(2026, 11, 10),
                        balance=Decimal("100000.00"), currency="EUR"))
    session.commit()
    return session
