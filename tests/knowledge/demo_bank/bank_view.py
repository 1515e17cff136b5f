"""A plain view of a generated demo bank, so the checks can recompute from the rows what the
generator claims to have planted."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter, defaultdict
from decimal import Decimal

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from knowledge.db import make_engine
from knowledge.demo_bank import DemoBankReport, generate_demo_bank
from knowledge.migrate import upgrade
from knowledge.models.bank import Customer, Holding, Interaction, Product, Transaction
from knowledge.settings import get_settings

AS_OF = dt.date(2026, 11, 23)
LIFE_WORDS = ("baby", "nappies", "pram", "maternity", "formula", "wedding", "bridal",
              "removals", "moving company", "estate agent")
DAY = dt.timedelta(days=1)


def generate(url: str, customers: int, seed: int) -> tuple[Engine, DemoBankReport]:
    upgrade(url)
    engine = make_engine(url)
    with Session(engine) as session:
        report = generate_demo_bank(session=session, customers=customers, seed=seed,
                                    as_of=AS_OF, transactions_per_customer=80)
        session.commit()
    return engine, report


class Bank:
    """Everything the checks need, loaded once per folder from the generated database."""

    def __init__(self, session: Session) -> None:
        self.customers = {c.id: c for c in session.scalars(select(Customer))}
        self.products = {p.id: p for p in session.scalars(select(Product))}
        self.holdings: dict[str, list[Holding]] = defaultdict(list)
        self.holding_owner: dict[str, str] = {}
        for h in session.scalars(select(Holding)):
            self.holdings[h.customer_id].append(h)
            self.holding_owner[h.id] = h.customer_id
        self.transactions: dict[str, list[Transaction]] = defaultdict(list)
        for t in session.scalars(select(Transaction)):
            self.transactions[self.holding_owner[t.holding_id]].append(t)
        self.interactions: dict[str, list[Interaction]] = defaultdict(list)
        for i in session.scalars(select(Interaction).order_by(Interaction.occurred_on)):
            self.interactions[i.customer_id].append(i)

    def category(self, holding: Holding) -> str:
        return self.products[holding.product_id].category.value

    def open_holdings(self, customer_id: str) -> list[Holding]:
        return [h for h in self.holdings[customer_id] if h.closed_on is None]

    def contribution(self, customer_id: str) -> Decimal:
        settings = get_settings()
        value = sum((abs(h.balance) * settings.margin_for(
            self.products[h.product_id].margin_class.value)
            for h in self.open_holdings(customer_id)), Decimal(0))
        fees = sum((-t.amount for t in self.transactions[customer_id]
                    if t.kind.value == "fee" and t.booked_on > AS_OF - 365 * DAY), Decimal(0))
        return value + fees

    def tiers(self) -> dict[str, str]:
        ranked = sorted(self.customers, key=lambda cid: -self.contribution(cid))
        tiers = {}
        for position, cid in enumerate(ranked):
            share = position / len(ranked)
            tiers[cid] = ("top" if share < 0.05 else "high" if share < 0.20
                          else "mid" if share < 0.80 else "low")
        return tiers

    def medians(self, customer_id: str) -> tuple[Decimal, Decimal]:
        inflow: Counter[tuple[int, int]] = Counter()
        outflow: Counter[tuple[int, int]] = Counter()
        for t in self.transactions[customer_id]:
            month = (t.booked_on.year, t.booked_on.month)
            if month == (AS_OF.year, AS_OF.month) or t.booked_on > AS_OF - 10 * DAY:
                continue
            if t.amount > 0:
                inflow[month] += t.amount  # type: ignore[assignment]
            else:
                outflow[month] -= t.amount  # type: ignore[assignment]
        return (statistics.median(inflow.values()) if inflow else Decimal(0),
                statistics.median(outflow.values()) if outflow else Decimal(0))

    def recent_large(self, customer_id: str, kinds: tuple[str, ...], inflow: bool) -> list:
        median_in, median_out = self.medians(customer_id)
        median = median_in if inflow else median_out
        return [t for t in self.transactions[customer_id]
                if t.kind.value in kinds and t.booked_on > AS_OF - 10 * DAY
                and (t.amount > 0) == inflow and abs(t.amount) >= 10 * median]



def planted(report: DemoBankReport, code: str) -> set[str]:
    return set(report.planted_ids(code))

