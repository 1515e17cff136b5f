"""Messages the assistant starts itself (the morning digest): Slack and Teams over HTTP.

Slack: `conversations.open` with the user id gives the app's direct-message channel, then
`chat.postMessage` (scopes `im:write` and `chat:write`).

Teams: a proactive message needs a conversation. The Bot Connector's "create conversation"
(`POST {service}/v3/conversations` with the bot, the user and the tenant) returns the
existing one-to-one chat of the bot and the user, or opens it when the app is installed for
the user (IT can pre-install it with a Teams app setup policy). So nothing has to be stored
per user: the settings give the tenant and the service URL (Teams' global
https://smba.trafficmanager.net/teams/ unless the bank uses a regional one), the staff table
the user id (the Entra object id, or the Teams "29:…" id). Then
`POST {service}/v3/conversations/{id}/activities`, with an OAuth2 client-credentials token.

Runs in the app environment (httpx); knows nothing of the database: the caller passes the
settings' values and `Outgoing`-shaped messages (kind, channel, address, text, payload).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx

from delivery.cards import card_for
from delivery.slack import slack_message
from delivery.teams import teams_message

SCOPE = "https://api.botframework.com/.default"


class Message(Protocol):
    @property
    def channel(self) -> str: ...
    @property
    def address(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def payload(self) -> dict[str, Any] | None: ...


@dataclass
class ChatSender:
    slack_token: str = ""
    slack_api_url: str = "https://slack.com/api/"
    teams_app_id: str = ""
    teams_app_password: str = ""
    teams_tenant_id: str = ""
    teams_token_url: str = ""
    teams_service_url: str = "https://smba.trafficmanager.net/teams/"
    timeout: float = 15.0
    http: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=15.0))
    _token: tuple[str, float] | None = None

    def channels(self) -> set[str]:
        found = set()
        if self.slack_token:
            found.add("slack")
        if self.teams_app_id and self.teams_app_password and self.teams_tenant_id:
            found.add("teams")
        return found

    def send(self, message: Message) -> str | None:
        """None when delivered, else what went wrong (service and status, no message text)."""
        try:
            if message.channel == "slack":
                return self._send_slack(message)
            if message.channel == "teams":
                return self._send_teams(message)
        except httpx.HTTPError as error:
            return f"{message.channel} not reachable ({type(error).__name__})"
        return f"unknown channel {message.channel!r}"

    # -- Slack -------------------------------------------------------------------------------
    def _slack(self, method: str, body: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
        answer = self.http.post(
            self.slack_api_url.rstrip("/") + "/" + method, json=body,
            headers={"Authorization": f"Bearer {self.slack_token}"},
        )
        if answer.status_code != 200:
            return {}, f"Slack {method} answered HTTP {answer.status_code}"
        data = answer.json()
        if not data.get("ok"):
            return data, f"Slack {method} refused: {data.get('error', 'unknown error')}"
        return data, None

    def _send_slack(self, message: Message) -> str | None:
        opened, problem = self._slack("conversations.open", {"users": message.address})
        if problem:
            return problem
        body: dict[str, Any] = {"channel": opened["channel"]["id"], "text": message.text}
        card = card_for(message.payload) if message.payload else None
        if card is not None:
            body.update(slack_message(card, message.text))
        return self._slack("chat.postMessage", body)[1]

    # -- Teams -------------------------------------------------------------------------------
    def _access_token(self) -> str | None:
        if self._token and self._token[1] > time.monotonic():
            return self._token[0]
        answer = self.http.post(self.teams_token_url, data={
            "grant_type": "client_credentials", "client_id": self.teams_app_id,
            "client_secret": self.teams_app_password, "scope": SCOPE,
        })
        if answer.status_code != 200:
            return None
        data = answer.json()
        self._token = (str(data["access_token"]),
                       time.monotonic() + int(data.get("expires_in", 3600)) - 60)
        return self._token[0]

    def _send_teams(self, message: Message) -> str | None:
        token = self._access_token()
        if token is None:
            return ("Teams token endpoint refused the app's credentials: check TEAMS_APP_ID, "
                    "TEAMS_APP_PASSWORD and TEAMS_TOKEN_URL")
        auth = {"Authorization": f"Bearer {token}"}
        service = self.teams_service_url.rstrip("/")
        created = self.http.post(f"{service}/v3/conversations", headers=auth, json={
            "bot": {"id": self.teams_app_id},
            "members": [{"id": message.address}],
            "isGroup": False,
            "tenantId": self.teams_tenant_id,
            "channelData": {"tenant": {"id": self.teams_tenant_id}},
        })
        if created.status_code not in (200, 201):
            return (f"Teams could not open a chat with the user (HTTP {created.status_code}): "
                    "is the app installed for them and TEAMS_TENANT_ID right?")
        conversation = created.json()["id"]
        card = card_for(message.payload) if message.payload else None
        activity: dict[str, Any] = (teams_message(card, message.text) if card is not None
                                    else {"type": "message", "text": message.text})
        activity["from"] = {"id": self.teams_app_id}
        sent = self.http.post(f"{service}/v3/conversations/{conversation}/activities",
                              headers=auth, json=activity)
        if sent.status_code not in (200, 201, 202):
            return f"Teams refused the message (HTTP {sent.status_code})"
        return None
