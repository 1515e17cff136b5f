"""Runs in the Rasa environment: our REST channel (channels.resilience.RestInput) on a real
Sanic 21.12 server on loopback, in development and in production mode, answering genuine,
bare and forged turns. The agent behind it is a recorder: what reached it, with which sender
and channel name. Prints one line, `RESULTS {json}`, for tests/channels/test_rest_identity.py.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from typing import Any

import aiohttp
import jwt
from sanic import Sanic

from channels import sender_token
from channels.resilience import RestInput

SECRET = "chat-token-secret-of-the-check"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def token(subject: str, *, secret: str = SECRET, seconds: int = 60, **claims: Any) -> str:
    if not claims:
        return sender_token.issue(subject, secret=secret, seconds=seconds)
    now = time.time()
    return jwt.encode({"sub": subject, "iat": now, "exp": now + seconds, **claims}, secret,
                      algorithm="HS256")


def cases() -> dict[str, tuple[dict[str, Any], dict[str, str]]]:
    bearer = lambda value: {"Authorization": f"Bearer {value}"}  # noqa: E731
    unsigned = jwt.encode({"sub": "H001", "exp": time.time() + 60, "iat": time.time(),
                           "aud": sender_token.AUDIENCE, "iss": sender_token.ISSUER},
                          None, algorithm="none")
    return {
        "bare sender": ({"sender": "A001", "message": "hi"}, {}),
        "bare sender claiming slack": (
            {"sender": "A001", "message": "hi", "input_channel": "slack"}, {}),
        "token and same sender": ({"sender": "A001", "message": "hi"}, bearer(token("A001"))),
        "token without sender": ({"message": "hi"}, bearer(token("A001"))),
        "token for another sender": ({"sender": "H001", "message": "hi"},
                                     bearer(token("A001"))),
        "wrong secret": ({"sender": "H001", "message": "hi"},
                         bearer(token("H001", secret="guessed-secret"))),
        "expired": ({"sender": "H001", "message": "hi"},
                    bearer(token("H001", seconds=-60))),
        "unsigned": ({"sender": "H001", "message": "hi"}, bearer(unsigned)),
        "another audience": ({"sender": "H001", "message": "hi"},
                             bearer(token("H001", aud="advisor-assistant-api",
                                          iss=sender_token.ISSUER))),
        "not bearer": ({"sender": "H001", "message": "hi"}, {"Authorization": "Basic SDAwMQ=="}),
        "empty bearer": ({"sender": "H001", "message": "hi"}, {"Authorization": "Bearer "}),
    }


async def serve_and_ask(environment: str) -> dict[str, Any]:
    os.environ["ENVIRONMENT"] = environment
    os.environ["CHAT_TOKEN_SECRET"] = SECRET
    reached: list[list[str]] = []

    async def handle(message: Any) -> None:
        reached.append([message.sender_id, message.input_channel])
        await message.output_channel.send_text_message(message.sender_id, "hello")

    app = Sanic(f"rest_identity_{environment}")
    app.blueprint(RestInput().blueprint(handle), url_prefix="/webhooks/rest")
    port = free_port()
    server = await app.create_server(host="127.0.0.1", port=port, return_asyncio_server=True)
    await server.startup()
    results: dict[str, Any] = {}
    try:
        async with aiohttp.ClientSession() as http:
            for name, (body, headers) in cases().items():
                before = len(reached)
                async with http.post(f"http://127.0.0.1:{port}/webhooks/rest/webhook",
                                     json=body, headers=headers) as answer:
                    text = await answer.text()
                results[name] = {"status": answer.status, "reached": reached[before:],
                                 "body": text[:300]}
    finally:
        server.close()
        await server.wait_closed()
    return results


def refused_at_start() -> str:
    os.environ["ENVIRONMENT"] = "production"
    os.environ.pop("CHAT_TOKEN_SECRET", None)
    try:
        RestInput()
    except ValueError as exc:
        return str(exc)
    return ""


def main() -> None:
    if len(sys.argv) > 1:  # one server per process: Sanic rewrites its class on the first start
        print("CASE " + json.dumps(asyncio.run(serve_and_ask(sys.argv[1]))))
        return
    results: dict[str, Any] = {}
    for environment in ("development", "production"):
        done = subprocess.run([sys.executable, __file__, environment], capture_output=True,
                              text=True, timeout=120)
        line = next((x for x in done.stdout.splitlines() if x.startswith("CASE ")), None)
        results[environment] = json.loads(line[5:]) if line else {"error": done.stderr[-2000:]}
    results["production without secret"] = refused_at_start()
    print("RESULTS " + json.dumps(results))


if __name__ == "__main__":
    main()
