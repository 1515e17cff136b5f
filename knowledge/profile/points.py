"""Talking points: what to say first, derived from the summary's own findings.

Ordered by what an advisor must not get wrong on the call: an open complaint before a risk
problem, money in motion before a sales idea, courtesy (birthdays) last but one.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from knowledge.format import money
from knowledge.format import short_day as day
from knowledge.profile.render import shorten

if TYPE_CHECKING:
    from knowledge.profile.types import (
        CallReason,
        Concerns,
        Contacts,
        NotableTransaction,
        Risk,
        UpcomingEvent,
    )


def talking_points(
    *,
    risk: Risk,
    transactions: tuple[NotableTransaction, ...],
    contacts: Contacts,
    concerns: Concerns,
    events: tuple[UpcomingEvent, ...],
    offer: CallReason | None,
    as_of: dt.date,
    limit: int,
) -> tuple[str, ...]:
    points: list[str] = []
    if concerns.open_complaints:
        complaint = concerns.open_complaints[0]
        about = f": {shorten(complaint.note, 60)}" if complaint.note else ""
        points.append(
            f"Start with the open complaint of {day(complaint.occurred_on)}{about}; "
            "say what has been done since."
        )
    if risk.mismatches:
        products = ", ".join(sorted({m.product for m in risk.mismatches}))
        points.append(
            f"Suitability: risk profile {risk.profile} but holds {products}; review it or "
            "document the customer's own wish."
        )
    if contacts.next_planned and contacts.next_planned <= as_of + dt.timedelta(days=7):
        note = f" ({shorten(contacts.next_planned_note, 50)})" if contacts.next_planned_note else ""
        points.append(f"A follow-up was promised for {day(contacts.next_planned)}{note}.")
    for event in events:
        if event.kind == "maturity":
            points.append(f"{event.text} on {day(event.on)}: discuss what happens to the money.")
            break
    outflows = [t for t in transactions if t.amount < 0]
    if outflows:
        t = outflows[0]
        points.append(
            f"Ask about the {t.kind.replace('_', ' ')} of {money(abs(t.amount), t.currency)} "
            f"on {day(t.booked_on)}: a plan behind it, or money leaving?"
        )
    if offer is not None:
        points.append(f"Offer idea: {offer.text}")
    for event in events:
        if event.kind == "birthday":
            points.append(f"Congratulate: {event.text} on {day(event.on)}.")
            break
    return tuple(points[:limit])
