"""The call list in conversation: what the actions say, built from plain inputs.

Each function takes the asker and the raw entity values/message text, does one piece of work
and returns a `ChatAnswer` (short plain text, the JSON payload for rich channels, the slots to
set). The actions stay glue; everything testable without Rasa lives here. This module answers
questions about the list ("who should I call?", "why is <name> on it?");
`knowledge.call_reports.chat_records` records what the advisor reports (a call, a rate change).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.access.policy import refuse
from knowledge.answer import ChatAnswer
from knowledge.call_list.day_plan import carried_words
from knowledge.call_list.ranking import (
    CallList,
    NoBook,
    NotAllowed,
    UnknownStaff,
    call_list,
    explain_customer,
)
from knowledge.call_list.reasons import REASON_CODES, day
from knowledge.customers.resolver import resolve_customer
from knowledge.models.bank import Customer, Staff
from knowledge.settings import get_settings

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


@dataclass(frozen=True)
class Candidate:
    """A customer offered as a choice: "which one do you mean?"."""

    customer_id: str
    name: str


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
        when = (f" [planned for {day(item.planned_on)}]"
                if item.planned_on is not None and item.planned_on > result.as_of else "")
        lines.append(f"{position}. {item.name} ({item.tier}){when} — {top}")
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
        return ChatAnswer(text, chat_payload(result), slots)
    later = carried_words(result.carried)
    if page > 1:
        head = f"More calls{only} (page {page}):"
    elif later:
        head = f"Today's calls{only} ({result.today} for today; {later}):"
    else:
        head = f"Today's calls{only} ({result.total} in all):"
    tail = '\nSay "show me more" for the next ones.' if result.has_more else ""
    return ChatAnswer(f"{head}\n{_numbered(result)}{tail}", chat_payload(result), slots)


def chat_payload(result: CallList) -> dict[str, Any]:
    """The list for a chat card: each item's reasons as code and sentence only.

    Every payload travels in the conversation's tracker (and to the action server with each
    later turn), so the evidence and score parts stay with "why is <name> on my list?" and
    the API; the card shows only the sentences."""
    return {
        "type": "call_list",
        "advisor_id": result.advisor_id,
        "as_of": result.as_of.isoformat(),
        "page": result.page,
        "offset": result.offset,
        "limit": result.limit,
        "total": result.total,
        "has_more": result.has_more,
        "filters": result.filters,
        "today": result.today,
        "carried": result.carried,
        "items": [
            {
                "customer_id": item.customer_id,
                "name": item.name,
                "score": item.score,
                "tier": item.tier,
                "planned_on": item.planned_on.isoformat() if item.planned_on else None,
                "reasons": [{"code": r.code, "text": r.text} for r in item.reasons],
            }
            for item in result.items
        ],
    }


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
    resolution = resolve_customer(
        session=session, staff=staff, customer_id=customer_id, name=name, text=text
    )
    if resolution.denied_ids:
        refuse(session=session, staff=staff, customer_ids=resolution.denied_ids,
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


def not_resolved(typed: str | None, candidates: list[Candidate]) -> ChatAnswer:
    """Several candidates to choose from, or "not found" echoing what was typed (a name or an
    id alike, so the answer never depends on how the words were tagged)."""
    if candidates:
        options = "\n".join(f"{i}. {c.name} ({c.customer_id})" for i, c in enumerate(candidates, 1))
        return ChatAnswer(
            f"Several customers match — which one do you mean?\n{options}",
            slots={"customer_candidates": [c.customer_id for c in candidates]},
        )
    who = f'"{typed}"' if typed else "that name"
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
        return not_resolved(name or customer_id, candidates)
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
                "type": "call_explanation",
                "customer_id": cid,
                "name": customer_name,
                "on_list": False,
                "reasons": [r.to_json() for r in reasons],
            },
            slots,
        )
    # Beyond today's capacity: the day the advisor's plan gives the call (day_plan).
    later = item.planned_on is not None and item.planned_on > as_of
    when = f", planned for {day(item.planned_on)}" if later and item.planned_on else ""
    lines = [
        f"{customer_name} is number {position} on the list{when} ({item.tier} tier, score "
        f"{item.score:g} = value {item.score_parts['value_weight']:g} × urgency "
        f"{item.score_parts['urgency']:g}):"
    ]
    lines += [f"- {r.text}" for r in item.reasons]
    from knowledge.value.tiers import STRATEGY_TEXT

    lines.append(f"Strategy: {STRATEGY_TEXT[item.strategy]}.")
    payload = {
        "type": "call_explanation",
        "customer_id": cid,
        "name": customer_name,
        "on_list": True,
        "position": position,
        **item.to_json(),
    }
    return ChatAnswer("\n".join(lines), payload, slots)
