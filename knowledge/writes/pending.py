"""Writes made in chat, the part every room shares: the question before storing, the answer
after, and taking a record back.

A write is a plain dict (JSON, so it can wait in the conversation's `pending_write` slot):
`{"kind": "call" | "market_event" | "feedback" | "theme_owner" | "theme_status", ...}`.
`confirm` turns it into the question "… OK?" with a `{"type": "confirm_write", "write": …}`
payload. Each room stores and reverses its own kinds (re-checking what it can: the slot
travels through the client); `take_back` keeps the record as it was in `write_reversals` and
in the audit log. `knowledge.writes.dispatch` routes a write or an undo to its room.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

import knowledge.languages as _lang
from knowledge.access.audit import record_view
from knowledge.answer import ChatAnswer
from knowledge.languages import alternatives as _alt
from knowledge.models.bank import (
    Customer,
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
    if kind == "calls":
        return "; ".join(describe(one) for one in write.get("writes") or [])
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
    verb = {"call": "Log", "calls": "Log", "market_event": "Record", "feedback": "Save"}.get(
        str(write.get("kind")), "Store")
    lead = f"{why} " if why else ""
    return ChatAnswer(
        f"{lead}{verb} {describe(write)}. OK?",
        {"type": CONFIRM_TYPE, "write": write},
        {"pending_write": write},
    )


# Answers to "… OK?" in the words advisors use ("yep go", "passt", "👍", "nah leave it"); a
# message with anything more in it is no plain answer and is read for what it says.
_YES = re.compile(
    r"^\s*(?:yes|yep|yup|yeah|yea|ya|ja|jap|jep|jo|passt|correct|right|exactly|sure|ok(?:ay)?|"
    rf"go|go ahead|do it|confirm(?:ed)?|genau|stimmt|richtig|👍|✅|👌|{_alt(_lang.YES)})"
    r"(?:[\s,.!]+(?:go|pls|please|bitte|so|passt|do it|go ahead|thanks|thx|that'?s right|save it|"
    rf"log it|correct|ok(?:ay)?|genau|richtig|stimmt|👍|{_alt(_lang.YES)}|{_alt(_lang.POLITE)}))*"
    r"[\s.!]*$", re.IGNORECASE)
_NO = re.compile(
    rf"^\s*(?:no|nope|nah|nein|ne|don'?t|leave it|skip it|lass es|👎|❌|{_alt(_lang.NO)})"
    r"(?:[\s,.!]+(?:leave it|thanks|thx|don'?t|dont|skip it|lass es|bitte|not now|"
    rf"{_alt(_lang.NO)}|{_alt(_lang.WRONG)}|{_alt(_lang.POLITE)}))*[\s.!]*$",
    re.IGNORECASE)


# A message that opens with a no in any of the advisors' languages ("nein, falsch", "non,
# c'est faux", "nee hoor"): never a yes, whatever else it says.
_OPENS_WITH_NO = re.compile(
    rf"^\s*(?:no|nope|nah|nein|ne|{_alt(_lang.NO)})\b(?!\s+(?:problem|problemo|worries|prob)\b)",
    re.IGNORECASE)


def opens_with_no(text: str | None) -> bool:
    return bool(_OPENS_WITH_NO.match(text or ""))


def plain_answer(text: str | None) -> str | None:
    """"yes" or "no" when the message only answers a confirmation, else None."""
    if _YES.match(text or ""):
        return "yes"
    return "no" if _NO.match(text or "") else None


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


def done(text: str, ref: dict[str, Any], write: dict[str, Any], payload: dict[str, Any],
          focus: str | None = None) -> ChatAnswer:
    slots: dict[str, Any] = {
        "pending_write": None,
        # "at": when it was stored, so a double send can say "already logged 1 minute ago"
        "last_write": {**ref, "signature": signature(write), "summary": describe(write),
                       "write": write, "at": dt.datetime.now(dt.UTC).isoformat()},
    }
    if focus:
        slots.update({"customer_id": focus, "focus_customer": focus,
                      "customer_name": write.get("name")})
    return ChatAnswer(f"{text} {UNDO_HINT}", payload, slots)


def customer_name(session: Session, customer_id: str) -> str:
    return session.scalar(select(Customer.name).where(Customer.id == customer_id)) or customer_id


# --- undo -------------------------------------------------------------------------------

CLEARED = {"last_write": None, "pending_write": None}


def nothing_to_undo() -> ChatAnswer:
    return ChatAnswer("There is nothing to undo: I haven't stored anything for you in this "
                      "conversation.", slots=dict(CLEARED))


def no_longer_yours() -> ChatAnswer:
    return ChatAnswer("I can't undo that any more: it is no longer on record as yours. "
                      "Nothing was changed.", slots=dict(CLEARED))


def take_back(*, session: Session, staff: Staff, kind: str, row: Any, last: dict[str, Any],
              channel: str, also: dict[str, Any] | None = None, extra: str = "") -> ChatAnswer:
    """Delete the record, keeping it as it was in `write_reversals` and in the audit log."""
    record_id = str(last["id"])
    snapshot = {c.name: _jsonable(getattr(row, c.key)) for c in row.__table__.columns}
    snapshot.update(also or {})
    customer_id = getattr(row, "customer_id", None)
    session.add(WriteReversal(at=dt.datetime.now(dt.UTC), staff_id=staff.id, kind=kind,
                              record_id=record_id, customer_id=customer_id, snapshot=snapshot))
    session.delete(row)
    session.flush()
    record_view(session=session, staff_id=staff.id, customer_id=customer_id, channel=channel,
                via="chat", granted=True, action=f"undo_{kind}")
    summary = last.get("summary") or kind
    return ChatAnswer(f"Undone: {summary} is no longer on record.{extra}",
                      {"type": "write_reversed", "kind": kind, "record_id": record_id},
                      dict(CLEARED))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if hasattr(value, "value") and not isinstance(value, str | int | float):
        return value.value
    if value is None or isinstance(value, str | int | float | bool | list | dict):
        return value
    return str(value)


def instead(undone: ChatAnswer, stored: ChatAnswer, text: str | None = None) -> ChatAnswer:
    """A write stored in place of one just taken back: one answer, whose payload names the
    record it replaces (so the conversation's state knows the old one is gone)."""
    stored.text = text if text is not None else f"{undone.text} {stored.text}"
    old = (undone.payload_json() or {}).get("record_id")
    payload = stored.payload_json()
    if old and payload and payload.get("type") == "call_logged":
        stored.payload = ChatAnswer("", {**payload, "replaces_record": old}).payload
    stored.slots.setdefault("pending_write", None)
    return stored
