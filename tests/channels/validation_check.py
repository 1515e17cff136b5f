"""Runs in the Rasa environment: channels.speed's replacements answer as Rasa's originals.
Importing channels/ replaces nothing; with other Rasa or TensorFlow versions than the ones it
was written for, `speed.install` replaces nothing and warns once; building the REST channel,
as Rasa does at start, installs them with the real versions. The kept validator accepts and
refuses action-server responses exactly as Rasa's own `jsonschema.validate` call does, with
the same message; the kept event classes are the ones Rasa's walk over `Event` subclasses
finds. Prints one line, `RESULTS {json}`, for tests/channels/test_action_validation.py."""

from __future__ import annotations

import json
import logging
from typing import Any

from jsonschema import ValidationError, validate
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import Event, UserUttered
from rasa.shared.utils.common import all_subclasses

ORIGINAL = RemoteAction._validate_action_result
ORIGINAL_RESOLVE = Event.resolve_by_type
from tensorflow.python.framework import tensor_spec  # noqa: E402

ORIGINAL_SPEC_CHECK = tensor_spec.TensorSpec.is_compatible_with

import channels.resilience  # noqa: E402,F401  (installs nothing: building RestInput does)
import channels.sessions  # noqa: E402,F401
import channels.slack  # noqa: E402,F401
import channels.speed  # noqa: E402
import channels.teams  # noqa: E402,F401
import channels.tracker_store  # noqa: E402,F401

CASES: dict[str, Any] = {
    "answer with slots": {
        "events": [{"event": "slot", "name": "customer_id", "value": "C000123",
                    "timestamp": None}],
        "responses": [{"text": "Anna Berg is number 2 on the list", "custom": {"x": [1, 2]}}],
    },
    "empty": {"events": [], "responses": []},
    "form events": {"events": [{"event": "active_loop", "name": None},
                               {"event": "followup", "name": "action_listen"}],
                    "responses": []},
    "slot without name": {"events": [{"event": "slot"}], "responses": []},
    "unknown event": {"events": [{"event": "teleport", "where": "x"}], "responses": []},
    "responses not a list": {"events": [], "responses": {"text": "hi"}},
    "events not a list": {"events": "slot", "responses": []},
}


def outcome(validate_result: Any, response: Any) -> list[Any]:
    try:
        return [validate_result(RemoteAction.__new__(RemoteAction), response), None]
    except ValidationError as error:
        return [False, error.message]


def originals_in_place() -> dict[str, bool]:
    return {"validator": RemoteAction._validate_action_result is ORIGINAL,
            "events": Event.resolve_by_type is ORIGINAL_RESOLVE,
            "tensors": tensor_spec.TensorSpec.is_compatible_with is ORIGINAL_SPEC_CHECK,
            "action_run": not getattr(RemoteAction.run, "_advisor_resilient", False)}


class Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def other_versions() -> dict[str, Any]:
    """`speed.install` given a Rasa and a TensorFlow it was not written for."""
    speed_log = logging.getLogger("channels.speed")
    warnings = Warnings()
    speed_log.addHandler(warnings)
    try:
        answers = [channels.speed.install({"rasa": "3.6.22", "tensorflow": "2.12.0"}),
                   channels.speed.install({"rasa": "3.6.21", "tensorflow": None})]
    finally:
        speed_log.removeHandler(warnings)
    return {"answers": answers, "originals": originals_in_place(), "warnings": warnings.messages}


def main() -> None:
    on_import = originals_in_place()
    skipped = other_versions()
    from channels.resilience import RestInput

    RestInput()  # as Rasa builds the channel at start: installs everything
    replaced = RemoteAction._validate_action_result
    results: dict[str, Any] = {"_on_import": on_import, "_other_versions": skipped,
                               "_versions": channels.speed.installed_versions(),
                               "_written_for": channels.speed.WRITTEN_FOR}
    results |= {
        name: {"rasa": outcome(ORIGINAL, response), "ours": outcome(replaced, response)}
        for name, response in CASES.items()
    }
    # The replacement must actually be installed, and plain jsonschema must agree on validity.
    results["_installed"] = replaced is not ORIGINAL
    results["_jsonschema"] = {}
    for name, response in CASES.items():
        try:
            validate(response, RemoteAction.action_response_format_spec())
            results["_jsonschema"][name] = True
        except ValidationError:
            results["_jsonschema"][name] = False
    results["_event_classes"] = event_classes()
    results["_tensor_specs"] = tensor_specs()
    results["_freeze"] = freeze()
    print("RESULTS " + json.dumps(results))


def event_classes() -> dict[str, Any]:
    """Each event type name, resolved twice (the second from what was kept), against
    Rasa's walk; and what happens to a name no class has."""
    names = sorted({cls.type_name for cls in all_subclasses(Event)})
    differ = [n for n in names for _ in range(2)
              if Event.resolve_by_type(n) is not ORIGINAL_RESOLVE(n)]
    try:
        Event.resolve_by_type("teleport")
        unknown = "no error"
    except ValueError as error:
        unknown = str(error)
    return {"installed": Event.resolve_by_type is not ORIGINAL_RESOLVE, "names": len(names),
            "differ": differ, "unknown": unknown,
            "default": Event.resolve_by_type("teleport", UserUttered) is UserUttered}



def tensor_specs() -> dict[str, Any]:
    """Every pairing of a few specs (known, unknown and partly known shapes; two dtypes)
    with tensors and specs: the fast check must answer as TensorFlow's own."""
    import tensorflow as tf

    specs = [tf.TensorSpec(shape=shape, dtype=dtype)
             for shape in [(None, 5, 20), (1, 5, 20), (None,), (), None, (None, None)]
             for dtype in (tf.float32, tf.int64)]
    values = [tf.constant(1.0, shape=(1, 5, 20)), tf.constant(1, shape=(1, 5, 20),
                                                              dtype=tf.int64),
              tf.constant(1.0, shape=(2, 5, 20)), tf.constant(2.0), tf.constant([1.0, 2.0]),
              tf.constant([[1, 2]], dtype=tf.int64), tf.constant([[1, 2]], dtype=tf.int32),
              tf.TensorSpec((1, 5, 20), tf.float32), "not a tensor"]
    fast = tensor_spec.TensorSpec.is_compatible_with
    answers = [(fast(spec, value), ORIGINAL_SPEC_CHECK(spec, value))
               for spec in specs for value in values]
    return {"installed": fast is not ORIGINAL_SPEC_CHECK, "pairs": len(answers),
            "differ": sum(ours != theirs for ours, theirs in answers),
            "compatible": sum(theirs for _, theirs in answers)}


def freeze() -> dict[str, Any]:
    """The REST channel's blueprint runs warm_up_and_freeze after each worker starts; run
    directly, it moves the objects alive out of the collector's view."""
    import asyncio
    import gc

    from channels.resilience import RestInput
    from channels.speed import warm_up_and_freeze

    blueprint = RestInput().blueprint(lambda message: None)
    registered = [(listener.listener is warm_up_and_freeze, str(listener.event))
                  for listener in blueprint._future_listeners]
    before = gc.get_freeze_count()
    asyncio.run(warm_up_and_freeze(object()))  # no agent here: only the freeze
    frozen = gc.get_freeze_count()
    gc.unfreeze()
    return {"registered": registered, "before": before, "frozen": frozen}


if __name__ == "__main__":
    main()
