"""A fake of Slack's Web API (the methods the assistant calls) and a signer for Events API
requests, as Slack signs them."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import re
import time
from typing import Any

from tests.fakes.server import FakeServer, Request, Response

CHANNEL_ID = re.compile(r"^[CDGUW][A-Z0-9]{2,}$")
BLOCK_TYPES = {"header", "section", "context", "actions", "divider", "image", "rich_text"}


def sign(body: bytes, secret: str, timestamp: int | None = None) -> dict[str, str]:
    """The headers Slack sends with an event: timestamp and v0 HMAC-SHA256 signature."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def message_event(*, user: str, text: str, channel: str, event_id: str) -> dict[str, Any]:
    """An Events API `event_callback` for a direct message to the app, as Slack sends it."""
    ts = f"{time.time():.6f}"
    return {
        "token": "legacy-verification-token",
        "team_id": "T0BANK",
        "api_app_id": "A0ADVISOR",
        "event": {"type": "message", "channel_type": "im", "channel": channel, "user": user,
                  "text": text, "ts": ts, "event_ts": ts},
        "type": "event_callback",
        "event_id": event_id,
        "event_time": int(time.time()),
        "authorizations": [{"team_id": "T0BANK", "user_id": "U0BOT", "is_bot": True}],
    }


class FakeSlack(FakeServer):
    """chat.postMessage, conversations.open and auth.test, with Slack's checks and errors."""

    def __init__(self, token: str = "xoxb-test-token") -> None:
        super().__init__()
        self.token = token
        self.posted: list[dict[str, Any]] = []  # chat.postMessage bodies that were accepted
        self.refused: list[tuple[str, str]] = []  # (method, error) of refused calls
        self.unavailable = False  # True: every call answers HTTP 503, as in an outage
        self._ts = itertools.count(1)

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/"

    def messages_to(self, channel: str) -> list[dict[str, Any]]:
        with self.lock:
            return [m for m in self.posted if m.get("channel") == channel]

    def handle(self, request: Request) -> Response:
        if not request.path.startswith("/api/"):
            return Response(404, "not found")
        if self.unavailable:
            return Response(503, "service unavailable")
        method = request.path[len("/api/"):]
        params = dict(request.query)
        kind = request.headers.get("content-type", "")
        if kind.startswith("application/json"):
            params.update(request.json() or {})
        elif request.body:
            params.update(request.form())
        token = request.bearer or params.pop("token", None)
        if not token:
            return self._error(method, "not_authed")
        if token != self.token:
            return self._error(method, "invalid_auth")
        if method == "auth.test":
            return Response(200, {"ok": True, "user_id": "U0BOT", "team_id": "T0BANK"})
        if method == "conversations.open":
            users = str(params.get("users") or "")
            if not users or not all(CHANNEL_ID.match(u) for u in users.split(",")):
                return self._error(method, "user_not_found")
            return Response(200, {"ok": True, "channel": {"id": "D" + users.split(",")[0][1:]}})
        if method == "chat.postMessage":
            return self._post_message(params)
        return self._error(method, "unknown_method")

    def _post_message(self, params: dict[str, Any]) -> Response:
        channel = str(params.get("channel") or "")
        if not CHANNEL_ID.match(channel):
            return self._error("chat.postMessage", "channel_not_found")
        blocks = params.get("blocks")
        if isinstance(blocks, str):
            blocks = json.loads(blocks)
        if not (params.get("text") or blocks or params.get("attachments")):
            return self._error("chat.postMessage", "no_text")
        if blocks is not None and not _valid_blocks(blocks):
            return self._error("chat.postMessage", "invalid_blocks")
        if "as_user" in params:
            # Slack refuses the legacy argument from apps with granular bot tokens, even
            # `false`: {"ok": false, "error": "invalid_arguments",
            # "deprecated_argument": "as_user"}. Rasa 3.6 always sends as_user=True.
            return self._error("chat.postMessage", "invalid_arguments")
        message = {"channel": channel, "text": params.get("text"), "blocks": blocks,
                   "thread_ts": params.get("thread_ts")}
        with self.lock:
            self.posted.append(message)
        ts = f"{int(time.time())}.{next(self._ts):06d}"
        return Response(200, {"ok": True, "channel": channel, "ts": ts, "message": message})

    def _error(self, method: str, error: str) -> Response:
        with self.lock:
            self.refused.append((method, error))
        return Response(200, {"ok": False, "error": error})  # Slack answers errors with 200


def _valid_blocks(blocks: Any) -> bool:
    """Block Kit's structural limits for the block types the assistant sends."""
    if not isinstance(blocks, list) or not 0 < len(blocks) <= 50:
        return False
    for block in blocks:
        if not isinstance(block, dict) or block.get("type") not in BLOCK_TYPES:
            return False
        kind = block["type"]
        if kind == "header":
            text = block.get("text") or {}
            if text.get("type") != "plain_text" or not 0 < len(text.get("text", "")) <= 150:
                return False
        elif kind == "section":
            text, fields = block.get("text"), block.get("fields")
            if text is None and not fields:
                return False
            if text is not None and not 0 < len(text.get("text", "")) <= 3000:
                return False
            if fields and (len(fields) > 10 or any(len(f.get("text", "")) > 2000 for f in fields)):
                return False
        elif kind == "context":
            if not 0 < len(block.get("elements") or []) <= 10:
                return False
        elif kind == "actions":
            elements = block.get("elements") or []
            if not 0 < len(elements) <= 25:
                return False
            for element in elements:
                if element.get("type") == "button" and not (
                    0 < len((element.get("text") or {}).get("text", "")) <= 75
                    and len(str(element.get("value", ""))) <= 2000
                ):
                    return False
    return True
