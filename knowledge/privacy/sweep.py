"""The last step of `advisor forget`: every table of the database, searched for what is left.

`knowledge.privacy.forget` deletes and redacts what it knows about (the customer's rows, feedback,
theme quotes, stored call lists, the audit key). What it does not know about (a note of
another customer's call that names this one, a theme label, a theme history entry, a table
added next year) this sweep finds: every text or JSON column of every table the database
has (listed by SQLAlchemy's inspector, not by our models, so a new table is covered without
anyone remembering to add it) is searched for the customer's id and full name, and each
occurrence is replaced by `SWEPT`.

Left alone: primary and foreign key columns (an id there is a row's identity; the targeted
steps delete those rows), the names in OTHER_PEOPLES_NAMES' tables (a namesake is another
person), and the tables named in SKIPPED_TABLES with the reason there.

The id is matched as a whole word (forgetting C102 leaves C1020 alone), the name
case-insensitively, as typed and as JSON-escaped text (JSON columns store "Müller" as
"M\\u00fcller"). Runs in the caller's transaction.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    JSON,
    Connection,
    MetaData,
    String,
    Table,
    Text,
    cast,
    func,
    inspect,
    or_,
    select,
    update,
)

SWEPT = "[redacted]"
# Tables whose names are other people's (a namesake customer, a member of staff).
OTHER_PEOPLES_NAMES = {"customers", "staff"}
SKIPPED_TABLES = {
    # Rasa's tracker store, when it shares the database: knowledge.privacy.forget's
    # `forget_in_tracker_store` redacts it and tells the Rasa processes to drop what they keep.
    "events": "Rasa's tracker store (forget_in_tracker_store)",
    "alembic_version": "schema version",
}


def sweep(*, connection: Connection, customer_id: str, name: str | None
          ) -> dict[str, int]:
    """Replace what is left of `customer_id` and `name`; values changed per `table.column`."""
    wanted = [customer_id] + ([name] if name and len(name.strip()) >= 3 else [])
    matcher = _matcher(customer_id, name)
    patterns = _like_patterns(wanted)
    changed: dict[str, int] = {}
    for table in _tables(connection):
        key_columns = {c.name for c in table.primary_key.columns}
        key_columns |= {fk.parent.name for fk in table.foreign_keys}
        if not table.primary_key.columns:
            continue  # nothing to address a row by; none of ours is like that
        for column in table.columns:
            if column.name in key_columns or not isinstance(column.type, (String, JSON)):
                continue
            own_matcher = matcher
            if table.name in OTHER_PEOPLES_NAMES:
                own_matcher = _matcher(customer_id, None)  # a namesake keeps their name
            count = _sweep_column(connection, table, column, patterns, own_matcher)
            if count:
                changed[f"{table.name}.{column.name}"] = count
    return changed


def _tables(connection: Connection) -> Iterable[Table]:
    metadata = MetaData()
    for name in sorted(inspect(connection).get_table_names()):
        if name not in SKIPPED_TABLES:
            yield Table(name, metadata, autoload_with=connection)


def _sweep_column(connection: Connection, table: Table, column: Any, patterns: list[str],
                  matcher: re.Pattern[str]) -> int:
    as_text = cast(column, Text) if isinstance(column.type, JSON) else column
    condition = or_(*[func.lower(as_text).like(p, escape="\\") for p in patterns])
    keys = list(table.primary_key.columns)
    rows = connection.execute(select(*keys, column).where(condition)).all()
    length = getattr(column.type, "length", None)
    count = 0
    for row in rows:
        value = row[-1]
        new = _redact(value, matcher)
        if isinstance(new, str) and length:
            new = new[:length]
        if new != value:
            identity = [key == row[n] for n, key in enumerate(keys)]
            connection.execute(update(table).where(*identity).values({column.name: new}))
            count += 1
    return count


def _matcher(customer_id: str, name: str | None) -> re.Pattern[str]:
    parts = [rf"(?<![\w-]){re.escape(customer_id)}(?![\w-])"]
    if name and len(name.strip()) >= 3:
        parts.append(r"\s+".join(re.escape(word) for word in name.split()))
    return re.compile("|".join(parts), re.IGNORECASE)


def _like_patterns(values: list[str]) -> list[str]:
    forms: set[str] = set()
    for value in values:
        forms.add(value.lower())
        forms.add(json.dumps(value)[1:-1].lower())
    return [f"%{_escape_like(form)}%" for form in sorted(forms)]


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _redact(value: Any, matcher: re.Pattern[str]) -> Any:
    if isinstance(value, str):
        return matcher.sub(SWEPT, value)
    if isinstance(value, list):
        return [_redact(v, matcher) for v in value]
    if isinstance(value, dict):
        return {k: _redact(v, matcher) for k, v in value.items()}
    return value
