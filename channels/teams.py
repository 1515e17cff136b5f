"""Microsoft Teams (Bot Framework) for the Rasa server, with the token checked as required.

What Rasa 3.6's `BotFrameworkInput` does: it checks the JWT's signature against Microsoft's
keys and its audience (the app id) and expiry. What it does not, and this subclass does
(Bot Connector authentication, "Connector to bot"):

- the issuer (`https://api.botframework.com`) is not checked, and the algorithm is taken
  from the token's own header; here only RS256 tokens from that issuer pass;
- the `serviceUrl` claim is not compared with the activity's `serviceUrl`, so a valid token
  could carry an activity that makes the bot post to another address; here it must match
  (403 otherwise), and the key's `endorsements` must include the activity's `channelId`;
- the OpenID metadata address is hard-coded and fetched, blocking, in the constructor: Rasa
  does not start without internet access. Here the address is a setting, the keys are
  fetched on first use (PyJWT's `PyJWKClient`, off the event loop), refreshed daily and
  when an unknown key id appears (at most every five minutes); an outage answers 503 so
  the Bot Connector retries;
- the token endpoint for replies is hard-coded to the multi-tenant one; here it is a setting
  (single-tenant bots need `https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token`),
  and replies use aiohttp instead of blocking `requests` calls in the event loop;
- Rasa runs the turn before answering the webhook; here it answers at once and runs the
  turn in the background (replies go out through the Bot Connector anyway);
- the sender id is the user's Entra object id (`from.aadObjectId`, what IT can export from
  the directory) when Teams sends it, else the Teams user id (`from.id`), and mentions of
  the bot (`<at>…</at>`) are removed from the text;
- a message over MAX_MESSAGE_CHARS characters or MAX_MESSAGE_WORDS words is answered with
  the limit and never reaches NLU (channels/limits.py).

Configured in bot/credentials.yml as `channels.teams.TeamsChannel`; the webhook stays
/webhooks/botframework/webhook and the tracker's input channel "botframework".
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any

import aiohttp
import jwt
from rasa.core.channels.botframework import BotFramework, BotFrameworkInput
from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels import limits

logger = logging.getLogger(__name__)

DEFAULT_OPENID_METADATA_URL = "https://login.botframework.com/v1/.well-known/openidconfiguration"
DEFAULT_TOKEN_URL = "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token"
ISSUER = "https://api.botframework.com"
SCOPE = "https://api.botframework.com/.default"
CLOCK_SKEW_SECONDS = 300  # Bot Framework asks for five minutes of tolerance
KEYS_MAX_AGE_SECONDS = 24 * 3600
UNKNOWN_KEY_REFRESH_SECONDS = 300  # an unknown key id refreshes the keys at most this often
HTTP_TIMEOUT = aiohttp.ClientTimeout(total=15)
NOT_CONFIGURED = (
    "Microsoft Teams is not configured on this assistant: set TEAMS_APP_ID and "
    "TEAMS_APP_PASSWORD (see docs/channels.md) and restart it."
)
MENTION = re.compile(r"<at>.*?</at>", re.IGNORECASE | re.DOTALL)


class Refused(Exception):
    """A request that fails authentication; `status` is 401 or 403."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class _BotConnectorJWKS(jwt.PyJWKClient):
    """PyJWT's JWKS client, also keeping each key's `endorsements` (the channels it signs
    for), which PyJWT's key objects do not expose."""

    def __init__(self, jwks_uri: str) -> None:
        # The set is kept a day; an unknown key id fetches it again at most every five
        # minutes (a rotated key), never on every forged token.
        super().__init__(jwks_uri, lifespan=KEYS_MAX_AGE_SECONDS, timeout=HTTP_TIMEOUT.total,
                         cooldown_duration=UNKNOWN_KEY_REFRESH_SECONDS)
        self.endorsements: dict[str, Any] = {}

    def fetch_data(self) -> Any:
        data = super().fetch_data()
        self.endorsements = {key.get("kid"): key.get("endorsements")
                             for key in data.get("keys", []) if isinstance(key, dict)}
        return data


