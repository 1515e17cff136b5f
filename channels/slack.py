"""Slack for the Rasa server: Rasa 3.6's connector with the gaps that matter here closed.

Rasa 3.6's `SlackInput` already checks the signing secret (HMAC-SHA256 of
`v0:{timestamp}:{body}`, timestamps older than five minutes refused) and answers at once,
running the turn in the background. What it does not do, and this subclass does:

- a bad or stale signature is answered 401 (Rasa says 400), so Slack and monitoring see an
  authentication failure;
- retries are recognised by the event id as well as the retry headers: Rasa ignores only
  retries whose reason is `http_timeout` and handles every other retry (`http_error`,
  `connection_failed`, ...) again, which doubles the reply. Here a retry of an event already
  taken is answered 200 with `X-Slack-No-Retry: 1` and nothing else happens;
- the `url_verification` challenge is answered as Slack documents (Rasa sends a bare JSON
  string);
- Rasa posts every reply with `as_user=True`, which Slack refuses from apps with today's
  granular bot tokens (`invalid_arguments`, `deprecated_argument: as_user`): no reply
  would arrive. Replies here leave it out. The Web API's address is a setting
  (`slack_api_url`), so tests can point it at a local fake;
- a message over MAX_MESSAGE_CHARS characters or MAX_MESSAGE_WORDS words (Slack allows
  40,000 characters) is answered with the limit and never reaches NLU (channels/limits.py);
- without a token and signing secret the channel stays off (503 with what to set) instead of
  stopping the whole Rasa server, so `make run` works before IT has set Slack up.

Configured in bot/credentials.yml as `channels.slack.SlackChannel`; the webhook stays
/webhooks/slack/webhook (the name is still "slack", which is also the tracker's input
channel the actions render Block Kit for).
"""

from __future__ import annotations

import json
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.slack import SlackBot, SlackInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from slack_sdk.web.async_client import AsyncWebClient

from channels import limits

logger = logging.getLogger(__name__)

DEFAULT_SLACK_API_URL = "https://slack.com/api/"
NOT_CONFIGURED = (
    "Slack is not configured on this assistant: set SLACK_TOKEN and SLACK_SIGNING_SECRET "
    "(see docs/channels.md) and restart it."
)
BAD_SIGNATURE = (
    "Refused: the request is not signed with this app's Slack signing secret, or its "
    "X-Slack-Request-Timestamp is more than five minutes off."
)
SEEN_EVENTS = 10_000  # event ids remembered for recognising retries (Slack retries within ~5 min)


class SlackOutput(SlackBot):
    """Rasa's Slack output with a configurable Web API address and no legacy `as_user`."""

    def __init__(
        self,
        token: str,
        slack_channel: str | None,
        thread_id: str | None,
        proxy: str | None,
        api_url: str,
    ) -> None:
        super().__init__(token, slack_channel, thread_id, proxy)
        self.client = AsyncWebClient(token, base_url=api_url, proxy=proxy)

    async def _post_message(self, channel: str, **kwargs: Any) -> None:
        kwargs.pop("as_user", None)
        kwargs.pop("type", None)  # Rasa adds type="mrkdwn", not a chat.postMessage argument
        if self.thread_id:
            kwargs["thread_ts"] = self.thread_id
        await self.client.chat_postMessage(channel=channel, **kwargs)

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        message = {k: v for k, v in json_message.items() if k not in ("channel", "as_user")}
        await self._post_message(channel=self.slack_channel or recipient_id, **message)


