"""kill -9 of the Rasa server under `advisor run`'s supervisor: named, restarted, and the
advisor's next turn is answered; then the same for a Rasa server that stops answering
(SIGSTOP) without exiting. (The action server, API and theme worker:
tests/cli/test_supervise.py.) A stack of its own, on ports apart from the session's `bot`.
Heavy (a second Rasa server and its restart): run under `flock /tmp/heavy.lock`.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import time

import httpx
import pytest

from cli.stack import Stack
from cli.supervise import Supervisor
from knowledge.db import make_engine, session_factory
from knowledge.demo_bank import generate_demo_bank
from knowledge.migrate import upgrade
from knowledge.settings import Settings
from tests.e2e.conftest import _ensure_model

pytestmark = pytest.mark.e2e
AS_OF = dt.date(2026, 11, 16)


def test_rasa_killed_is_restarted_and_answers_the_next_turn(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    _ensure_model()
    folder = tmp_path_factory.mktemp("supervision")
    url = f"sqlite:///{folder / 'bank.db'}"
    upgrade(url)
    engine = make_engine(url)
    with session_factory(engine).begin() as session:
        generate_demo_bank(session=session, customers=100, seed=5, as_of=AS_OF)
    engine.dispose()
    settings = Settings(database_url=url, as_of_date=AS_OF, rasa_port=15305, action_port=15355,
                        api_port=18300, rasa_url="http://127.0.0.1:15305",
                        action_server_url="http://127.0.0.1:15355")
    stack = Stack(settings, log_dir=folder / "log")
    stack.start(timeout=400)
    reports: list[str] = []
    supervisor = Supervisor(stack, report=reports.append)
    try:
        rasa = next(s for s in stack.services if s.name == "Rasa server")
        assert rasa.process is not None
        os.kill(rasa.process.pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while rasa.exited() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        supervisor.check_once()
        assert any("The Rasa server stopped unexpectedly (killed by SIGKILL)" in r
                   for r in reports), reports
        name, seconds = supervisor.restarts[-1]
        print(f"Rasa server answering again {seconds:.1f} s after kill -9")
        assert name == "Rasa server"
        answer = httpx.post(stack.rest_webhook, json={"sender": "A001", "message": "hi"},
                            headers=stack.sender_headers("A001"), timeout=60)
        assert answer.status_code == 200 and answer.json(), answer.text

        # Hung: alive, holding its port, answering nothing.
        hung = Supervisor(stack, report=reports.append, hang_seconds=5, probe_interval=1)
        assert rasa.process is not None
        os.killpg(rasa.process.pid, signal.SIGSTOP)
        stopped = time.monotonic()
        while not hung.restarts and time.monotonic() - stopped < 400:
            hung.check_once()
            time.sleep(0.2)
        assert any("The Rasa server stopped answering" in r for r in reports), reports
        print(f"hung Rasa server answering again {time.monotonic() - stopped:.1f} s after "
              f"SIGSTOP (restart {hung.restarts[-1][1]:.1f} s)")
        answer = httpx.post(stack.rest_webhook, json={"sender": "A001", "message": "hi"},
                            headers=stack.sender_headers("A001"), timeout=60)
        assert answer.status_code == 200 and answer.json(), answer.text
    finally:
        supervisor.stop()
        stack.stop()
