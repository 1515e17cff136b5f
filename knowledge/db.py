"""Engine and session factories. Nothing here runs at import time.

The glue (an action, a route, a CLI command) opens a unit of work with `unit_of_work()`
and passes the session to the domain functions, which never commit themselves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from knowledge.settings import get_settings


def as_utc(value: dt.datetime) -> dt.datetime:
    """A stored `DateTime(timezone=True)` as an aware UTC datetime: PostgreSQL hands back
    aware values, SQLite naive ones (everything is stored in UTC)."""
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


class DatabaseUnavailable(RuntimeError):
    """The customer database cannot be reached; callers tell the user plainly."""


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    kwargs: dict[str, Any] = {"pool_pre_ping": True}
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
    engine = create_engine(url, **kwargs)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


@lru_cache(maxsize=4)
def engine_for(url: str) -> Engine:
    return make_engine(url)


def default_engine() -> Engine:
    return engine_for(get_settings().database_url)


def session_factory(engine: Engine | None = None) -> sessionmaker[Session]:
    return _factory_for(engine or default_engine())


# One factory per engine, kept as long as the engine lives: `sessionmaker()` defines a new
# Session subclass each time, and SQLAlchemy then builds that class's event dispatch anew for
# its first session (a third of a millisecond, on every chat turn and API request).
_FACTORIES: WeakKeyDictionary[Engine, sessionmaker[Session]] = WeakKeyDictionary()


def _factory_for(engine: Engine) -> sessionmaker[Session]:
    factory = _FACTORIES.get(engine)
    if factory is None:
        factory = _FACTORIES[engine] = sessionmaker(bind=engine, expire_on_commit=False)
    return factory


@contextmanager
def unit_of_work(engine: Engine | None = None) -> Iterator[Session]:
    """One transaction: committed when the block ends normally, rolled back otherwise.

    Connection failures surface as `DatabaseUnavailable` so that every caller can answer
    "the customer database is not reachable right now" without a stack trace.
    """
    session = session_factory(engine)()
    try:
        yield session
        session.commit()
    except (OperationalError, InterfaceError) as exc:
        session.rollback()
        if _is_connection_error(exc):
            raise DatabaseUnavailable(str(exc.orig)) from exc
        raise
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def _is_connection_error(exc: OperationalError | InterfaceError) -> bool:
    if exc.connection_invalidated or isinstance(exc, InterfaceError):
        return True
    message = str(exc.orig).lower()
    return any(
        hint in message
        for hint in ("unable to open", "could not connect", "connection refused", "server closed",
                     "database is locked", "terminating connection")
    )


def ping(engine: Engine | None = None) -> bool:
    try:
        with (engine or default_engine()).connect() as connection:
            connection.execute(text("SELECT 1"))
        return True
    except Exception:
        return False
