"""Shared fixtures: every test that touches the database gets its own migrated database.

`TEST_DATABASE_URL` (e.g. a PostgreSQL server) replaces the per-test SQLite file; the test
then owns a fresh schema there.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from knowledge.db import make_engine
from knowledge.migrate import upgrade
from knowledge.models import Base

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    external = os.environ.get("TEST_DATABASE_URL")
    if external:
        engine = make_engine(external)
        Base.metadata.drop_all(engine)
        with engine.begin() as connection:
            connection.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
        engine.dispose()
        yield external
        return
    yield f"sqlite:///{tmp_path / 'bank.db'}"


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
