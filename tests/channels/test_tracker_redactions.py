"""`tracker_redactions` (the counter `advisor forget` bumps so that Rasa processes drop the
conversations they keep in memory) is created by the app, never by Rasa: by the migrations
(revision 0016_tracker_redactions) in the app's database, by `prepare_tracker_store` in a
tracker store of its own. Rasa's store, started as Rasa starts it, reads the counter there,
and refuses to start, saying what to run, where nobody prepared it. On SQLite, and on
PostgreSQL under `make test-pg`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url

from knowledge.db import make_engine
from knowledge.migrate import prepare_tracker_store, upgrade
from knowledge.settings import PROJECT_ROOT
from tests.channels.rasa_env import run_in_rasa
from tests.conftest import PostgresDatabases

SCRIPT = PROJECT_ROOT / "tests" / "channels" / "tracker_redactions_check.py"
CASES = ("migrated", "prepared", "not prepared", "made by an older Rasa")


def execute(url: str, statement: str) -> None:
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


def scalar(url: str, statement: str) -> Any:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text(statement)).scalar()
    finally:
        engine.dispose()


def tables(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def databases(tmp_path_factory: pytest.TempPathFactory,
              postgres_databases: PostgresDatabases | None) -> Iterator[dict[str, str]]:
    if postgres_databases is None:
        folder = tmp_path_factory.mktemp("tracker-redactions")
        yield {case: f"sqlite:///{folder / (case.replace(' ', '_') + '.db')}" for case in CASES}
        return
    names = {case: postgres_databases.create(migrated=False) for case in CASES}
    try:
        yield {case: postgres_databases.url_of(name) for case, name in names.items()}
    finally:
        for name in names.values():
            postgres_databases.drop(name)


@pytest.fixture(scope="module")
def prepared(databases: dict[str, str]) -> dict[str, Any]:
    """Each database as the app leaves it; what was there before Rasa started."""
    upgrade(databases["migrated"])
    execute(databases["migrated"],
            "INSERT INTO tracker_redactions (id, generation) VALUES (1, 3)")
    prepare_tracker_store(databases["prepared"])
    prepare_tracker_store(databases["prepared"])  # a second run changes nothing
    older = databases["made by an older Rasa"]  # its counter survives the migration
    execute(older, "CREATE TABLE tracker_redactions "
                   "(id INTEGER PRIMARY KEY, generation BIGINT NOT NULL)")
    execute(older, "INSERT INTO tracker_redactions (id, generation) VALUES (1, 2)")
    upgrade(older)
    return {case: tables(url) for case, url in databases.items()}


@pytest.fixture(scope="module")
def started(databases: dict[str, str], prepared: dict[str, Any]) -> dict[str, Any]:
    # Rasa's environment has psycopg2: plain postgresql:// (as TRACKER_STORE_URL).
    for_rasa = {case: make_url(url).set(drivername=make_url(url).get_backend_name())
                .render_as_string(hide_password=False) for case, url in databases.items()}
    return run_in_rasa(SCRIPT, json.dumps(for_rasa))


def test_the_migrations_create_the_table_and_rasa_reads_it(started: dict[str, Any]) -> None:
    assert started["migrated"] == {"started": True, "generation": 3, "table_after": True}


def test_a_tracker_store_of_its_own_gets_only_that_table(prepared: dict[str, Any],
                                                         started: dict[str, Any]) -> None:
    assert prepared["prepared"] == {"tracker_redactions"}  # none of the bank's tables
    assert started["prepared"] == {"started": True, "generation": None, "table_after": True}


def test_rasa_refuses_to_start_where_nobody_prepared_it(started: dict[str, Any]) -> None:
    refused = started["not prepared"]
    assert not refused["started"] and refused["error"] == "MissingRedactionsTable"
    assert "tracker_redactions" in refused["message"]
    assert "advisor migrate" in refused["message"] and "TRACKER_STORE_URL" in refused["message"]
    assert refused["table_after"] is False  # it did not make one up either


def test_a_counter_an_older_rasa_made_survives_the_migration(
        databases: dict[str, str], started: dict[str, Any]) -> None:
    assert started["made by an older Rasa"]["generation"] == 2
    assert scalar(databases["made by an older Rasa"],
                  "SELECT generation FROM tracker_redactions WHERE id = 1") == 2
