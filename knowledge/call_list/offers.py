"""Next best offer: association rules over the product categories customers hold together.

A rule X -> Y says "of the customers who hold X, `confidence` also hold Y", with
support = share of all customers holding both and lift = confidence / share holding Y
(lift > 1: X makes Y more likely than chance). The rules are bank-wide: counted from one
read of the open holdings, cached per database and as-of date. Offers respect the risk profile.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import permutations

from sqlalchemy import ColumnElement, String, select, type_coerce
from sqlalchemy.orm import Session

from knowledge.call_list.book import Book
from knowledge.call_list.reasons import URGENCY, Reason
from knowledge.models.bank import Holding, Product
from knowledge.settings import get_settings
from knowledge.value.bank_cache import BankCache

Found = dict[str, list[Reason]]
LABELS = {
    "current_account": "a current account",
    "savings": "a savings account",
    "term_deposit": "a term deposit",
    "fund": "an investment fund",
    "bond": "bonds",
    "equity": "an equity portfolio",
    "insurance": "insurance",
    "pension": "a pension plan",
    "mortgage": "a mortgage",
    "consumer_loan": "a consumer loan",
    "credit_card": "a credit card",
}


@dataclass(frozen=True)
class Rule:
    antecedent: str
    consequent: str
    support: float
    confidence: float
    lift: float
    holders: int  # customers holding both


def min_risk_for(category: str) -> int:
    settings = get_settings()
    return {
        "equity": settings.offer_min_risk_equity,
        "fund": settings.offer_min_risk_fund,
        "bond": settings.offer_min_risk_bond,
        "pension": settings.offer_min_risk_pension,
    }.get(category, 1)


_rules: BankCache[list[Rule]] = BankCache()


def clear_rules_cache() -> None:
    _rules.clear()


def held_categories(
    session: Session, as_of: dt.date, *where: ColumnElement[bool]
) -> dict[str, set[str]]:
    """Each customer's product categories held on `as_of` (of the customers `where` picks).

    The category as its stored text: SQLAlchemy's Enum conversion of ~76k holdings of a 20k
    bank took a third of the next-best-offer signal's time."""
    held: dict[str, set[str]] = defaultdict(set)
    for cid, category in session.execute(
        select(Holding.customer_id, type_coerce(Product.category, String))
        .join(Product, Product.id == Holding.product_id)
        .where(*where, Holding.held_on(as_of))
    ):
        held[cid].add(category)
    return held


def compute_rules(*, session: Session, as_of: dt.date) -> list[Rule]:
    """All category -> category rules above the support/confidence/lift settings.

    Counted in Python from one read of who holds what (a few categories per customer): the
    self-join of the distinct (customer, category) pairs that SQL needed for the pair
    counts was most of the rules' time (0.4 s on PostgreSQL for a 20k bank)."""
    return rules_of(held_categories(session, as_of))


def rules_of(held: dict[str, set[str]]) -> list[Rule]:
    """The rules of a bank whose customers hold these categories (every customer's)."""
    settings = get_settings()
    customers = len(held)
    if customers == 0:
        return []
    singles = Counter(category for categories in held.values() for category in categories)
    pairs = Counter(pair for categories in held.values() for pair in permutations(categories, 2))
    rules = []
    for (x, y), both in pairs.items():
        support = both / customers
        confidence = both / singles[x]
        lift = confidence / (singles[y] / customers)
        if (
            support >= settings.offer_min_support
            and confidence >= settings.offer_min_confidence
            and lift >= settings.offer_min_lift
        ):
            rules.append(Rule(x, y, support, confidence, lift, both))
    rules.sort(key=lambda r: (-r.confidence, -r.lift, r.antecedent, r.consequent))
    return rules


def association_rules(
    *, session: Session, as_of: dt.date, held: dict[str, set[str]] | None = None
) -> list[Rule]:
    """The cached rules; `held` (every customer's categories, when the caller read them
    anyway) computes them without reading the holdings again."""
    return _rules.get(
        (str(session.get_bind().engine.url), as_of),
        get_settings().bank_cache_seconds,
        lambda: compute_rules(session=session, as_of=as_of) if held is None else rules_of(held),
    )


def next_best_offer(*, session: Session, book: Book) -> Found:
    allowed = {c.strip() for c in get_settings().offer_categories.split(",") if c.strip()}
    if book.everyone:  # the whole bank's holdings are what the rules are counted from
        holdings = held_categories(session, book.as_of)
        every = association_rules(session=session, as_of=book.as_of, held=holdings)
    else:
        every = association_rules(session=session, as_of=book.as_of)
    rules = [r for r in every if r.consequent in allowed]
    if not rules:
        return {}
    if not book.everyone:
        holdings = held_categories(session, book.as_of, Holding.customer_id.in_(book.ids()))
    # A rule's sentence and evidence are the same for everyone it fits (but the risk profile).
    said = {
        rule: (
            f"{rule.confidence:.0%} of customers with {LABELS[rule.antecedent]} also have "
            f"{LABELS[rule.consequent]} ({rule.lift:.1f}× more often than average); "
            f"they don't yet: a natural next offer.",
            {
                "offer": rule.consequent,
                "because_holds": rule.antecedent,
                "support": round(rule.support, 4),
                "confidence": round(rule.confidence, 4),
                "lift": round(rule.lift, 3),
                "customers_with_both": rule.holders,
                "min_risk": min_risk_for(rule.consequent),
                "rule": "association rule with support/confidence/lift above the settings; "
                "risk profile >= product's minimum",
            },
        )
        for rule in rules
    }
    found: Found = {}
    for cid, held in holdings.items():
        customer = book.customers.get(cid)
        # An unknown risk profile is treated as the most cautious one.
        risk = (customer.risk_profile if customer else None) or 1
        for rule in rules:  # best first
            if rule.antecedent not in held or rule.consequent in held:
                continue
            text, evidence = said[rule]
            if risk < evidence["min_risk"]:
                continue
            found[cid] = [
                Reason(
                    "next_best_offer",
                    text,
                    {**evidence, "risk_profile": risk},
                    URGENCY["next_best_offer"],
                    book.as_of,
                )
            ]
            break
    return found
