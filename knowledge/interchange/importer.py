"""`import_folder`: validate and load a folder of interchange CSV files in one transaction.

One pass per file: every row is checked (types, enums, required values, references to ids
in this import or already in the database); while no problem has been seen, rows are
upserted by id in batches with Core executemany. Any problem anywhere makes the run raise
`ImportRejected` with all problems, and the caller's transaction rolls everything back.
How one cell is read is `cells.py`; what a run reports is `report.py`.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from knowledge.feedback.service import forget_theming
from knowledge.interchange.cells import parse_cell, text_problem
from knowledge.interchange.currency import currency_warnings
from knowledge.interchange.report import Changes, ImportRejected, ImportReport, Problem
from knowledge.interchange.spec import BRANCH_COLUMNS, FILE_BY_STEM, FILES, Column, FileSpec
from knowledge.models.bank import Branch, Feedback

BATCH_ROWS = 5_000
MAX_PROBLEMS_KEPT = 1_000
ImportProgress = Callable[[str, int, int], None]  # (file name, bytes read, file size)

__all__ = ["Changes", "ImportRejected", "ImportReport", "Problem", "import_file",
           "import_folder"]


class _Importer:
    def __init__(self, session: Session, progress: ImportProgress | None) -> None:
        self.session = session
        self.progress = progress
        self.problems: list[Problem] = []
        self.problem_count = 0
        self.known: dict[str, set[str]] = {}
        self.dialect = session.get_bind().dialect.name
        self.names: dict[str, str] = {}  # stem -> the file's name as given
        self.seen_ids: set[str] = set()  # ids of the current file, when they must be unique
        self.rows_read = 0  # rows of the current file so far (for progress)
        # Money rows per currency (holdings, transactions, feedback), for the currency check.
        self.currencies: Counter[str] = Counter()
        self.changes: dict[str, Changes] = {}

    def problem(self, file: str, line: int | None, column: str | None, message: str) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS_KEPT:
            self.problems.append(Problem(file, line, column, message))

    def name(self, spec: FileSpec) -> str:
        return self.names.get(spec.stem, spec.filename)

    def known_ids(self, stem: str) -> set[str]:
        if stem not in self.known:
            model = FILE_BY_STEM[stem].model
            self.known[stem] = set(self.session.scalars(select(model.id)))
        return self.known[stem]

    def load_file(self, spec: FileSpec, path: Path) -> int:
        size = path.stat().st_size
        self.names[spec.stem] = path.name  # where problems point
        self.seen_ids = set()
        self.rows_read = 0
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            try:
                header = [name.strip() for name in next(reader)]
            except StopIteration:
                self.problem(self.name(spec), 1, None, "the file is empty; it needs a header row")
                return 0
            except UnicodeDecodeError:
                self.problem(self.name(spec), None, None, "the file is not UTF-8 text; "
                             "save it as UTF-8 CSV")
                return 0
            missing = [c.name for c in spec.columns if c.name not in header]
            for name in missing:
                self.problem(self.name(spec), 1, name, "required column is missing from the header")
            if missing:
                return 0
            present = [c for c in spec.all_columns() if c.name in header]
            positions = {c.name: header.index(c.name) for c in present}
            batch: list[dict[str, Any]] = []
            count = 0
            try:
                for row in reader:
                    line = reader.line_num
                    if not any(cell.strip() for cell in row):
                        continue
                    if len(row) != len(header):
                        count += 1
                        self.problem(self.name(spec), line, None,
                                     f"the row has {len(row)} fields but the header has "
                                     f"{len(header)}; quote texts that contain commas and "
                                     "use '.' as the decimal point")
                        at = positions[spec.id_column]
                        self.remember_id(spec, row[at].strip() if at < len(row) else "")
                        continue
                    record = self.check_row(spec, present, positions, row, line)
                    count += 1
                    self.rows_read = count
                    if record is not None and record.get("currency"):
                        self.currencies[record["currency"]] += 1
                    if record is not None and not self.problem_count:
                        batch.append(record)
                    if len(batch) >= BATCH_ROWS:
                        self.write(spec, present, batch)
                        batch = []
                        if self.progress:
                            self.progress(self.name(spec), handle.buffer.tell(), size)  # type: ignore[attr-defined]
            except UnicodeDecodeError:
                self.problem(self.name(spec), None, None, "the file is not UTF-8 text; "
                             "save it as UTF-8 CSV")
            except csv.Error as exc:
                self.problem(self.name(spec), reader.line_num, None, f"malformed CSV: {exc}")
            if batch and not self.problem_count:
                self.write(spec, present, batch)
            if self.progress:
                self.progress(self.name(spec), size, size)
        return count

    def check_row(self, spec: FileSpec, present: list[Column], positions: dict[str, int],
                  row: list[str], line: int) -> dict[str, Any] | None:
        before = self.problem_count
        record: dict[str, Any] = {}
        for column in present:
            index = positions[column.name]
            raw = row[index].strip() if index < len(row) else ""
            if not raw:
                if column.required:
                    self.problem(self.name(spec), line, column.name,
                                 column.required_message)
                record[column.name] = None
                continue
            value, error = parse_cell(column, raw)
            if not error and column.check is not None:
                error = column.check(value)
            if not error:
                error = text_problem(spec, column, raw)
            if error:
                self.problem(self.name(spec), line, column.name, error)
                continue
            if column.references and value not in self.known_ids(column.references):
                self.problem(self.name(spec), line, column.name,
                             f"{value!r} is not an id in {column.references}.csv of this "
                             "import nor in the database")
                continue
            record[column.name] = value
        self.check_row_rules(spec, record, line)
        if spec.unique_ids and record.get(spec.id_column):
            if record[spec.id_column] in self.seen_ids:
                self.problem(self.name(spec), line, spec.id_column,
                             f"{record[spec.id_column]!r} appears twice in this file; give each "
                             "row its own id (or drop the repeated row)")
            self.seen_ids.add(record[spec.id_column])
        # Remembered even when the row is wrong, so rows pointing at it do not add noise.
        self.remember_id(spec, record.get(spec.id_column) or "")
        if self.problem_count > before:
            return None
        return record

    def remember_id(self, spec: FileSpec, value: str) -> None:
        # Later files may point at this id (holdings at customers, …).
        if value and spec.stem in ("advisors", "customers", "products", "holdings"):
            self.known_ids(spec.stem).add(value)

    def check_row_rules(self, spec: FileSpec, record: dict[str, Any], line: int) -> None:
        if spec.stem == "advisors" and not record.get("branch") and record.get("role") in (
                "advisor", "branch_manager"):
            self.problem(self.name(spec), line, "branch",
                         "advisors and branch managers need a branch id")
        if spec.stem == "holdings":
            opened, closed = record.get("opened_on"), record.get("closed_on")
            if opened and closed and closed < opened:
                self.problem(self.name(spec), line, "closed_on", "closed_on is before opened_on")

    def write(self, spec: FileSpec, present: list[Column], batch: list[dict[str, Any]]) -> None:
        if spec.stem == "advisors":
            self.write_branches(batch)
        table: Table = spec.model.__table__
        rows = [{c.field: record[c.name] for c in present if c.name not in BRANCH_COLUMNS}
                for record in batch]
        if spec.stem == "feedback":
            rows = _with_feedback_currency(rows)
        try:
            self.upsert(table, rows)
        except IntegrityError as exc:
            self.problem(self.name(spec), None, None,
                         f"the database refused a batch ({exc.orig}); check that ids such as "
                         "slack_user_id and teams_user_id are unique")

    def write_branches(self, batch: list[dict[str, Any]]) -> None:
        known = self.known_ids_of_branches()
        named: dict[str, dict[str, Any]] = {}
        for record in batch:
            branch_id = record.get("branch")
            if not branch_id:
                continue
            if record.get("branch_name"):
                named[branch_id] = {"id": branch_id, "name": record["branch_name"],
                                    "city": record.get("branch_city")}
            elif branch_id not in known and branch_id not in named:
                # A branch known only by its id until a file names it.
                named[branch_id] = {"id": branch_id, "name": branch_id, "city": None}
        if named:
            self.upsert(Branch.__table__, list(named.values()))  # type: ignore[arg-type]
            known.update(named)

    def requeue_changed_feedback(self, rows: list[dict[str, Any]]) -> None:
        """Statements whose text changes lose their old embedding and theme, on every database.

        Also counts new, changed and unchanged rows (what `advisor feedback import` reports).
        """
        changed = self.count_feedback_changes(rows)
        forget_theming(session=self.session, feedback_ids=changed)
        if changed and self.dialect not in ("sqlite", "postgresql"):
            self.session.execute(
                update(Feedback).where(Feedback.id.in_(changed)).values(status="pending")
            )

    def count_feedback_changes(self, rows: list[dict[str, Any]]) -> list[str]:
        """Ids whose text changes; counts inserted / updated / unchanged rows on the way."""
        table = Feedback.__table__
        fields = [name for name in rows[0] if name != "status"]
        stored = {row.id: row for row in self.session.execute(
            select(*(table.c[name] for name in fields)).where(
                table.c.id.in_([row["id"] for row in rows])))}
        counts = self.changes.setdefault(Feedback.__tablename__, Changes())
        changed: list[str] = []
        for row in rows:
            old = stored.get(row["id"])
            if old is None:
                counts.inserted += 1
            elif all(getattr(old, name) == row[name] for name in fields):
                counts.unchanged += 1
            else:
                counts.updated += 1
                if old.text != row["text"]:
                    changed.append(row["id"])
        return changed

    def known_ids_of_branches(self) -> set[str]:
        if "branches" not in self.known:
            self.known["branches"] = set(self.session.scalars(select(Branch.id)))
        return self.known["branches"]

    def upsert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        connection = self.session.connection()
        if table.name == Feedback.__tablename__:
            self.requeue_changed_feedback(rows)
        columns = [name for name in rows[0] if name != "id"]
        if self.dialect in ("sqlite", "postgresql"):
            module: Any = sqlite if self.dialect == "sqlite" else postgresql
            statement = module.insert(table)
            updates = {name: statement.excluded[name] for name in columns}
            if table.name == Feedback.__tablename__:
                # Changed text must be embedded and themed again (see requeue_changed_feedback).
                updates["status"] = _status_after_update(table, statement)
                rows = [{**row, "status": "pending"} for row in rows]
            connection.execute(statement.on_conflict_do_update(index_elements=["id"],
                                                              set_=updates), rows)
            return
        # Other databases: update the ids that exist, insert the rest.
        ids = [row["id"] for row in rows]
        existing = set(connection.scalars(select(table.c.id).where(table.c.id.in_(ids))))
        old = [{**{f"new_{k}": v for k, v in row.items()}} for row in rows if row["id"] in existing]
        new = [row for row in rows if row["id"] not in existing]
        if old:
            connection.execute(
                update(table).where(table.c.id == bindparam("new_id")).values(
                    {name: bindparam(f"new_{name}") for name in columns}), old)
        if new:
            connection.execute(table.insert(), new)


def _with_feedback_currency(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Compensation without a currency is in the bank's currency (setting CURRENCY)."""
    from knowledge.settings import get_settings

    currency = get_settings().currency
    return [{**row, "currency": row.get("currency") or (
        currency if row.get("compensation") is not None else None)} for row in rows]


