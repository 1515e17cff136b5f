"""The audit trail of customer views: who looked at whom, when, through which channel.

Written in the caller's transaction, next to the read it records, so a view that is shown is
also logged (and a failed read logs nothing). Refused attempts (a customer of another book)
are logged with `granted=False` (by `knowledge.access.policy.refuse`); the asker is told
nothing more than "not found".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Sequence

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from knowledge.db import as_utc
from knowledge.models.bank import AuditEntry

CHANNELS = ("rest", "slack", "teams", "api", "cli", "other")
VIAS = ("chat", "api", "cli")
FORGOTTEN_PREFIX = "forgotten:"


def forgotten_key(customer_id: str) -> str:
    """What the audit log holds instead of a forgotten customer's id (`advisor forget`): a
    keyed hash (SECRET_KEY), so the table no longer names anyone while the bank, given the
    id, can still show who looked at that customer when. A new SECRET_KEY loses the link."""
    from knowledge.settings import get_settings

    digest = hmac.new(get_settings().secret_key.encode(), customer_id.encode(),
                      hashlib.sha256).hexdigest()
    return FORGOTTEN_PREFIX + digest[:32]


def customer_keys(customer_id: str) -> list[str]:
    """The values an audit entry about `customer_id` may hold: the id, or after erasure its key."""
    return [customer_id, forgotten_key(customer_id)]


_CHANNEL_ALIASES = {"msteams": "teams", "botframework": "teams", "socketio": "rest",
                    "cmdline": "rest", "callback": "rest"}


def channel_name(input_channel: str | None) -> str:
    """A Rasa input channel name as the audit log spells it."""
    name = (input_channel or "").strip().lower()
    name = _CHANNEL_ALIASES.get(name, name)
    return name if name in CHANNELS else "other"


def record_view(
    *,
    session: Session,
    staff_id: str,
    customer_id: str | None,
    channel: str,
    via: str,
    granted: bool,
    action: str = "profile",
    at: dt.datetime | None = None,
) -> None:
    """One audit row, inserted at once in the caller's transaction (a plain INSERT, not an
    ORM object and a flush: every profile view in chat writes one)."""
    if via not in VIAS:
        raise ValueError(f"via must be one of {', '.join(VIAS)}, got {via!r}")
    session.execute(_INSERT, {
        "at": at or dt.datetime.now(dt.UTC),
        "staff_id": staff_id,
        "customer_id": customer_id,
        "action": action[:32],
        "channel": channel_name(channel) if channel not in CHANNELS else channel,
        "via": via,
        "granted": granted,
    })


_INSERT = insert(AuditEntry)


def record_views(
    *,
    session: Session,
    staff_id: str,
    customer_ids: Sequence[str],
    channel: str,
    via: str,
    granted: bool,
    action: str = "profile",
) -> None:
    for customer_id in customer_ids:
        record_view(session=session, staff_id=staff_id, customer_id=customer_id,
                    channel=channel, via=via, granted=granted, action=action)


def audit_entries(
    *,
    session: Session,
    customer_id: str | None = None,
    staff_id: str | None = None,
    since: dt.datetime | None = None,
    limit: int = 200,
) -> list[AuditEntry]:
    """The newest entries first, filtered by customer and/or member of staff."""
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    if customer_id:
        query = query.where(AuditEntry.customer_id.in_(customer_keys(customer_id)))
    if staff_id:
        query = query.where(AuditEntry.staff_id == staff_id)
    if since:
        query = query.where(AuditEntry.at >= since)
    return list(session.scalars(query.limit(max(1, min(limit, 10_000)))))


def entry_json(entry: AuditEntry) -> dict[str, object]:
    at = as_utc(entry.at)
    return {"id": entry.id, "at": at.isoformat(), "staff_id": entry.staff_id,
            "customer_id": entry.customer_id, "action": entry.action, "channel": entry.channel,
            "via": entry.via, "granted": entry.granted}
