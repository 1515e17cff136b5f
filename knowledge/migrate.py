"""Schema migrations (Alembic) run from code: `upgrade(url)` brings a database to head;
`prepare_tracker_store(url)` gives Rasa's SQL tracker store, in a database of its own, the
one table of ours it needs."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # ConfigParser interpolation: a literal % in a password must be doubled.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str, revision: str = "head") -> None:
    # One linear history: each revision names the one before it.
    command.upgrade(alembic_config(url), revision)


def current_revision(url: str) -> str | None:
    from alembic.runtime.migration import MigrationContext

    from knowledge.db import make_engine

    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()


def tracker_store_app_url(url: str) -> str | None:
    """TRACKER_STORE_URL as this process connects to it: Rasa's environment has psycopg2
    (`postgresql://`), the app's psycopg 3. None for an empty URL (in-memory store)."""
    for prefix in ("postgresql+psycopg2://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url or None


def prepare_tracker_store(url: str) -> None:
    """Create `tracker_redactions` in Rasa's tracker store database if it lacks it, from
    the model revision 0016_tracker_redactions migrates (knowledge/models/tracker.py). That
    database is Rasa's (it creates `events` itself), so the app's revisions do not run there;
    Rasa refuses to start on it without this table (channels/tracker_store.py)."""
    from knowledge.db import make_engine
    from knowledge.models.tracker import TrackerRedaction

    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            TrackerRedaction.__table__.create(connection, checkfirst=True)
    finally:
        engine.dispose()
