"""A call confirmed in chat, stored and taken back (the chat-write kind "call")."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.access.policy import NotVisible, require_visible
from knowledge.answer import ChatAnswer
from knowledge.call_list.outcomes import OutcomeInvalid, log_call
from knowledge.models.bank import Interaction, InteractionKind, Outcome, Staff
from knowledge.writes.pending import done, no_longer_yours, nothing_to_undo, take_back


def store_call(*, session: Session, staff: Staff, write: dict[str, Any], channel: str = "other"
               ) -> ChatAnswer:
    """Log the call (re-checking the book: the write travelled through the client), closing
    the open complaint when asked."""
    try:
        cid = require_visible(session=session, staff=staff,
                              customer_id=str(write.get("customer_id") or ""), channel=channel,
                              via="chat", action="log_call")
    except NotVisible:
        return ChatAnswer("Nothing logged: that customer is not in your book.",
                          slots={"pending_write": None})
    as_of = dt.date.fromisoformat(write["as_of"])
    follow = dt.date.fromisoformat(write["follow_up_on"]) if write.get("follow_up_on") else None
    try:
        row = log_call(session=session, customer_id=cid, advisor_id=staff.id, as_of=as_of,
                       outcome=write.get("outcome"), follow_up=follow,
                       note=write.get("note") or None)
    except OutcomeInvalid as exc:
        return ChatAnswer(f"Nothing logged: {exc}.", slots={"pending_write": None})
    closed: list[str] = []
    if write.get("close_complaint"):
        complaints = session.scalars(select(Interaction).where(
            Interaction.customer_id == cid, Interaction.kind == InteractionKind.complaint,
            Interaction.outcome == Outcome.open)).all()
        for complaint in complaints:
            complaint.outcome = Outcome.resolved
            closed.append(complaint.id)
        session.flush()
    name = write.get("name") or cid
    said = f"Logged your call with {name} ({cid}) on {as_of.isoformat()} (outcome: " \
           f"{row.outcome.value.replace('_', ' ')})"
    if row.follow_up_on:
        said += f", follow-up on {row.follow_up_on:%A} {row.follow_up_on.isoformat()}"
    said += "."
    if write.get("close_complaint"):
        said += (f" Closed {len(closed)} open complaint{'s' if len(closed) != 1 else ''}."
                 if closed else " There was no open complaint on record to close.")
    payload = {"type": "call_logged", "interaction_id": row.id, "customer_id": cid, "name": name,
               "occurred_on": row.occurred_on.isoformat(), "outcome": row.outcome.value,
               "follow_up_on": row.follow_up_on.isoformat() if row.follow_up_on else None,
               "closed_complaints": closed, "sale_of": write.get("sale_of")}
    ref = {"kind": "call", "id": row.id, "customer_id": cid, "closed_complaints": closed}
    return done(said, ref, write, payload, focus=cid)


def reverse_call(*, session: Session, staff: Staff, last: dict[str, Any] | None,
                 channel: str = "other") -> ChatAnswer:
    """Take back the asker's last call, reopening the complaints it closed."""
    if not last or not last.get("id"):
        return nothing_to_undo()
    row = session.get(Interaction, str(last["id"]))
    if row is None or row.advisor_id != staff.id:
        return no_longer_yours()
    reopened: list[str] = []
    for complaint_id in last.get("closed_complaints") or []:
        complaint = session.get(Interaction, complaint_id)
        if complaint is not None and complaint.outcome is Outcome.resolved:
            complaint.outcome = Outcome.open
            reopened.append(complaint_id)
    return take_back(session=session, staff=staff, kind="call", row=row, last=last,
                     channel=channel, also={"reopened_complaints": reopened},
                     extra=" The complaint is open again." if reopened else "")
