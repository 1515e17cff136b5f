"""POST /chat: forwards to Rasa as the logged-in member of staff; Rasa trouble is a 503.

Rasa is replaced by a small HTTP server on loopback that answers like Rasa's REST channel and
records what it received, so the tests see exactly what the API sent.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt as pyjwt
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from api.routes import auth, chat
from channels import sender_token
from knowledge import db, settings
from knowledge.access.auth import set_password
from tests.knowledge.profile.profile_bank import build_bank

PASSWORD = "correct horse battery staple"
CHAT_TOKEN_SECRET = "chat-token-secret-of-the-test"

CALL_LIST = {"advisor_id": "A001", "as_of": "2026-11-23", "items": [
    {"customer_id": "C000001", "name": "Anna Müller", "tier": "top", "score": 1.2,
     "reasons": [{"code": "maturity", "text": "Term deposit matures on 1 Dec."}]}]}


@dataclass
class FakeRasa:
    """What the fake answers next (`reply`, `status`, `delay`) and what it received."""

    url: str = ""
    received: list[dict[str, Any]] = field(default_factory=list)
    reply: Any = field(default_factory=lambda: [
        {"recipient_id": "A001", "text": "Today's calls (1 in all):"},
        {"recipient_id": "A001", "custom": CALL_LIST},
    ])
    status: int = 200
    delay: float = 0.0
    raw: bytes | None = None
    authorizations: list[str | None] = field(default_factory=list)


@pytest.fixture
def fake_rasa() -> Iterator[FakeRasa]:
    fake = FakeRasa()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's name)
            length = int(self.headers.get("Content-Length", 0))
            fake.received.append({"path": self.path,
                                  "body": json.loads(self.rfile.read(length))})
            fake.authorizations.append(self.headers.get("Authorization"))
            time.sleep(fake.delay)
            body = fake.raw if fake.raw is not None else json.dumps(fake.reply).encode()
            try:
                self.send_response(fake.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the API gave up waiting, as it should

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    fake.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield fake
    server.shutdown()
    server.server_close()


@pytest.fixture
def client(database_url: str, session: Session, fake_rasa: FakeRasa,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("RASA_URL", fake_rasa.url)
    monkeypatch.setenv("CHAT_TIMEOUT_SECONDS", "1")
    monkeypatch.setenv("MAX_MESSAGE_CHARS", "200")
    monkeypatch.setenv("CHAT_TOKEN_SECRET", CHAT_TOKEN_SECRET)
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()
    build_bank(session)
    for staff_id in ("A001", "A002"):
        set_password(session=session, staff_id=staff_id, password=PASSWORD)
    session.commit()
    app = FastAPI()
    app.include_router(auth.router)
    app.include_router(chat.router)
    with TestClient(app) as test_client:
        yield test_client
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()


@pytest.fixture
def bearer(client: TestClient) -> Any:
    """Log in through POST /auth/token, as the web page does."""
    def header(staff_id: str) -> dict[str, str]:
        response = client.post("/auth/token", data={"username": staff_id, "password": PASSWORD})
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}
    return header


def test_forwards_as_the_authenticated_staff_and_returns_texts_and_payloads(
    bearer: Any,
    client: TestClient, fake_rasa: FakeRasa
) -> None:
    response = client.post("/chat", json={"message": "  who should I call today?  "},
                           headers=bearer("A001"))
    assert response.status_code == 200, response.text
    assert fake_rasa.received == [{"path": "/webhooks/rest/webhook",
                                   "body": {"sender": "A001",
                                            "message": "who should I call today?"}}]
    assert response.json() == {"messages": [{"text": "Today's calls (1 in all):"},
                                            {"custom": CALL_LIST}]}


def test_a_sender_in_the_body_is_ignored(bearer: Any, client: TestClient,
                                         fake_rasa: FakeRasa) -> None:
    response = client.post("/chat", json={"message": "hi", "sender": "H001"},
                           headers=bearer("A002"))
    assert response.status_code == 200
    assert fake_rasa.received[0]["body"]["sender"] == "A002"


def test_rasa_gets_a_short_lived_proof_of_the_sender(bearer: Any, client: TestClient,
                                                     fake_rasa: FakeRasa) -> None:
    """Rasa's REST channel answers only turns the API vouches for (channels/rest_identity.py):
    a token for exactly this staff id, signed with the secret the two share, expiring soon."""
    client.post("/chat", json={"message": "hi", "sender": "H001"}, headers=bearer("A002"))
    scheme, _, token = (fake_rasa.authorizations[0] or "").partition(" ")
    assert scheme == "Bearer"
    assert sender_token.staff_id(token, secret=CHAT_TOKEN_SECRET) == "A002"
    with pytest.raises(sender_token.InvalidSenderToken):
        sender_token.staff_id(token, secret="another-secret")
    claims = pyjwt.decode(token, options={"verify_signature": False})
    assert claims["exp"] - claims["iat"] == 60  # CHAT_TOKEN_SECONDS, not a working day


def test_without_a_valid_token_nothing_reaches_rasa(client: TestClient,
                                                    fake_rasa: FakeRasa) -> None:
    assert client.post("/chat", json={"message": "hi"}).status_code == 401
    forged = {"Authorization": "Bearer not.a.token"}
    assert client.post("/chat", json={"message": "hi"}, headers=forged).status_code == 401
    assert fake_rasa.received == []


@pytest.mark.parametrize("body", [{"message": ""}, {"message": "   "}, {"message": "x" * 201},
                                  {}, {"message": 7}, ["hi"]])
def test_empty_too_long_or_malformed_messages_are_422(
    bearer: Any,
    client: TestClient, fake_rasa: FakeRasa, body: object
) -> None:
    response = client.post("/chat", json=body, headers=bearer("A001"))
    assert response.status_code == 422
    assert fake_rasa.received == []


def test_too_long_says_the_limit(bearer: Any, client: TestClient) -> None:
    response = client.post("/chat", json={"message": "x" * 201}, headers=bearer("A001"))
    assert "200 characters" in json.dumps(response.json())


def test_rasa_down_is_a_503_with_a_sentence(bearer: Any, client: TestClient,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # A port nothing listens on: bind one, close it, point the API at it.
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("RASA_URL", f"http://127.0.0.1:{port}")
    settings.get_settings.cache_clear()
    response = client.post("/chat", json={"message": "hi"}, headers=bearer("A001"))
    assert response.status_code == 503
    assert response.json()["detail"].startswith("The assistant is not answering right now")
    assert response.headers["retry-after"] == "30"


def test_rasa_slower_than_the_timeout_is_a_503(bearer: Any, client: TestClient,
                                               fake_rasa: FakeRasa) -> None:
    fake_rasa.delay = 2.5
    response = client.post("/chat", json={"message": "hi"}, headers=bearer("A001"))
    assert response.status_code == 503


@pytest.mark.parametrize(("status", "raw"), [(500, None), (200, b"<html>oops</html>"),
                                             (200, b'{"not": "a list"}')])
def test_rasa_errors_and_garbage_are_503_never_500(
    bearer: Any,
    client: TestClient, fake_rasa: FakeRasa, status: int, raw: bytes | None
) -> None:
    fake_rasa.status, fake_rasa.raw = status, raw
    response = client.post("/chat", json={"message": "hi"}, headers=bearer("A001"))
    assert response.status_code == 503


def test_messages_without_text_or_payload_are_dropped(bearer: Any, client: TestClient,
                                                      fake_rasa: FakeRasa) -> None:
    fake_rasa.reply = [{"recipient_id": "A001", "image": "x"}, "junk",
                       {"recipient_id": "A001", "text": "Hello!"}]
    response = client.post("/chat", json={"message": "hi"}, headers=bearer("A001"))
    assert response.json() == {"messages": [{"text": "Hello!"}]}
