"""Signals from the money: maturities, unusual flows against the customer's own history,
and life events read from card transactions."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from knowledge.call_list.book import Book
from knowledge.call_list.flow_judge import judge
from knowledge.call_list.reasons import URGENCY, Reason, day, in_days, money
from knowledge.models.bank import (
    Holding,
    Product,
    ProductCategory,
    RateType,
    Transaction,
    TransactionKind,
)
from knowledge.settings import get_settings
from knowledge.signals.cache import (
    FlowStats,
    among,
    cached_flows,
    cached_life_events,
    id_groups,
)
from knowledge.signals.scan import flow_stats, recent_months

Found = dict[str, list[Reason]]

MATURING_CATEGORIES = (ProductCategory.term_deposit, ProductCategory.bond)

# Words in card transaction descriptions that hint at a life event, and what to talk about.
# Data, not logic: extend the lists freely (lower case, matched as substrings).
LIFE_EVENTS: dict[str, dict[str, list[str] | str]] = {
    "new_parent": {
        "keywords": ["baby", "nappies", "pram", "maternity", "formula"],
        "label": "a new baby in the family",
        "talk_about": "a child savings plan or education insurance",
    },
    "marriage": {
        "keywords": ["wedding", "bridal"],
        "label": "a wedding",
        "talk_about": "a joint account and life insurance",
    },
    "moving_home": {
        "keywords": ["removals", "moving company", "estate agent"],
        "label": "a move of home",
        "talk_about": "a mortgage and home insurance",
    },
}


def maturity(*, session: Session, book: Book) -> Found:
    """A deposit or bond maturing, or a fixed-rate period ending, within the window.

    The end of a fixed-rate period is `fixed_rate_until` when the bank gives it; without it, a
    fixed-rate mortgage's `maturity_on` is read as that end (the format's original meaning),
    while a consumer loan's or card's `maturity_on` is its last instalment: no "new rate".
    """
    window = get_settings().maturity_window_days
    end = book.as_of + dt.timedelta(days=window)
    rows = session.execute(
        select(
            Holding.customer_id,
            Holding.id,
            Holding.balance,
            Holding.maturity_on,
            Holding.fixed_rate_until,
            Holding.currency,
            Product.name,
            Product.category,
            Product.rate_type,
        )
        .join(Product, Product.id == Holding.product_id)
        .where(
            Holding.customer_id.in_(book.ids()),
            Holding.held_on(book.as_of),
            or_(
                Holding.maturity_on.between(book.as_of, end),
                Holding.fixed_rate_until.between(book.as_of, end),
            ),
            or_(Product.category.in_(MATURING_CATEGORIES), Product.rate_type == RateType.fixed),
        )
    ).all()
    events = []
    for cid, hid, balance, matures, rate_until, currency, name, category, rate_type in rows:
        if category in MATURING_CATEGORIES:
            on, what = matures, f"{name} of {money(balance, currency)} matures"
            ask = "talk about reinvesting it"
        elif rate_until is not None or category is ProductCategory.mortgage:
            on = rate_until or matures
            what = f"the fixed-rate period of their {name} ({money(balance, currency)}) ends"
            ask = "talk about the new rate"
        else:
            continue  # a loan's last instalment: nothing to re-price
        if on is not None and book.as_of <= on <= end:
            events.append((on, hid, cid, balance, name, category, rate_type, what, ask))
    found: Found = {}
    for on, hid, cid, balance, name, category, rate_type, what, ask in sorted(events):
        if cid in found:
            continue  # the earliest maturity speaks for the customer
        days = (on - book.as_of).days
        text = f"On {day(on)} ({in_days(book.as_of, on)}) {what}: {ask}."
        text = text[0].upper() + text[1:]
        found[cid] = [
            Reason(
                "maturity",
                text,
                {
                    "holding_id": hid,
                    "product": name,
                    "category": category.value,
                    "rate_type": rate_type.value,
                    "balance": balance,
                    "maturity_on": on,
                    "days_left": days,
                    "window_days": window,
                    "rule": "maturity (or end of fixed rate) within window_days",
                },
                URGENCY["maturity"] + 0.1 * (1 - days / max(window, 1)),
                on - dt.timedelta(days=window),  # the day it entered the window: a call
                # since then dealt with it; `as_of` would bring it back every morning
            )
        ]
    return found


def unusual_flows(*, session: Session, book: Book) -> Found:
    """large_withdrawal / large_deposit: the last window against the customer's own months.

    Robust baseline: the median of their monthly totals and the median absolute deviation
    (MAD, scaled by 1.4826 to be comparable with a standard deviation); one wild month in the
    history does not make the next big move look normal. See flow_judge.judge for what else
    must hold.
    """
    settings = get_settings()
    stats = cached_flows(session=session, as_of=book.as_of, book_ids=book.ids())
    if stats is None:
        stats = _live_flow_stats(session, book)
    found: Found = {}
    currencies = holding_currencies(session, sorted(stats))
    recent = recent_months()
    for cid, flows in stats.items():
        if flows.months < settings.flow_min_months:
            continue  # too little history to know what is usual for them
        value = book.values.get(cid)
        assets = value.relationship_value if value is not None else Decimal(0)
        for flow, other, code, earlier in (
            (flows.out, flows.inflow, "large_withdrawal", (flows.earlier_out, flows.earlier_in)),
            (flows.inflow, flows.out, "large_deposit", (flows.earlier_in, flows.earlier_out)),
        ):
            if flow is None:
                continue
            reason = judge(code, flow, other, flows.months, assets, settings,
                           currencies.get(cid, ()), earlier, recent)
            if reason:
                found.setdefault(cid, []).append(reason)
    return found


def holding_currencies(session: Session, ids: list[str]) -> dict[str, tuple[str, ...]]:
    """The currencies of each customer's holdings, which their flows add up."""
    found: dict[str, set[str]] = defaultdict(set)
    for part in id_groups(session, ids):
        for cid, currency in session.execute(
            select(Holding.customer_id, Holding.currency)
            .where(among(Holding.customer_id, part))
            .distinct()
        ):
            found[cid].add(currency)
    return {cid: tuple(sorted(c)) for cid, c in found.items()}


