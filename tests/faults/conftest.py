"""Fault injection helpers: a customer database that can be taken away and brought back.

SQLite: the database lives in its own folder; "down" puts the folder aside and leaves a
plain file in its place (so SQLite can neither open nor create the database — permissions
do not help, the tests may run as root), and drops the pooled connections as a server
outage would. PostgreSQL (TEST_DATABASE_URL): the engine talks to the server through a
small TCP proxy that the test stops and starts again.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from knowledge import db, settings
from knowledge.migrate import upgrade


class TcpProxy:
    """Forwards 127.0.0.1:<port> to the database server; `stop()` refuses and cuts everything."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.port = 0
        self._listener: socket.socket | None = None
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()

    def start(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            with self._lock:
                self._sockets += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def stop(self) -> None:
        if self._listener is not None:
            try:  # wakes the thread blocked in accept(); close() alone would not on Linux
                self._listener.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            self._listener.close()
            self._listener = None
        with self._lock:
            for s in self._sockets:
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()
            self._sockets.clear()


@dataclass
class Outage:
    """The database URL the code under test uses, and switches to take it away."""

    url: str
    _down: Callable[[], None] = field(repr=False)
    _up: Callable[[], None] = field(repr=False)
    is_down: bool = False

    def down(self) -> None:
        self._down()
        self.is_down = True

    def up(self) -> None:
        self._up()
        self.is_down = False


@pytest.fixture
def outage(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
           ) -> Iterator[Outage]:
    """A migrated database behind DATABASE_URL (settings and engine caches reset) that can fail.

    On PostgreSQL it is the test's own database (the `database_url` fixture) behind a proxy;
    on SQLite a file in a folder of its own.
    """
    parsed = make_url(database_url)
    sqlite = parsed.get_backend_name() == "sqlite"
    if not sqlite:
        proxy = TcpProxy(parsed.host or "127.0.0.1", parsed.port or 5432)
        proxy.start()
        url = parsed.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
        found = Outage(url, _down=proxy.stop, _up=proxy.start)
    else:
        folder = tmp_path / "db"
        folder.mkdir()
        aside = tmp_path / "db-aside"
        url = f"sqlite:///{folder / 'bank.db'}"

        def down() -> None:
            db.default_engine().dispose()  # the pooled connections die with the outage
            folder.rename(aside)
            folder.write_text("not a folder: the database is away\n")

        def up() -> None:
            folder.unlink()
            aside.rename(folder)

        found = Outage(url, _down=down, _up=up)
    upgrade(found.url)
    monkeypatch.setenv("DATABASE_URL", found.url)
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()
    try:
        yield found
    finally:
        if found.is_down:
            found.up()
        db.engine_for(found.url).dispose()
        settings.get_settings.cache_clear()
        db.engine_for.cache_clear()
        if not sqlite:
            proxy.stop()
