"""A number per big table that grows whenever rows are added (or removed): how the stored
call lists and the signal refresh see that their inputs changed, cheaply enough to ask on
every chat turn.

- SQLite: the largest rowid, one B-tree seek (a new row gets a larger rowid).
- PostgreSQL: the table's counter in `change_marks`, bumped by a statement-level trigger
  (migration 0006_change_marks), one primary-key lookup. It replaced count(*), which on
  the 20,000-customer load bench scanned ~2M transaction rows per turn and was most of the
  database's work under load.

Neither sees a row changed in place (an UPDATE): run `advisor refresh` after such a load.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import FromClause, Table, func, literal_column, select
from sqlalchemy.orm import Session

from knowledge.models import ChangeMark


def mark_subquery(session: Session, table: FromClause) -> Any:
    """A scalar subquery for `table`'s mark, to put into a larger query."""
    if session.get_bind().dialect.name == "sqlite":
        return select(func.max(literal_column("rowid"))).select_from(table).scalar_subquery()
    return (
        select(func.coalesce(func.max(ChangeMark.version), 0))
        .where(ChangeMark.table_name == cast(Table, table).name)  # a model's __table__
        .scalar_subquery()
    )


def high_water_mark(session: Session, table: FromClause) -> int:
    return int(session.scalar(select(mark_subquery(session, table))) or 0)
