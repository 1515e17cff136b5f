"""The ORM models, all in one place: `bank` (customers, staff, products, the audit log…),
`themes` (WOCAS feedback themes and notifications), `signals` (the nightly refresh's
tables), `tracker` (the redaction counter Rasa's tracker store watches). Importing any of
them loads all four, so `Base.metadata` always holds every
table (Alembic's env and `create_all` rely on it)."""

from knowledge.models import bank, signals, themes, tracker  # noqa: F401
