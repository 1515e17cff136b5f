"""A manager's theme change confirmed in chat, made and taken back (chat-write kinds
theme_owner, theme_status; knowledge.writes.dispatch). A change that came with others in the
same message ("make me business owner and set it to in progress") carries them in `then`:
each is shown for its own yes once the one before is made (knowledge.themes.more_changes)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from knowledge.access.policy import is_manager
from knowledge.answer import ChatAnswer
from knowledge.models.bank import Staff
from knowledge.models.themes import Theme
from knowledge.themes import ownership
from knowledge.writes.pending import describe, done


def store_theme(*, session: Session, staff: Staff, write: dict[str, Any]) -> ChatAnswer:
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
    from knowledge.themes.more_changes import ask_next

    return ask_next(done(f"Done: {describe(write)}.", ref, write,
                         {"type": "theme_changed", "theme_id": theme.id}), write)


def reverse_theme(*, session: Session, staff: Staff, last: dict[str, Any]) -> ChatAnswer:
    """A theme change is undone by setting the old value back (the theme's history keeps both)."""
    cleared = {"last_write": None, "pending_write": None}
    theme = session.get(Theme, int(last["id"]))
    write = last.get("write") or {}
    if theme is None or not is_manager(staff):
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
