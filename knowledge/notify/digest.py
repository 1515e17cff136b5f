"""The morning digest: each advisor's top calls, and theme owners' notifications, pushed to
their Slack or Teams.

Framework-free: what to send and what was sent. The sending itself is a `Sender` passed in
(delivery/outbound.py over HTTP; a fake in tests).

Idempotent per day: a `DigestDelivery` row (unique per member of staff and day) is written
right after its message went out, in its own transaction, and a re-run skips whoever has
one. A failed send writes nothing, so the next run tries again. The order "send, then
record" means a crash between the two repeats that one message on the next run; recording
first would instead lose it for the day, which is worse for a morning call list.
Notifications work the same way with `Notification.delivered_at`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from knowledge.call_reports.chat import list_answer
from knowledge.models.bank import DigestDelivery, Role, Staff
from knowledge.models.themes import Notification

ChatChannel = Literal["slack", "teams"]


@dataclass(frozen=True)
class Outgoing:
    """One message for one member of staff."""

    kind: Literal["call_list", "notification"]
    staff_id: str
    channel: ChatChannel
    address: str  # the Slack user id or the Teams user id (Entra object id or "29:…")
    text: str
    payload: dict[str, Any] | None = None  # the call list JSON: Slack/Teams show it as a card
    items: int = 0
    notification_id: int | None = None

    def summary(self) -> dict[str, Any]:
        """For reports and logs: who, how, how many; never the text (customer names)."""
        return {"staff_id": self.staff_id, "kind": self.kind, "channel": self.channel,
                "items": self.items}


class Sender(Protocol):
    def channels(self) -> set[str]:
        """The chat channels configured for sending ("slack", "teams")."""

    def send(self, message: Outgoing) -> str | None:
        """Deliver; None when delivered, else what went wrong (no customer data)."""


@dataclass
class DigestReport:
    as_of: dt.date
    dry_run: bool = False
    sent: list[dict[str, Any]] = field(default_factory=list)
    planned: list[dict[str, Any]] = field(default_factory=list)  # dry run: would be sent
    skipped: list[dict[str, Any]] = field(default_factory=list)
    failed: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"as_of": self.as_of.isoformat(), "dry_run": self.dry_run, "sent": self.sent,
                "planned": self.planned, "skipped": self.skipped, "failed": self.failed}


def chat_address(staff: Staff, channels: set[str],
                 prefer: str | None = None) -> tuple[ChatChannel, str] | None:
    """Where this member of staff is reached: `prefer` if possible, else Slack, else Teams."""
    options: list[tuple[ChatChannel, str | None]] = [("slack", staff.slack_user_id),
                                                     ("teams", staff.teams_user_id)]
    options.sort(key=lambda option: option[0] != prefer)
    for channel, address in options:
        if address and channel in channels:
            return channel, address
    return None


def plan_digest(
    *, session: Session, as_of: dt.date, channels: set[str]
) -> tuple[list[Outgoing], list[dict[str, Any]]]:
    """The messages still to send for `as_of`, and who is skipped and why."""
    planned: list[Outgoing] = []
    skipped: list[dict[str, Any]] = []
    done = set(session.scalars(select(DigestDelivery.staff_id).where(
        DigestDelivery.as_of == as_of)))
    advisors = session.scalars(
        select(Staff)
        .where(Staff.role == Role.advisor,
               or_(Staff.slack_user_id.is_not(None), Staff.teams_user_id.is_not(None)))
        .order_by(Staff.id)
    )
    for staff in advisors:
        if staff.id in done:
            skipped.append({"staff_id": staff.id, "kind": "call_list",
                            "reason": "already sent for this day"})
            continue
        where = chat_address(staff, channels)
        if where is None:
            skipped.append({"staff_id": staff.id, "kind": "call_list",
                            "reason": "their chat channel is not configured"})
            continue
        answer = list_answer(session=session, staff=staff, as_of=as_of, page=1)
        first_name = staff.name.split(" ")[0]
        items = len((answer.payload or {}).get("items") or [])
        planned.append(Outgoing("call_list", staff.id, where[0], where[1],
                                f"Good morning, {first_name}. {answer.text}",
                                answer.payload_json(), items))
    planned += _pending_notifications(session=session, channels=channels, skipped=skipped)
    return planned, skipped


def _pending_notifications(
    *, session: Session, channels: set[str], skipped: list[dict[str, Any]]
) -> list[Outgoing]:
    rows = session.execute(
        select(Notification, Staff)
        .join(Staff, Staff.id == Notification.recipient_id)
        .where(Notification.delivered_at.is_(None))
        .order_by(Notification.created_at, Notification.id)
    ).all()
    planned = []
    for note, staff in rows:
        where = chat_address(staff, channels, prefer=note.channel)
        if where is None:
            # Stays pending: the web chat or a later run with the channel configured shows it.
            skipped.append({"staff_id": staff.id, "kind": "notification",
                            "reason": "no configured chat channel for this member of staff"})
            continue
        planned.append(Outgoing("notification", staff.id, where[0], where[1], note.text,
                                items=1, notification_id=note.id))
    return planned


def record_sent(*, session: Session, message: Outgoing, as_of: dt.date, at: dt.datetime) -> None:
    """Remember a delivered message so that no later run sends it again."""
    if message.kind == "call_list":
        session.add(DigestDelivery(staff_id=message.staff_id, as_of=as_of,
                                   channel=message.channel, items=message.items, sent_at=at))
    else:
        note = session.get(Notification, message.notification_id)
        if note is not None:
            note.delivered_at = at
    session.flush()


def run_digest(
    *,
    transaction: Callable[[], AbstractContextManager[Session]],
    sender: Sender,
    as_of: dt.date,
    dry_run: bool = False,
    now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
) -> DigestReport:
    """Plan, send and record the day's digest; each delivery is committed on its own.

    `transaction` opens one unit of work (`knowledge.db.unit_of_work`): the caller decides
    where the database is, this function when to commit, because a message that went out
    is a fact to record at once, whatever happens to the next one.
    """
    report = DigestReport(as_of=as_of, dry_run=dry_run)
    with transaction() as session:
        planned, report.skipped = plan_digest(session=session, as_of=as_of,
                                              channels=sender.channels())
    for message in planned:
        if dry_run:
            report.planned.append(message.summary())
            continue
        problem = sender.send(message)
        if problem is not None:
            report.failed.append({**message.summary(), "error": problem})
            continue
        try:
            with transaction() as session:
                record_sent(session=session, message=message, as_of=as_of, at=now())
        except IntegrityError:
            # Another run sent and recorded this advisor's digest at the same moment.
            report.skipped.append({"staff_id": message.staff_id, "kind": message.kind,
                                   "reason": "recorded by a concurrent run"})
            continue
        report.sent.append(message.summary())
    return report
