"""The production profile on one machine: PostgreSQL bank, PostgreSQL tracker store, Redis
lock store, one action server, one API and one or more Rasa servers sharing them.

Used by the load benchmark and by tests/e2e/test_two_instances.py. PostgreSQL and Redis
are the ones `make services` starts (override with TEST_DATABASE_URL / LOAD_REDIS_URL).
Each cluster creates its own databases (bank and tracker, named after the process) and
drops them when it stops, so runs never see each other's conversations.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from sqlalchemy import create_engine
from sqlalchemy.engine import URL, make_url

from cli.stack import Service, Stack, StackError
from knowledge.db import make_engine, session_factory
from knowledge.demo_bank import DemoBankReport, generate_demo_bank
from knowledge.migrate import upgrade
from knowledge.settings import Settings, redis_parts

DEFAULT_POSTGRES = "postgresql+psycopg://advisor:advisor@127.0.0.1:55432/advisor_test"
DEFAULT_REDIS = "redis://127.0.0.1:56379/0"


def postgres_url() -> str:
    return os.environ.get("TEST_DATABASE_URL", DEFAULT_POSTGRES)


def redis_url() -> str:
    return os.environ.get("LOAD_REDIS_URL", DEFAULT_REDIS)


def services_missing() -> str | None:
    """Why the production profile cannot run here, or None when PostgreSQL and Redis answer."""
    url = make_url(postgres_url())
    if url.get_backend_name() != "postgresql":
        return f"TEST_DATABASE_URL is not PostgreSQL ({url.get_backend_name()})"
    try:
        engine = create_engine(url, pool_size=1)
        with engine.connect():
            pass
        engine.dispose()
    except Exception as exc:  # any failure means: not usable here, say which server
        return (f"PostgreSQL at {url.host}:{url.port} is not reachable ({type(exc).__name__}); "
                "`make services` starts it")
    parts = redis_parts(redis_url()) or {}
    try:
        with socket.create_connection((str(parts["host"]), int(parts["port"])), 2) as sock:
            sock.sendall(b"PING\r\n")
            if not sock.recv(16).startswith(b"+PONG"):
                raise OSError("no PONG")
    except (OSError, KeyError) as exc:
        return (f"Redis at {redis_url()} is not reachable ({type(exc).__name__}); "
                "`make services` starts it")
    return None


class Databases:
    """CREATE/DROP DATABASE on the server of TEST_DATABASE_URL (its role needs CREATEDB)."""

    def __init__(self, url: str) -> None:
        self.url: URL = make_url(url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT", pool_size=1)

    def exists(self, name: str) -> bool:
        with self.admin.connect() as connection:
            return bool(connection.exec_driver_sql(
                "SELECT 1 FROM pg_database WHERE datname = %(name)s", {"name": name}
            ).first())

    def create(self, name: str, template: str | None = None) -> None:
        clause = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
        with self.admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"{clause}')

    def drop(self, name: str) -> None:
        with self.admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def app_url(self, name: str) -> str:
        """For the app (psycopg 3)."""
        return self.url.set(database=name).render_as_string(hide_password=False)

    def rasa_url(self, name: str) -> str:
        """For Rasa's tracker store (its environment has psycopg2: plain postgresql://)."""
        return (self.url.set(drivername="postgresql", database=name)
                .render_as_string(hide_password=False))


def generate_bank(url: str, *, customers: int, seed: int, as_of: dt.date) -> DemoBankReport:
    """A migrated demo bank with today's signals precomputed (as `advisor run` does)."""
    from knowledge.call_list.refresh import refresh_bank

    upgrade(url)
    engine = make_engine(url)
    try:
        with session_factory(engine).begin() as session:
            report = generate_demo_bank(session=session, customers=customers, seed=seed,
                                        as_of=as_of)
        with session_factory(engine).begin() as session:
            refresh_bank(session=session, as_of=as_of)
    finally:
        engine.dispose()
    return report


