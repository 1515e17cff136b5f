"""Work the Rasa 3.6 server redoes on every turn that can be done once per process, and turns
spread over its workers.

Found by sampling the Rasa processes under bench.load (py-spy); each replacement gives the
same results as the code it replaces, checked in the Rasa environment by tests/channels:

- `RemoteAction._validate_action_result` called `jsonschema.validate` on every action-server
  response, which re-checks the schema against the meta-schema and builds a new validator
  each time: 21.6 ms per response, 39 % of the Rasa server's CPU. The schema is now checked
  once and its validator kept (0.9 ms); a response is accepted or refused exactly as
  before, with the same error and message.
- `Event.resolve_by_type` walked every subclass of `Event` (with `inspect.isabstract` on
  each) for every event it deserialised: each stored event on every tracker reload and each
  event of every action response. 20 % of a Rasa worker's CPU in a long conversation. The
  class found for a type name is now kept; a name not yet found still takes Rasa's walk, so
  event classes imported later are found as before.
- TensorFlow checks every input of a model call against the function's signature in Python
  (`TensorSpec.is_compatible_with`, 8.5 µs a tensor; DIET and TED pass dozens per call):
  a third of a Rasa worker's CPU under bench.load, more than the models' arithmetic. For
  the common case, an eager tensor of the spec's exact dtype whose shape fits the spec's
  dimensions, the answer (compatible) is now given from the shape tuples; every other case
  goes to TensorFlow's own check. The fast path only ever says "compatible" where
  TensorFlow's check says so too.
- Python's full garbage collection walks every object alive. A Rasa worker holds ~900,000
  objects that live as long as the process (the model, TensorFlow, the domain); at start-up
  each full collection took 0.3-1.2 s, and one recurs whenever the objects surviving turns
  reach a quarter of that heap, stopping the worker's event loop, and every advisor
  waiting on it. `freeze_startup_objects`, run once a worker has loaded its model, moves
  everything alive at that point out of the collector's view (`gc.freeze()`) and logs how
  long a full collection took before and after; what turns allocate is collected as before.
- With several Sanic workers, a keep-alive connection stays with the worker that accepted
  it, so a client with a connection pool queued its turns behind one busy worker while
  another idled. `spread_over_workers` answers every request `Connection: close` then, and
  an idle worker accepts the next turn.
- A fresh worker's first turns were slow (p95 1.1 s in the first 10 s of bench.load against
  ~0.4 s after) while TensorFlow built its functions and caches filled. `warm_up` runs NLU
  and the policies on a few fixed messages before the worker is frozen, so the first
  advisors after a start or a deployment do not pay for it.

The first three replace private code of Rasa and TensorFlow, so `install()` replaces them only
in the exact versions they were read against (`WRITTEN_FOR`, the pins of
requirements/rasa.lock); with any other version it logs one warning naming the versions and
replaces nothing: Rasa then runs as shipped, slower but with the same answers. Nothing
happens on import: `channels.resilience.install()` calls `install()` when Rasa builds the
REST channel at start (bot/credentials.yml names it), the one step both
`python -m channels.rasa_server` and a hand-started `rasa run` go through.
Imports only rasa and the standard library: runs in the Rasa environment (Python 3.10).
"""

from __future__ import annotations

import gc
import logging
import os
import time
from collections.abc import Mapping
from importlib import metadata
from typing import Any

from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import Event

log = logging.getLogger(__name__)
_INSTALLED = "_advisor_speed"


# The distributions whose private code the replacements below were read against, at the
# versions read. tests/channels/test_action_validation.py fails when requirements/rasa.lock
# pins others: bumping Rasa or TensorFlow means reading the replaced code again.
WRITTEN_FOR: dict[str, str] = {"rasa": "3.6.21", "tensorflow": "2.12.0"}


def installed_versions() -> dict[str, str | None]:
    """The installed version of each distribution in `WRITTEN_FOR` (None: not installed)."""
    found: dict[str, str | None] = {}
    for name in WRITTEN_FOR:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = None
    return found


def install(versions: Mapping[str, str | None] | None = None) -> bool:
    """Replace the three per-turn costs once per process (idempotent), if `versions` (by
    default the installed ones) are exactly `WRITTEN_FOR`; otherwise log one warning and
    replace nothing. Returns whether the replacements are in place."""
    if getattr(Event, _INSTALLED, False):
        return True
    found = dict(installed_versions() if versions is None else versions)
    if found != WRITTEN_FOR:
        log.warning("channels.speed was written for %s and found %s: Rasa and TensorFlow run "
                    "unpatched (same answers, more CPU per turn) until channels/speed.py is "
                    "checked against these versions", _named(WRITTEN_FOR), _named(found))
        return False
    _keep_action_response_validator()
    _keep_event_classes()
    _fast_tensor_spec_check()
    setattr(Event, _INSTALLED, True)
    return True


def _named(versions: Mapping[str, str | None]) -> str:
    return ", ".join(f"{name} {version or '(not installed)'}"
                     for name, version in sorted(versions.items()))


# Phrasings that take NLU and the policies through their usual paths; no customer data.
WARM_UP_MESSAGES = ("who should I call today?", "show me more", "tell me about my customer",
                    "log feedback: the app logs me out", "thanks")


async def warm_up_and_freeze(app: Any, *_: Any) -> None:
    """Sanic `after_server_start` listener, in each worker once Rasa's `before_server_start`
    has loaded the model: run the model on a few messages, then freeze start-up objects."""
    agent = getattr(getattr(app, "ctx", None), "agent", None)
    if agent is not None and agent.is_ready():
        await warm_up(agent)
    freeze_startup_objects()


