"""`advisor run`'s supervision on real processes: kill -9 of a part → named and restarted; a
part that stops answering (its processes stopped with SIGSTOP) → named as hung, killed and
restarted; a stopped stack leaves nothing behind, so the next start works at once.

The action server, the API and the theme worker as `advisor run` starts them, on a small
migrated database (the Rasa server is in tests/e2e/test_supervision.py: it needs the model).
"""

from __future__ import annotations

import os
import signal
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from cli.stack import MODEL, Service, Stack
from cli.supervise import Supervisor
from knowledge.migrate import upgrade
from knowledge.settings import Settings

PARTS = ("action server", "API", "theme worker")
pytestmark = pytest.mark.skipif(not MODEL.exists(), reason="the stack starts only with a model")


def _free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [int(s.getsockname()[1]) for s in sockets]
    finally:
        for s in sockets:
            s.close()


def _stack(folder: Path, **extra_env: str) -> Stack:
    url = f"sqlite:///{folder / 'bank.db'}"
    upgrade(url)
    action, api, rasa = _free_ports(3)
    settings = Settings(database_url=url, action_port=action, api_port=api, rasa_port=rasa,
                        action_server_url=f"http://127.0.0.1:{action}",
                        rasa_url=f"http://127.0.0.1:{rasa}")
    stack = Stack(settings, log_dir=folder / "log", theme_worker=True, extra_env=extra_env)
    stack.services = [s for s in stack.services if s.name in PARTS]
    return stack


def _part(stack: Stack, name: str) -> Service:
    return next(s for s in stack.services if s.name == name)


def _wait_until_dead(service: Service) -> None:
    deadline = time.monotonic() + 10
    while service.exited() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert service.exited() is not None


def _live_group_members(stack: Stack) -> list[int]:
    groups = {s.process.pid for s in stack.services if s.process is not None}
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) in groups and fields[0] != "Z":
                found.append(int(entry.name))
    return found


@pytest.fixture(scope="module")
def supervised(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Stack, Supervisor,
                                                                           list[str]]]:
    stack = _stack(tmp_path_factory.mktemp("supervised"))
    stack.start(timeout=120)
    reports: list[str] = []
    supervisor = Supervisor(stack, report=reports.append)
    yield stack, supervisor, reports
    supervisor.stop()
    stack.stop()


@pytest.mark.parametrize("name", PARTS)
def test_kill_9_of_a_part_is_named_and_it_answers_again_within_10_s(
        supervised: tuple[Stack, Supervisor, list[str]], name: str) -> None:
    stack, supervisor, reports = supervised
    part = _part(stack, name)
    os.kill(part.process.pid, signal.SIGKILL)  # type: ignore[union-attr]
    _wait_until_dead(part)
    supervisor.check_once()
    assert any(f"The {name} stopped unexpectedly (killed by SIGKILL)" in r for r in reports)
    assert supervisor.restarts[-1][0] == name
    assert supervisor.restarts[-1][1] < 10, supervisor.restarts
    assert part.exited() is None and part.ready()
    if name == "action server":  # it still answers only Rasa
        url = f"http://127.0.0.1:{stack.settings.action_port}"
        assert httpx.post(f"{url}/webhook", json={}).status_code == 401


@pytest.mark.parametrize("name", ["action server", "API"])
def test_a_part_that_stops_answering_is_named_killed_and_restarted(
        tmp_path: Path, name: str) -> None:
    stack = _stack(tmp_path)
    stack.services = [_part(stack, name)]
    stack.start(timeout=120)
    part = stack.services[0]
    hung_pid = part.process.pid  # type: ignore[union-attr]
    reports: list[str] = []
    supervisor = Supervisor(stack, report=reports.append, hang_seconds=3, probe_interval=0.5)
    try:
        supervisor.check_once()
        assert reports == []  # a part that answers is left alone
        os.killpg(hung_pid, signal.SIGSTOP)  # every process of it: alive, silent
        stopped = time.monotonic()
        while not supervisor.restarts and time.monotonic() - stopped < 30:
            supervisor.check_once()
            time.sleep(0.2)
        assert any(f"The {name} stopped answering (not answering its health check for" in r
                   for r in reports), reports
        assert supervisor.restarts and supervisor.restarts[-1][0] == name
        assert part.process.pid != hung_pid and part.ready()  # type: ignore[union-attr]
        assert not Path(f"/proc/{hung_pid}").exists() or \
            Path(f"/proc/{hung_pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
        print(f"{name}: hung → answering again {time.monotonic() - stopped:.1f} s after "
              f"SIGSTOP (detection after {supervisor.hang_seconds:g} s)")
    finally:
        supervisor.stop()
        stack.stop()


def test_a_part_that_keeps_dying_is_given_up_on_by_name(tmp_path: Path) -> None:
    stack = _stack(tmp_path)
    stack.services = [_part(stack, "theme worker")]
    stack.start(timeout=60)
    reports: list[str] = []
    supervisor = Supervisor(stack, report=reports.append, max_restarts=1)
    try:
        for _ in range(2):
            os.kill(stack.services[0].process.pid, signal.SIGKILL)  # type: ignore[union-attr]
            _wait_until_dead(stack.services[0])
            supervisor.check_once()
        assert supervisor.failed and "The theme worker stopped (killed by SIGKILL) 2 times" in \
            supervisor.failed
        assert not supervisor.running
    finally:
        stack.stop()


def test_stop_after_a_kill_9_leaves_no_worker_on_the_port(tmp_path: Path) -> None:
    """A server that serves from a child process (a Sanic manager and its worker, as
    `python -m rasa_sdk` runs): kill -9 of the first process used to leave the child on the
    port, because `stop()` returned as soon as the first process had exited."""
    port = _free_ports(1)[0]
    serve_from_a_child = (
        "import subprocess, sys, time; "
        f"subprocess.Popen([sys.executable, '-m', 'http.server', '{port}', "
        "'--bind', '127.0.0.1']); time.sleep(600)")
    server = Service("server with a worker", [sys.executable, "-c", serve_from_a_child],
                     f"http://127.0.0.1:{port}/", tmp_path / "server.log")
    server.start(dict(os.environ))
    deadline = time.monotonic() + 10
    while not server.ready() and time.monotonic() < deadline:
        time.sleep(0.1)
    os.kill(server.process.pid, signal.SIGKILL)  # type: ignore[union-attr]
    _wait_until_dead(server)
    assert server.ready(), "the worker still answers after its parent died"
    server.stop()
    assert not server.ready()
    with socket.socket() as again:  # the port is free for the next server (which, like
        again.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # this, reuses addresses)
        again.bind(("127.0.0.1", port))


def test_after_a_kill_nothing_is_left_and_a_new_start_answers_within_10_s(
        tmp_path: Path) -> None:
    stack = _stack(tmp_path / "first")
    stack.start(timeout=120)
    try:
        for name in PARTS:
            os.kill(_part(stack, name).process.pid, signal.SIGKILL)  # type: ignore[union-attr]
    finally:
        stack.stop()
    assert _live_group_members(stack) == []
    again = Stack(stack.settings, log_dir=tmp_path / "again" / "log", theme_worker=True)
    again.services = [s for s in again.services if s.name in PARTS]
    started = time.monotonic()
    env = again.environment()
    try:
        for service in again.services:
            assert not service.ready(), f"something still answers for the {service.name}"
            service.start(env)
        while not all(s.ready() for s in again.services) and time.monotonic() - started < 10:
            time.sleep(0.1)
        assert all(s.ready() for s in again.services), "the new start did not answer in 10 s"
    finally:
        again.stop()
