"""The tables of the nightly signal refresh (knowledge.signals): per-customer transaction
aggregates, the refreshes made, and each advisor's stored ranked call list of a day."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Integer, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from knowledge.models.bank import Base


class CustomerSignalSnapshot(Base):
    __tablename__ = "customer_signal_snapshots"

    customer_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    as_of: Mapped[dt.date] = mapped_column(Date)
    fees_12m: Mapped[Decimal] = mapped_column(Numeric(18, 2))
    net_flow_12m: Mapped[Decimal] = mapped_column(Numeric(18, 2))
    frequency_12m: Mapped[int] = mapped_column(Integer)
    last_transaction_on: Mapped[dt.date | None] = mapped_column(Date)
    # FlowStats.to_json() when this window's flows could fire, else {}.
    flows: Mapped[dict[str, Any]] = mapped_column(JSON)
    # [[description, "YYYY-MM-DD", amount], ...]: card payments matching life-event words.
    life_events: Mapped[list[Any]] = mapped_column(JSON)


class SignalRefresh(Base):
    __tablename__ = "signal_refreshes"

    as_of: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    computed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    customers: Mapped[int] = mapped_column(Integer)
    transactions_scanned: Mapped[int] = mapped_column(Integer)
    seconds: Mapped[float] = mapped_column(Numeric(12, 3))
    # The settings and the transactions the aggregates were computed from (see is_fresh).
    fingerprint: Mapped[str] = mapped_column(String(200))


class CallListSnapshot(Base):
    """One advisor's (or branch's) whole ranked call list of one day, as JSON items.

    `stamp` records the data the list was computed from (knowledge.call_list.precomputed);
    a list whose stamp no longer matches the database is recomputed, never shown."""

    __tablename__ = "call_list_snapshots"

    staff_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    as_of: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    stamp: Mapped[str] = mapped_column(String(400))
    items: Mapped[list[Any]] = mapped_column(JSON)
    # An advisor's list from the nightly refresh also keeps the reasons of every customer of
    # the book, as the profile shows them ({customer id: [reason]}; knowledge.profile.build
    # reads one customer's under the same stamp). NULL: computed live, read live.
    reasons: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    computed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