class SlackChannel(SlackInput):
    """The Slack input channel; see the module docstring for what it adds to Rasa's."""

    @classmethod
    def name(cls) -> str:
        return "slack"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        credentials = credentials or {}
        return cls(
            slack_token=str(credentials.get("slack_token") or ""),
            slack_signing_secret=str(credentials.get("slack_signing_secret") or ""),
            api_url=str(credentials.get("slack_api_url") or DEFAULT_SLACK_API_URL),
            use_threads=bool(credentials.get("use_threads", False)),
            proxy=credentials.get("proxy") or None,
        )

    def __init__(
        self,
        slack_token: str,
        slack_signing_secret: str,
        api_url: str = DEFAULT_SLACK_API_URL,
        use_threads: bool = False,
        proxy: str | None = None,
    ) -> None:
        self.configured = bool(slack_token and slack_signing_secret)
        super().__init__(
            slack_token,
            slack_channel=None,
            proxy=proxy,
            slack_retry_reason_header="x-slack-retry-reason",
            slack_retry_number_header="x-slack-retry-num",
            use_threads=use_threads,
            # Rasa refuses an empty secret at start-up; an unconfigured channel answers 503
            # before any signature is checked, so this placeholder never verifies anything.
            slack_signing_secret=slack_signing_secret or "not-configured",
            conversation_granularity="sender",
        )
        self.api_url = api_url if api_url.endswith("/") else api_url + "/"
        self._seen_events: OrderedDict[str, None] = OrderedDict()
        self._max_chars = limits.DEFAULT_CHARS

    def get_output_channel(
        self, channel: str | None = None, thread_id: str | None = None
    ) -> OutputChannel:
        return SlackOutput(
            self.slack_token, channel or self.slack_channel, thread_id, self.proxy, self.api_url
        )

    def _is_repeat(self, request: Request, event_id: str | None) -> bool:
        """True for an event already taken (Slack's retry); remembers new event ids."""
        if event_id and event_id in self._seen_events:
            return True
        retry = request.headers.get(self.retry_num_header)
        reason = request.headers.get(self.retry_reason_header, "")
        if retry and reason == "http_timeout":
            # The first delivery reached us (it was only slow to be acknowledged).
            return True
        if event_id:
            self._seen_events[event_id] = None
            while len(self._seen_events) > SEEN_EVENTS:
                self._seen_events.popitem(last=False)
        return False

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        slack_webhook = Blueprint("slack_webhook", __name__)
        on_new_message = limits.bounded(on_new_message)
        self._max_chars = limits.max_chars()

        @slack_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.configured else "not configured"})

        @slack_webhook.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            if not self.configured:
                return response.text(NOT_CONFIGURED, status=HTTPStatus.SERVICE_UNAVAILABLE)
            if not self.is_request_from_slack_authentic(request):
                return response.text(BAD_SIGNATURE, status=HTTPStatus.UNAUTHORIZED)
            content_type = (request.headers.get("content-type") or "").split(";")[0].strip()
            if content_type == "application/json":
                return await self._handle_event(request, on_new_message)
            if content_type == "application/x-www-form-urlencoded":
                return await self._handle_interaction(request, on_new_message)
            return response.text(
                "Send Slack events as application/json or interactions as "
                "application/x-www-form-urlencoded.",
                status=HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
            )

        return slack_webhook

    async def _handle_event(
        self, request: Request, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> HTTPResponse:
        body = request.json
        if not isinstance(body, dict):
            return response.text("Expected a JSON object.", status=HTTPStatus.BAD_REQUEST)
        if body.get("type") == "url_verification":
            return response.json({"challenge": body.get("challenge")})
        if self._is_repeat(request, body.get("event_id")):
            return response.text("", status=HTTPStatus.OK, headers={"X-Slack-No-Retry": "1"})
        if not self._is_user_message(body):
            return response.text("Not a user message; nothing to answer.")
        metadata = self.get_metadata(request)
        if not self._is_supported_channel(body, metadata):
            return response.text("Only direct messages and mentions are answered.")
        event = body.get("event", {})
        sender = self._get_conversation_id(
            event.get("user", ""), metadata.get("out_channel"), metadata.get("thread_id")
        )
        text = str(event.get("text") or "")
        if len(text) <= 2 * self._max_chars:
            # Rasa's clean-up regexes backtrack on long texts; an over-long one is refused
            # by `limits.bounded` anyway, mentions or not.
            text = self._sanitize_user_message(text, metadata.get("users"))
        # process_message starts the turn in the background and answers 200 at once, well
        # inside Slack's three seconds.
        return await self.process_message(request, on_new_message, text, sender, metadata)

    async def _handle_interaction(
        self, request: Request, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> HTTPResponse:
        """A button in one of our messages (e.g. "Show me more"): its value is the text."""
        try:
            payload = json.loads(request.form.get("payload") or "")
        except ValueError:
            return response.text("Expected a `payload` form field with JSON.",
                                 status=HTTPStatus.BAD_REQUEST)
        if not self._is_interactive_message(payload):
            return response.text("Nothing to answer.")
        text = self._get_interactive_response(payload["actions"][0])
        if text is None:
            return response.text("Nothing to answer.")
        metadata = self.get_metadata(request)
        sender = self._get_conversation_id(
            payload.get("user", {}).get("id"), metadata.get("out_channel"),
            metadata.get("thread_id"),
        )
        return await self.process_message(request, on_new_message, text, sender, metadata)
