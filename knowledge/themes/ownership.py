"""Owners and status of themes: who may change them, the history, and owner notifications.

Business owner: held to account for the complaints, takes care of the short-term fix.
Solution owner: steers the solution and removes the root cause (seed 000). Only branch
managers and head office change owners or status; every change is recorded in the theme's
history, and the new owner (or both owners, on a status change) gets a stored notification
that the chat channels deliver.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.access.policy import is_manager
from knowledge.models.bank import Staff
from knowledge.models.themes import Notification, Theme, ThemeChange, ThemeStatus

ROLES = {"business_owner": "business owner", "solution_owner": "solution owner"}


class ThemeActionRefused(ValueError):
    """The change cannot be made; the message says why and what to do."""


def _require_manager(staff: Staff) -> None:
    if not is_manager(staff):
        raise ThemeActionRefused(
            "Only branch managers and head office can assign owners or change a theme's "
            "status; please ask your branch manager."
        )


def normalise_role(role: str | None) -> str:
    text = re.sub(r"[\s-]+", "_", (role or "").strip().lower())
    if text in ("business", "business_owner", "bo"):
        return "business_owner"
    if text in ("solution", "solution_owner", "so"):
        return "solution_owner"
    raise ThemeActionRefused("Say which role: business owner (short-term fix) or solution owner "
                             "(root cause).")


def normalise_status(status: str | None) -> str:
    text = re.sub(r"[\s-]+", "_", (status or "").strip().lower())
    aliases = {"done": "resolved", "fixed": "resolved", "closed": "resolved", "solved": "resolved",
               "in_work": "in_progress", "progress": "in_progress", "started": "in_progress",
               "working": "in_progress", "reopen": "open", "reopened": "open"}
    text = aliases.get(text, text)
    if text not in ThemeStatus.ALL:
        raise ThemeActionRefused("A theme's status is open, in progress or resolved.")
    return text


def find_staff(*, session: Session, name: str, limit: int = 3) -> list[Staff]:
    """Staff by id or name, forgiving typos and partial names; best matches first."""
    from rapidfuzz import fuzz, process

    name = " ".join((name or "").split())
    if not name:
        return []
    exact = session.get(Staff, name)
    if exact is not None:
        return [exact]
    everyone = list(session.scalars(select(Staff).order_by(Staff.id)))
    matches = process.extract(name.lower(), {s.id: s.name.lower() for s in everyone},
                              scorer=fuzz.WRatio, limit=limit, score_cutoff=80)
    by_id = {s.id: s for s in everyone}
    if matches and matches[0][1] >= 95:
        top = [by_id[m[2]] for m in matches if m[1] >= matches[0][1] - 2]
        return top
    return [by_id[m[2]] for m in matches]


def staff_in_text(*, session: Session, text: str) -> list[Staff]:
    """Staff whose id, full name, or a first or last name of 3+ letters, is a word of the text.

    The fallback when the NLU did not tag a name ("assign it to Marta as solution owner").
    """
    typed_ids = {w.upper() for w in re.findall(r"\b[A-Za-z]\d{3,}\b", text or "")}
    if typed_ids:  # "BO: M001": a staff id typed is that member of staff
        by_id = list(session.scalars(select(Staff).where(Staff.id.in_(typed_ids))))
        if by_id:
            return by_id
    words = set(re.findall(r"[^\W\d_]+", (text or "").lower()))
    lowered = (text or "").lower()
    full, partial = [], []
    for person in session.scalars(select(Staff).order_by(Staff.id)):
        name = person.name.lower()
        if name in lowered:
            full.append(person)
        elif any(len(part) >= 3 and part in words for part in name.split()):
            partial.append(person)
    return full or partial


def preferred_channel(staff: Staff) -> str:
    if staff.slack_user_id:
        return "slack"
    if staff.teams_user_id:
        return "teams"
    return "email" if staff.email else "chat"


def notify(*, session: Session, recipient: Staff, text: str) -> Notification:
    note = Notification(recipient_id=recipient.id, channel=preferred_channel(recipient), text=text,
                        created_at=dt.datetime.now(dt.UTC))
    session.add(note)
    return note


def _record(session: Session, theme: Theme, by: Staff, field: str, old: str | None,
            new: str | None) -> None:
    session.add(ThemeChange(theme_id=theme.id, at=dt.datetime.now(dt.UTC), staff_id=by.id,
                            field=field, old_value=old, new_value=new))


def assign_owner(*, session: Session, theme: Theme, owner: Staff, role: str, by: Staff) -> bool:
    """Make `owner` the theme's business or solution owner. False if nothing changed."""
    _require_manager(by)
    role = normalise_role(role)
    column = f"{role}_id"
    old = getattr(theme, column)
    if old == owner.id:
        return False
    setattr(theme, column, owner.id)
    _record(session, theme, by, role, old, owner.id)
    duty = ("take care of the short-term fix for the complaints" if role == "business_owner"
            else "find and remove the root cause")
    notify(session=session, recipient=owner, text=(
        f"{by.name} made you {ROLES[role]} of the theme “{theme.label}” (#{theme.id}, "
        f"{theme.size} statements): please {duty}."))
    session.flush()
    return True


def set_status(*, session: Session, theme: Theme, status: str, by: Staff) -> bool:
    _require_manager(by)
    status = normalise_status(status)
    if theme.status == status:
        return False
    old = theme.status
    theme.status = status
    _record(session, theme, by, "status", old, status)
    for owner_id in {theme.business_owner_id, theme.solution_owner_id} - {None, by.id}:
        owner = session.get(Staff, owner_id)
        if owner is not None:
            notify(session=session, recipient=owner, text=(
                f"{by.name} set the theme “{theme.label}” (#{theme.id}) to "
                f"{status.replace('_', ' ')}."))
    session.flush()
    return True


def history(*, session: Session, theme_id: int) -> list[ThemeChange]:
    return list(session.scalars(select(ThemeChange).where(ThemeChange.theme_id == theme_id)
                                .order_by(ThemeChange.at, ThemeChange.id)))
