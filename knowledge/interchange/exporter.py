"""`export_folder`: write the database in the interchange format (the same files import reads).

Rows are sorted by id and values are written in a canonical form (ISO dates, fixed decimal
places), so export → import → export gives byte-identical files. Large tables stream.
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.interchange.spec import FILES, Column, FileSpec
from knowledge.models.bank import Branch, Staff

ExportProgress = Callable[[str, int], None]  # (file name, rows written so far)
STREAM_ROWS = 10_000


def _text(column: Column, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if column.kind in ("money", "rate"):
        places = 2 if column.kind == "money" else 4
        return f"{Decimal(value):.{places}f}"
    return str(value)


def _rows(session: Session, spec: FileSpec) -> Any:
    columns = spec.all_columns()
    if spec.stem == "advisors":
        statement = (select(*(getattr(Staff, c.field) for c in spec.columns),
                            Branch.name, Branch.city)
                     .outerjoin(Branch, Staff.branch_id == Branch.id).order_by(Staff.id))
    else:
        statement = select(*(getattr(spec.model, c.field) for c in columns)).order_by(
            spec.model.id)
    return session.connection().execution_options(yield_per=STREAM_ROWS).execute(statement)


def export_folder(*, session: Session, folder: Path,
                  progress: ExportProgress | None = None) -> dict[str, int]:
    """Write every interchange file into `folder` (created if needed); rows per file."""
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    for spec in FILES:
        columns = spec.all_columns()
        count = 0
        with (folder / spec.filename).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow([c.name for c in columns])
            for row in _rows(session, spec):
                writer.writerow([_text(c, v) for c, v in zip(columns, row, strict=True)])
                count += 1
                if progress and count % STREAM_ROWS == 0:
                    progress(spec.filename, count)
        written[spec.filename] = count
        if progress:
            progress(spec.filename, count)
    return written
