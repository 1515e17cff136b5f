"""The Reason: why a customer is on today's call list, in words an advisor can say on the phone.

Every reason carries a stable `code` (docs/contracts.md), a sentence, the evidence behind it
(amounts, dates, the customer's own baseline, the rule and threshold that fired), an urgency
between 0 and 1 that feeds the score, and `since`: the day the trigger happened, which decides
whether a reason is newer than the customer's last contact.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

# money and day are this room's names for the one formatter (knowledge/format.py).
from knowledge.format import day, jsonable, money
from knowledge.settings import Settings

__all__ = ["REASON_CODES", "URGENCY", "Reason", "day", "days_ago", "in_days", "money",
           "money_of_holdings", "threshold_of_holdings"]

REASON_CODES = (
    "coverage_overdue",
    "maturity",
    "large_withdrawal",
    "large_deposit",
    "rate_event",
    "repeated_advisory",
    "dormant",
    "open_complaint",
    "birthday",
    "life_event",
    "next_best_offer",
    "loan_arrears",
)

# Base urgency per code: a complaint or money leaving beats a birthday or a sales idea.
URGENCY = {
    "loan_arrears": 0.95,  # + 0.04 in default: before any complaint or sales idea
    "open_complaint": 0.9,
    "large_withdrawal": 0.9,
    "maturity": 0.8,
    "repeated_advisory": 0.8,
    "rate_event": 0.7,
    "large_deposit": 0.6,
    "coverage_overdue": 0.5,
    "dormant": 0.5,
    "life_event": 0.5,
    "birthday": 0.3,
    "next_best_offer": 0.2,
}

@dataclass(frozen=True)
class Reason:
    code: str
    text: str
    evidence: dict[str, Any] = field(default_factory=dict)
    urgency: float = 0.5
    since: dt.date | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "text": self.text,
            "urgency": round(self.urgency, 2),
            "since": self.since.isoformat() if self.since else None,
            "evidence": jsonable(self.evidence, decimal=float),  # numbers, as documented
        }


def profile_json(reason: Reason) -> dict[str, Any]:
    """A reason as a profile's payload carries it (code, text, evidence with money as
    strings: `jsonable`'s default), stored so that the stored one reads back the same."""
    return {"code": reason.code, "text": reason.text, "evidence": jsonable(reason.evidence)}


def days_ago(as_of: dt.date, value: dt.date) -> str:
    n = (as_of - value).days
    return "today" if n == 0 else "yesterday" if n == 1 else f"{n} days ago"


def in_days(as_of: dt.date, value: dt.date) -> str:
    n = (value - as_of).days
    return "today" if n == 0 else "tomorrow" if n == 1 else f"in {n} days"


def money_of_holdings(amount: Decimal, currencies: tuple[str, ...]) -> str:
    """A total over a customer's holdings in their currency; over holdings in several
    currencies the sum is unconverted, and the text says so instead of pretending one."""
    if len(currencies) <= 1:
        return money(amount, currencies[0] if currencies else None)
    return f"{amount:,.0f} ({' and '.join(currencies)} added up, not converted)"


def threshold_of_holdings(
    settings: Settings, name: str, currencies: tuple[str, ...]
) -> Decimal | None:
    """A money threshold for a customer's holdings: in their currency (Settings.money_threshold);
    over several currencies the highest (the sum is unconverted: the cautious floor), and
    None when one of them has no threshold known."""
    found = [settings.money_threshold(name, c) for c in currencies or (None,)]
    return None if any(f is None for f in found) else max(f for f in found if f is not None)
