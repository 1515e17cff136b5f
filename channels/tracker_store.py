"""Rasa's SQL tracker store, with each Rasa process keeping the conversations it saved.

Rasa 3.6's `SQLTrackerStore` rebuilds a conversation on every message: it reads every
event of the current session and replays them (`DialogueStateTracker.from_dict`). The cost
grows with the conversation; in an advisor's 100-turn session it was half of a Rasa
worker's time per turn (bench.load, py-spy).

`CachedSQLTrackerStore` keeps, per process, the tracker it has just saved together with
the id of the newest stored event. On the
conversation's next message it asks the database one indexed question (is the newest
event of this conversation still that one?) and, when it is, hands back the kept tracker
instead of rebuilding it. Anything else falls back to Rasa's own read: another instance
answered in between, the process restarted, the entry was evicted (least recently used
first, `conversations_kept` per process), or the saved turn started a new session (the
kept tracker would then hold more than Rasa's read returns).

Why this is safe:
- The Redis lock store hands a conversation's messages out one at a time, across all
  instances; between this process's save and its next read, only another instance can
  write to the conversation, and its write shows in the newest id.
- A kept tracker is handed out once: `retrieve` takes it out, `save` puts it back. A turn
  that fails before saving leaves nothing kept that the database does not have.
- A tracker is kept only when the database's read of the session would return exactly its
  events: not after a turn that began a new session (Rasa's read then starts at the new
  `session_started`, while the tracker still holds the turn before it).
- Rasa's events are written in place only by `advisor forget` (GDPR redaction). It bumps
  `tracker_redactions.generation` in the same transaction; every process drops everything
  it keeps when that number changes, so a forgotten name is not served from memory. The
  app creates that table (Alembic revision 0016_tracker_redactions; `advisor migrate`);
  without it the store refuses to start rather than create it.

endpoints.yml: `tracker_store: {type: channels.tracker_store.CachedSQLTrackerStore,
url: postgresql://…}` (written by cli/stack.py). Runs in the Rasa environment (Python
3.10): imports only rasa, SQLAlchemy and the standard library.
"""

from __future__ import annotations

import itertools
import json
import logging
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

log = logging.getLogger(__name__)

DEFAULT_CONVERSATIONS_KEPT = 500
# Also named in knowledge/privacy/forget.py, which bumps it (the two run in different interpreters).
REDACTIONS_TABLE = "tracker_redactions"


_GENERATION = f"(SELECT generation FROM {REDACTIONS_TABLE} WHERE id = 1)"
_NEWEST_ID = "(SELECT max(id) FROM events WHERE sender_id = :sender)"
_NEWEST = sa.text(f"SELECT {_NEWEST_ID}")
_NEWEST_AND_GENERATION = sa.text(f"SELECT {_NEWEST_ID}, {_GENERATION}")
# What Rasa's `_additional_events` counts (the events of the latest session, i.e. from the
# newest `session_started` on, or all when there is none), with the newest id and the
# redaction generation: one round trip.
_SESSION_STORED = sa.text(
    f"SELECT count(e.id), max(e.id), {_GENERATION} FROM events AS e "
    "CROSS JOIN (SELECT max(timestamp) AS start FROM events "
    "            WHERE sender_id = :sender AND type_name = 'session_started') AS s "
    "WHERE e.sender_id = :sender AND (s.start IS NULL OR e.timestamp >= s.start)")


def _row(sender_id: str, event: Event) -> dict[str, Any]:
    """The row Rasa's `SQLTrackerStore.save` writes for an event."""
    data = event.as_dict()
    return {
        "sender_id": sender_id,
        "type_name": event.type_name,
        "timestamp": data.get("timestamp"),
        "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
        "action_name": data.get("name"),
        "data": json.dumps(data),
    }


class MissingRedactionsTable(RuntimeError):
    """Raised at start (Rasa then stops, naming it): the app has not prepared this database."""


@dataclass
class _Kept:
    tracker: DialogueStateTracker
    newest_id: int
    domain: Domain