@dataclass
class Cluster:
    """Rasa instances on `rasa_ports` (the first one is the stack's), one action server and
    one API, all on the given bank, sharing a tracker store and a lock store."""

    database_url: str
    tracker_store_url: str
    as_of: dt.date
    rasa_ports: list[int]
    action_port: int
    api_port: int
    log_dir: Path
    lock_store_url: str = field(default_factory=redis_url)
    # e.g. SANIC_WORKERS: worker processes of the action server and of each Rasa server
    # (Rasa allows more than one only with a Redis lock store).
    extra_env: dict[str, str] = field(default_factory=dict)
    stack: Stack | None = None
    extra_rasa: list[Service] = field(default_factory=list)

    def start(self, timeout: float = 600.0) -> None:
        settings = Settings(
            database_url=self.database_url, as_of_date=self.as_of,
            rasa_port=self.rasa_ports[0], action_port=self.action_port, api_port=self.api_port,
            rasa_url=f"http://127.0.0.1:{self.rasa_ports[0]}",
            action_server_url=f"http://127.0.0.1:{self.action_port}",
            tracker_store_url=self.tracker_store_url, lock_store_url=self.lock_store_url,
        )
        self.stack = Stack(settings, log_dir=self.log_dir, extra_env=dict(self.extra_env))
        # Before any Rasa server: each refuses to start on a tracker store without its table.
        self.stack.prepare_tracker_store()
        first = next(s for s in self.stack.services if s.name == "Rasa server")
        env = self.stack.environment()
        for number, port in enumerate(self.rasa_ports[1:], start=2):
            command = list(first.command)
            command[command.index("--port") + 1] = str(port)
            service = Service(f"Rasa server {number}", command,
                              f"http://127.0.0.1:{port}/status",
                              self.log_dir / f"rasa-{number}.log",
                              ready_params=self.stack.rasa_api_params)
            # Started first, so that they load their models while the stack starts its own.
            service.start(env)
            self.extra_rasa.append(service)
        try:
            self.stack.start(timeout=timeout)
            for service in self.extra_rasa:
                self._wait(service, timeout)
        except BaseException:
            self.stop()
            raise

    @staticmethod
    def _wait(service: Service, timeout: float) -> None:
        import time

        deadline = time.monotonic() + timeout
        while not service.ready():
            if (code := service.exited()) is not None:
                raise StackError(f"The {service.name} stopped (exit code {code}) while "
                                 f"starting. Last lines of {service.log_path}:\n"
                                 f"{service.log_tail()}")
            if time.monotonic() > deadline:
                raise StackError(f"Timed out after {timeout:.0f} s waiting for {service.name}")
            time.sleep(1.0)

    def webhooks(self) -> list[str]:
        return [f"http://127.0.0.1:{port}/webhooks/rest/webhook" for port in self.rasa_ports]

    def tracker(self, port: int, sender: str) -> dict[str, object]:
        assert self.stack is not None, "start the cluster first"
        response = httpx.get(f"http://127.0.0.1:{port}/conversations/{sender}/tracker",
                             params=self.stack.rasa_api_params, timeout=30)
        response.raise_for_status()
        return response.json()

    def cpu_seconds(self) -> dict[str, float]:
        """CPU time used so far by each process of the cluster, and by all PostgreSQL and
        Redis server processes together: what the load is spent on."""
        services = [*(self.stack.services if self.stack else []), *self.extra_rasa]
        # With children: the action server's Sanic serves from a worker process.
        children = _children()
        result = {s.name: sum(_cpu(pid) for pid in _tree(s.process.pid, children))
                  for s in services if s.process is not None}
        for server in ("postgres", "redis-server"):
            result[server] = sum(_cpu(int(p.name)) for p in Path("/proc").iterdir()
                                 if p.name.isdigit() and _comm(p) == server)
        return result

    def stop(self) -> None:
        for service in self.extra_rasa:
            service.stop()
        if self.stack is not None:
            self.stack.stop()


def _comm(proc: Path) -> str:
    try:
        return (proc / "comm").read_text().strip()
    except OSError:
        return ""


def _cpu(pid: int) -> float:
    """User + system seconds of a process (all its threads), 0 when it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                parent = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            tree.setdefault(parent, []).append(int(proc.name))
    return tree


def _tree(pid: int, children: dict[int, list[int]]) -> list[int]:
    pids, index = [pid], 0
    while index < len(pids):
        pids += children.get(pids[index], [])
        index += 1
    return pids
