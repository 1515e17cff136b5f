"""GDPR erasure: `forget_customer` removes a customer from everything the assistant stores.

What happens to each kind of data (one transaction, the caller's):
- the customer row is deleted, with its holdings, their transactions, its interactions and
  its precomputed call-list signals;
- its feedback stays counted in the themes' history but is redacted: text replaced by
  `REDACTED`, no customer, status `forgotten` (never embedded again); its embeddings and
  theme memberships are deleted, the themes' sizes follow, and quotes taken from its text
  are removed from themes and from notifications;
- stored call lists (`call_list_snapshots`: advisors', branch managers' and head office's)
  that name the customer are deleted; each is recomputed from the remaining data the next
  time it is asked for (or by `advisor refresh`);
- the audit log keeps every event (who looked when — the bank must be able to show it), but
  the customer id becomes a keyed hash (`knowledge.access.audit.forgotten_key`): the table names
  no one, and `advisor audit --customer ID` still finds the events given the id. It never
  held the name. The erasure itself is audited (action `forgotten`, under the same key);
- finally every text and JSON column of every table is searched for the id and the full
  name, and what is found is redacted (`knowledge.privacy.sweep`: notes of other customers'
  calls, theme labels and history, tables added later);
- the Rasa tracker store, when it is an SQL store (`forget_in_tracker_store`): every event
  whose JSON mentions the customer's id or full name has those strings replaced by
  `REDACTED` (the conversation's shape stays, so Rasa still loads it). When any event
  changed, `tracker_redactions.generation` is bumped in the same transaction: Rasa
  processes running channels/tracker_store.py then drop the conversations they keep in
  memory, so the redacted events are what they read next.

Idempotent: forgetting an id that is no longer there changes nothing and reports zeros.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, func, or_, select, text, update
from sqlalchemy.orm import Session

from knowledge.access.audit import forgotten_key, record_view
from knowledge.models.bank import (
    AuditEntry,
    Customer,
    Feedback,
    Holding,
    HoldingHolder,
    Interaction,
    Transaction,
)
from knowledge.privacy.sweep import sweep

REDACTED = "[redacted at the customer's request]"
FORGOTTEN = "forgotten"  # feedback status: never embedded or themed again
REDACTIONS_TABLE = "tracker_redactions"  # same name in channels/tracker_store.py (Rasa's side)


@dataclass
class ForgetReport:
    customer_id: str
    found: bool = False
    customer_deleted: int = 0
    holdings_deleted: int = 0
    transactions_deleted: int = 0
    interactions_deleted: int = 0
    signal_snapshots_deleted: int = 0
    feedback_redacted: int = 0
    embeddings_deleted: int = 0
    theme_memberships_deleted: int = 0
    theme_quotes_removed: int = 0
    notifications_redacted: int = 0
    call_lists_deleted: int = 0
    audit_entries_kept: int = 0
    audit_entries_pseudonymised: int = 0
    # table.column -> values still naming the customer that the final sweep redacted
    swept: dict[str, int] = field(default_factory=dict)
    tracker_events_redacted: int | None = None  # None: no SQL tracker store was given
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def forget_customer(*, session: Session, customer_id: str, by: str = "cli",
                    report: ForgetReport | None = None) -> ForgetReport:
    """Delete or redact everything about `customer_id` in the customer database. No commit."""
    from knowledge.models.themes import FeedbackEmbedding, Notification, Theme, ThemeMember

    report = report or ForgetReport(customer_id=customer_id)
    customer = session.get(Customer, customer_id)
    report.audit_entries_kept = session.scalar(
        select(func.count()).select_from(AuditEntry).where(
            AuditEntry.customer_id.in_([customer_id, forgotten_key(customer_id)]))
    ) or 0
    if customer is None:
        report.notes.append("no customer with this id (already forgotten, or never existed)")
        return report
    report.found = True

    feedback = list(session.scalars(select(Feedback).where(Feedback.customer_id == customer_id)))
    feedback_ids = [f.id for f in feedback]
    texts = {f.text for f in feedback if f.text}
    if feedback_ids:
        memberships = session.execute(
            select(ThemeMember.theme_id, func.count()).where(
                ThemeMember.feedback_id.in_(feedback_ids)).group_by(ThemeMember.theme_id)).all()
        for theme_id, count in memberships:
            theme = session.get(Theme, theme_id) if theme_id is not None else None
            if theme is not None:
                # The centre keeps the item's share until the next `themes build`; the size
                # (what people read) is right at once.
                theme.size = max(theme.size - count, 0)
        report.theme_memberships_deleted = _rowcount(session.execute(
            delete(ThemeMember).where(ThemeMember.feedback_id.in_(feedback_ids))))
        report.embeddings_deleted = _rowcount(session.execute(
            delete(FeedbackEmbedding).where(FeedbackEmbedding.feedback_id.in_(feedback_ids))))
        report.feedback_redacted = _rowcount(session.execute(
            update(Feedback).where(Feedback.id.in_(feedback_ids))
            .values(text=REDACTED, customer_id=None, status=FORGOTTEN)))
    report.theme_quotes_removed = _remove_quotes(session, texts)
    report.notifications_redacted = _redact_notifications(session, Notification, texts,
                                                          [customer.name, customer_id])

    holding_ids = select(Holding.id).where(Holding.customer_id == customer_id)
    # Co-holder rows: theirs on others' holdings, and others' on theirs (which go below).
    session.execute(delete(HoldingHolder).where(or_(
        HoldingHolder.customer_id == customer_id, HoldingHolder.holding_id.in_(holding_ids))))
    report.transactions_deleted = _rowcount(session.execute(
        delete(Transaction).where(Transaction.holding_id.in_(holding_ids))))
    report.holdings_deleted = _rowcount(session.execute(
        delete(Holding).where(Holding.customer_id == customer_id)))
    report.interactions_deleted = _rowcount(session.execute(
        delete(Interaction).where(Interaction.customer_id == customer_id)))
    report.signal_snapshots_deleted = _delete_snapshots(session, customer_id)
    report.call_lists_deleted = _delete_call_lists(session, [customer_id, customer.name])
    name = customer.name
    session.expunge(customer)
    report.customer_deleted = _rowcount(session.execute(
        delete(Customer).where(Customer.id == customer_id)))
    key = forgotten_key(customer_id)
    report.audit_entries_pseudonymised = _rowcount(session.execute(
        update(AuditEntry).where(AuditEntry.customer_id == customer_id).values(customer_id=key)))
    record_view(session=session, staff_id=by[:64] or "cli", customer_id=key,
                channel="cli", via="cli", granted=True, action="forgotten",
                at=dt.datetime.now(dt.UTC))
    session.flush()
    report.swept = sweep(connection=session.connection(), customer_id=customer_id, name=name)
    return report


def customer_strings(*, session: Session, customer_id: str) -> list[str]:
    """The id and, while the customer still exists, the full name: what to look for elsewhere."""
    name = session.scalar(select(Customer.name).where(Customer.id == customer_id))
    return [s for s in (customer_id, name) if s and len(s.strip()) >= 3]


def forget_in_tracker_store(*, connection: Connection, strings: Iterable[str]) -> int:
    """Redact `strings` in Rasa's SQL tracker store (`events` table); returns events changed.

    Rasa stores each event as JSON text with ASCII escapes (json.dumps), so "Müller" is
    searched both as typed and as "M\\u00fcller". Matching is case-insensitive.
    """
    wanted = [s for s in strings if s and len(s.strip()) >= 3]
    if not wanted or not _has_table(connection, "events"):
        return 0
    patterns: set[str] = set()
    for value in wanted:
        patterns.add(value.lower())
        patterns.add(json.dumps(value)[1:-1].lower())
    condition = " OR ".join(f"lower(data) LIKE :p{n} ESCAPE '\\'"
                            for n in range(len(patterns)))
    params = {f"p{n}": f"%{_escape_like(p)}%" for n, p in enumerate(sorted(patterns))}
    rows = connection.execute(text(f"SELECT id, data FROM events WHERE {condition}"),
                              params).all()
    matcher = re.compile("|".join(re.escape(v) for v in sorted(wanted, key=len, reverse=True)),
                         re.IGNORECASE)
    changed = 0
    for event_id, data in rows:
        try:
            redacted = json.dumps(_redact(json.loads(data), matcher))
        except (TypeError, ValueError):
            redacted = matcher.sub(REDACTED, data)
            for value in wanted:  # the escaped form of a non-ASCII name
                redacted = re.sub(re.escape(json.dumps(value)[1:-1]), REDACTED, redacted,
                                  flags=re.IGNORECASE)
        if redacted != data:
            connection.execute(text("UPDATE events SET data = :data WHERE id = :id"),
                               {"data": redacted, "id": event_id})
            changed += 1
    if changed:
        _bump_redaction_generation(connection)
    return changed


def _bump_redaction_generation(connection: Connection) -> None:
    """Tell Rasa processes that keep conversations in memory (channels/tracker_store.py,
    which refuses to start without the table) that stored events changed in place."""
    if not _has_table(connection, REDACTIONS_TABLE):
        return  # never prepared: no caching Rasa process can run against this store
    connection.execute(text(
        f"INSERT INTO {REDACTIONS_TABLE} (id, generation) VALUES (1, 1) "
        f"ON CONFLICT (id) DO UPDATE SET generation = {REDACTIONS_TABLE}.generation + 1"))


# ------------------------------------------------------------------------------ helpers
def _redact(value: Any, matcher: re.Pattern[str]) -> Any:
    if isinstance(value, str):
        return matcher.sub(REDACTED, value)
    if isinstance(value, list):
        return [_redact(v, matcher) for v in value]
    if isinstance(value, dict):
        return {k: _redact(v, matcher) for k, v in value.items()}
    return value


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _has_table(connection: Connection, name: str) -> bool:
    from sqlalchemy import inspect

    return bool(inspect(connection).has_table(name))


def _rowcount(result: Any) -> int:
    return max(int(getattr(result, "rowcount", 0) or 0), 0)


def _remove_quotes(session: Session, texts: set[str]) -> int:
    from knowledge.models.themes import Theme

    if not texts:
        return 0
    # Quotes are the statements whitespace-normalised, long ones cut to 237 characters + "…".
    normalised = [" ".join(t.split()) for t in texts]

    def quoted(quote: str) -> bool:
        stem = quote[:-1].rstrip() if quote.endswith("…") else None
        return any(quote == t or (stem is not None and t.startswith(stem)) for t in normalised)

    removed = 0
    for theme in session.scalars(select(Theme)):
        quotes = list(theme.quotes or [])
        kept = [q for q in quotes if not quoted(q)]
        if len(kept) != len(quotes):
            removed += len(quotes) - len(kept)
            theme.quotes = kept
    return removed


def _redact_notifications(session: Session, notification: Any, texts: set[str],
                          strings: list[str]) -> int:
    needles = [t for t in texts if t] + [s for s in strings if s and len(s) >= 3]
    if not needles:
        return 0
    changed = 0
    for item in session.scalars(select(notification)):
        new = item.text
        for needle in sorted(needles, key=len, reverse=True):
            new = new.replace(needle, REDACTED)
        if new != item.text:
            item.text = new
            changed += 1
    return changed


def _delete_snapshots(session: Session, customer_id: str) -> int:
    from knowledge.models.signals import CustomerSignalSnapshot

    return _rowcount(session.execute(delete(CustomerSignalSnapshot).where(
        CustomerSignalSnapshot.customer_id == customer_id)))


def _delete_call_lists(session: Session, strings: list[str]) -> int:
    """Stored ranked lists (any owner: advisor, branch manager, head office) that name the
    customer; the next ask (or `advisor refresh`) computes them again without it. A list
    naming only a namesake goes too: it is recomputed identical, so nothing is lost."""
    from sqlalchemy import Text, cast, or_

    from knowledge.models.signals import CallListSnapshot

    forms = {f for s in strings if s for f in (s.lower(), json.dumps(s)[1:-1].lower())}
    items = func.lower(cast(CallListSnapshot.items, Text))
    condition = or_(*[items.like(f"%{_escape_like(f)}%", escape="\\") for f in forms])
    return _rowcount(session.execute(delete(CallListSnapshot).where(condition)))