def _live_flow_stats(session: Session, book: Book) -> dict[str, FlowStats]:
    holdings = select(Holding.id).where(Holding.customer_id.in_(book.ids()))
    owner = dict(
        session.execute(
            select(Holding.id, Holding.customer_id).where(Holding.customer_id.in_(book.ids()))
        ).all()
    )
    first_on: dict[str, dt.date | None] = {}
    for cid, first in session.execute(
        select(Holding.customer_id, func.min(Transaction.booked_on))
        .join(Holding, Holding.id == Transaction.holding_id)
        .where(Holding.customer_id.in_(book.ids()), Transaction.booked_on <= book.as_of)
        .group_by(Holding.customer_id)
    ):
        first_on[cid] = first
    return flow_stats(
        session=session, as_of=book.as_of, owner=owner, first_on=first_on, holdings=holdings
    )


def life_event(*, session: Session, book: Book) -> Found:
    window = get_settings().life_event_window_days
    start = book.as_of - dt.timedelta(days=window)
    lowered = func.lower(Transaction.description)
    keywords = [(event, word) for event, spec in LIFE_EVENTS.items() for word in spec["keywords"]]
    cached = cached_life_events(session=session, as_of=book.as_of, book_ids=book.ids())
    rows: Sequence[tuple[str, str | None, dt.date, Decimal]]
    if cached is not None:
        rows = cached
    else:
        rows = (
            session.execute(
                select(
                    Holding.customer_id,
                    Transaction.description,
                    Transaction.booked_on,
                    Transaction.amount,
                )
                .join(Holding, Holding.id == Transaction.holding_id)
                .where(
                    Holding.customer_id.in_(book.ids()),
                    Transaction.kind == TransactionKind.card,
                    Transaction.booked_on > start,
                    Transaction.booked_on <= book.as_of,
                    or_(*[lowered.contains(word) for _event, word in keywords]),
                )
                .order_by(Transaction.booked_on, Transaction.id)
            )
            .tuples()
            .all()
        )
    hits: dict[tuple[str, str], list[tuple[str, dt.date, Decimal, str]]] = defaultdict(list)
    for cid, description, on, amount in rows:
        text = (description or "").lower()
        for event, word in keywords:
            if word in text:
                hits[(cid, event)].append((description or "", on, amount, word))
                break
    found: Found = {}
    for (cid, event), matches in hits.items():
        spec = LIFE_EVENTS[event]
        words = sorted({m[3] for m in matches})
        text = (
            f"Card payments in the last {window} days ({', '.join(words)}) suggest "
            f"{spec['label']}: talk about {spec['talk_about']}."
        )
        found.setdefault(cid, []).append(
            Reason(
                "life_event",
                text,
                {
                    "event": event,
                    "matched_words": words,
                    "window_days": window,
                    "transactions": [
                        {"description": d, "booked_on": o, "amount": a}
                        for d, o, a, _w in matches[:5]
                    ],
                    "rule": "card transaction descriptions in window match the event's keywords",
                },
                URGENCY["life_event"],
                matches[-1][1],
            )
        )
    return found
