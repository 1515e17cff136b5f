"""Phase 1 of the demo bank: who the customers are and what they hold.

Everything is drawn from a random stream seeded by (seed, customer number), so a customer
looks the same whatever the batch size, and the whole bank is deterministic for
(customers, seed, as_of). Tiers need the whole bank's ranking, so this phase plans every
customer (light objects) before any activity is generated.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from knowledge.demo_bank.catalogue import PRODUCT_BY_ID, DemoStaff
from knowledge.demo_bank.names import (
    CHANNEL_PREFERENCES,
    CITIES,
    EMPLOYERS,
    INCOME_BANDS,
    INVESTMENT_PREFERENCES,
    NAMES,
    NATIONALITY_WEIGHTS,
    OCCUPATIONS,
)

DAY = dt.timedelta(days=1)
SEGMENTS = ("affluent", "upper", "mass", "basic")
SEGMENT_WEIGHTS = (5, 15, 55, 25)
# Planted situations that need a top/high contribution (very large fund and pension balances).
VALUABLE_CODES = {"coverage_overdue", "dormant"}


@dataclass
class HoldingPlan:
    id: str
    product_id: str
    opened_on: dt.date
    balance: Decimal
    closed_on: dt.date | None = None
    maturity_on: dt.date | None = None
    interest_rate: str | None = None

    @property
    def category(self) -> str:
        return PRODUCT_BY_ID[self.product_id].category


@dataclass
class CustomerPlan:
    number: int
    id: str
    name: str
    female: bool
    birth_date: dt.date
    advisor_id: str
    branch_id: str
    customer_since: dt.date
    occupation: str
    income_band: str
    risk_profile: int
    investment_preference: str
    channel_preference: str
    household_id: str | None
    city: str
    segment: str
    role: str  # a reason code, "quiet", or "ordinary"
    salary_cents: int
    employer: str
    holdings: list[HoldingPlan] = field(default_factory=list)
    contribution: float = 0.0
    tier: str = "low"
    contact_window_days: int = 365
    planted_amount_cents: int = 0

    def holding(self, category: str) -> HoldingPlan | None:
        return next((h for h in self.holdings if h.category == category), None)

    def holds(self, product_id: str) -> HoldingPlan | None:
        return next((h for h in self.holdings if h.product_id == product_id), None)


def customer_rng(seed: int, number: int, stream: str = "profile") -> random.Random:
    # String seeds are hashed (SHA-512) by `random`, stable across runs and platforms.
    return random.Random(f"demo-bank:{seed}:{stream}:{number}")


def _money(rng: random.Random, low: float, high: float, step: int = 10) -> Decimal:
    # Log-uniform: many small balances, few large ones, as in a real book.
    import math

    value = math.exp(rng.uniform(math.log(low), math.log(high)))
    return Decimal(int(value // step * step)).quantize(Decimal("0.01"))


def _anniversary_within(birth: dt.date, start: dt.date, days: int) -> bool:
    for offset in range(days + 1):
        day = start + offset * DAY
        if (day.month, day.day) == (birth.month, birth.day):
            return True
    return False


def _birth_date(rng: random.Random, as_of: dt.date, min_age: int, max_age: int,
                role: str) -> dt.date:
    if role == "birthday":
        anniversary = as_of + rng.randint(0, 6) * DAY
        age = rng.randint(max(min_age, 30), max_age)
        year = anniversary.year - age
        if (anniversary.month, anniversary.day) == (2, 29):
            anniversary = anniversary + DAY
        return dt.date(year, anniversary.month, anniversary.day)
    # Ordinary customers never have a birthday this week (so planted birthdays are the list);
    # quiet customers none within 30 days.
    window = 30 if role == "quiet" else 6
    while True:
        age_days = rng.randint(min_age * 365, max_age * 365)
        birth = as_of - age_days * DAY
        if (birth.month, birth.day) == (2, 29):
            continue
        if not _anniversary_within(birth, as_of, window):
            return birth


def plan_customer(*, seed: int, number: int, as_of: dt.date, advisor: DemoStaff, role: str,
                  household: tuple[str, str | None] | None) -> CustomerPlan:
    """One customer's profile and holdings.

    `household` = (household_id, surname shared with the first member, None for the first).
    """
    rng = customer_rng(seed, number)
    segment = rng.choices(SEGMENTS, SEGMENT_WEIGHTS)[0]
    if role in VALUABLE_CODES:
        segment = "affluent"
    elif role == "quiet":
        segment = rng.choice(("basic", "mass"))
    elif role == "open_complaint":
        segment = "mass"  # mid/high tier: the recent call keeps them within coverage
    elif role != "ordinary" and segment == "affluent":
        segment = "upper"
    nationality = rng.choices(list(NATIONALITY_WEIGHTS), list(NATIONALITY_WEIGHTS.values()))[0]
    females, males, surnames = NAMES[nationality]
    female = rng.random() < 0.5
    surname = household[1] if household and household[1] else rng.choice(surnames)
    first = rng.choice(females if female else males)
    retired = rng.random() < (0.25 if segment in ("mass", "affluent") else 0.1)
    min_age, max_age = (66, 88) if retired else (19 if segment == "basic" else 25, 65)
    occupation = rng.choice(OCCUPATIONS[segment])
    if retired:
        occupation = ("pensioner" if occupation in ("student", "apprentice electrician")
                      else f"retired {occupation}")
    salary_ranges = {"basic": (1300, 2200), "mass": (2200, 4200), "upper": (4500, 9000),
                     "affluent": (9000, 20000)}
    low, high = salary_ranges[segment]
    long_standing = role != "ordinary" or rng.random() < 0.94
    since_days = rng.randint(800 if long_standing else 60, 30 * 365)
    if role == "dormant":
        since_days = rng.randint(2000, 30 * 365)
    plan = CustomerPlan(
        number=number,
        id=f"C{number:06d}",
        name=f"{first} {surname}",
        female=female,
        birth_date=_birth_date(rng, as_of, min_age, max_age, role),
        advisor_id=advisor.id,
        branch_id=advisor.branch_id or "",
        customer_since=as_of - since_days * DAY,
        occupation=occupation,
        income_band=rng.choice(INCOME_BANDS[segment]),
        risk_profile=_risk_profile(rng, segment, role),
        investment_preference=rng.choice(INVESTMENT_PREFERENCES),
        channel_preference=rng.choice(CHANNEL_PREFERENCES),
        household_id=household[0] if household else None,
        city=rng.choice(CITIES[advisor.branch_id or "B01"]),
        segment=segment,
        role=role,
        salary_cents=rng.randint(low, high) * 100,
        employer="Pension fund" if retired else rng.choice(EMPLOYERS),
    )
    plan.holdings = _holdings(rng, plan, as_of)
    if role == "large_deposit":
        # Sized against the salary (the customer's only regular inflow) and booked on the
        # current account now, so that the ranking by contribution already includes it.
        plan.planted_amount_cents = max(4_000_000,
                                        -(-12 * plan.salary_cents * 102 // 100 // 100_000)
                                        * 100_000)
        current = plan.holding("current_account")
        assert current is not None
        current.balance += Decimal(plan.planted_amount_cents).scaleb(-2)
    return plan


def surname_of(plan: CustomerPlan) -> str:
    return plan.name.split(" ", 1)[1]


def _risk_profile(rng: random.Random, segment: str, role: str) -> int:
    if role == "next_best_offer":
        return rng.randint(2, 4)
    low, high = {"basic": (1, 3), "mass": (1, 4), "upper": (2, 5), "affluent": (2, 5)}[segment]
    return rng.randint(low, high)


def _holdings(rng: random.Random, plan: CustomerPlan, as_of: dt.date) -> list[HoldingPlan]:
    held: list[HoldingPlan] = []
    since = plan.customer_since

    def add(product_id: str, balance: Decimal, opened: dt.date | None = None,
            **extra: object) -> HoldingPlan:
        # Dormant customers opened nothing during their silent years.
        latest = (as_of - since).days - (1200 if plan.role == "dormant" else 400)
        opened_on = opened or since + rng.randint(0, max(0, latest)) * DAY
        holding = HoldingPlan(id=f"H{plan.number:06d}-{len(held) + 1}", product_id=product_id,
                              opened_on=max(opened_on, since), balance=balance,
                              interest_rate=PRODUCT_BY_ID[product_id].interest_rate)
        for key, value in extra.items():
            setattr(holding, key, value)
        held.append(holding)
        return holding

    segment, role = plan.segment, plan.role
    scale = {"basic": 1.0, "mass": 3.0, "upper": 10.0, "affluent": 40.0}[segment]
    add("P-CUR", _money(rng, 150 * scale, 2500 * scale), opened=since)
    if role == "quiet":
        add("P-CARD", -_money(rng, 50, 900))
        return held
    if role in VALUABLE_CODES:
        add("P-EQF", _money(rng, 450_000, 950_000, 100))
        add("P-PEN", _money(rng, 150_000, 320_000, 100))
        return held
    if role == "next_best_offer":
        add("P-MORTF", -_money(rng, 120_000, 380_000, 100))
        return held
    # Ownership is kept independent across categories except for the intended pairs, so
    # that association rules (support/confidence/lift) find only: mortgage -> insurance
    # (home and mortgage-protection life insurance), fund <-> pension <- equity.
    if rng.random() < 0.45:
        add("P-CARD", -_money(rng, 50, 1500))
    saver = rng.random() < 0.4
    if role == "maturity":
        maturity = as_of + rng.randint(3, 20) * DAY
        add("P-TD12", _money(rng, 15_000, 80_000, 500), opened=maturity - 365 * DAY,
            maturity_on=maturity)
    elif role == "large_withdrawal":
        pass  # the early-closed term deposit is sized from the flows (activity.py)
    elif rng.random() < {"basic": 0.0, "mass": 0.08, "upper": 0.15, "affluent": 0.25}[segment]:
        term = rng.choice((365, 730))
        # Ordinary deposits mature more than 60 days ahead: only planted ones are due soon.
        maturity = as_of + rng.randint(61, term) * DAY
        add("P-TD12" if term == 365 else "P-TD24", _money(rng, 10_000, 100_000, 500),
            opened=maturity - term * DAY, maturity_on=maturity)
    if rng.random() < {"basic": 0.0, "mass": 0.08, "upper": 0.45, "affluent": 0.9}[segment]:
        add("P-EQF", _money(rng, 3000 * scale, 12_000 * scale))
        add("P-PEN", _money(rng, 1500 * scale, 5000 * scale))
        if rng.random() < {"basic": 0.0, "mass": 0.05, "upper": 0.2, "affluent": 0.35}[segment]:
            add("P-EQ", _money(rng, 5000, 120_000, 100))
            saver = False  # self-directed investors keep no idle savings
    if saver:
        add("P-SAV", _money(rng, 500 * scale, 8000 * scale))
    mortgage_share = {"basic": 0.0, "mass": 0.2, "upper": 0.35, "affluent": 0.15}[segment]
    if role == "rate_event":
        # Rate-sensitive products (variable rate, bonds, bond funds) are held only by the
        # customers planted for the rate event.
        add("P-MORTV", -_money(rng, 120_000, 420_000, 100))
        add("P-HOME", Decimal("0.00"))
        choice = rng.random()
        if choice < 0.33:
            add("P-BOND", _money(rng, 10_000, 150_000, 500),
                maturity_on=as_of + rng.randint(800, 2500) * DAY)
        elif choice < 0.66 and not any(h.category == "fund" for h in held):
            add("P-BONDF", _money(rng, 5000, 60_000, 100))
            add("P-PEN", _money(rng, 3000, 40_000, 100))
    elif rng.random() < mortgage_share:
        # Every ordinary mortgage comes with home insurance (the association the offer uses).
        add("P-MORTF", -_money(rng, 80_000, 450_000, 100))
        add("P-HOME", Decimal("0.00"))
        if rng.random() < 0.4:
            add("P-LIFE", _money(rng, 2000, 60_000, 100))
    if rng.random() < {"basic": 0.1, "mass": 0.12, "upper": 0.03, "affluent": 0.0}[segment]:
        add("P-LOAN", -_money(rng, 3000, 25_000, 100),
            maturity_on=as_of + rng.randint(400, 1800) * DAY)
    return held
