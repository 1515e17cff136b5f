"""The demo bank's fixed parts: product catalogue, branches and staff, the rate event.

Only the variable-rate mortgage is variable-rate, and only customers planted for the rate
event hold it: that keeps "who is affected by the rate cut?" a short, exact list.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from knowledge.demo_bank.names import BRANCHES, NAMES


@dataclass(frozen=True)
class DemoProduct:
    id: str
    name: str
    category: str
    margin_class: str
    rate_type: str
    interest_rate: str | None  # percent a year, as stored on holdings


PRODUCTS: tuple[DemoProduct, ...] = (
    DemoProduct("P-CUR", "Current account", "current_account", "low", "none", None),
    DemoProduct("P-SAV", "Savings account (fixed bonus rate)", "savings", "low", "fixed",
                "1.2500"),
    DemoProduct("P-TD12", "Term deposit 12 months", "term_deposit", "low", "fixed", "2.6000"),
    DemoProduct("P-TD24", "Term deposit 24 months", "term_deposit", "low", "fixed", "2.8500"),
    DemoProduct("P-BONDF", "Euro bond fund", "fund", "high", "none", None),
    DemoProduct("P-EQF", "Global equity fund", "fund", "high", "none", None),
    DemoProduct("P-BOND", "Federal bond 2031", "bond", "medium", "fixed", "2.4000"),
    DemoProduct("P-EQ", "Equity portfolio (self-directed)", "equity", "medium", "none", None),
    DemoProduct("P-LIFE", "Life insurance", "insurance", "high", "none", None),
    DemoProduct("P-HOME", "Home insurance", "insurance", "high", "none", None),
    DemoProduct("P-PEN", "Private pension plan", "pension", "high", "none", None),
    DemoProduct("P-MORTF", "Fixed-rate mortgage (10 years)", "mortgage", "medium", "fixed",
                "3.4500"),
    DemoProduct("P-MORTV", "Variable-rate mortgage", "mortgage", "medium", "variable",
                "4.1000"),
    DemoProduct("P-LOAN", "Consumer loan", "consumer_loan", "medium", "fixed", "6.9000"),
    DemoProduct("P-CARD", "Credit card", "credit_card", "medium", "fixed", "14.9000"),
)
PRODUCT_BY_ID = {product.id: product for product in PRODUCTS}


@dataclass(frozen=True)
class DemoStaff:
    id: str
    name: str
    branch_id: str | None
    role: str

    @property
    def email(self) -> str:
        first, *rest = self.name.lower().split(" ")
        return f"{first}.{'-'.join(rest)}@demo-bank.example"

    @property
    def slack_user_id(self) -> str:
        return f"U0{self.id}"

    @property
    def teams_user_id(self) -> str:
        return f"29:{self.id.lower()}"


ADVISORS_PER_BRANCH = 3  # at least; a larger bank gets more advisors (BOOK_SIZE each)
BOOK_SIZE = 400  # customers per advisor in a large demo bank: a realistic book
_ADVISOR_NAMES = ("Lena Hoffmann", "Marco Bianchi", "Sofia Andersson", "Jonas Weber",
                  "Agnieszka Nowak", "Pierre Dubois")
_MANAGER_NAMES = ("Katrin Brandt", "Tobias Lehmann")


def advisors_per_branch(customers: int) -> int:
    return max(ADVISORS_PER_BRANCH, -(-customers // (len(BRANCHES) * BOOK_SIZE)))


def _advisor_name(number: int) -> str:
    if number <= len(_ADVISOR_NAMES):
        return _ADVISOR_NAMES[number - 1]
    # Further advisors of a large bank: a deterministic German name per number.
    women, men, surnames = NAMES["de"]
    given_names = women + men
    given = given_names[number % len(given_names)]
    surname = surnames[(number // len(given_names)) % len(surnames)]
    if f"{given} {surname}" in _ADVISOR_NAMES:  # keep staff names unique
        surname = surnames[(number // len(given_names) + 1) % len(surnames)]
    return f"{given} {surname}"


def demo_staff(customers: int = 0) -> list[DemoStaff]:
    """Staff of a demo bank of this many customers: advisors, a manager per branch, head office."""
    per_branch = advisors_per_branch(customers)
    staff: list[DemoStaff] = []
    for branch_index, (branch_id, _name, _city) in enumerate(BRANCHES):
        for offset in range(per_branch):
            number = branch_index * per_branch + offset + 1
            staff.append(DemoStaff(f"A{number:03d}", _advisor_name(number), branch_id, "advisor"))
        staff.append(DemoStaff(f"M{branch_index + 1:03d}", _MANAGER_NAMES[branch_index],
                               branch_id, "branch_manager"))
    staff.append(DemoStaff("H001", "Helga Sommer", None, "head_office"))
    return staff


def advisors(customers: int = 0) -> list[DemoStaff]:
    return [member for member in demo_staff(customers) if member.role == "advisor"]


RATE_EVENT_CATEGORIES = ["mortgage", "consumer_loan", "savings", "term_deposit", "bond", "fund"]


def rate_event_row(as_of: dt.date) -> dict[str, object]:
    return {
        "kind": "rate_change",
        "occurred_on": as_of - dt.timedelta(days=2),
        "delta_bp": -25,
        "product_categories": list(RATE_EVENT_CATEGORIES),
        "description": "ECB deposit rate cut by 25 bp",
        "recorded_by": "H001",
    }
