"""Writes made in chat: shown before they are stored when anything was inferred, and undoable.

A write is a plain dict (JSON, so it can wait in the conversation's `pending_write` slot):
`{"kind": "call" | "market_event" | "feedback", ...}`. `confirm` turns it into the question
"… OK?" with a `{"type": "confirm_write", "write": …}` payload; `store` makes it (re-checking
what it can: the slot travels through the client); `reverse` takes the last one back, keeping
the record as it was in `write_reversals` and in the audit log.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.call_list.chat import ChatAnswer
from knowledge.models import (
    Customer,
    Feedback,
    Interaction,
    InteractionKind,
    MarketEvent,
    Outcome,
    Staff,
    WriteReversal,
)

CONFIRM_TYPE = "confirm_write"
UNDO_HINT = 'Say "undo" to take it back.'


def describe(write: dict[str, Any]) -> str:
    """What will be stored, in one sentence (the confirmation's and the undo's wording)."""
    kind = write.get("kind")
    if kind == "call":
        who = f"{write.get('name') or write['customer_id']} ({write['customer_id']})"
        outcome = str(write.get("outcome", "reached")).replace("_", " ")
        parts = [f"a call with {who}: {outcome}"]
        if write.get("not_interested") and write.get("outcome") != "not_interested":
            parts.append("not interested")
        if write.get("sale_of"):
            parts.append(f"sale of {write['sale_of']}")
        if write.get("follow_up_on"):
            day = dt.date.fromisoformat(write["follow_up_on"])
            parts.append(f"follow-up on {day:%A} {day.isoformat()}")
        if write.get("close_complaint"):
            parts.append("and close the open complaint")
        return ", ".join(parts)
    if kind == "market_event":
        bp = int(write["delta_bp"])
        verb = "cut" if bp < 0 else "rise"
        return (f"a bank-wide market event: rate {verb} of {abs(bp)} bp on "
                f"{write['occurred_on']}")
    if kind == "feedback":
        who = (f"{write.get('name') or write['customer_id']} ({write['customer_id']})"
               if write.get("customer_id") else "no customer")
        paid = (f", compensation {write['compensation']} {write.get('currency') or ''}".rstrip()
                if write.get("compensation") else "")
        return f'feedback for {who}{paid}: "{write.get("text", "")}"'
    if kind == "theme_owner":
        role = str(write.get("role", "")).replace("_", " ")
        return (f"make {write['owner_name']} ({write['owner_id']}) {role} of the theme "
                f"“{write['label']}” (#{write['theme_id']})")
    if kind == "theme_status":
        return (f"set the theme “{write['label']}” (#{write['theme_id']}) to "
                f"{str(write['status']).replace('_', ' ')}")
    return "that"


def confirm(write: dict[str, Any], *, why: str | None = None) -> ChatAnswer:
    """The question before storing: exactly what will be stored, ending in "OK?"."""
    verb = {"call": "Log", "market_event": "Record", "feedback": "Save"}.get(
        str(write.get("kind")), "Store")
    lead = f"{why} " if why else ""
    return ChatAnswer(
        f"{lead}{verb} {describe(write)}. OK?",
        {"type": CONFIRM_TYPE, "write": write},
        {"pending_write": write},
    )


def same_as_last(write: dict[str, Any], last: dict[str, Any] | None) -> bool:
    """The very write made last in this conversation (a message sent twice)."""
    return bool(last) and signature(write) == (last or {}).get("signature")


def signature(write: dict[str, Any]) -> str:
    keys = {
        "call": ("customer_id", "outcome", "follow_up_on", "close_complaint", "as_of"),
        "market_event": ("delta_bp", "occurred_on"),
        "feedback": ("customer_id", "text"),
    }.get(str(write.get("kind")), ())
    return "|".join([str(write.get("kind"))] + [str(write.get(k)) for k in keys])


# --- storing ----------------------------------------------------------------------------


def store(*, session: Session, staff: Staff, write: dict[str, Any], channel: str = "other"
          ) -> ChatAnswer:
    """Make the write; the answer says what was stored and sets `last_write`."""
    kind = write.get("kind")
    if kind == "call":
        return _store_call(session=session, staff=staff, write=write)
    if kind == "market_event":
        from knowledge.call_list.chat_records import store_event

        return store_event(session=session, staff=staff, write=write)
    if kind == "feedback":
        return _store_feedback(session=session, staff=staff, write=write, channel=channel)
    if kind in ("theme_owner", "theme_status"):
        return _store_theme(session=session, staff=staff, write=write)
    return ChatAnswer("There is nothing to store.", slots={"pending_write": None})


def _store_theme(*, session: Session, staff: Staff, write: dict[str, Any]) -> ChatAnswer:
    from knowledge.themes import ownership
    from knowledge.themes.models import Theme

    theme = session.get(Theme, int(write["theme_id"]))
    if theme is None:
        return ChatAnswer("Nothing changed: that theme no longer exists.",
                          slots={"pending_write": None})
    try:
        if write["kind"] == "theme_owner":
            owner = session.get(Staff, write["owner_id"])
            if owner is None:
                return ChatAnswer("Nothing changed: that member of staff no longer exists.",
                                  slots={"pending_write": None})
            old = getattr(theme, f"{write['role']}_id")
            ownership.assign_owner(session=session, theme=theme, owner=owner,
                                   role=write["role"], by=staff)
        else:
            old = theme.status
            ownership.set_status(session=session, theme=theme, status=write["status"], by=staff)
    except ownership.ThemeActionRefused as exc:
        return ChatAnswer(str(exc), slots={"pending_write": None})
    ref = {"kind": write["kind"], "id": str(theme.id), "old": old}
    return _done(f"Done: {describe(write)}.", ref, write, {"theme_id": theme.id})


def _done(text: str, ref: dict[str, Any], write: dict[str, Any], payload: dict[str, Any],
          focus: str | None = None) -> ChatAnswer:
    slots: dict[str, Any] = {
        "pending_write": None,
        "last_write": {**ref, "signature": signature(write), "summary": describe(write),
                       "write": write},
    }
    if focus:
        slots.update({"customer_id": focus, "focus_customer": focus,
                      "customer_name": write.get("name")})
    return ChatAnswer(f"{text} {UNDO_HINT}", payload, slots)


def _store_call(*, session: Session, staff: Staff, write: dict[str, Any]) -> ChatAnswer:
    from knowledge.call_list.outcomes import OutcomeInvalid, log_call
    from knowledge.staff import can_see_customer

    cid = str(write.get("customer_id") or "")
    if not can_see_customer(session=session, staff=staff, customer_id=cid):
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
    payload = {"interaction_id": row.id, "customer_id": cid, "name": name,
               "occurred_on": row.occurred_on.isoformat(), "outcome": row.outcome.value,
               "follow_up_on": row.follow_up_on.isoformat() if row.follow_up_on else None,
               "closed_complaints": closed}
    ref = {"kind": "call", "id": row.id, "customer_id": cid, "closed_complaints": closed}
    return _done(said, ref, write, payload, focus=cid)


def _store_feedback(*, session: Session, staff: Staff, write: dict[str, Any], channel: str
                    ) -> ChatAnswer:
    from knowledge.feedback import FeedbackRejected, save_chat_feedback

    try:
        logged = save_chat_feedback(session=session, staff=staff,
                                    customer=write.get("customer_id"), text=write.get("text"),
                                    compensation=write.get("compensation"), channel=channel)
    except FeedbackRejected as exc:
        return ChatAnswer(f"Not saved: {exc}", slots={"pending_write": None})
    item = logged.feedback
    who = f" for {item.customer_id}" if item.customer_id else ""
    paid = f" (compensation {item.compensation} {item.currency})" if item.compensation else ""
    ref = {"kind": "feedback", "id": item.id, "customer_id": item.customer_id}
    return _done(f"Saved the feedback{who}{paid} as {item.id}. It will be added to the themes "
                 "shortly.", ref, write, {"feedback_id": item.id, "customer_id": item.customer_id},
                 focus=item.customer_id)


# --- undo -------------------------------------------------------------------------------


def reverse(*, session: Session, staff: Staff, last: dict[str, Any] | None, channel: str = "other"
            ) -> ChatAnswer:
    """Take back the last write of the conversation, if it is the asker's and still there."""
    cleared = {"last_write": None, "pending_write": None}
    if not last or not last.get("id"):
        return ChatAnswer("There is nothing to undo: I haven't stored anything for you in this "
                          "conversation.", slots=cleared)
    kind, record_id = str(last.get("kind")), str(last["id"])
    if kind in ("theme_owner", "theme_status"):
        return _reverse_theme(session=session, staff=staff, last=last)
    row: Any
    if kind == "call":
        row = session.get(Interaction, record_id)
        owner = row.advisor_id if row else None
    elif kind == "feedback":
        row = session.get(Feedback, record_id)
        owner = row.logged_by if row else None
    elif kind == "market_event":
        row = session.get(MarketEvent, int(record_id)) if record_id.isdigit() else None
        owner = row.recorded_by if row else None
    else:
        row, owner = None, None
    if row is None or owner != staff.id:
        return ChatAnswer("I can't undo that any more: it is no longer on record as yours. "
                          "Nothing was changed.", slots=cleared)
    snapshot = {c.name: _jsonable(getattr(row, c.key)) for c in row.__table__.columns}
    customer_id = getattr(row, "customer_id", None)
    reopened: list[str] = []
    if kind == "call":
        for complaint_id in last.get("closed_complaints") or []:
            complaint = session.get(Interaction, complaint_id)
            if complaint is not None and complaint.outcome is Outcome.resolved:
                complaint.outcome = Outcome.open
                reopened.append(complaint_id)
        snapshot["reopened_complaints"] = reopened
    if kind == "feedback":
        from knowledge.feedback import forget_theming

        forget_theming(session=session, feedback_ids=[record_id])
    session.add(WriteReversal(at=dt.datetime.now(dt.UTC), staff_id=staff.id, kind=kind,
                              record_id=record_id, customer_id=customer_id, snapshot=snapshot))
    session.delete(row)
    session.flush()
    from knowledge.audit import record_view

    record_view(session=session, staff_id=staff.id, customer_id=customer_id, channel=channel,
                via="chat", granted=True, action=f"undo_{kind}")
    summary = last.get("summary") or kind
    extra = " The complaint is open again." if reopened else ""
    return ChatAnswer(f"Undone: {summary} is no longer on record.{extra}",
                      {"type": "write_reversed", "kind": kind, "record_id": record_id},
                      cleared)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if hasattr(value, "value") and not isinstance(value, str | int | float):
        return value.value
    if value is None or isinstance(value, str | int | float | bool | list | dict):
        return value
    return str(value)


