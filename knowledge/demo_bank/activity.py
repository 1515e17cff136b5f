"""Phase 2 of the demo bank: each customer's transactions and interactions.

Regular flows (salary, rent, cash, card spending with December and summer peaks, instalments,
yearly premiums and interest, fees) keep every ordinary customer's single movements far
below ten times their median monthly flow; planted customers get exactly one situation on
top (see knowledge/demo_bank/__init__.py for the list).
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
import statistics
from collections import defaultdict
from decimal import Decimal
from functools import lru_cache
from typing import Any

from knowledge.demo_bank.names import (
    CARD_MERCHANTS,
    DECEMBER_MERCHANTS,
    INTERACTION_NOTES,
    NEW_PARENT_PURCHASES,
    SUMMER_MERCHANTS,
)
from knowledge.demo_bank.plan import DAY, CustomerPlan, HoldingPlan, customer_rng

Row = dict[str, Any]
# A transaction as generated: id, holding id, booked on, amount in cents, kind, description.
TransactionTuple = tuple[str, str, dt.date, int, str, str]
HISTORY_DAYS = 730
DORMANT_END_DAYS = 820  # dormant customers: nothing newer than this many days before as_of
ACCOUNT_FEE_CENTS = 1200  # quarterly account maintenance fee
CARD_FEE_CENTS = 3000  # yearly credit card fee


def history_window(plan: CustomerPlan, as_of: dt.date) -> tuple[dt.date, dt.date]:
    if plan.role == "dormant":
        return as_of - (DORMANT_END_DAYS + 300) * DAY, as_of - DORMANT_END_DAYS * DAY
    return max(plan.customer_since, as_of - HISTORY_DAYS * DAY), as_of


def _months(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    months, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


@lru_cache(maxsize=8192)
def _day(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def fee_schedule(plan: CustomerPlan, as_of: dt.date) -> list[tuple[dt.date, int, str, str]]:
    """(date, cents, holding id, description) of every fee; also used to rank contribution."""
    start, end = history_window(plan, as_of)
    if plan.role == "dormant":
        return []
    fees = []
    current = plan.holding("current_account")
    card = plan.holding("credit_card")
    for year, month in _months(start, end):
        if current and month % 3 == 0:
            day = _day(year, month, 28)
            if start <= day <= end:
                fees.append((day, ACCOUNT_FEE_CENTS, current.id, "Account maintenance fee"))
        if card and month == card.opened_on.month:
            day = _day(year, month, card.opened_on.day)
            if start <= day <= end:
                fees.append((day, CARD_FEE_CENTS, card.id, "Credit card annual fee"))
    return fees


def transactions_for(plan: CustomerPlan, as_of: dt.date, seed: int,
                     per_customer: int) -> list[TransactionTuple]:
    rng = customer_rng(seed, plan.number, "flows")
    start, end = history_window(plan, as_of)
    months = _months(start, end)
    current = plan.holding("current_account")
    assert current is not None
    card = plan.holding("credit_card") or current
    flows: list[tuple[dt.date, int, str, str, str]] = []  # date, cents, holding, kind, text

    def book(day: dt.date, cents: int, holding: HoldingPlan, kind: str, text: str) -> None:
        if start <= day <= end and day >= holding.opened_on and cents != 0:
            flows.append((day, cents, holding.id, kind, text))

    mortgage = plan.holding("mortgage")
    loan = plan.holding("consumer_loan")
    fund = plan.holding("fund")
    savings = plan.holding("savings")
    insurances = [h for h in plan.holdings if h.category == "insurance"]
    rent = int(plan.salary_cents * rng.uniform(0.22, 0.32)) // 100 * 100
    fixed_per_month = 3 + (mortgage is not None) + (loan is not None) + (fund is not None)
    cards_per_month = max(0.5, per_customer / 24 - fixed_per_month - 0.4)
    salary_text = ("Pension payment" if plan.employer == "Pension fund"
                   else f"Salary {plan.employer}")
    for year, month in months:
        salary = int(plan.salary_cents * rng.uniform(0.98, 1.02))
        book(_day(year, month, rng.randint(25, 28)), salary, current, "transfer_in", salary_text)
        if month == 11 and plan.segment in ("upper", "affluent"):
            book(_day(year, month, 27), plan.salary_cents // 2, current, "transfer_in",
                 "Christmas bonus")
        book(_day(year, month, 1), -rent, current, "transfer_out",
             "Household transfer" if mortgage else "Rent standing order")
        book(_day(year, month, rng.randint(2, 27)), -rng.randint(5, 30) * 1000, current,
             "withdrawal", "ATM cash withdrawal")
        if mortgage:
            book(_day(year, month, 2), int(mortgage.balance * Decimal("0.55")), current,
                 "instalment", "Mortgage instalment")
        if loan:
            book(_day(year, month, 5), int(loan.balance * Decimal("3.2")), current,
                 "instalment", "Consumer loan instalment")
        if fund:
            book(_day(year, month, 15), -min(150_000, plan.salary_cents // 10 // 100 * 100),
                 current, "transfer_out", "Fund savings plan")
        season = 1.5 if month == 12 else 1.25 if month in (7, 8) else 0.9
        expected = cards_per_month * season
        count = int(expected) + (rng.random() < expected - int(expected))
        for _ in range(count):
            pool = CARD_MERCHANTS
            if month == 12 and rng.random() < 0.4:
                pool = DECEMBER_MERCHANTS
            elif month in (7, 8) and rng.random() < 0.3:
                pool = SUMMER_MERCHANTS
            text, typical = rng.choice(pool)
            amount = int(typical * 100 * rng.lognormvariate(0, 0.35))
            book(_day(year, month, rng.randint(1, 28)), -amount, card, "card", text)
        for policy in insurances:
            if month == policy.opened_on.month:
                premium = 45_000 if policy.product_id == "P-HOME" else 120_000
                book(_day(year, month, 10), -premium, current, "premium",
                     "Home insurance annual premium" if policy.product_id == "P-HOME"
                     else "Life insurance annual premium")
        if savings and month == 12:
            interest = int(savings.balance * Decimal(savings.interest_rate or "0"))
            book(_day(year, month, 31), interest, savings, "interest", "Interest credited")
    for day, cents, holding_id, text in fee_schedule(plan, as_of):
        flows.append((day, -cents, holding_id, "fee", text))
    _plant_flows(plan, rng, as_of, flows, current, card)
    flows.sort(key=lambda flow: (flow[0], flow[2], flow[1]))
    prefix = f"T{plan.number:06d}-"
    return [(f"{prefix}{index:05d}", holding_id, day, cents, kind, text)
            for index, (day, cents, holding_id, kind, text) in enumerate(flows, start=1)]


def monthly_medians(flows: list[tuple[dt.date, int, str, str, str]],
                    as_of: dt.date) -> tuple[int, int]:
    """Median monthly inflow and outflow (cents) over complete months before as_of."""
    inflow: dict[tuple[int, int], int] = defaultdict(int)
    outflow: dict[tuple[int, int], int] = defaultdict(int)
    for day, cents, *_ in flows:
        if (day.year, day.month) == (as_of.year, as_of.month):
            continue
        if cents > 0:
            inflow[(day.year, day.month)] += cents
        else:
            outflow[(day.year, day.month)] -= cents
    return (int(statistics.median(inflow.values())) if inflow else 0,
            int(statistics.median(outflow.values())) if outflow else 0)


def _plant_flows(plan: CustomerPlan, rng: random.Random, as_of: dt.date,
                 flows: list[tuple[dt.date, int, str, str, str]], current: HoldingPlan,
                 card: HoldingPlan) -> None:
    if plan.role in ("large_withdrawal", "large_deposit"):
        median_in, median_out = monthly_medians(flows, as_of)
        day = as_of - rng.randint(2, 8) * DAY
        if plan.role == "large_withdrawal":
            # Seed 002: a term deposit closed early, the money leaves the bank.
            amount = max(3_000_000, -(-12 * median_out // 100_000) * 100_000)
            deposit = HoldingPlan(id=f"H{plan.number:06d}-{len(plan.holdings) + 1}",
                                  product_id="P-TD24", opened_on=as_of - 400 * DAY,
                                  balance=Decimal("0.00"), closed_on=day,
                                  maturity_on=as_of + 330 * DAY, interest_rate="2.8500")
            plan.holdings.append(deposit)
            flows.append((day, -amount, deposit.id, "withdrawal",
                          "Early closure of term deposit"))
        else:
            amount = max(plan.planted_amount_cents, -(-12 * median_in // 100_000) * 100_000)
            text = rng.choice(("Inheritance transfer from notary",
                               "Proceeds from sale of apartment", "Transfer from other bank"))
            flows.append((day, amount, current.id, "transfer_in", text))
    elif plan.role == "life_event":
        for offset in sorted(rng.sample(range(4, 40), 4)):
            text, typical = rng.choice(NEW_PARENT_PURCHASES)
            flows.append((as_of - offset * DAY, -int(typical * 100 * rng.uniform(0.8, 1.2)),
                          card.id, "card", text))


def interactions_for(plan: CustomerPlan, as_of: dt.date, seed: int) -> list[Row]:
    rng = customer_rng(seed, plan.number, "contacts")
    role = plan.role
    contacts: list[tuple[dt.date, str, str, str, dt.date | None]] = []
    if role == "quiet":
        last = as_of - rng.randint(1, 3) * DAY
        contacts.append((last, "phone", "call", "reached", None))
        cursor = last - rng.randint(90, 200) * DAY
    elif role == "coverage_overdue":
        cursor = as_of - rng.randint(130, 220) * DAY
    elif role == "dormant":
        cursor = as_of - rng.randint(850, 1200) * DAY
    elif role == "repeated_advisory":
        outcomes = ["reached", "follow_up", "open"]
        rng.shuffle(outcomes)
        for offset, outcome in zip((rng.randint(36, 42), rng.randint(22, 28),
                                    rng.randint(9, 14)), outcomes, strict=True):
            contacts.append((as_of - offset * DAY, "meeting", "advisory_session", outcome,
                             None))
        cursor = as_of - rng.randint(100, 200) * DAY
    elif role == "open_complaint":
        occurred = as_of - rng.randint(20, 40) * DAY
        follow_up = occurred + rng.randint(7, max(7, (as_of - occurred).days - 5)) * DAY
        contacts.append((occurred, rng.choice(("phone", "branch", "email")), "complaint", "open",
                         follow_up))
        # A complaint is not a coverage contact: the last real conversation is recent too.
        cursor = occurred - rng.randint(3, 10) * DAY
    else:
        window = plan.contact_window_days
        cursor = as_of - rng.randint(8, max(9, int(window * 0.8))) * DAY
        # New customers had their welcome conversation when they joined.
        cursor = max(cursor, plan.customer_since)
    earliest = max(plan.customer_since, as_of - 4 * 365 * DAY)
    first = not contacts or role == "open_complaint"
    while cursor >= earliest:
        # The latest contact is always a real conversation; older ones vary. Contacts are at
        # least 60 days apart, so ordinary customers never show repeated advisory sessions.
        kind = "call" if first else rng.choices(
            ("call", "advisory_session", "service", "complaint"),
            (50, 25, 20, 0 if role == "quiet" else 5))[0]
        if kind == "call":
            outcome = "reached" if first else rng.choices(("reached", "no_answer"), (7, 3))[0]
            channel = "phone"
        elif kind == "advisory_session":
            outcome, channel = rng.choice(("sale", "reached", "follow_up")), "meeting"
        else:
            outcome, channel = "resolved", rng.choice(("branch", "phone", "email", "chat"))
        contacts.append((cursor, channel, kind, outcome, None))
        cursor -= rng.randint(60, 240) * DAY
        first = False
    contacts.sort(key=lambda contact: contact[0])
    return [
        {"id": f"I{plan.number:06d}-{index:03d}", "customer_id": plan.id,
         "advisor_id": plan.advisor_id, "occurred_on": day, "channel": channel, "kind": kind,
         "outcome": outcome, "note": rng.choice(INTERACTION_NOTES[kind]),
         "follow_up_on": follow_up}
        for index, (day, channel, kind, outcome, follow_up) in enumerate(contacts, start=1)
    ]