class SigningKeys:
    """The Bot Connector's signing keys, from the JWKS the OpenID metadata names.

    The metadata is read with aiohttp when first needed and again after a day; the keys
    through `jwt.PyJWKClient`, which is synchronous (urllib): its calls run in a worker
    thread, so a slow key server holds up no other conversation on the event loop."""

    def __init__(self, metadata_url: str) -> None:
        self.metadata_url = metadata_url
        self._client: _BotConnectorJWKS | None = None
        self._client_at = 0.0
        self._lock = asyncio.Lock()

    async def key(self, key_id: str) -> tuple[Any, Any] | None:
        """(the public key, its endorsements) for `key_id`, or None for an unknown key.
        An unreachable key server raises `jwt.PyJWKClientConnectionError`."""
        client = await self._jwks()
        try:
            found = await asyncio.to_thread(client.get_signing_key, key_id)
        except jwt.PyJWKClientConnectionError:
            raise
        except (jwt.PyJWKClientError, jwt.PyJWKSetError):  # no such key id (or no usable key)
            return None
        return found.key, client.endorsements.get(key_id)

    async def _jwks(self) -> _BotConnectorJWKS:
        async with self._lock:
            if self._client is None or time.monotonic() - self._client_at > KEYS_MAX_AGE_SECONDS:
                async with aiohttp.ClientSession(timeout=HTTP_TIMEOUT) as http:
                    async with http.get(self.metadata_url) as metadata:
                        metadata.raise_for_status()
                        jwks_uri = (await metadata.json(content_type=None))["jwks_uri"]
                self._client = _BotConnectorJWKS(str(jwks_uri))
                self._client_at = time.monotonic()
            return self._client


# One cached access token per (token endpoint, app id): replies of every conversation share it.
_TOKENS: dict[tuple[str, str], tuple[str, float]] = {}


async def access_token(token_url: str, app_id: str, app_password: str) -> str:
    """A client-credentials token for the Bot Connector, cached until just before it expires."""
    cached = _TOKENS.get((token_url, app_id))
    if cached and cached[1] > time.monotonic():
        return cached[0]
    form = {"grant_type": "client_credentials", "client_id": app_id,
            "client_secret": app_password, "scope": SCOPE}
    async with aiohttp.ClientSession(timeout=HTTP_TIMEOUT) as http:
        async with http.post(token_url, data=form) as answer:
            if answer.status != 200:
                raise RuntimeError(
                    f"The token endpoint {token_url} answered {answer.status}: check "
                    "TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_TOKEN_URL."
                )
            data = await answer.json(content_type=None)
    token = str(data["access_token"])
    _TOKENS[(token_url, app_id)] = (token, time.monotonic() + int(data["expires_in"]) - 60)
    return token


class TeamsOutput(BotFramework):
    """Replies through the Bot Connector of the conversation, with a configurable token URL."""

    def __init__(
        self,
        app_id: str,
        app_password: str,
        conversation: dict[str, Any],
        bot: dict[str, Any],
        service_url: str,
        user: dict[str, Any],
        token_url: str,
    ) -> None:
        super().__init__(app_id, app_password, conversation, bot, service_url)
        self.user = user
        self.token_url = token_url

    def prepare_message(
        self, recipient_id: str, message_data: dict[str, Any]
    ) -> dict[str, Any]:
        # The recipient is the user's Teams account, whatever id Rasa knows them by.
        data = super().prepare_message(recipient_id, message_data)
        data["recipient"] = self.user
        return data

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        message = dict(json_message)
        message["recipient"] = self.user
        await super().send_custom_json(recipient_id, message, **kwargs)

    async def send(self, message_data: dict[str, Any]) -> None:
        url = f"{self.global_uri}conversations/{self.conversation['id']}/activities"
        token = await access_token(self.token_url, self.app_id, self.app_password)
        async with aiohttp.ClientSession(timeout=HTTP_TIMEOUT) as http:
            async with http.post(
                url, json=message_data, headers={"Authorization": f"Bearer {token}"}
            ) as answer:
                if answer.status >= 300:
                    # The status only: the answer may quote the message (customer data).
                    logger.error("The Bot Connector refused a reply: HTTP %s", answer.status)


