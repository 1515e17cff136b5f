"""Progress of long CLI commands (import, export, demo bank, themes), one way: a `rich.progress`
bar per stage on a terminal; on a pipe or a log file nothing, or, for the theme commands
(whose worker logs under `advisor run`), one line per stage when it starts without counts
and when it completes."""

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

    def __call__(self, stage: str, done: int, total: int) -> None:
        """`total` 0: not known (rows read so far): a bar without an end, no line."""
        if self.bar is None:
            if not self.lines or (total == 0 and done > 0):
                return
            if done == 0:  # a stage without counts (clustering, labelling) announces itself
                console.print(f"{stage} ({total:,})…", highlight=False)
            elif done >= total:
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
