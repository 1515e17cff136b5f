"""A number per big table that grows whenever rows are added (or removed): how the stored
call lists and the signal refresh see that their inputs changed, cheaply enough to ask on
every chat turn.

- SQLite: the largest rowid, one B-tree seek (a new row gets a larger rowid).
- PostgreSQL: the table's counter in `change_marks`, bumped by a statement-level trigger
  (migration 0006_change_marks) once per writing transaction, one primary-key lookup; plus
  the number of such statements in the reader's own transaction. It replaced count(*), which on
  the 20,000-customer load bench scanned ~2M transaction rows per turn and was most of the
  database's work under load.

Neither sees a row changed in place (an UPDATE): run `advisor refresh` after such a load.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import BigInteger, FromClause, Table, func, literal_column, select, true
from sqlalchemy import cast as sa_cast
from sqlalchemy.orm import Session

from knowledge.models.bank import ChangeMark


def mark_subquery(session: Session, table: FromClause) -> Any:
    """A scalar subquery for `table`'s mark, to put into a larger query."""
    if session.get_bind().dialect.name == "sqlite":
        return select(func.max(literal_column("rowid"))).select_from(table).scalar_subquery()
    name = cast(Table, table).name  # a model's __table__
    version = (
        select(func.coalesce(func.max(ChangeMark.version), 0))
        .where(ChangeMark.table_name == name)
        .scalar_subquery()
    )
    # Statements of this very transaction (the trigger counts them in a local setting, ''
    # or absent elsewhere): the writer sees its own changes, which move `version` only once.
    mine = sa_cast(
        func.coalesce(
            func.nullif(func.current_setting(f"advisor.change_mark.{name}", true()), ""), "0"
        ),
        BigInteger,
    )
    return version * 1_000_000_000 + mine


def high_water_mark(session: Session, table: FromClause) -> int:
    return int(session.scalar(select(mark_subquery(session, table))) or 0)
