"""Runs in the Rasa environment: channels.tracker_store.CachedSQLTrackerStore against Rasa's
own SQLTrackerStore, turn by turn, on two SQLite files in the folder given (the PostgreSQL
path runs in the e2e tests and bench.load). Prints one line, `RESULTS {json}`, for
test_tracker_store.py."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    Event,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from channels.tracker_store import CachedSQLTrackerStore

ROOT = Path(__file__).resolve().parents[2]


def turn(text: str, intent: str, action: str, slot: str | None = None) -> list[Event]:
    events: list[Event] = [UserUttered(text, {"name": intent, "confidence": 0.93}),
                           ActionExecuted(action), BotUttered(f"answer to {text}")]
    if slot:
        events.append(SlotSet("customer_id", slot))
    return [*events, ActionExecuted("action_listen")]


def session_start() -> list[Event]:
    return [ActionExecuted("action_session_start"), SessionStarted(),
            ActionExecuted("action_listen")]


def rows(url: str) -> list[list[Any]]:
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        found = connection.execute(sa.text(
            "SELECT sender_id, type_name, intent_name, action_name, data FROM events "
            "ORDER BY id")).all()
    engine.dispose()
    return [list(r) for r in found]


def same(a: DialogueStateTracker | None, b: DialogueStateTracker | None) -> bool:
    if a is None or b is None:
        return a is b
    return list(a.events) == list(b.events) and a.current_state() == b.current_state()


async def scenario(folder: Path) -> dict[str, Any]:
    domain = Domain.load(str(ROOT / "bot" / "domain"))
    ours_url, rasas_url = f"sqlite:///{folder / 'ours.db'}", f"sqlite:///{folder / 'rasa.db'}"
    ours = CachedSQLTrackerStore(domain=domain, host=ours_url, conversations_kept=2)
    other_instance = CachedSQLTrackerStore(domain=domain, host=ours_url)
    rasas = SQLTrackerStore(domain=domain, host=rasas_url)
    out: dict[str, Any] = {"steps": []}

    async def step(name: str, store: CachedSQLTrackerStore, sender: str,
                   events: list[Event]) -> DialogueStateTracker:
        """One turn on our store and the same turn on Rasa's store: read, add, save."""
        hits = store.hits
        tracker = await store.retrieve(sender) or DialogueStateTracker(sender, domain.slots)
        reference = await rasas.retrieve(sender) or DialogueStateTracker(sender, domain.slots)
        read_same = same(tracker, reference) if reference.events else not tracker.events
        for event in events:
            tracker.update(event, domain)
            reference.update(event, domain)
        await store.save(tracker)
        await rasas.save(reference)
        out["steps"].append({"name": name, "hit": store.hits > hits, "read_same": read_same,
                             "kept": sender in store._kept})
        return tracker

    await step("first turn: a session starts", ours, "A001",
               session_start() + turn("who should I call today?", "call_list", "action_call_list"))
    await step("second turn: read back from the database", ours, "A001",
               turn("show me more", "more", "action_more"))
    kept = ours._kept["A001"].tracker
    third = await step("third turn: served from memory", ours, "A001",
                       turn("tell me about Anna", "profile", "action_profile", "C000001"))
    out["kept_object_served"] = third is kept
    await step("another instance answers", other_instance, "A001",
               turn("show me more", "more", "action_more"))
    await step("back on the first instance: it sees the other's turn", ours, "A001",
               turn("who should I call today?", "call_list", "action_call_list"))

    # A turn that fails before saving: what it changed must not be served next time.
    dirty = await ours.retrieve("A001")
    assert dirty is not None
    dirty.update(SlotSet("customer_id", "C999999"), domain)
    after_failure = await ours.retrieve("A001")
    out["failed_turn_not_served"] = (after_failure is not dirty and after_failure is not None
                                     and after_failure.get_slot("customer_id") == "C000001")
    await ours.save(after_failure)  # nothing new: the turn ends as Rasa would

    # A redaction in place (advisor forget) bumps the generation: nothing kept is served.
    await step("a turn before the redaction", ours, "A001",
               turn("show me more", "more", "action_more"))
    hits_before = ours.hits
    engine = sa.create_engine(ours_url)
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE events SET data = replace(data, 'C000001', 'X') "
                                   "WHERE sender_id = 'A001'"))
        connection.execute(sa.text("INSERT INTO tracker_redactions (id, generation) "
                                   "VALUES (1, 1)"))
    engine.dispose()
    redacted = await ours.retrieve("A001")
    out["redaction_reread"] = redacted is not None and ours.hits == hits_before
    out["redacted_slot"] = redacted.get_slot("customer_id") if redacted else None
    await ours.save(redacted)  # type: ignore[arg-type]

    # The least recently used conversation is dropped beyond conversations_kept (2 here).
    for sender in ("A002", "A003", "A004"):
        await step(f"{sender} first turn", ours, sender, turn("hello", "greet", "utter_greet"))
        await step(f"{sender} second turn", ours, sender, turn("hi", "greet", "utter_greet"))
    out["kept_after_three_more"] = sorted(ours._kept)

    # A new session inside a turn: the tracker holds more than Rasa's read; not kept.
    await step("a session expires and restarts", ours, "A004",
               session_start() + turn("who should I call today?", "call_list",
                                      "action_call_list"))
    final = await ours.retrieve("A004")
    out["after_new_session_read_same"] = same(final, await rasas.retrieve("A004"))

    # What is stored is what Rasa's own store stores, row for row.
    ours_rows = rows(ours_url)
    rasas_rows = rows(rasas_url)
    out["rows"] = {"ours": len(ours_rows), "rasa": len(rasas_rows)}
    out["rows_equal_before_redaction_senders"] = (
        [r for r in ours_rows if r[0] != "A001"] == [r for r in rasas_rows if r[0] != "A001"])
    out["a001_shapes_equal"] = ([r[:4] for r in ours_rows if r[0] == "A001"]
                                == [r[:4] for r in rasas_rows if r[0] == "A001"])
    out["hits"], out["misses"] = ours.hits, ours.misses
    return out


def main() -> None:
    # argv[1]: a folder whose ours.db the app prepared (knowledge.migrate.prepare_tracker_store)
    results = asyncio.run(scenario(Path(sys.argv[1])))
    print("RESULTS " + json.dumps(results))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
