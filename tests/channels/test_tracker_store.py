"""channels.tracker_store keeps each Rasa process's conversations in memory between turns.
Checked in the Rasa environment against Rasa's own SQLTrackerStore, turn by turn: the same
tracker is read, the same rows are stored, and nothing stale is ever served (another
instance's turn, a turn that failed before saving, a GDPR redaction, a new session)."""

from __future__ import annotations

from typing import Any

import pytest

from knowledge.migrate import prepare_tracker_store
from knowledge.settings import PROJECT_ROOT
from tests.channels.rasa_env import run_in_rasa

SCRIPT = PROJECT_ROOT / "tests" / "channels" / "tracker_store_check.py"


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("tracker-store")
    prepare_tracker_store(f"sqlite:///{folder / 'ours.db'}")  # as `advisor run` does
    return run_in_rasa(SCRIPT, str(folder))


def _step(results: dict[str, Any], name: str) -> dict[str, Any]:
    return next(s for s in results["steps"] if s["name"] == name)


def test_every_read_is_the_tracker_rasa_would_read(results: dict[str, Any]) -> None:
    assert len(results["steps"]) > 10
    assert all(step["read_same"] for step in results["steps"])
    assert results["after_new_session_read_same"]


def test_what_is_stored_is_what_rasa_stores(results: dict[str, Any]) -> None:
    assert results["rows"]["ours"] == results["rows"]["rasa"] > 50
    assert results["rows_equal_before_redaction_senders"]
    assert results["a001_shapes_equal"]


def test_the_next_turn_is_served_from_memory(results: dict[str, Any]) -> None:
    assert _step(results, "third turn: served from memory")["hit"]
    assert results["kept_object_served"]
    assert results["hits"] >= 5


def test_another_instances_turn_is_read_from_the_database(results: dict[str, Any]) -> None:
    assert not _step(results, "back on the first instance: it sees the other's turn")["hit"]


def test_a_turn_that_failed_before_saving_is_not_served(results: dict[str, Any]) -> None:
    assert results["failed_turn_not_served"]


def test_a_redaction_drops_what_is_kept(results: dict[str, Any]) -> None:
    assert results["redaction_reread"]
    assert results["redacted_slot"] == "X"


def test_a_new_session_and_the_size_limit(results: dict[str, Any]) -> None:
    first = _step(results, "first turn: a session starts")
    assert not first["kept"]  # Rasa's read of the new session returns less than the tracker
    assert _step(results, "second turn: read back from the database")["kept"]
    assert not _step(results, "a session expires and restarts")["kept"]
    assert results["kept_after_three_more"] == ["A003", "A004"]  # at most 2, oldest out
