"""A fake of the Bot Framework: the token endpoint, the OpenID metadata and signing keys
(a test RSA key that signs inbound activities' tokens, as the Bot Connector does), and the
Bot Connector REST API (create conversation, send activity), recording what it received."""

from __future__ import annotations

import itertools
import secrets
import threading
import time
from typing import Any

from tests.fakes.rsa import RsaKey, jwt_rs256
from tests.fakes.server import FakeServer, Request, Response

ISSUER = "https://api.botframework.com"
SCOPE = "https://api.botframework.com/.default"
ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive"
_KEY_LOCK = threading.Lock()
_KEYS: dict[str, RsaKey] = {}


def signing_key(name: str = "connector") -> RsaKey:
    """One RSA key per name and test session (generating one takes a moment)."""
    with _KEY_LOCK:
        if name not in _KEYS:
            _KEYS[name] = RsaKey.generate()
        return _KEYS[name]


class FakeBotFramework(FakeServer):
    def __init__(self, *, app_id: str, app_password: str, tenant_id: str = "tenant-bank",
                 channel_id: str = "msteams") -> None:
        super().__init__()
        self.app_id, self.app_password, self.tenant_id = app_id, app_password, tenant_id
        self.channel_id = channel_id
        self.key, self.kid = signing_key(), "fake-connector-key"
        self.issued: set[str] = set()  # access tokens handed out by the token endpoint
        self.activities: list[dict[str, Any]] = []  # {"conversation_id", "activity"}
        self.conversations: list[dict[str, Any]] = []  # create-conversation bodies accepted
        self.refused: list[tuple[str, int]] = []
        self.unavailable = False
        self._ids = itertools.count(1)

    # -- addresses -----------------------------------------------------------------------
    @property
    def openid_metadata_url(self) -> str:
        return f"{self.base_url}/v1/.well-known/openidconfiguration"

    @property
    def token_url(self) -> str:
        return f"{self.base_url}/botframework.com/oauth2/v2.0/token"

    @property
    def service_url(self) -> str:
        return f"{self.base_url}/"

    # -- what the Bot Connector sends to a bot -------------------------------------------
    def connector_token(self, *, service_url: str | None = None, audience: str | None = None,
                        issuer: str = ISSUER, expires_in: int = 3600,
                        key: RsaKey | None = None) -> str:
        now = int(time.time())
        claims = {"iss": issuer, "aud": audience or self.app_id, "nbf": now - 5,
                  "exp": now + expires_in, "serviceUrl": service_url or self.service_url}
        return jwt_rs256(claims, key or self.key, self.kid)

    def activity(self, *, text: str, user_id: str, aad_object_id: str | None = None,
                 conversation_id: str = "a:personal-chat") -> dict[str, Any]:
        sender: dict[str, Any] = {"id": user_id, "name": "Bank staff"}
        if aad_object_id:
            sender["aadObjectId"] = aad_object_id
        return {
            "type": "message", "id": f"act-{next(self._ids)}", "text": text,
            "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime()),
            "channelId": self.channel_id, "serviceUrl": self.service_url,
            "from": sender, "recipient": {"id": f"28:{self.app_id}", "name": "Advisor assistant"},
            "conversation": {"id": conversation_id, "conversationType": "personal",
                             "tenantId": self.tenant_id},
            "channelData": {"tenant": {"id": self.tenant_id}},
        }

    def replies_in(self, conversation_id: str) -> list[dict[str, Any]]:
        with self.lock:
            return [a["activity"] for a in self.activities
                    if a["conversation_id"] == conversation_id]

    # -- the service ---------------------------------------------------------------------
    def handle(self, request: Request) -> Response:
        if self.unavailable:
            return Response(503, "service unavailable")
        path = request.path
        if request.method == "GET" and path == "/v1/.well-known/openidconfiguration":
            return Response(200, {
                "issuer": ISSUER,
                "authorization_endpoint": f"{self.base_url}/v1/.well-known/authorize",
                "jwks_uri": f"{self.base_url}/v1/.well-known/keys",
                "id_token_signing_alg_values_supported": ["RS256"],
                "token_endpoint_auth_methods_supported": ["private_key_jwt"],
            })
        if request.method == "GET" and path == "/v1/.well-known/keys":
            return Response(200, {"keys": [
                {**self.key.jwk(self.kid), "endorsements": [self.channel_id]}
            ]})
        if request.method == "POST" and path.endswith("/oauth2/v2.0/token"):
            return self._token(request)
        if request.method == "POST" and path.startswith("/v3/conversations"):
            if request.bearer not in self.issued:
                return self._refuse(path, 401, "Authorization has been denied for this request.")
            parts = path.strip("/").split("/")
            if parts == ["v3", "conversations"]:
                return self._create_conversation(request)
            if len(parts) in (4, 5) and parts[3] == "activities":
                return self._send_activity(parts[2], request)
        return Response(404, {"error": {"code": "NotFound", "message": path}})

    def _token(self, request: Request) -> Response:
        form = request.form()
        if form.get("grant_type") != "client_credentials" or form.get("scope") != SCOPE:
            return self._refuse("token", 400, "unsupported_grant_type or invalid scope")
        if form.get("client_id") != self.app_id or form.get("client_secret") != self.app_password:
            return self._refuse("token", 401, "invalid_client")
        token = secrets.token_urlsafe(24)
        with self.lock:
            self.issued.add(token)
        return Response(200, {"token_type": "Bearer", "expires_in": 3599,
                              "ext_expires_in": 3599, "access_token": token})

    def _create_conversation(self, request: Request) -> Response:
        body = request.json() or {}
        members = body.get("members") or []
        tenant = body.get("tenantId") or (body.get("channelData") or {}).get("tenant", {}).get("id")
        if (body.get("bot") or {}).get("id") not in (self.app_id, f"28:{self.app_id}"):
            return self._refuse("create conversation", 400, "bot.id must be the app id")
        if len(members) != 1 or not members[0].get("id") or tenant != self.tenant_id:
            return self._refuse("create conversation", 400, "one member and the tenant id")
        with self.lock:
            self.conversations.append(body)
        return Response(201, {"id": f"a:chat-with-{members[0]['id']}"})

    def _send_activity(self, conversation_id: str, request: Request) -> Response:
        activity = request.json() or {}
        if activity.get("type") != "message":
            return self._refuse("activity", 400, "type must be message")
        for attachment in activity.get("attachments") or []:
            content = attachment.get("content") or {}
            if attachment.get("contentType") == ADAPTIVE_CARD and not (
                content.get("type") == "AdaptiveCard" and content.get("version")
                and isinstance(content.get("body"), list)
            ):
                return self._refuse("activity", 400, "malformed Adaptive Card")
        if not (activity.get("text") or activity.get("attachments")):
            return self._refuse("activity", 400, "empty message")
        with self.lock:
            self.activities.append({"conversation_id": conversation_id, "activity": activity})
        return Response(200, {"id": f"reply-{next(self._ids)}"})

    def _refuse(self, what: str, status: int, message: str) -> Response:
        with self.lock:
            self.refused.append((what, status))
        return Response(status, {"error": {"code": "BadArgument", "message": message}})
