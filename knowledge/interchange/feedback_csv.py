"""feedback.csv on its own (`advisor feedback import`, `POST /feedback/import`): loaded by the
interchange importer with the same rules as `advisor import DIR`, reported as rows inserted,
updated and unchanged."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from knowledge.interchange.importer import ImportRejected, import_file


@dataclass
class ImportReport:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return self.inserted + self.updated + self.unchanged


class FeedbackImportError(ValueError):
    def __init__(self, errors: list[str], total: int | None = None, name: str = "feedback.csv"
                 ) -> None:
        total = len(errors) if total is None else total
        shown = "\n".join(errors[:20])
        more = f"\n… and {total - 20} more" if total > 20 else ""
        super().__init__(f"{name} has {total} problem(s); nothing was imported:\n"
                         f"{shown}{more}")
        self.errors = errors


def import_feedback_csv(
    *, session: Session, path: Path, progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Load a feedback.csv (any name, any size) as pending statements, all or nothing.

    The rules are the interchange format's (`knowledge.interchange.spec`, the same as
    `advisor import DIR`): every row is checked, rows are upserted in batches, and any
    problem raises `FeedbackImportError` listing file, line, column and what to fix (the
    caller rolls back). Re-importing an id with changed text updates it and puts it back to
    `pending` (its old embedding and theme membership are dropped so it is re-themed).
    `progress(rows read so far)`.
    """
    def by_rows(rows: int, _done: int, _size: int) -> None:
        assert progress is not None
        progress(rows)

    try:
        _, changes = import_file(session=session, stem="feedback", path=path,
                                 progress=by_rows if progress else None)
    except ImportRejected as rejected:
        raise FeedbackImportError([str(p) for p in rejected.problems], rejected.total,
                                  path.name) from None
    return ImportReport(inserted=changes.inserted, updated=changes.updated,
                        unchanged=changes.unchanged)