class TeamsChannel(BotFrameworkInput):
    """The Teams input channel; see the module docstring for what it adds to Rasa's."""

    @classmethod
    def name(cls) -> str:
        return "botframework"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        credentials = credentials or {}
        return cls(
            app_id=str(credentials.get("app_id") or ""),
            app_password=str(credentials.get("app_password") or ""),
            openid_metadata_url=str(
                credentials.get("openid_metadata_url") or DEFAULT_OPENID_METADATA_URL
            ),
            token_url=str(credentials.get("token_url") or DEFAULT_TOKEN_URL),
        )

    def __init__(  # noqa: D107 - Rasa's constructor fetches keys over the network; not called
        self,
        app_id: str,
        app_password: str,
        openid_metadata_url: str = DEFAULT_OPENID_METADATA_URL,
        token_url: str = DEFAULT_TOKEN_URL,
    ) -> None:
        self.app_id = app_id
        self.app_password = app_password
        self.configured = bool(app_id and app_password)
        self.token_url = token_url
        self.signing_keys = SigningKeys(openid_metadata_url)
        self._background_tasks: set[asyncio.Task] = set()
        self._max_chars = limits.DEFAULT_CHARS

    async def authenticate(self, authorization: str | None, activity: dict[str, Any]) -> None:
        """Raise `Refused` unless the bearer token is the Bot Connector's for this activity."""
        match = re.fullmatch(r"Bearer\s+(\S+)", (authorization or "").strip())
        if not match:
            raise Refused(HTTPStatus.UNAUTHORIZED,
                          "Send the Bot Connector's token as 'Authorization: Bearer <jwt>'.")
        token = match.group(1)
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            raise Refused(HTTPStatus.UNAUTHORIZED, "The bearer token is not a JWT.") from None
        if header.get("alg") != "RS256" or not header.get("kid"):
            raise Refused(HTTPStatus.UNAUTHORIZED, "The token must be RS256 with a key id.")
        found = await self.signing_keys.key(str(header["kid"]))
        if found is None:
            raise Refused(HTTPStatus.UNAUTHORIZED, "The token is signed with an unknown key.")
        key, endorsements = found
        try:
            claims = jwt.decode(
                token,
                key=key,
                algorithms=["RS256"],
                audience=self.app_id,
                issuer=ISSUER,
                leeway=CLOCK_SKEW_SECONDS,
                options={"require": ["exp", "iss", "aud"]},
            )
        except jwt.ExpiredSignatureError:
            raise Refused(HTTPStatus.UNAUTHORIZED, "The token has expired.") from None
        except jwt.PyJWTError as error:
            raise Refused(HTTPStatus.UNAUTHORIZED,
                          f"The token is not valid: {type(error).__name__}.") from None
        if isinstance(endorsements, list) and activity.get("channelId") not in endorsements:
            raise Refused(HTTPStatus.FORBIDDEN, "The signing key is not endorsed for this channel.")
        claimed = str(claims.get("serviceUrl") or "").rstrip("/")
        if not claimed or claimed != str(activity.get("serviceUrl") or "").rstrip("/"):
            raise Refused(HTTPStatus.FORBIDDEN,
                          "The token's serviceUrl does not match the activity's serviceUrl.")

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        botframework_webhook = Blueprint("botframework_webhook", __name__)
        on_new_message = limits.bounded(on_new_message)
        self._max_chars = limits.max_chars()

        @botframework_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.configured else "not configured"})

        @botframework_webhook.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            if not self.configured:
                return response.text(NOT_CONFIGURED, status=HTTPStatus.SERVICE_UNAVAILABLE)
            authorization = request.headers.get("Authorization")
            if not authorization:
                return response.text("No Authorization header.", status=HTTPStatus.UNAUTHORIZED)
            activity = request.json
            if not isinstance(activity, dict):
                return response.text("Expected a JSON activity.", status=HTTPStatus.BAD_REQUEST)
            try:
                await self.authenticate(authorization, activity)
            except Refused as refused:
                return response.text(str(refused), status=refused.status)
            # asyncio.TimeoutError: on Python 3.10 (Rasa) it is not yet the builtin TimeoutError.
            except (aiohttp.ClientError, asyncio.TimeoutError, KeyError, ValueError,  # noqa: UP041
                    jwt.PyJWKClientConnectionError):
                logger.warning("Could not fetch the Bot Framework signing keys from %s",
                               self.signing_keys.metadata_url)
                return response.text("Cannot check the token right now; try again.",
                                     status=HTTPStatus.SERVICE_UNAVAILABLE)
            if activity.get("type") == "message":
                message = self._user_message(activity, request)
                if message is None:
                    return response.text("Incomplete activity.", status=HTTPStatus.BAD_REQUEST)
                task = asyncio.create_task(on_new_message(message))
                self._background_tasks.add(task)
                task.add_done_callback(self._background_tasks.discard)
            return response.text("", status=HTTPStatus.OK)

        return botframework_webhook

    def _user_message(self, activity: dict[str, Any], request: Request) -> UserMessage | None:
        user = activity.get("from") or {}
        conversation = activity.get("conversation") or {}
        if not user.get("id") or not conversation.get("id") or not activity.get("serviceUrl"):
            return None
        output = TeamsOutput(
            self.app_id, self.app_password, conversation, activity.get("recipient") or {},
            str(activity["serviceUrl"]), {"id": user["id"], "name": user.get("name", "")},
            self.token_url,
        )
        text = str(activity.get("text") or "")
        if len(text) <= 2 * self._max_chars:
            # The mention pattern backtracks on long texts; an over-long one is refused by
            # `limits.bounded` anyway, mentions or not.
            text = MENTION.sub(" ", text).strip()
        metadata = self.add_attachments_to_metadata(activity, self.get_metadata(request))
        return UserMessage(
            text=text,
            output_channel=output,
            sender_id=str(user.get("aadObjectId") or user["id"]),
            input_channel=self.name(),
            metadata=metadata,
        )
