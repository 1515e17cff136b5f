"""Build and load the demo bank: plan every customer, rank by contribution, then generate
activity in batches and insert it with SQLAlchemy Core executemany (fast enough for 100k
customers / 10M transactions on SQLite), all inside the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import MetaData, Table, delete, func, select
from sqlalchemy.orm import Session

from knowledge.access.auth import demo_password_hash
from knowledge.demo_bank.activity import (
    TransactionTuple,
    fee_schedule,
    interactions_for,
    transactions_for,
)
from knowledge.demo_bank.catalogue import (
    PRODUCTS,
    DemoStaff,
    advisors,
    demo_staff,
    rate_event_row,
)
from knowledge.demo_bank.feedback_texts import CLOSINGS, FEEDBACK_CHANNELS, OPENINGS, THEMES
from knowledge.demo_bank.names import BRANCHES
from knowledge.demo_bank.plan import CustomerPlan, plan_customer, surname_of
from knowledge.models.bank import (
    Branch,
    Customer,
    Feedback,
    Holding,
    Interaction,
    MarketEvent,
    Product,
    Staff,
    Transaction,
)
from knowledge.settings import get_settings

REASON_CODES: tuple[str, ...] = (
    "coverage_overdue", "maturity", "large_withdrawal", "large_deposit", "rate_event",
    "repeated_advisory", "dormant", "open_complaint", "birthday", "life_event",
    "next_best_offer",
)
Progress = Callable[[str, int, int], None]  # (stage, done, total)
BATCH_CUSTOMERS = 500
INSERT_CHUNK = 20_000


@dataclass(frozen=True)
class Planted:
    customer_id: str
    advisor_id: str
    code: str


@dataclass
class DemoBankReport:
    customers: int
    holdings: int = 0
    transactions: int = 0
    interactions: int = 0
    feedback: int = 0
    staff: list[str] = field(default_factory=list)
    planted: list[Planted] = field(default_factory=list)
    quiet: list[str] = field(default_factory=list)
    tiers: dict[str, str] = field(default_factory=dict)  # customer id -> tier as ranked here

    def planted_ids(self, code: str) -> list[str]:
        return [p.customer_id for p in self.planted if p.code == code]


def bank_has_customers(*, session: Session) -> bool:
    return session.scalar(select(func.count()).select_from(Customer)) != 0


def wipe_bank(*, session: Session) -> None:
    """Delete every row of every table (children first), except the schema version.

    Reflected, so tables that other features add (and that point at customers or staff)
    are emptied too instead of blocking the delete.
    """
    connection = session.connection()
    metadata = MetaData()
    metadata.reflect(bind=connection)
    for table in reversed(metadata.sorted_tables):
        if table.name != "alembic_version":
            connection.execute(delete(table))


def plant_slots(book: list[int], seed: int, advisor_index: int) -> dict[int, str]:
    """Which customer numbers of one advisor's book get which planted situation."""
    per_code = 1 if len(book) < 150 else 2 if len(book) < 1500 else 3 if len(book) < 8000 else 4
    slots = [code for code in REASON_CODES for _ in range(per_code)]
    slots += ["quiet"] * max(2, per_code)
    capacity = int(len(book) * 0.6)
    if len(slots) > capacity:
        # Small banks: rotate which codes each advisor loses, so the bank still has them all.
        shift = (advisor_index * 5) % len(slots)
        slots = (slots[shift:] + slots[:shift])[:capacity]
    shuffled = list(book)
    random.Random(f"demo-bank:{seed}:plant:{advisor_index}").shuffle(shuffled)
    return dict(zip(shuffled, slots, strict=False))


def plan_bank(*, customers: int, seed: int, as_of: dt.date,
              progress: Progress | None = None) -> list[CustomerPlan]:
    book_owners = advisors(customers)
    plans: list[CustomerPlan] = []
    for advisor_index, advisor in enumerate(book_owners):
        low = advisor_index * customers // len(book_owners)
        high = (advisor_index + 1) * customers // len(book_owners)
        book = list(range(low + 1, high + 1))
        roles = plant_slots(book, seed, advisor_index)
        pairing = random.Random(f"demo-bank:{seed}:households:{advisor_index}")
        partner_of: CustomerPlan | None = None
        for position, number in enumerate(book):
            role = roles.get(number, "ordinary")
            partner_next = (position + 1 < len(book)
                            and roles.get(book[position + 1], "ordinary") == "ordinary")
            household: tuple[str, str | None] | None = None
            if role == "ordinary" and partner_of is not None:
                household = (partner_of.household_id or "", surname_of(partner_of))
            elif role == "ordinary" and partner_next and pairing.random() < 0.3:
                household = (f"HH{number:06d}", None)
            plan = plan_customer(seed=seed, number=number, as_of=as_of, advisor=advisor,
                                 role=role, household=household)
            if household and household[1] is not None and partner_of is not None:
                plan.city = partner_of.city
                partner_of = None
            elif household:
                partner_of = plan
            else:
                partner_of = None
            plans.append(plan)
            if progress and len(plans) % 1000 == 0:
                progress("planning customers", len(plans), customers)
    _rank(plans, as_of)
    return plans