async def warm_up(agent: Any) -> None:
    """Parse and predict a few messages on a throw-away tracker (no tracker store, no
    action server): TensorFlow builds its functions now instead of in the first advisors'
    turns after a start or a deployment."""
    from rasa.shared.core.constants import ACTION_LISTEN_NAME
    from rasa.shared.core.events import ActionExecuted, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    started = time.perf_counter()
    try:
        for text in WARM_UP_MESSAGES:
            parsed = await agent.parse_message(text)
            tracker = DialogueStateTracker.from_events(
                "warm-up", [ActionExecuted(ACTION_LISTEN_NAME),
                            UserUttered(text, parsed.get("intent"), parsed.get("entities"),
                                        parse_data=parsed)],
                slots=agent.domain.slots)
            agent.predict_next_with_tracker(tracker)
    except Exception as exc:  # a warm-up must never stop the server; say it did not happen
        log.warning("warm-up failed (%s); the first messages will be slower",
                    type(exc).__name__)
        return
    log.info("warmed up NLU and policies on %d messages in %.0f ms", len(WARM_UP_MESSAGES),
             (time.perf_counter() - started) * 1000)


def several_workers() -> bool:
    """Whether `SANIC_WORKERS` asks for several worker processes (Rasa grants it with a
    Redis lock store; without one it runs one worker, which then pays a TCP handshake per
    message for nothing, ~0.1 ms on a LAN)."""
    try:
        return int(os.environ.get("SANIC_WORKERS") or 1) > 1
    except ValueError:  # Rasa logs it and runs one worker
        return False


async def spread_over_workers(app: Any, *_: Any) -> None:
    """Sanic `before_server_start` listener: with several workers, every request of the
    Rasa server (webhooks of all channels, the HTTP API) is answered `Connection: close`.

    Sanic's workers share one listening socket, and each keeps the connections it accepted.
    A client with a keep-alive pool (the API's chat proxy, a load balancer, bench.load)
    sends most turns over its first few connections, so one worker queued turns while the
    other idled (under bench.load: 65-78 % against 5-30 % of a core). A connection per
    request is accepted by a worker that is waiting for one, i.e. an idle one: median p95
    456 → 306 ms over 6 and 11 runs of 50 advisors (docs/production.md, Capacity)."""
    if several_workers():
        app.register_middleware(one_request_per_connection, "request")


def one_request_per_connection(request: Any) -> None:
    """Sanic request middleware. Sanic 21.12 ignores its KEEP_ALIVE setting; the request's
    `keep_alive` decides the response's `Connection` header and whether the connection is
    closed after the response."""
    stream = getattr(request, "stream", None)
    if stream is not None and hasattr(stream, "keep_alive"):
        stream.keep_alive = False


def freeze_startup_objects() -> None:
    """Objects alive now are never garbage: the full collections that follow skip them."""
    started = time.perf_counter()
    gc.collect()
    before = time.perf_counter() - started
    gc.freeze()
    started = time.perf_counter()
    gc.collect()
    after = time.perf_counter() - started
    log.info("froze %d objects alive after start-up: a full garbage collection took %.0f ms "
             "before, %.0f ms after", gc.get_freeze_count(), before * 1000, after * 1000)


def _keep_action_response_validator() -> None:
    """`RemoteAction._validate_action_result` with a validator built once: what
    `jsonschema.validate` did per call, minus the repeated set-up."""
    from jsonschema import ValidationError
    from jsonschema.exceptions import best_match
    from jsonschema.validators import validator_for
    from rasa.shared.constants import DOCS_BASE_URL

    schema = RemoteAction.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)

    def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
        error: ValidationError | None = best_match(validator.iter_errors(result))
        if error is None:
            return True
        # Rasa's own wording (rasa/core/actions/action.py).
        error.message += (
            ". Failed to validate Action server response from API, make sure your response "
            "from the Action endpoint is valid. For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise error

    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[method-assign]


def _keep_event_classes() -> None:
    """`Event.resolve_by_type` that remembers the class it found for each type name."""
    original = Event.resolve_by_type
    found: dict[str, type[Event]] = {}

    def resolve_by_type(type_name: str, default: type[Event] | None = None
                        ) -> type[Event] | None:
        cls = found.get(type_name)
        if cls is not None:
            return cls
        # Rasa's walk: raises for an unknown name without a default, returns the default
        # (or None for the legacy "topic") otherwise. Only a class it found is kept.
        resolved = original(type_name, default)
        if resolved is not None and resolved is not default:
            found[type_name] = resolved
        return resolved

    Event.resolve_by_type = staticmethod(resolve_by_type)  # type: ignore[method-assign,assignment]


def _fast_tensor_spec_check() -> None:
    """`TensorSpec.is_compatible_with` answering the common case from shape tuples."""
    from tensorflow.python.framework import tensor_spec
    from tensorflow.python.framework.ops import EagerTensor

    original = tensor_spec.TensorSpec.is_compatible_with

    def is_compatible_with(self: Any, spec_or_tensor: Any) -> bool:
        if type(spec_or_tensor) is EagerTensor:
            dims = self._shape._dims  # a tuple of int | None, or None for an unknown rank
            if (dims is not None
                    and spec_or_tensor._datatype_enum() == self._dtype._type_enum):
                shape = spec_or_tensor._shape_tuple()
                if len(shape) == len(dims) and all(
                        d is None or d == n for d, n in zip(dims, shape, strict=True)):
                    return True
        return bool(original(self, spec_or_tensor))

    tensor_spec.TensorSpec.is_compatible_with = is_compatible_with  # type: ignore[method-assign]
