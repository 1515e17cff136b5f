"""The action server (actions/server.py) as `advisor run` starts it: a real process on a
loopback port, answering only callers that present the shared secret."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from actions.server import is_authorised
from knowledge.settings import PROJECT_ROOT

SECRET = "action-server-secret-of-the-test"
PING = {"next_action": "action_ping", "sender_id": "H001", "version": "3.6.21", "domain": {},
        "tracker": {"sender_id": "H001", "slots": {}, "latest_message": {}, "events": [],
                    "paused": False, "followup_action": None, "active_loop": {},
                    "latest_action_name": None}}


@dataclass
class Running:
    url: str
    process: subprocess.Popen[bytes]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    port = _free_port()
    log = tmp_path_factory.mktemp("actions") / "actions.log"
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "ACTION_PORT": str(port),
           "ACTION_SERVER_SECRET": SECRET, "ACTION_HOST": "127.0.0.1"}
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "actions.server"], cwd=PROJECT_ROOT,
                                   env=env, stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.3)
    else:
        process.kill()
        pytest.fail(f"the action server did not start:\n{log.read_text()[-3000:]}")
    yield Running(url, process)
    os.killpg(process.pid, 15)
    process.wait(timeout=20)


def _listening_addresses(port: int) -> set[str]:
    """Local addresses of listening TCP sockets on `port` (from /proc/net/tcp, tcp6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as lines:
            for line in list(lines)[1:]:
                local, state = line.split()[1], line.split()[3]
                address, hex_port = local.rsplit(":", 1)
                if state == "0A" and int(hex_port, 16) == port:
                    found.add(address)
    return found


def test_listens_on_loopback_only(server: Running) -> None:
    port = int(server.url.rsplit(":", 1)[1])
    assert _listening_addresses(port) == {"0100007F"}  # 127.0.0.1, and nothing else


def test_health_answers_anyone(server: Running) -> None:
    assert httpx.get(f"{server.url}/health").json() == {"status": "ok"}


@pytest.mark.parametrize("headers", [
    {}, {"Authorization": "Bearer wrong-secret"}, {"Authorization": SECRET},
    {"Authorization": f"Bearer {SECRET}x"}, {"Authorization": f"Bearer {SECRET[:-1]}"},
    {"Authorization": f"Basic {SECRET}"}, {"X-Secret": SECRET},
])
@pytest.mark.parametrize(("method", "path"), [("POST", "/webhook"), ("GET", "/actions")])
def test_without_the_secret_nothing_runs(server: Running, headers: dict[str, str],
                                         method: str, path: str) -> None:
    answer = httpx.request(method, f"{server.url}{path}", json=PING, headers=headers)
    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == "Bearer"
    assert "events" not in answer.json() and "responses" not in answer.json()


def test_rasa_with_the_secret_runs_the_action(server: Running) -> None:
    answer = httpx.post(f"{server.url}/webhook", json=PING,
                        headers={"Authorization": f"Bearer {SECRET}"})
    assert answer.status_code == 200
    assert answer.json()["responses"][0]["text"].startswith("I'm here.")


def test_refuses_to_start_without_a_secret() -> None:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "ACTION_SERVER_SECRET": "",
           "ACTION_PORT": str(_free_port())}
    done = subprocess.run([sys.executable, "-m", "actions.server"], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "ACTION_SERVER_SECRET is empty" in done.stderr


def test_the_comparison_takes_the_whole_header() -> None:
    assert is_authorised(f"Bearer {SECRET}", SECRET)
    assert not is_authorised(None, SECRET)
    assert not is_authorised(f"Bearer {SECRET} ", SECRET)
    assert not is_authorised("Bearer ", "")  # an empty secret never matches an empty header