def _status_after_update(table: Table, statement: Any) -> Any:
    from sqlalchemy import case

    return case((table.c.text != statement.excluded.text, "pending"), else_=table.c.status)


def import_folder(*, session: Session, folder: Path,
                  progress: ImportProgress | None = None) -> ImportReport:
    """Load every interchange file present in `folder`, in dependency order.

    Raises `ImportRejected` (with every problem: file, line, column, message) when anything
    is wrong; the caller's transaction must then be rolled back, which keeps nothing.
    """
    if not folder.is_dir():
        raise ImportRejected([Problem(str(folder), None, None,
                                      "is not a folder; pass the folder holding the CSV files")], 1)
    importer = _Importer(session, progress)
    report = ImportReport()
    for spec in FILES:
        path = folder / spec.filename
        if not path.exists():
            report.missing.append(spec.filename)
            continue
        report.rows[spec.filename] = importer.load_file(spec, path)
    if not report.rows:
        importer.problem(str(folder), None, None, "holds none of the interchange files ("
                         + ", ".join(spec.filename for spec in FILES) + ")")
    if importer.problem_count:
        raise ImportRejected(importer.problems, importer.problem_count)
    report.changes = {FILE_BY_STEM[stem].filename: counts
                      for stem, counts in importer.changes.items()}
    report.warnings += currency_warnings(importer.currencies)
    return report



def import_file(*, session: Session, stem: str, path: Path,
                progress: Callable[[int, int, int], None] | None = None) -> tuple[int, Changes]:
    """Load one interchange file (any name) as the file `stem` of the format, all or nothing.

    `progress(rows, bytes read, file size)`. Returns the rows loaded and, for feedback, how
    many were new, changed or unchanged. Raises `ImportRejected` like `import_folder`.
    """
    spec = FILE_BY_STEM[stem]
    if not path.is_file():
        raise ImportRejected([Problem(str(path), None, None, "is not a file; pass the CSV file")],
                             1)
    importer = _Importer(session, None)
    if progress is not None:
        def by_rows(_name: str, done: int, size: int) -> None:
            progress(importer.rows_read, done, size)

        importer.progress = by_rows
    rows = importer.load_file(spec, path)
    if importer.problem_count:
        raise ImportRejected(importer.problems, importer.problem_count)
    return rows, importer.changes.get(spec.model.__tablename__, Changes())
