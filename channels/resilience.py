"""The Rasa server's side of an action-server fault: a short timeout and a clear apology.

Rasa 3.6.21 calls the action server with a fixed 300 s timeout (`DEFAULT_REQUEST_TIMEOUT`
in rasa.core.constants; endpoints.yml has no setting for it). When the action server is
unreachable, `RemoteAction.run` raises, the processor logs the stack trace, drops the
action's events and the REST channel answers `[]`: the advisor sees nothing at all. When it
is slow, the advisor waits up to five minutes.

`install()` wraps `RemoteAction.run` (every custom action and form validation goes through
it): the call gets `ACTION_TIMEOUT_SECONDS` (default 8), and a refused connection, an error
status or the timeout becomes one bot message, `ACTION_SERVER_DOWN`. Nothing else changes:
the tracker keeps the turn, so the next message is answered normally once the action
server is back. Rejections (`ActionExecutionRejection`, used by forms) pass through.

Wiring: bot/credentials.yml names `RestInput` below as the REST channel (same name "rest",
same URL /webhooks/rest/webhook), and Rasa builds it once at start, in the main process
before any worker is forked. Building it calls `install()`, the one place the Rasa process
changes Rasa: the wrapper for the whole process (so Slack/Teams channels benefit too), the
log redaction, the session rules (`channels.sessions`) and `channels.speed` (work Rasa
redoes on every turn, done once; only in the Rasa and TensorFlow versions it was written
for). Importing this module changes nothing. Runs in the Rasa
environment (Python 3.10): imports only rasa and the standard library.
"""

from __future__ import annotations

import asyncio
import logging
import os
from typing import Any

import aiohttp
from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.core.channels.rest import RestInput as _RasaRestInput
from rasa.shared.core.events import BotUttered, Event
from rasa.shared.exceptions import RasaException

from channels import limits, log_privacy, rest_identity, sessions, speed

log = logging.getLogger(__name__)

ACTION_SERVER_DOWN = (
    "Sorry, I can't answer that right now: the part of me that looks up customer data is "
    "not responding. Please try again in a minute. If you were logging something, check "
    "whether it was saved before sending it again."
)
DEFAULT_TIMEOUT_SECONDS = 8.0
TIMEOUT_VARIABLE = "ACTION_TIMEOUT_SECONDS"


def action_timeout() -> float:
    """Seconds a custom action may take before the advisor gets the apology."""
    raw = os.environ.get(TIMEOUT_VARIABLE, "").strip()
    if not raw:
        return DEFAULT_TIMEOUT_SECONDS
    try:
        seconds = float(raw)
    except ValueError:
        raise ValueError(
            f"{TIMEOUT_VARIABLE} must be a number of seconds such as 8, got {raw!r}"
        ) from None
    if not 0.5 <= seconds <= 300:
        raise ValueError(f"{TIMEOUT_VARIABLE} must be between 0.5 and 300 seconds, got {raw}")
    return seconds


def apology() -> list[Event]:
    return [BotUttered(ACTION_SERVER_DOWN, metadata={"fault": "action_server"})]


def install() -> None:
    """Wrap `RemoteAction.run` once per process (idempotent)."""
    log_privacy.install()
    if getattr(RemoteAction.run, "_advisor_resilient", False):
        return
    speed.install()
    sessions.install()
    timeout = action_timeout()  # a bad setting stops the server at start, not mid-turn
    original = RemoteAction.run

    async def run(self: RemoteAction, output_channel: Any, nlg: Any, tracker: Any,
                  domain: Any) -> list[Event]:
        try:
            return await asyncio.wait_for(original(self, output_channel, nlg, tracker, domain),
                                          timeout=timeout)
        except ActionExecutionRejection:
            raise
        except asyncio.TimeoutError:  # noqa: UP041 (runs on Python 3.10: not yet the builtin)
            # The action's name only: the tracker and the message may hold customer data.
            log.warning("custom action %s took longer than %.1f s (%s); told the user to try "
                        "again", self.name(), timeout, TIMEOUT_VARIABLE)
        except (RasaException, aiohttp.ClientError) as exc:
            log.warning("custom action %s failed: action server unreachable or erroring (%s); "
                        "told the user to try again", self.name(), type(exc).__name__)
        return apology()

    run._advisor_resilient = True  # type: ignore[attr-defined]
    RemoteAction.run = run  # type: ignore[method-assign]


class RestInput(_RasaRestInput):
    """Rasa's REST channel, with the sender proven (channels/rest_identity.py), the
    channel's own name in the tracker whatever the body's `input_channel` says, and bounded
    input (`channels.limits`). Building it (Rasa does, at start, from credentials.yml)
    installs the fault handling and the log redaction (`channels.log_privacy`); its
    blueprint runs, in each server worker, `speed.spread_over_workers` before it serves and
    `speed.warm_up_and_freeze` once the model is loaded."""

    def __init__(self) -> None:
        super().__init__()
        rest_identity.check_configuration()  # Rasa builds channels at start: fail there
        install()

    @classmethod
    def name(cls) -> str:
        return "rest"

    async def _extract_sender(self, req: Any) -> str:
        return rest_identity.sender_of(req)

    def _extract_input_channel(self, req: Any) -> str:
        # The audit log records this name: a body must not pass itself off as Slack.
        return self.name()

    def blueprint(self, on_new_message: Any) -> Any:
        blueprint = super().blueprint(limits.bounded(on_new_message))
        blueprint.listener("before_server_start")(_redact_logs)
        blueprint.listener("before_server_start")(speed.spread_over_workers)
        blueprint.listener("after_server_start")(speed.warm_up_and_freeze)
        return blueprint


async def _redact_logs(*_: Any) -> None:
    """In each server worker, in case logging was configured again after the start."""
    log_privacy.install()
