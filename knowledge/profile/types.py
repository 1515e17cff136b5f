"""The typed single customer view: one frozen dataclass per section, in reading order.

Built by `knowledge.profile.build.build_profile`; rendered by `knowledge.profile.render`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class Who:
    customer_id: str
    name: str
    age: int | None
    birth_date: dt.date | None
    occupation: str | None
    city: str | None
    customer_since: dt.date | None
    years_with_bank: int | None
    household: tuple[str, ...]  # names of household members in the asker's book
    channel_preference: str | None
    income_band: str | None
    # Joint holders: "Client 7 (authorised user) on Current account", each way round; a
    # co-holder outside the asker's book is "another customer".
    co_holders: tuple[str, ...] = ()


@dataclass(frozen=True)
class Value:
    tier: str | None
    contribution: Decimal | None
    contribution_trend: Decimal | None  # relative change over 12 months, 0.05 = +5 %
    relationship_value: Decimal | None
    strategy: str | None


@dataclass(frozen=True)
class HoldingLine:
    product: str
    category: str
    balance: Decimal
    currency: str
    opened_on: dt.date
    maturity_on: dt.date | None
    interest_rate: Decimal | None


@dataclass(frozen=True)
class CategoryTotal:
    category: str
    count: int
    balance: Decimal


@dataclass(frozen=True)
class Holdings:
    lines: tuple[HoldingLine, ...]
    by_category: tuple[CategoryTotal, ...]
    assets: Decimal
    liabilities: Decimal  # negative or zero
    currency: str


@dataclass(frozen=True)
class RiskMismatch:
    product: str
    category: str
    min_risk: int


@dataclass(frozen=True)
class Risk:
    profile: int | None
    investment_preference: str | None
    mismatches: tuple[RiskMismatch, ...]


@dataclass(frozen=True)
class NotableTransaction:
    booked_on: dt.date
    amount: Decimal
    currency: str
    kind: str
    product: str
    description: str | None


@dataclass(frozen=True)
class Contact:
    occurred_on: dt.date
    kind: str
    channel: str
    outcome: str
    note: str | None
    advisor: str | None
    follow_up_on: dt.date | None


@dataclass(frozen=True)
class Contacts:
    last: tuple[Contact, ...]
    next_planned: dt.date | None
    next_planned_note: str | None


@dataclass(frozen=True)
class Concerns:
    open_complaints: tuple[Contact, ...]
    recent_feedback: tuple[tuple[dt.date, str], ...]


@dataclass(frozen=True)
class UpcomingEvent:
    on: dt.date
    kind: str  # "maturity" | "birthday"
    text: str


@dataclass(frozen=True)
class CallReason:
    code: str
    text: str
    evidence: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CustomerProfile:
    as_of: dt.date
    who: Who
    value: Value
    holdings: Holdings
    risk: Risk
    transactions: tuple[NotableTransaction, ...]
    contacts: Contacts
    concerns: Concerns
    events: tuple[UpcomingEvent, ...]
    call_reasons: tuple[CallReason, ...] | None  # None: the call list is not available
    next_best_offer: CallReason | None
    talking_points: tuple[str, ...]


@dataclass(frozen=True)
class Choice:
    """One of several customers a name matched: what tells them apart."""

    customer_id: str
    name: str
    birth_year: int | None
    city: str | None
    tier: str | None