class CachedSQLTrackerStore(SQLTrackerStore):
    """`SQLTrackerStore` that serves a conversation's next message from memory when the
    database says nothing was written to it since this process saved it."""

    def __init__(self, domain: Domain | None = None, *,
                 conversations_kept: int = DEFAULT_CONVERSATIONS_KEPT, **kwargs: Any) -> None:
        super().__init__(domain=domain, **kwargs)
        if int(conversations_kept) < 1:
            raise ValueError(f"conversations_kept must be at least 1, got {conversations_kept}")
        self.conversations_kept = int(conversations_kept)
        self._kept: OrderedDict[str, _Kept] = OrderedDict()
        self._generation: int | None = None
        self.hits = 0
        self.misses = 0
        self._prepare_tables()

    # ------------------------------------------------------------------ Rasa's interface
    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        kept = self._kept.pop(sender_id, None)
        if kept is not None and kept.domain is self.domain:
            newest_id, generation = self._newest(sender_id)
            if generation != self._generation:
                self._forget_all(generation)
            elif newest_id == kept.newest_id:
                self.hits += 1
                return kept.tracker
        self.misses += 1
        return await super().retrieve(sender_id)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Rasa's save (append the events the session's stored count does not cover), in
        plain statements, then keep the tracker unless this turn began a new session."""
        self._kept.pop(tracker.sender_id, None)
        await self.stream_events(tracker)
        events = self.SQLEvent.__table__
        with self.engine.begin() as connection:
            stored, newest_id, generation = connection.execute(
                _SESSION_STORED, {"sender": tracker.sender_id}).one()
            new = list(itertools.islice(tracker.events, stored, None))
            if new:
                connection.execute(events.insert(), [_row(tracker.sender_id, e) for e in new])
                newest_id = connection.execute(
                    _NEWEST, {"sender": tracker.sender_id}).scalar()
        if generation != self._generation:
            self._forget_all(generation)  # this tracker was read before the redaction
        elif newest_id is not None and not any(isinstance(e, SessionStarted) for e in new):
            self._keep(tracker, newest_id)

    async def _retrieve(self, sender_id: str, fetch_events_from_all_sessions: bool
                        ) -> DialogueStateTracker | None:
        """Rasa's read (same query, same tracker) fetching only the events' JSON: Rasa
        built an ORM object per stored event, a tenth of a worker's time under load."""
        with self.session_scope() as session:
            query = self._event_query(session, sender_id, fetch_events_from_all_sessions)
            rows = query.with_entities(self.SQLEvent.data).all()
        if not rows or not self.domain:
            return None
        events = [json.loads(data) for (data,) in rows]
        return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)

    # ------------------------------------------------------------------ the database
    def _prepare_tables(self) -> None:
        """The index that makes "newest event of this conversation" one lookup (on Rasa's
        own table, which Rasa has just created), and the redaction counter, which the app
        creates (`advisor migrate`, `advisor run`: revision 0016_tracker_redactions, or
        knowledge.migrate.prepare_tracker_store for a database of its own). Without the
        counter a forgotten customer could be served from memory: refuse to start."""
        try:
            with self.engine.begin() as connection:
                connection.exec_driver_sql(
                    "CREATE INDEX IF NOT EXISTS ix_events_sender_id_id ON events (sender_id, id)")
        except sa.exc.DBAPIError as exc:  # several workers start at once: the winner's is it
            log.info("tracker store: %s while creating its index (another worker may have "
                     "created it first)", type(exc).__name__)
        if not sa.inspect(self.engine).has_table(REDACTIONS_TABLE):
            raise MissingRedactionsTable(
                f"The tracker store's database has no table {REDACTIONS_TABLE}, which "
                "`advisor forget` uses to tell Rasa that stored conversations were redacted. "
                "Run `advisor migrate` with TRACKER_STORE_URL set to this tracker store "
                "(`advisor run` does it), then start Rasa again.")
        with self.engine.begin() as connection:
            self._generation = connection.execute(sa.text(f"SELECT {_GENERATION}")).scalar()

    def _newest(self, sender_id: str) -> tuple[int | None, int | None]:
        with self.engine.connect() as connection:
            row = connection.execute(_NEWEST_AND_GENERATION, {"sender": sender_id}).one()
        return row[0], row[1]

    def _keep(self, tracker: DialogueStateTracker, newest_id: int) -> None:
        self._kept[tracker.sender_id] = _Kept(tracker, newest_id, self.domain)
        while len(self._kept) > self.conversations_kept:
            self._kept.popitem(last=False)

    def _forget_all(self, generation: int | None) -> None:
        log.info("tracker store: events were redacted; dropping %d kept conversation(s)",
                 len(self._kept))
        self._kept.clear()
        self._generation = generation