def customer_name(session: Session, customer_id: str) -> str:
    return session.scalar(select(Customer.name).where(Customer.id == customer_id)) or customer_id


def _reverse_theme(*, session: Session, staff: Staff, last: dict[str, Any]) -> ChatAnswer:
    """A theme change is undone by setting the old value back (the theme's history keeps both)."""
    from knowledge.themes import ownership
    from knowledge.themes.models import Theme

    cleared = {"last_write": None, "pending_write": None}
    theme = session.get(Theme, int(last["id"]))
    write = last.get("write") or {}
    if theme is None or not ownership.can_manage(staff):
        return ChatAnswer("I can't undo that any more. Nothing was changed.", slots=cleared)
    old = last.get("old")
    if last["kind"] == "theme_status" and old:
        ownership.set_status(session=session, theme=theme, status=old, by=staff)
    elif last["kind"] == "theme_owner":
        column = f"{write.get('role')}_id"
        previous = session.get(Staff, old) if old else None
        if previous is not None:
            ownership.assign_owner(session=session, theme=theme, owner=previous,
                                   role=str(write.get("role")), by=staff)
        else:
            setattr(theme, column, None)
            session.add(ownership.ThemeChange(
                theme_id=theme.id, at=dt.datetime.now(dt.UTC), staff_id=staff.id,
                field=str(write.get("role")), old_value=write.get("owner_id"), new_value=None))
            session.flush()
    return ChatAnswer(f"Undone: {last.get('summary') or 'that change'} is taken back.",
                      {"type": "write_reversed", "kind": last["kind"], "record_id": last["id"]},
                      cleared)