def _rank(plans: list[CustomerPlan], as_of: dt.date) -> None:
    """Contribution as knowledge/value/tiers.py defines it, tiers by rank, contact windows."""
    settings = get_settings()
    margins = {product.id: settings.margin_for(product.margin_class) for product in PRODUCTS}
    year_ago = as_of - dt.timedelta(days=365)
    for plan in plans:
        value = sum((abs(h.balance) * margins[h.product_id] for h in plan.holdings
                     if h.closed_on is None), Decimal(0))
        fees = sum(cents for day, cents, _, _ in fee_schedule(plan, as_of) if day > year_ago)
        plan.contribution = float(value) + fees / 100
    ordered = sorted(plans, key=lambda plan: (-plan.contribution, plan.number))
    total = len(ordered)
    cuts = [settings.tier_top_share, settings.tier_top_share + settings.tier_high_share,
            settings.tier_top_share + settings.tier_high_share + settings.tier_mid_share]
    tiers = ("top", "high", "mid", "low")
    # Customers near a tier boundary get the stricter window of the tier above, so that a
    # slightly different ranking elsewhere cannot make them overdue.
    margin = max(2, math.ceil(total * 0.02))
    for position, plan in enumerate(ordered):
        share = position / total
        level = next((i for i, cut in enumerate(cuts) if share < cut), 3)
        plan.tier = tiers[level]
        window = settings.coverage_days(plan.tier)
        if level > 0 and position - math.floor(cuts[level - 1] * total) < margin:
            window = settings.coverage_days(tiers[level - 1])
        plan.contact_window_days = window


def _insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    connection = session.connection()
    for start in range(0, len(rows), INSERT_CHUNK):
        connection.execute(table.insert(), rows[start:start + INSERT_CHUNK])


def _insert_transactions(session: Session, rows: list[TransactionTuple],
                         currency: str) -> None:
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        # The driver's executemany with the exact values SQLAlchemy's SQLite types would
        # bind (ISO date text, float amount): half the time of Core's per-row processing,
        # which matters at 10M rows. Same connection, same transaction.
        statement = ("INSERT INTO transactions (id, holding_id, booked_on, amount, currency, "
                     "kind, description) VALUES (?, ?, ?, ?, ?, ?, ?)")
        for start in range(0, len(rows), INSERT_CHUNK):
            connection.exec_driver_sql(statement, [
                (tid, holding, day.isoformat(), cents / 100, currency, kind, text)
                for tid, holding, day, cents, kind, text in rows[start:start + INSERT_CHUNK]])
        return
    _insert(session, _table(Transaction), [
        {"id": tid, "holding_id": holding, "booked_on": day,
         "amount": Decimal(cents).scaleb(-2), "currency": currency, "kind": kind,
         "description": text} for tid, holding, day, cents, kind, text in rows])


def _table(model: Any) -> Table:
    return model.__table__  # type: ignore[no-any-return]


def _fixed_rows(session: Session, staff: list[DemoStaff]) -> None:
    _insert(session, _table(Branch),
            [{"id": bid, "name": name, "city": city} for bid, name, city in BRANCHES])
    # Demo staff log in with the documented demo password, never in production (None there).
    password_hash = demo_password_hash()
    _insert(session, _table(Staff), [
        {"id": s.id, "name": s.name, "branch_id": s.branch_id, "role": s.role,
         "email": s.email, "slack_user_id": s.slack_user_id, "teams_user_id": s.teams_user_id,
         "password_hash": password_hash}
        for s in staff])
    _insert(session, _table(Product), [
        {"id": p.id, "name": p.name, "category": p.category, "margin_class": p.margin_class,
         "rate_type": p.rate_type} for p in PRODUCTS])


