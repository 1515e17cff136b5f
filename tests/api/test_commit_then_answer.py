"""No write is acknowledged before it is durable: the transaction commits, then the API answers.

Over real HTTP (uvicorn on a loopback port, the whole app, a database file): right after
`POST /auth/logout` has answered, the old token is refused, every time. And a commit that
fails is the answer the client gets (5xx), never a 2xx for a write that was lost.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.api.login import TEST_PASSWORD, give_password

ROUNDS = 100


@pytest.fixture
def served(bank_api: TestClient) -> Iterator[str]:
    """The app of `bank_api` (same database and settings), served by uvicorn."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(bank_api.app, host="127.0.0.1", port=port,
                                           log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def test_after_logout_answers_the_old_token_is_refused_every_time(served: str) -> None:
    give_password("A001")
    still_accepted = 0
    with httpx.Client(base_url=served, timeout=10) as client:
        for _ in range(ROUNDS):
            login = client.post("/auth/token", data={"username": "A001",
                                                     "password": TEST_PASSWORD})
            assert login.status_code == 200, login.text
            old = {"Authorization": f"Bearer {login.json()['access_token']}"}
            assert client.get("/auth/me", headers=old).status_code == 200
            assert client.post("/auth/logout", headers=old).status_code == 200
            still_accepted += client.get("/auth/me", headers=old).status_code != 401
    assert still_accepted == 0, f"{still_accepted} of {ROUNDS} old tokens still worked"


def test_a_commit_that_fails_is_a_5xx_not_a_2xx(bank_api: TestClient,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    give_password("A001")
    login = bank_api.post("/auth/token", data={"username": "A001", "password": TEST_PASSWORD})
    old = {"Authorization": f"Bearer {login.json()['access_token']}"}
    original = Session.commit

    def commit_fails(self: Session, *args: Any, **kwargs: Any) -> None:
        if self.dirty:  # the logout's write, not the login guard's bookkeeping
            raise RuntimeError("disk full")
        original(self, *args, **kwargs)

    monkeypatch.setattr(Session, "commit", commit_fails)
    answer = bank_api.post("/auth/logout", headers=old)
    monkeypatch.setattr(Session, "commit", original)
    assert answer.status_code >= 500
    # Nothing was stored, and the client was not told otherwise: the token still works.
    assert bank_api.get("/auth/me", headers=old).status_code == 200
