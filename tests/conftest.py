"""Shared fixtures: every test that touches the database gets its own migrated database.

`TEST_DATABASE_URL` (a PostgreSQL database, e.g. the one `make services` prints) replaces
the per-test SQLite file: the session migrates one template database once, and each test
gets a fresh clone of it (CREATE DATABASE … TEMPLATE, ~40 ms), dropped afterwards. The role
in the URL needs CREATEDB.
"""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.orm import Session

from knowledge.db import make_engine
from knowledge.migrate import upgrade

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


class PostgresDatabases:
    """Clones of a migrated template, named `<base>_<pid>_<n>` so that runs never collide."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        if self.url.get_backend_name() != "postgresql":
            raise pytest.UsageError(
                "TEST_DATABASE_URL must be a PostgreSQL URL such as "
                "postgresql+psycopg://advisor:advisor@127.0.0.1:55432/advisor_test "
                "(SQLite is the default when it is unset)"
            )
        self.prefix = f"{self.url.database}_{os.getpid()}_"
        self.template = f"{self.prefix}template"
        self.counter = itertools.count()
        # Every statement here is CREATE/DROP DATABASE, which refuses a transaction.
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT", pool_size=1)

    def url_of(self, database: str) -> str:
        return self.url.set(database=database).render_as_string(hide_password=False)

    def _execute(self, sql: str) -> None:
        with self.admin.connect() as connection:
            connection.exec_driver_sql(sql)

    def create(self, *, migrated: bool = True) -> str:
        name = f"{self.prefix}{next(self.counter)}"
        # FILE_COPY: with a small template it is several times faster than WAL_LOG.
        source = f" TEMPLATE {self.template} STRATEGY FILE_COPY" if migrated else ""
        self._execute(f'CREATE DATABASE "{name}"{source}')
        return name

    def drop(self, name: str) -> None:
        # FORCE: a test may leave a pooled connection behind (e.g. a cached engine). An
        # autovacuum worker may only be ended by a role with pg_signal_backend (`make
        # services` grants it); without it, wait for the worker to finish.
        for attempt in range(40):
            try:
                self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                return
            except ProgrammingError:
                if attempt == 39:
                    raise
                time.sleep(0.25)

    def start(self) -> None:
        self._drop_leftovers()
        self._execute(f'CREATE DATABASE "{self.template}"')
        upgrade(self.url_of(self.template))

    def finish(self) -> None:
        self.drop(self.template)
        self.admin.dispose()

    def _drop_leftovers(self) -> None:
        """Databases of runs that were killed before they could clean up."""
        base = f"{self.url.database}_"
        with self.admin.connect() as connection:
            names = connection.exec_driver_sql(
                "SELECT datname FROM pg_database WHERE starts_with(datname, %(base)s)",
                {"base": base},
            ).scalars().all()
        for name in names:
            pid = name[len(base):].split("_", 1)[0]
            if pid.isdigit() and not Path(f"/proc/{pid}").exists():
                self.drop(name)


@pytest.fixture(scope="session")
def postgres_databases() -> Iterator[PostgresDatabases | None]:
    external = os.environ.get("TEST_DATABASE_URL")
    if not external:
        yield None
        return
    databases = PostgresDatabases(external)
    databases.start()
    try:
        yield databases
    finally:
        databases.finish()


@pytest.fixture
def database_url(
    tmp_path: Path, postgres_databases: PostgresDatabases | None
) -> Iterator[str]:
    """A database of the test's own, already at the schema head on PostgreSQL."""
    if postgres_databases is None:
        yield f"sqlite:///{tmp_path / 'bank.db'}"
        return
    name = postgres_databases.create()
    try:
        yield postgres_databases.url_of(name)
    finally:
        postgres_databases.drop(name)


@pytest.fixture
def blank_database_url(
    tmp_path: Path, postgres_databases: PostgresDatabases | None
) -> Iterator[str]:
    """A database of the test's own with no tables at all (for migration tests)."""
    if postgres_databases is None:
        yield f"sqlite:///{tmp_path / 'blank.db'}"
        return
    name = postgres_databases.create(migrated=False)
    try:
        yield postgres_databases.url_of(name)
    finally:
        postgres_databases.drop(name)


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    upgrade(database_url)
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with Session(engine, expire_on_commit=False) as session:
        yield session
