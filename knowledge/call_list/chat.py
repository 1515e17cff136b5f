"""The call list in conversation: what the actions say, built from plain inputs.

Each function takes the asker and the raw entity values/message text, does one piece of work
and returns a `ChatAnswer` (short plain text, the JSON payload for rich channels, the slots to
set). The actions stay glue; everything testable without Rasa lives here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.call_list.events import (
    CATEGORY_WORDS,
    EventInvalid,
    affected_holdings,
    describe_event,
    recent_events,
    record_rate_event,
)
from knowledge.call_list.names import Candidate, find_in_book, scan_text_for_names
from knowledge.call_list.outcomes import CALL_OUTCOMES, OutcomeInvalid, log_call
from knowledge.call_list.ranking import (
    CallList,
    NoBook,
    NotAllowed,
    UnknownStaff,
    call_list,
    explain_customer,
)
from knowledge.call_list.reasons import REASON_CODES
from knowledge.models import Customer, Staff
from knowledge.settings import get_settings
from knowledge.staff import visible_customers

# Words an advisor uses for a reason, when the NLU did not map them (raw text fallback).
REASON_WORDS = {
    "maturit": "maturity",
    "matur": "maturity",
    "complain": "open_complaint",
    "withdraw": "large_withdrawal",
    "deposit": "large_deposit",
    "birthday": "birthday",
    "dormant": "dormant",
    "sleep": "dormant",
    "overdue": "coverage_overdue",
    "advisory": "repeated_advisory",
    "rate": "rate_event",
    "life event": "life_event",
    "baby": "life_event",
    "offer": "next_best_offer",
    "cross-sell": "next_best_offer",
}
TIER_WORDS = {"premium": "premium", "top": "top", "high": "high", "mid": "mid", "low": "low"}


@dataclass
class ChatAnswer:
    text: str
    payload: dict[str, Any] | None = None
    slots: dict[str, Any] = field(default_factory=dict)


def normalise_reason(value: str | None) -> str | None:
    if not value:
        return None
    lowered = value.strip().lower().replace(" ", "_")
    if lowered in REASON_CODES:
        return lowered
    for word, code in REASON_WORDS.items():
        if word in value.lower():
            return code
    return None


def normalise_tier(value: str | None) -> str | None:
    if not value:
        return None
    lowered = value.strip().lower()
    return next((tier for word, tier in TIER_WORDS.items() if word in lowered), None)


def _numbered(result: CallList) -> str:
    lines = []
    for position, item in enumerate(result.items, start=result.offset + 1):
        top = item.reasons[0].text if item.reasons else ""
        lines.append(f"{position}. {item.name} ({item.tier}) — {top}")
    return "\n".join(lines)


def list_answer(
    *,
    session: Session,
    staff: Staff,
    as_of: dt.date,
    page: int = 1,
    reason_filter: str | None = None,
    tier_filter: str | None = None,
) -> ChatAnswer:
    capacity = get_settings().call_list_capacity
    try:
        result = call_list(
            session=session,
            asker=staff,
            as_of=as_of,
            limit=capacity,
            offset=(page - 1) * capacity,
            reason_filter=reason_filter,
            tier_filter=tier_filter,
        )
    except (NoBook, NotAllowed, UnknownStaff, ValueError) as exc:
        return ChatAnswer(str(exc)[0].upper() + str(exc)[1:] + ".")
    slots = {
        "call_list_page": float(page),
        "reason_filter": reason_filter,
        "tier_filter": tier_filter,
    }
    only = _filter_words(reason_filter, tier_filter)
    if not result.items:
        if page > 1:
            text = "That's everyone on today's list — nobody more to show."
        else:
            text = f"Nobody{only} to call today. Time for campaigns."
        return ChatAnswer(text, result.to_json(), slots)
    head = (
        f"Today's calls{only} ({result.total} in all):"
        if page == 1
        else f"More calls{only} (page {page}):"
    )
    tail = '\nSay "show me more" for the next ones.' if result.has_more else ""
    return ChatAnswer(f"{head}\n{_numbered(result)}{tail}", result.to_json(), slots)


def _filter_words(reason: str | None, tier: str | None) -> str:
    words = []
    if tier:
        words.append("premium (top and high tier)" if tier == "premium" else f"{tier}-tier")
    if reason:
        words.append(f"with reason {reason.replace('_', ' ')}")
    return (" " + " ".join(words)) if words else ""


def resolve_in_book(
    *, session: Session, staff: Staff, name: str | None, customer_id: str | None, text: str | None,
    channel: str = "other", action: str = "call_list",
) -> tuple[str | None, list[Candidate]]:
    """One customer id in the asker's book, or the candidates to choose from (empty: none).

    A customer of another book is answered like an unknown one; the attempt is audited.
    """
    where = visible_customers(staff)
    try:  # the profile work's resolver (ids, typos, accents) when it is there
        from knowledge.customers.resolver import resolve_customer

        resolution = resolve_customer(
            session=session, staff=staff, customer_id=customer_id, name=name, text=text
        )
        if resolution.denied_ids:
            from knowledge.audit import record_refused

            record_refused(session=session, staff_id=staff.id, customer_ids=resolution.denied_ids,
                           channel=channel, via="chat", action=action)
        if resolution.status == "found" and resolution.customer_id:
            return resolution.customer_id, []
        if resolution.status == "ambiguous":
            rows = session.execute(
                select(Customer.id, Customer.name).where(Customer.id.in_(resolution.candidates))
            ).all()
            order = {cid: i for i, cid in enumerate(resolution.candidates)}
            return None, sorted((Candidate(*r) for r in rows), key=lambda c: order[c.customer_id])
        return None, []
    except ImportError:
        pass
    for query in (customer_id, name):
        if query:
            found = find_in_book(session=session, where=where, text=query)
            if len(found) == 1:
                return found[0].customer_id, []
            if found:
                return None, found
    if text:
        found = scan_text_for_names(session=session, where=where, text=text)
        if len(found) == 1:
            return found[0].customer_id, []
        return None, found
    return None, []


def _not_resolved(name: str | None, candidates: list[Candidate]) -> ChatAnswer:
    if candidates:
        options = "\n".join(f"{i}. {c.name} ({c.customer_id})" for i, c in enumerate(candidates, 1))
        return ChatAnswer(
            f"Several customers match — which one do you mean?\n{options}",
            slots={"customer_candidates": [c.customer_id for c in candidates]},
        )
    who = f'"{name}"' if name else "that name"
    return ChatAnswer(
        f"I can't find {who} among your customers. Check the spelling or give the customer id."
    )


def explain_answer(
    *,
    session: Session,
    staff: Staff,
    as_of: dt.date,
    name: str | None,
    customer_id: str | None,
    text: str | None,
    channel: str = "other",
) -> ChatAnswer:
    cid, candidates = resolve_in_book(
        session=session, staff=staff, name=name, customer_id=customer_id, text=text,
        channel=channel, action="explain",
    )
    if cid is None:
        return _not_resolved(name, candidates)
    item, reasons, position = explain_customer(
        session=session, asker=staff, customer_id=cid, as_of=as_of
    )
    customer_name = session.scalar(select(Customer.name).where(Customer.id == cid)) or cid
    slots = {"customer_id": cid, "customer_name": customer_name, "customer_candidates": None}
    if item is None:
        if reasons:
            text_ = (
                f"{customer_name} is not on today's list (contacted recently), but would be "
                f"for: {reasons[0].text}"
            )
        else:
            text_ = f"{customer_name} is not on today's list: nothing calls for a contact today."
        return ChatAnswer(
            text_,
            {
                "customer_id": cid,
                "name": customer_name,
                "on_list": False,
                "reasons": [r.to_json() for r in reasons],
            },
            slots,
        )
    lines = [
        f"{customer_name} is number {position} on the list ({item.tier} tier, score "
        f"{item.score:g} = value {item.score_parts['value_weight']:g} × urgency "
        f"{item.score_parts['urgency']:g}):"
    ]
    lines += [f"- {r.text}" for r in item.reasons]
    from knowledge.tiers import STRATEGY_TEXT

    lines.append(f"Strategy: {STRATEGY_TEXT[item.strategy]}.")
    payload = {
        "customer_id": cid,
        "name": customer_name,
        "on_list": True,
        "position": position,
        **item.to_json(),
    }
    return ChatAnswer("\n".join(lines), payload, slots)


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
        return _not_resolved(name, candidates)
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
