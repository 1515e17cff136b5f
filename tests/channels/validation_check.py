"""Runs in the Rasa environment: channels.speed's replacements answer as Rasa's originals.
The kept validator accepts and refuses action-server responses exactly as Rasa's own
`jsonschema.validate` call does, with the same message; the kept event classes are the ones
Rasa's walk over `Event` subclasses finds. Prints one line, `RESULTS {json}`, for
tests/channels/test_action_validation.py."""

from __future__ import annotations

import json
from typing import Any

from jsonschema import ValidationError, validate
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import Event, UserUttered
from rasa.shared.utils.common import all_subclasses

ORIGINAL = RemoteAction._validate_action_result
ORIGINAL_RESOLVE = Event.resolve_by_type

import channels.resilience  # noqa: E402,F401  (installs the replacement on import)

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


def main() -> None:
    replaced = RemoteAction._validate_action_result
    results = {
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


if __name__ == "__main__":
    main()
