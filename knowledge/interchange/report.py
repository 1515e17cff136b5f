"""What an import run reports: the rows loaded and changed, the warnings, and, when anything
is wrong, `ImportRejected` with every problem found (file, line, column, what to fix)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f" line {self.line}"
        if self.column:
            where += f", column {self.column}"
        return f"{where}: {self.message}"


@dataclass
class Changes:
    """What loading a file did to the rows already stored (counted for feedback.csv)."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class ImportReport:
    rows: dict[str, int] = field(default_factory=dict)  # file name -> rows loaded
    missing: list[str] = field(default_factory=list)  # files not in the folder (skipped)
    changes: dict[str, Changes] = field(default_factory=dict)  # file name -> counts
    warnings: list[str] = field(default_factory=list)  # loaded, but worth a look


class ImportRejected(Exception):
    """The folder has problems; nothing of the run may be kept."""

    def __init__(self, problems: list[Problem], total: int) -> None:
        self.problems = problems
        self.total = total
        more = f" (first {len(problems)} shown)" if total > len(problems) else ""
        super().__init__(f"{total} problem(s) found{more}; nothing was imported. "
                         "Fix the files and run the import again.")
