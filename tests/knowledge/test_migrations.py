import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import make_url

from knowledge.db import make_engine
from knowledge.migrate import alembic_config, current_revision, upgrade
from knowledge.models.bank import Base


def _tables(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_migrations_build_every_table_the_models_declare(blank_database_url: str) -> None:
    upgrade(blank_database_url)
    upgrade(blank_database_url)  # idempotent: a second run changes nothing and does not fail
    assert set(Base.metadata.tables) <= _tables(blank_database_url)


def test_schema_history_is_linear_and_the_database_ends_at_its_head(
    blank_database_url: str,
) -> None:
    script = ScriptDirectory.from_config(alembic_config(blank_database_url))
    heads = script.get_heads()
    assert len(heads) == 1, f"several schema heads, merge them: {heads}"
    upgrade(blank_database_url)
    assert current_revision(blank_database_url) == heads[0]


def test_migrations_run_down_to_nothing_and_up_again(blank_database_url: str) -> None:
    """Every revision's downgrade works, and leaves nothing that stops the next upgrade
    (on PostgreSQL: no orphaned enum types or sequences)."""
    config = alembic_config(blank_database_url)
    upgrade(blank_database_url)
    command.downgrade(config, "base")
    assert _tables(blank_database_url) <= {"alembic_version"}
    assert current_revision(blank_database_url) is None
    upgrade(blank_database_url)
    assert set(Base.metadata.tables) <= _tables(blank_database_url)


def test_each_revision_steps_down_and_up_again(blank_database_url: str) -> None:
    config = alembic_config(blank_database_url)
    revisions = [
        script.revision
        for script in reversed(list(ScriptDirectory.from_config(config).walk_revisions()))
    ]
    for revision in revisions:
        upgrade(blank_database_url, revision)
        command.downgrade(config, "-1")
        upgrade(blank_database_url, revision)
        assert current_revision(blank_database_url) == revision


def test_models_and_migrations_agree(blank_database_url: str) -> None:
    """No model change without its migration: autogenerate finds nothing left to do."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    upgrade(blank_database_url)
    engine = make_engine(blank_database_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_migrations_run_on_postgresql(blank_database_url: str, postgres_databases: object) -> None:
    """The production database: upgrade head, down to base, head again on a real server."""
    if postgres_databases is None:
        pytest.skip("TEST_DATABASE_URL is not set: `make services && make test-pg` runs this")
    assert make_url(blank_database_url).get_backend_name() == "postgresql"
    script = ScriptDirectory.from_config(alembic_config(blank_database_url))
    upgrade(blank_database_url)
    assert current_revision(blank_database_url) == script.get_current_head()
    command.downgrade(alembic_config(blank_database_url), "base")
    assert _tables(blank_database_url) <= {"alembic_version"}
    upgrade(blank_database_url)
    assert set(Base.metadata.tables) <= _tables(blank_database_url)
