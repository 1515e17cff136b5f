"""What the advisor reports in chat: a call made (with its outcome and follow-up), a rate
change, and who that change affects. Built from plain inputs like knowledge.call_list.chat."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.call_list.chat import ChatAnswer, not_resolved, resolve_in_book
from knowledge.call_list.events import (
    CATEGORY_WORDS,
    EventInvalid,
    affected_holdings,
    describe_event,
    recent_events,
    record_rate_event,
)
from knowledge.call_list.outcomes import CALL_OUTCOMES, OutcomeInvalid, log_call
from knowledge.models import Customer, Staff
from knowledge.settings import get_settings
from knowledge.staff import visible_customers


def log_call_answer(
    *,
    session: Session,
    staff: Staff,
    as_of: dt.date,
    name: str | None,
    customer_id: str | None,
    outcome: str | None,
    follow_up: str | None,
    text: str | None,
    channel: str = "other",
) -> ChatAnswer:
    cid, candidates = resolve_in_book(
        session=session, staff=staff, name=name, customer_id=customer_id, text=text,
        channel=channel, action="log_call",
    )
    if cid is None:
        return not_resolved(name or customer_id, candidates)
    follow = follow_up or _follow_up_in(text)
    if outcome is not None and outcome.strip().lower().replace(" ", "_") not in CALL_OUTCOMES:
        # In chat the outcome is an NLU guess that can be a mis-tagged word (a surname such as
        # "Esposito"): infer it from the follow-up instead of refusing to log the call. The
        # API and CLI pass outcomes through log_call's strict check.
        outcome = None
    try:
        row = log_call(
            session=session,
            customer_id=cid,
            advisor_id=staff.id,
            as_of=as_of,
            outcome=outcome,
            follow_up=follow,
            note=(text or None),
        )
    except OutcomeInvalid as exc:
        return ChatAnswer(f"Nothing logged: {exc}.")
    customer_name = session.scalar(select(Customer.name).where(Customer.id == cid)) or cid
    outcome_words = row.outcome.value.replace("_", " ")
    said = f"Logged your call with {customer_name} on {as_of.isoformat()} "
    said += f"(outcome: {outcome_words})"
    if row.follow_up_on:
        said += f", follow-up on {row.follow_up_on:%A} {row.follow_up_on.isoformat()}"
    said += ". They are off today's list."
    payload = {
        "interaction_id": row.id,
        "customer_id": cid,
        "name": customer_name,
        "occurred_on": row.occurred_on.isoformat(),
        "outcome": row.outcome.value,
        "follow_up_on": row.follow_up_on.isoformat() if row.follow_up_on else None,
    }
    return ChatAnswer(
        said,
        payload,
        {
            "customer_id": cid,
            "customer_name": customer_name,
            "follow_up": None,
            "call_outcome": None,
        },
    )


def _follow_up_in(text: str | None) -> str | None:
    if not text:
        return None
    match = re.search(
        r"\b(tomorrow|next (?:week|month|\w+day)|on \w+day|in (?:a |\d+ |\w+ )?"
        r"(?:days?|weeks?|months?)|\d{4}-\d{2}-\d{2})\b",
        text,
        re.IGNORECASE,
    )
    return match.group(0) if match else None


def parse_rate_delta(delta: str | None, direction: str | None, text: str | None) -> int | None:
    """Basis points from "25 basis points", "0.25%", "25bp", "a quarter point"; cut < 0."""
    source = " ".join(v for v in (delta, text) if v).lower()
    bp: float | None = None
    if m := re.search(r"(\d+(?:\.\d+)?)\s*(?:basis points?|bps?|bp\b)", source):
        bp = float(m.group(1))
    elif m := re.search(r"(\d+(?:\.\d+)?)\s*(?:%|percent|per cent|percentage points?)", source):
        bp = float(m.group(1)) * 100
    elif "quarter" in source:
        bp = 25
    elif "half" in source:
        bp = 50
    elif m := re.fullmatch(r"\s*(\d+)\s*", delta or ""):
        bp = float(m.group(1))
    if bp is None:
        return None
    words = (direction or source).lower()
    down = re.search(r"\b(cut\w*|lower\w*|reduc\w*|decreas\w*|drop\w*|down|eas\w*)\b", words)
    up = re.search(r"\b(hike\w*|rais\w*|increas\w*|up|lift\w*|tighten\w*)\b", words)
    if bool(down) == bool(up):
        return None  # no direction, or both: ask instead of guessing
    return -round(bp) if down else round(bp)


def record_event_answer(
    *,
    session: Session,
    staff: Staff,
    as_of: dt.date,
    delta: str | None,
    direction: str | None,
    text: str | None,
) -> ChatAnswer:
    bp = parse_rate_delta(delta, direction, text)
    if bp is None:
        return ChatAnswer(
            "I didn't catch the change: say e.g. \"the ECB cut rates by 25 basis "
            'points" (a cut or a hike, and by how much). Nothing was recorded.'
        )
    description = None
    if text and "ecb" in text.lower():
        description = f"ECB {'cut' if bp < 0 else 'raised'} rates by {abs(bp)} bp"
    try:
        event = record_rate_event(
            session=session,
            delta_bp=bp,
            occurred_on=as_of,
            description=description,
            recorded_by=staff.id,
        )
    except EventInvalid as exc:
        return ChatAnswer(f"Nothing recorded: {exc}.")
    affected = affected_holdings(
        session=session, event=event, where=visible_customers(staff), as_of=as_of
    )
    customers = len({a.customer_id for a in affected})
    return ChatAnswer(
        f"Recorded {describe_event(event)}. It affects {customers} customer"
        f"{'' if customers == 1 else 's'} in your book; they are on your call list now. "
        'Ask "who is affected by the rate cut?" to see them.',
        {
            "event_id": event.id,
            "delta_bp": bp,
            "occurred_on": as_of.isoformat(),
            "product_categories": event.product_categories,
            "affected_customers": customers,
        },
        {"rate_delta": None, "rate_direction": None},
    )


def rate_affected_answer(*, session: Session, staff: Staff, as_of: dt.date) -> ChatAnswer:
    events = recent_events(session=session, as_of=as_of)
    if not events:
        return ChatAnswer(
            "No rate change is on record for the last "
            f"{get_settings().rate_event_window_days} days. Tell me when one "
            'happens, e.g. "the ECB cut rates by 25 basis points".'
        )
    event = events[0]
    affected = affected_holdings(
        session=session, event=event, where=visible_customers(staff), as_of=as_of
    )
    by_customer: dict[str, list[str]] = {}
    for a in affected:
        by_customer.setdefault(a.customer_id, []).append(CATEGORY_WORDS.get(a.category, a.category))
    names = dict(
        session.execute(
            select(Customer.id, Customer.name).where(Customer.id.in_(list(by_customer)))
        ).all()
    )
    ordered = sorted(by_customer, key=lambda cid: names.get(cid, cid))
    shown = ordered[: get_settings().call_list_capacity]
    lines = [
        f"{i}. {names.get(cid, cid)} — {', '.join(dict.fromkeys(by_customer[cid]))}"
        for i, cid in enumerate(shown, 1)
    ]
    head = f"{len(ordered)} of your customers are affected by {describe_event(event)}"
    more = (
        f"\n…and {len(ordered) - len(shown)} more (see the call list)."
        if len(ordered) > len(shown)
        else ""
    )
    body = (":\n" + "\n".join(lines) + more) if lines else "."
    payload = {
        "event_id": event.id,
        "delta_bp": event.delta_bp,
        "occurred_on": event.occurred_on.isoformat(),
        "items": [
            {"customer_id": cid, "name": names.get(cid, cid), "products": by_customer[cid]}
            for cid in ordered
        ],
    }
    return ChatAnswer(head + body, payload)
