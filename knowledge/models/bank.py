"""The customer database: typed SQLAlchemy 2 models.

Identifiers are the bank's own (the ids of the CSV interchange format), so re-importing the
same ids updates rows instead of duplicating them. Money is `Numeric` with a currency
column beside it; dates are calendar dates, instants are timezone-aware.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    func,
    or_,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.sql.elements import ColumnElement

Money = Numeric(18, 2)
Rate = Numeric(9, 4)


class Base(DeclarativeBase):
    pass


def _enum(cls: type[enum.Enum]) -> Enum:
    # Stored as the value strings the interchange format uses; a CHECK keeps them honest.
    return Enum(
        cls,
        values_callable=lambda members: [m.value for m in members],
        native_enum=False,
        validate_strings=True,
        length=24,
        name=cls.__name__.lower(),
    )


class Role(enum.StrEnum):
    advisor = "advisor"
    branch_manager = "branch_manager"
    head_office = "head_office"


class ProductCategory(enum.StrEnum):
    current_account = "current_account"
    savings = "savings"
    term_deposit = "term_deposit"
    fund = "fund"
    bond = "bond"
    equity = "equity"
    insurance = "insurance"
    pension = "pension"
    mortgage = "mortgage"
    consumer_loan = "consumer_loan"
    credit_card = "credit_card"


class LoanStatus(enum.StrEnum):
    """A credit holding's state (interchange column `loan_status`; stored as text)."""

    performing = "performing"
    arrears = "arrears"  # instalments overdue, not (yet) in default
    default = "default"  # the bank treats it as defaulted (e.g. 90+ days past due)
    restructured = "restructured"
    repaid = "repaid"


class HolderRole(enum.StrEnum):
    """Who else is on a holding (interchange file holders.csv; stored as text)."""

    owner = "owner"  # a joint owner besides holdings.customer_id
    authorised = "authorised"  # may use it (Berka's DISPONENT), does not own it


class MarginClass(enum.StrEnum):
    high = "high"
    medium = "medium"
    low = "low"


class RateType(enum.StrEnum):
    fixed = "fixed"
    variable = "variable"
    none = "none"


class TransactionKind(enum.StrEnum):
    deposit = "deposit"
    withdrawal = "withdrawal"
    transfer_in = "transfer_in"
    transfer_out = "transfer_out"
    card = "card"
    fee = "fee"
    interest = "interest"
    premium = "premium"
    instalment = "instalment"


class Channel(enum.StrEnum):
    phone = "phone"
    meeting = "meeting"
    branch = "branch"
    email = "email"
    chat = "chat"


class InteractionKind(enum.StrEnum):
    call = "call"
    advisory_session = "advisory_session"
    service = "service"
    complaint = "complaint"


class Outcome(enum.StrEnum):
    reached = "reached"
    no_answer = "no_answer"
    follow_up = "follow_up"
    sale = "sale"
    resolved = "resolved"
    open = "open"
    # Reached, and the customer said no (to the offer or the call's purpose): its own value,
    # so reports and the call list can tell a refusal from a conversation that went well.
    # Stored as the value string (no CHECK constraint, native_enum=False): no migration.
    not_interested = "not_interested"


class Branch(Base):
    __tablename__ = "branches"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(120))

    staff: Mapped[list[Staff]] = relationship(back_populates="branch")


class Staff(Base):
    """Advisors, branch managers and head office, with their chat identities."""

    __tablename__ = "staff"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    branch_id: Mapped[str | None] = mapped_column(ForeignKey("branches.id"), index=True)
    role: Mapped[Role] = mapped_column(_enum(Role))
    email: Mapped[str | None] = mapped_column(String(254))
    slack_user_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    teams_user_id: Mapped[str | None] = mapped_column(String(200), unique=True)
    # A salted hash (never the secret itself) for the API's login; None = cannot log in.
    password_hash: Mapped[str | None] = mapped_column(String(300))
    # Tokens issued before this moment are refused (logout, a new password); None = all valid.
    tokens_valid_after: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    branch: Mapped[Branch | None] = relationship(back_populates="staff")


