"""channels.speed keeps one jsonschema validator for action-server responses instead of Rasa's
validate-per-response (bench.load: 39 % of Rasa's CPU), and the event class found for each
type name, answers TensorFlow's per-input signature check from shape tuples, and freezes each
Rasa worker's start-up objects out of the garbage collector's view; only when Rasa builds the
REST channel at start, and only in the Rasa and TensorFlow versions it was written for
(requirements/rasa.lock). Checked inside the Rasa environment: every response is accepted or
refused exactly as Rasa would, same message; every event name resolves to Rasa's class; every
tensor is judged compatible or not as TensorFlow judges it."""

from __future__ import annotations

from typing import Any

import pytest

from knowledge.settings import PROJECT_ROOT
from tests.channels.rasa_env import run_in_rasa

SCRIPT = PROJECT_ROOT / "tests" / "channels" / "validation_check.py"


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    return run_in_rasa(SCRIPT)


def locked(name: str) -> str:
    for line in (PROJECT_ROOT / "requirements" / "rasa.lock").read_text().splitlines():
        package, _, version = line.partition("==")
        if package.strip().lower() == name:
            return version.strip()
    raise AssertionError(f"{name} is not pinned in requirements/rasa.lock")


def test_importing_channels_replaces_nothing(results: dict[str, Any]) -> None:
    assert results["_on_import"] == {"validator": True, "events": True, "tensors": True,
                                     "action_run": True}


def test_other_versions_replace_nothing_and_say_which(results: dict[str, Any]) -> None:
    skipped = results["_other_versions"]
    assert skipped["answers"] == [False, False]
    assert all(skipped["originals"].values()), skipped["originals"]
    first, second = skipped["warnings"]  # one warning per refused install, nothing else
    assert "written for rasa 3.6.21, tensorflow 2.12.0" in first
    assert "found rasa 3.6.22, tensorflow 2.12.0" in first
    assert "found rasa 3.6.21, tensorflow (not installed)" in second


def test_written_for_the_locked_versions_and_installed_with_them(
        results: dict[str, Any]) -> None:
    """Bumping Rasa or TensorFlow in the lock fails here: read the replaced code again."""
    written_for = results["_written_for"]
    assert written_for == {name: locked(name) for name in ("rasa", "tensorflow")}
    assert results["_versions"] == written_for


def test_the_kept_validator_is_installed(results: dict[str, Any]) -> None:
    assert results["_installed"]


def test_responses_are_judged_as_rasa_judges_them(results: dict[str, Any]) -> None:
    cases = {k: v for k, v in results.items() if not k.startswith("_")}
    assert cases
    for name, judged in cases.items():
        assert judged["ours"] == judged["rasa"], name
        assert (judged["ours"][0] is True) == results["_jsonschema"][name], name
    # Both kinds occur, so the comparison is not vacuous.
    assert {judged["ours"][0] for judged in cases.values()} == {True, False}
    assert "Failed to validate Action server response" in cases["slot without name"]["ours"][1]


def test_event_names_resolve_to_rasas_classes(results: dict[str, Any]) -> None:
    found = results["_event_classes"]
    assert found["installed"] and found["names"] > 20
    assert found["differ"] == []
    assert found["unknown"] == "Unknown event name 'teleport'."
    assert found["default"]


def test_tensor_inputs_are_checked_as_tensorflow_checks_them(results: dict[str, Any]) -> None:
    specs = results["_tensor_specs"]
    assert specs["installed"] and specs["pairs"] > 100
    assert specs["differ"] == 0
    assert 0 < specs["compatible"] < specs["pairs"]  # both answers occur


def test_each_rasa_worker_freezes_its_start_up_objects(results: dict[str, Any]) -> None:
    freeze = results["_freeze"]
    assert [True, "after_server_start"] in freeze["registered"]
    assert freeze["before"] == 0 and freeze["frozen"] > 100_000
