"""Progress of long CLI commands (import, export, demo bank, themes), one way: a `rich.progress`
bar per stage on a terminal; on a pipe or a log file nothing, or, for the theme commands
(whose worker logs under `advisor run`), one line per stage when it starts, every tenth of the way
and when it completes (a stage of unknown length, e.g. rows read, one line a batch)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

console = Console(stderr=True)


class Stages:
    """The core's `(stage, done, total)` callbacks, as one bar (or line) per stage."""

    def __init__(self, bar: Progress | None, lines: bool = False) -> None:
        self.bar = bar
        self.lines = lines
        self.tasks: dict[str, TaskID] = {}
        self.printed: dict[str, int] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        """`total` 0: not known (rows read so far): a bar without an end, no line."""
        if self.bar is None:
            if not self.lines:
                return
            if total == 0:  # rows read so far, no end known: a line a batch, as logs want
                if done > 0:
                    console.print(f"{stage}: read {done:,} rows", highlight=False)
                return
            if done == 0:  # a stage without counts (clustering, labelling) announces itself
                console.print(f"{stage} ({total:,})…", highlight=False)
            elif done >= total or done - self.printed.get(stage, 0) >= total / 10:
                # a log shows a long stage moving (at most ten lines), not only its end
                self.printed[stage] = done
                console.print(f"{stage}: {done:,}/{total:,}", highlight=False)
            return
        known = total or None
        if stage not in self.tasks:
            self.tasks[stage] = self.bar.add_task(stage, total=known)
        self.bar.update(self.tasks[stage], completed=done, total=known)


@contextmanager
def stages(*, lines: bool = False) -> Iterator[Stages]:
    """Bars on a terminal; elsewhere nothing, or with `lines` a line per stage."""
    if not console.is_terminal:
        yield Stages(None, lines)
        return
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console, transient=False) as bar:
        yield Stages(bar)