class Customer(Base):
    __tablename__ = "customers"
    # The id too: a book's ids and names come from the index alone (migration 0018).
    __table_args__ = (Index("ix_customers_advisor_name", "advisor_id", "name", "id"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    advisor_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    customer_since: Mapped[dt.date | None] = mapped_column(Date)
    occupation: Mapped[str | None] = mapped_column(String(120))
    income_band: Mapped[str | None] = mapped_column(String(32))
    risk_profile: Mapped[int | None] = mapped_column(Integer)
    investment_preference: Mapped[str | None] = mapped_column(String(120))
    channel_preference: Mapped[str | None] = mapped_column(String(32))
    household_id: Mapped[str | None] = mapped_column(String(64), index=True)
    city: Mapped[str | None] = mapped_column(String(120))

    advisor: Mapped[Staff | None] = relationship()
    holdings: Mapped[list[Holding]] = relationship(back_populates="customer")


class Product(Base):
    __tablename__ = "products"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[ProductCategory] = mapped_column(_enum(ProductCategory))
    margin_class: Mapped[MarginClass] = mapped_column(_enum(MarginClass))
    rate_type: Mapped[RateType] = mapped_column(_enum(RateType))


class Holding(Base):
    """A customer's position in a product. Liabilities (loans, card debt) have negative balances."""

    __tablename__ = "holdings"
    # Covering the call list's freshness stamp (knowledge.call_list.precomputed, migration 0018)
    __table_args__ = (
        Index("ix_holdings_customer_id", "customer_id", "balance", "closed_on", "maturity_on"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"), index=True)
    opened_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    balance: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    maturity_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    interest_rate: Mapped[Decimal | None] = mapped_column(Rate)
    # Credit (all optional): the loan's state, how late and how much is overdue, and when its
    # fixed-rate period ends (maturity_on is then the last instalment).
    loan_status: Mapped[str | None] = mapped_column(String(16))
    days_past_due: Mapped[int | None] = mapped_column(Integer)
    arrears: Mapped[Decimal | None] = mapped_column(Money)
    fixed_rate_until: Mapped[dt.date | None] = mapped_column(Date)

    customer: Mapped[Customer] = relationship(back_populates="holdings")
    product: Mapped[Product] = relationship()

    @classmethod
    def held_on(cls, day: dt.date) -> ColumnElement[bool]:
        """SQL: the holding was open on `day` (opened by then, not yet closed)."""
        return (cls.opened_on <= day) & or_(cls.closed_on.is_(None), cls.closed_on > day)


class HoldingHolder(Base):
    """A further customer on a holding. The holding's money (flows, value, alarms) stays with
    its primary owner `holdings.customer_id`; co-holders are listed on both profiles."""

    __tablename__ = "holding_holders"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    holding_id: Mapped[str] = mapped_column(ForeignKey("holdings.id"), index=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))


class Transaction(Base):
    __tablename__ = "transactions"
    # kind and amount too: the whole-bank refresh reads them from the index alone (0015).
    __table_args__ = (
        Index("ix_transactions_holding_booked", "holding_id", "booked_on", "kind", "amount"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    holding_id: Mapped[str] = mapped_column(ForeignKey("holdings.id"))
    booked_on: Mapped[dt.date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    kind: Mapped[TransactionKind] = mapped_column(_enum(TransactionKind))
    description: Mapped[str | None] = mapped_column(String(300))


class Interaction(Base):
    """Calls, meetings, advisory sessions and complaints, with their outcomes."""

    __tablename__ = "interactions"
    __table_args__ = (
        Index("ix_interactions_customer_occurred", "customer_id", "occurred_on"),
        Index("ix_interactions_advisor_occurred", "advisor_id", "occurred_on"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    advisor_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[Channel] = mapped_column(_enum(Channel))
    kind: Mapped[InteractionKind] = mapped_column(_enum(InteractionKind))
    outcome: Mapped[Outcome] = mapped_column(_enum(Outcome))
    note: Mapped[str | None] = mapped_column(Text)
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date)


class Feedback(Base):
    """A customer statement (WOCAS input). `status` tracks the embed/theme pipeline."""

    __tablename__ = "feedback"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customers.id"), index=True)
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    channel: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    compensation: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str | None] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    # complaint / praise / suggestion / question, set when embedded (knowledge.themes.polarity)
    polarity: Mapped[str | None] = mapped_column(String(16))
    logged_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )


class MarketEvent(Base):
    """An external event such as a central bank rate change, and the product kinds it touches."""

    __tablename__ = "market_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    occurred_on: Mapped[dt.date] = mapped_column(Date, index=True)
    delta_bp: Mapped[int | None] = mapped_column(Integer)
    product_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    description: Mapped[str | None] = mapped_column(String(300))
    recorded_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )


class AuditEntry(Base):
    """Who looked at which customer, when, and through which channel."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_customer_at", "customer_id", "at"),
        Index("ix_audit_staff_at", "staff_id", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    staff_id: Mapped[str] = mapped_column(String(64))
    customer_id: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(16))
    via: Mapped[str] = mapped_column(String(16))
    granted: Mapped[bool] = mapped_column(default=True)


class WriteReversal(Base):
    """A chat write the advisor took back ("undo"): the record as stored, who, when."""

    __tablename__ = "write_reversals"
    __table_args__ = (Index("ix_write_reversals_staff_at", "staff_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    staff_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(64))
    customer_id: Mapped[str | None] = mapped_column(String(64))
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)


class LoginFailures(Base):
    """Recent failed logins for one staff id as typed (known or not, so that the answers do
    not tell which ids exist): how many since the first, and until when logins pause."""

    __tablename__ = "login_failures"

    staff_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    first_failure_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class DigestDelivery(Base):
    """One morning digest sent to one member of staff for one day: makes `digest send`
    idempotent per day (a re-run skips what is here)."""

    __tablename__ = "digest_deliveries"
    __table_args__ = (UniqueConstraint("staff_id", "as_of", name="uq_digest_staff_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    as_of: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(16))
    items: Mapped[int] = mapped_column(Integer)
    sent_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class ChangeMark(Base):
    """A counter per big table that grows with every statement adding or removing its rows.

    PostgreSQL only (knowledge.signals.change_marks): a statement-level trigger from migration
    0006_change_marks bumps it, so "did anything change?" is one key lookup instead of a
    count(*) over millions of rows on every chat turn. SQLite uses the largest rowid."""

    __tablename__ = "change_marks"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)
