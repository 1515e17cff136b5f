from sqlalchemy import inspect

from knowledge.db import make_engine
from knowledge.migrate import upgrade
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
