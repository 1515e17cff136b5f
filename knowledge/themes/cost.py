"""What a theme has already cost, in money, with its parts shown.

- compensation: the sum of compensation paid on the theme's feedback items.
- handling: contacts about it × `WOCAS_COST_PER_CONTACT`. Contacts are the feedback items
  themselves plus complaint and service interactions of the same customers within
  `WOCAS_CONTACT_WINDOW_DAYS` after their first statement on the theme.
- revenue at risk: the annual contribution of affected customers who, within
  `WOCAS_CHURN_WINDOW_DAYS` after their first statement, closed a holding or reduced their
  balances by at least `WOCAS_OUTFLOW_SHARE`: the *net* flow (all bookings, signed) on their
  asset holdings in the window is an outflow of that share of what they held before it.
  Net, because everyday spending from a salary account is no sign of leaving. Contribution
  comes from `knowledge.value.compute.customer_values` when that module exists; otherwise it is
  Σ |balance| × margin(product's margin class) over the customer's holdings. Holdings they
  closed in that window add their yearly margin on the last recorded balance, because a
  closed holding no longer shows in today's contribution.
Only complaints count (feedback.polarity "complaint", or not yet classified): praise,
suggestions and questions are no service failure, even inside a problem theme.
All amounts are in the bank's `CURRENCY`.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.models.bank import (
    Feedback,
    Holding,
    Interaction,
    InteractionKind,
    Product,
    Transaction,
)
from knowledge.models.themes import ThemeMember
from knowledge.settings import get_settings

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class ThemeCost:
    theme_id: int
    compensation: Decimal
    contacts: int
    handling: Decimal
    revenue_at_risk: Decimal
    customers_at_risk: int
    currency: str

    @property
    def total(self) -> Decimal:
        return self.compensation + self.handling + self.revenue_at_risk


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def contributions(*, session: Session, customer_ids: list[str], as_of: dt.date
                  ) -> dict[str, Decimal]:
    try:  # the call-list work's contribution, when that module is present
        customer_values = importlib.import_module("knowledge.value.compute").customer_values
    except (ImportError, AttributeError):
        customer_values = None
    if customer_values is not None:
        values = customer_values(session=session, as_of=as_of, customer_ids=customer_ids)
        return {cid: Decimal(v.contribution) for cid, v in values.items()}
    settings = get_settings()
    result: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for chunk in _chunks(customer_ids):
        rows = session.execute(
            select(Holding.customer_id, Holding.balance, Product.margin_class)
            .join(Product, Product.id == Holding.product_id)
            .where(Holding.customer_id.in_(chunk))
        )
        for cid, balance, margin_class in rows:
            result[cid] += abs(balance) * settings.margin_for(margin_class.value)
    return {cid: value.quantize(Decimal("0.01")) for cid, value in result.items()}


def theme_costs(*, session: Session, as_of: dt.date, theme_ids: list[int] | None = None
                ) -> dict[int, ThemeCost]:
    settings = get_settings()
    base = (select(ThemeMember.theme_id, Feedback.customer_id, Feedback.received_on,
                   Feedback.compensation)
            .join(Feedback, Feedback.id == ThemeMember.feedback_id)
            .where(ThemeMember.theme_id.is_not(None), Feedback.received_on <= as_of,
                   Feedback.polarity.is_(None) | (Feedback.polarity == "complaint")))
    if theme_ids is not None:
        base = base.where(ThemeMember.theme_id.in_(theme_ids))
    compensation: dict[int, Decimal] = defaultdict(lambda: ZERO)
    items: dict[int, int] = defaultdict(int)
    first_seen: dict[tuple[int, str], dt.date] = {}
    for theme_id, customer_id, received_on, amount in session.execute(base):
        if theme_id is None:
            continue
        items[theme_id] += 1
        compensation[theme_id] += amount or ZERO
        if customer_id:
            key = (theme_id, customer_id)
            if key not in first_seen or received_on < first_seen[key]:
                first_seen[key] = received_on

    customers = sorted({cid for _, cid in first_seen})
    contact_days, closed_on, outflows, balances = _customer_activity(session, customers, as_of)
    value = contributions(session=session, customer_ids=customers, as_of=as_of)
    contact_window = dt.timedelta(days=settings.wocas_contact_window_days)
    churn_window = dt.timedelta(days=settings.wocas_churn_window_days)
    extra_contacts: dict[int, int] = defaultdict(int)
    at_risk: dict[int, list[str]] = defaultdict(list)
    lost_margin: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for (theme_id, cid), first in first_seen.items():
        extra_contacts[theme_id] += sum(first <= d <= first + contact_window
                                        for d in contact_days.get(cid, []))
        lost = [m for d, m in closed_on.get(cid, []) if first <= d <= first + churn_window]
        closed = bool(lost)
        net = sum((a for d, a in outflows.get(cid, []) if first <= d <= first + churn_window),
                  ZERO)
        moved = -net
        balance = balances.get(cid, ZERO)
        reduced = moved > 0 and moved >= settings.wocas_outflow_share * (balance + moved)
        if closed or reduced:
            at_risk[theme_id].append(cid)
            lost_margin[theme_id] += sum(lost, ZERO)

    costs: dict[int, ThemeCost] = {}
    for theme_id in set(items) | set(theme_ids or []):
        contacts = items[theme_id] + extra_contacts[theme_id]
        risk = sum((value.get(c, ZERO) for c in at_risk[theme_id]), lost_margin[theme_id])
        costs[theme_id] = ThemeCost(
            theme_id=theme_id,
            compensation=compensation[theme_id].quantize(Decimal("0.01")),
            contacts=contacts,
            handling=(settings.wocas_cost_per_contact * contacts).quantize(Decimal("0.01")),
            revenue_at_risk=Decimal(risk).quantize(Decimal("0.01")),
            customers_at_risk=len(at_risk[theme_id]),
            currency=settings.currency,
        )
    return costs


def _customer_activity(session: Session, customers: list[str], as_of: dt.date):  # type: ignore[no-untyped-def]
    settings = get_settings()
    contact_days: dict[str, list[dt.date]] = defaultdict(list)
    closed_on: dict[str, list[tuple[dt.date, Decimal]]] = defaultdict(list)
    outflows: dict[str, list[tuple[dt.date, Decimal]]] = defaultdict(list)
    balances: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for chunk in _chunks(customers):
        for cid, day in session.execute(
            select(Interaction.customer_id, Interaction.occurred_on).where(
                Interaction.customer_id.in_(chunk), Interaction.occurred_on <= as_of,
                Interaction.kind.in_([InteractionKind.complaint, InteractionKind.service]))):
            contact_days[cid].append(day)
        for cid, closed, balance, margin_class in session.execute(
            select(Holding.customer_id, Holding.closed_on, Holding.balance, Product.margin_class)
            .join(Product, Product.id == Holding.product_id)
            .where(Holding.customer_id.in_(chunk))):
            if closed is not None and closed <= as_of:
                margin = abs(balance) * settings.margin_for(margin_class.value)
                closed_on[cid].append((closed, margin))
            elif balance > 0:
                balances[cid] += balance
        for cid, day, amount in session.execute(
            select(Holding.customer_id, Transaction.booked_on, Transaction.amount)
            .join(Holding, Holding.id == Transaction.holding_id)
            .where(Holding.customer_id.in_(chunk), Transaction.booked_on <= as_of,
                   Holding.balance >= 0)):
            outflows[cid].append((day, Decimal(amount)))
    return contact_days, closed_on, outflows, balances
