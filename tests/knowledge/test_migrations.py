from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from knowledge.db import make_engine
from knowledge.migrate import alembic_config, current_revision, upgrade
from knowledge.models import Base


def test_migrations_build_every_table_the_models_declare(database_url: str) -> None:
    upgrade(database_url)
    upgrade(database_url)  # idempotent: a second run changes nothing and does not fail
    engine = make_engine(database_url)
    try:
        tables = set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    assert set(Base.metadata.tables) <= tables


def test_schema_history_is_linear_and_the_database_ends_at_its_head(database_url: str) -> None:
    script = ScriptDirectory.from_config(alembic_config(database_url))
    heads = script.get_heads()
    assert len(heads) == 1, f"several schema heads, merge them: {heads}"
    upgrade(database_url)
    assert current_revision(database_url) == heads[0]


def test_models_and_migrations_agree(database_url: str) -> None:
    """No model change without its migration: autogenerate finds nothing left to do."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    upgrade(database_url)
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert differences == []