def _customer_row(plan: CustomerPlan) -> dict[str, Any]:
    return {
        "id": plan.id, "name": plan.name, "birth_date": plan.birth_date,
        "advisor_id": plan.advisor_id, "customer_since": plan.customer_since,
        "occupation": plan.occupation, "income_band": plan.income_band,
        "risk_profile": plan.risk_profile, "investment_preference": plan.investment_preference,
        "channel_preference": plan.channel_preference, "household_id": plan.household_id,
        "city": plan.city,
    }


def _holding_rows(plan: CustomerPlan, currency: str) -> Iterable[dict[str, Any]]:
    for h in plan.holdings:
        yield {"id": h.id, "customer_id": plan.id, "product_id": h.product_id,
               "opened_on": h.opened_on, "closed_on": h.closed_on, "balance": h.balance,
               "currency": currency, "maturity_on": h.maturity_on,
               "interest_rate": Decimal(h.interest_rate) if h.interest_rate else None}


def _feedback_rows(plans: list[CustomerPlan], seed: int, as_of: dt.date,
                   currency: str) -> list[dict[str, Any]]:
    rng = random.Random(f"demo-bank:{seed}:feedback")
    authors = [plan for plan in plans if plan.role not in ("quiet", "dormant")]
    weights = [theme.weight for theme in THEMES]
    rows = []
    for number in range(1, max(30, round(len(plans) * 0.15)) + 1):
        theme = rng.choices(THEMES, weights)[0]
        text = rng.choice(OPENINGS) + rng.choice(theme.phrasings) + rng.choice(CLOSINGS)
        author = rng.choice(authors) if authors and rng.random() < 0.9 else None
        channel = rng.choice(FEEDBACK_CHANNELS)
        compensation = None
        if rng.random() < theme.compensation_share:
            compensation = Decimal(rng.randint(*theme.compensation_range)).quantize(
                Decimal("0.01"))
        rows.append({
            "id": f"F{number:06d}", "customer_id": author.id if author else None,
            "received_on": as_of - rng.randint(0, 180) * dt.timedelta(days=1),
            "channel": channel, "text": text, "compensation": compensation,
            "currency": currency if compensation is not None else None, "status": "pending",
            "logged_by": author.advisor_id if author and channel in ("branch", "phone")
            else None,
        })
    return rows


def generate_demo_bank(*, session: Session, customers: int, seed: int, as_of: dt.date,
                       progress: Progress | None = None,
                       transactions_per_customer: int = 100) -> DemoBankReport:
    """Generate and insert the demo bank into an empty database (the caller commits)."""
    if customers < 1:
        raise ValueError("customers must be at least 1, e.g. --customers 2000")
    currency = get_settings().currency
    staff = demo_staff(customers)
    report = DemoBankReport(customers=customers, staff=[s.id for s in staff])
    _fixed_rows(session, staff)
    plans = plan_bank(customers=customers, seed=seed, as_of=as_of, progress=progress)
    for start in range(0, len(plans), BATCH_CUSTOMERS):
        batch = plans[start:start + BATCH_CUSTOMERS]
        # Activity first: planting may add a holding (the early-closed term deposit).
        transactions: list[TransactionTuple] = []
        interactions: list[dict[str, Any]] = []
        for plan in batch:
            transactions.extend(transactions_for(plan, as_of, seed, transactions_per_customer))
            interactions.extend(interactions_for(plan, as_of, seed))
        holdings = [row for plan in batch for row in _holding_rows(plan, currency)]
        _insert(session, _table(Customer), [_customer_row(plan) for plan in batch])
        _insert(session, _table(Holding), holdings)
        _insert_transactions(session, transactions, currency)
        _insert(session, _table(Interaction), interactions)
        report.holdings += len(holdings)
        report.transactions += len(transactions)
        report.interactions += len(interactions)
        if progress:
            progress("generating activity", start + len(batch), len(plans))
    feedback = _feedback_rows(plans, seed, as_of, currency)
    _insert(session, _table(Feedback), feedback)
    report.feedback = len(feedback)
    _insert(session, _table(MarketEvent), [rate_event_row(as_of)])
    for plan in plans:
        report.tiers[plan.id] = plan.tier
        if plan.role == "quiet":
            report.quiet.append(plan.id)
        elif plan.role != "ordinary":
            report.planted.append(Planted(plan.id, plan.advisor_id, plan.role))
    report.planted.sort(key=lambda p: (p.advisor_id, p.code, p.customer_id))
    return report
