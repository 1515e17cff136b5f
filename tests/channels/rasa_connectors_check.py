"""Run by tests/channels/test_rasa_connectors.py in the Rasa environment (Python 3.10).

Serves the two channel classes' Sanic blueprints (no model, no Rasa agent: each message is
echoed back through the channel's own output) on a loopback port, sends signed and forged
requests into them, and prints one JSON object with what came back and what the local fakes
received.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
import time
import urllib.error
import urllib.request
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from sanic import Sanic  # noqa: E402

from channels.slack import SlackChannel  # noqa: E402
from channels.teams import TeamsChannel  # noqa: E402
from tests.fakes.botframework import FakeBotFramework, signing_key  # noqa: E402
from tests.fakes.rsa import jwt_rs256  # noqa: E402
from tests.fakes.slack import FakeSlack, message_event, sign  # noqa: E402

SECRET = "check-signing-secret"
slack = FakeSlack().start()
teams = FakeBotFramework(app_id="check-app", app_password="check-password").start()
handled: list[list[str]] = []


async def echo(message: Any) -> None:
    handled.append([message.input_channel, message.sender_id, message.text])
    await message.output_channel.send_text_message(message.sender_id, f"echo: {message.text}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


PORT = _free_port()
CLOSED_PORT = _free_port()  # nothing listens there: the key server is down
app = Sanic("rasa_connectors_check")


@app.get("/down/openidconfiguration")
async def metadata_naming_a_dead_key_server(_: Any) -> Any:
    from sanic import response

    return response.json({"jwks_uri": f"http://127.0.0.1:{CLOSED_PORT}/keys"})


for channel in (
    SlackChannel.from_credentials({"slack_token": slack.token, "slack_signing_secret": SECRET,
                                   "slack_api_url": slack.api_url}),
    TeamsChannel.from_credentials({"app_id": teams.app_id, "app_password": teams.app_password,
                                   "openid_metadata_url": teams.openid_metadata_url,
                                   "token_url": teams.token_url}),
    SlackChannel.from_credentials({"slack_token": "", "slack_signing_secret": ""}),
    TeamsChannel.from_credentials({
        "app_id": teams.app_id, "app_password": teams.app_password,
        "openid_metadata_url": f"http://127.0.0.1:{PORT}/down/openidconfiguration",
        "token_url": teams.token_url}),
):
    blueprint = channel.blueprint(echo)
    prefix = ""
    if not channel.configured:  # type: ignore[attr-defined]
        prefix, blueprint.name = "/off", "slack_webhook_off"  # blueprint names are unique
    elif getattr(channel, "signing_keys", None) and "/down/" in (
            channel.signing_keys.metadata_url):  # type: ignore[attr-defined]
        prefix, blueprint.name = "/down", "botframework_webhook_down"
    app.blueprint(blueprint, url_prefix=f"{prefix}/webhooks/{channel.url_prefix()}")


def post(path: str, body: bytes, headers: dict[str, str]) -> list[Any]:
    request = urllib.request.Request(f"http://127.0.0.1:{PORT}{path}", data=body,
                                     headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=15) as answer:
            return [answer.status, answer.headers.get("X-Slack-No-Retry")]
    except urllib.error.HTTPError as error:
        return [error.code, None]


def run_checks() -> None:
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", PORT), timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    results: dict[str, Any] = {}
    json_type = {"Content-Type": "application/json"}
    event = json.dumps(message_event(user="U0CHECK", text="hello", channel="D0CHECK",
                                     event_id="EvCHECK1")).encode()
    results["slack signed"] = post("/webhooks/slack/webhook", event,
                                   {**json_type, **sign(event, SECRET)})
    results["slack retry"] = post("/webhooks/slack/webhook", event, {
        **json_type, **sign(event, SECRET), "X-Slack-Retry-Num": "1",
        "X-Slack-Retry-Reason": "http_error"})
    other = json.dumps(message_event(user="U0CHECK", text="again", channel="D0CHECK",
                                     event_id="EvCHECK2")).encode()
    results["slack wrong secret"] = post("/webhooks/slack/webhook", other,
                                         {**json_type, **sign(other, "wrong")})
    results["slack stale"] = post("/webhooks/slack/webhook", other, {
        **json_type, **sign(other, SECRET, int(time.time()) - 6 * 60)})
    results["slack unconfigured"] = post("/off/webhooks/slack/webhook", event,
                                         {**json_type, **sign(event, SECRET)})
    activity = teams.activity(text="<at>Assistant</at> hi", user_id="29:check",
                              aad_object_id="aad-check", conversation_id="a:check")
    body = json.dumps(activity).encode()
    tokens = {
        "teams valid": teams.connector_token(),
        "teams expired": teams.connector_token(expires_in=-3600),
        "teams other key": teams.connector_token(key=signing_key("attacker")),
        "teams other audience": teams.connector_token(audience="other-app"),
        "teams other issuer": teams.connector_token(issuer="https://attacker.example"),
        "teams other service url": teams.connector_token(service_url="https://attacker.example/"),
        "teams not a jwt": "not-a-token",
        "teams unknown key id": jwt_rs256(
            {"iss": "https://api.botframework.com", "aud": teams.app_id,
             "exp": int(time.time()) + 600, "serviceUrl": teams.service_url},
            teams.key, "a-key-id-nobody-published"),
    }
    for name, token in tokens.items():
        results[name] = post("/webhooks/botframework/webhook", body,
                             {**json_type, "Authorization": f"Bearer {token}"})
    results["teams no token"] = post("/webhooks/botframework/webhook", body, json_type)
    results["teams keys unreachable"] = post(
        "/down/webhooks/botframework/webhook", body,
        {**json_type, "Authorization": f"Bearer {teams.connector_token()}"})
    time.sleep(2.0)  # the turns run in the background
    results["handled"] = handled
    results["slack posted"] = slack.posted
    results["slack refused"] = slack.refused
    results["teams replies"] = teams.activities
    print("RESULTS " + json.dumps(results), flush=True)
    os._exit(0)


threading.Thread(target=run_checks, daemon=True).start()
app.run(host="127.0.0.1", port=PORT, access_log=False, workers=1)
