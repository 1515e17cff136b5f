"""Signals from the money: maturities, unusual flows against the customer's own history,
and life events read from card transactions."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from functools import partial

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from knowledge.call_list.book import Book
from knowledge.call_list.reasons import URGENCY, Reason, day, in_days, money
from knowledge.models.bank import (
    Holding,
    Product,
    ProductCategory,
    RateType,
    Transaction,
    TransactionKind,
)
from knowledge.settings import Settings, get_settings
from knowledge.signals.cache import (
    Flow,
    FlowStats,
    among,
    cached_flows,
    cached_life_events,
    id_groups,
)
from knowledge.signals.scan import flow_stats

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
    history does not make the next big move look normal. See `_judge` for what else must hold.
    """
    settings = get_settings()
    stats = cached_flows(session=session, as_of=book.as_of, book_ids=book.ids())
    if stats is None:
        stats = _live_flow_stats(session, book)
    found: Found = {}
    currencies = holding_currencies(session, sorted(stats))
    for cid, flows in stats.items():
        if flows.months < settings.flow_min_months:
            continue  # too little history to know what is usual for them
        value = book.values.get(cid)
        assets = value.relationship_value if value is not None else Decimal(0)
        for flow, other, code in (
            (flows.out, flows.inflow, "large_withdrawal"),
            (flows.inflow, flows.out, "large_deposit"),
        ):
            if flow is None:
                continue
            reason = _judge(
                code, flow, other, flows.months, assets, settings, currencies.get(cid, ())
            )
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


def _judge(
    code: str,
    flow: Flow,
    other: Flow | None,
    months: int,
    assets: Decimal,
    settings: Settings,
    currencies: tuple[str, ...] = (),
) -> Reason | None:
    """Fires only when all of these hold, and the evidence says which values decided it:

    - a baseline: the customer's usual month in this direction is not zero (a median of
      mostly quiet months says nothing about what is usual; anything would look "infinite");
    - unusual against it: at least median + k x spread and at least min_ratio x median;
    - not a pass-through: what came in beyond the usual (the other direction) and went out
      again in the same window is netted off first (salary in, rent out is not a withdrawal;
      a loan paid out and passed on to a seller neither);
    - material for this customer: the unusual part is at least `flow_material_share` of what
      they held before it (withdrawal: assets now + the net outflow; deposit: assets now - the
      net inflow), or of a usual month's income for a withdrawal; and at least the bank's
      floor FLOW_MIN_AMOUNT in its currency.
    """
    amount, median, mad = flow.amount, flow.median, flow.mad
    floor = threshold_of_holdings(settings, "flow_min_amount", currencies)
    if floor is None or amount < floor or median <= 0:
        return None  # the cheap tests first: most months are ordinary, quiet ones say nothing
    # A floor on the spread: a customer who moves exactly the same amount every month would
    # otherwise make any small change look infinitely unusual.
    spread = max(mad * Decimal("1.4826"), median * Decimal("0.1"), Decimal("1"))
    threshold = median + Decimal(str(settings.flow_mad_threshold)) * spread
    passed_through = max(Decimal(0), other.amount - other.median) if other else Decimal(0)
    net = amount - min(passed_through, amount)
    ratio = net / median
    if net < floor or net < threshold or ratio < Decimal(str(settings.flow_min_ratio)):
        return None
    unusual = net - median
    other_amount = other.amount if other else Decimal(0)
    if code == "large_withdrawal":
        held_before = max(Decimal(0), assets + amount - other_amount)
        income = other.median if other else Decimal(0)
        reference = max(held_before, income)
    else:
        reference = max(Decimal(0), assets - amount + other_amount)
    share = Decimal(str(settings.flow_material_share))
    if unusual < share * reference:
        return None  # large for the bank's average, small for this customer
    way = "outflow" if code == "large_withdrawal" else "inflow"
    moved = "went out" if code == "large_withdrawal" else "came in"
    cash = partial(money_of_holdings, currencies=currencies)
    said = f"{cash(amount)} {moved} over the last {settings.flow_window_days} days"
    if passed_through > 0:
        back = "came in" if code == "large_withdrawal" else "went out"
        said += f" ({cash(net)} net of {cash(amount - net)} that {back} beyond the usual)"
    said += f", {ratio:.1f}× their typical monthly {way} of {cash(median)}"
    if code == "large_withdrawal":
        weight = f"{unusual / reference:.0%} of what they held" if reference > 0 else ""
        ask = "ask what it is for: perhaps a home purchase, or money we should win back"
    else:
        weight = (f"{unusual / reference:.0%} of their balances" if reference > 0
                  else "more than they held with us")
        ask = "offer to put the money to work"
    text = f"{said}{', ' + weight if weight else ''}: {ask}."
    evidence = {
        "amount": amount,
        "net_amount": net,
        "netted_other_way": min(passed_through, amount),
        "last_booked_on": flow.last_on,
        "window_days": settings.flow_window_days,
        "baseline_months": months,
        "baseline_median": median,
        "baseline_mad": mad,
        "ratio": ratio.quantize(Decimal("0.1")),
        "threshold": threshold.quantize(Decimal("0.01")),
        "material_reference": reference.quantize(Decimal("0.01")),
        "rule": "baseline median > 0; net of what passed through the other way: net >= "
        "median + k*1.4826*MAD, >= min_ratio x median, >= min_amount; net - median >= "
        "material_share x what they held before (or a usual month's income)",
        "k": settings.flow_mad_threshold,
        "min_ratio": settings.flow_min_ratio,
        "min_amount": floor,
        "material_share": settings.flow_material_share,
        "currencies": list(currencies),
    }
    return Reason(code, text, evidence, URGENCY[code], flow.last_on)


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
