"""`advisor themes build|update|list|export` and `advisor feedback import FILE.csv`."""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from cli.common import database, fail, parse_date, print_json
from cli.progress import Stages, stages
from knowledge.format import money

themes_app = typer.Typer(help="WOCAS: customer feedback grouped into themes with cost and owners.",
                         no_args_is_help=True)
feedback_app = typer.Typer(help="Customer feedback (the WOCAS input).", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(themes_app, name="themes")
    app.add_typer(feedback_app, name="feedback")


def _embedder():  # type: ignore[no-untyped-def]
    from knowledge.themes.embedding import default_embedder

    return default_embedder()


@themes_app.command("build")
def build() -> None:
    """Re-cluster all feedback; themes that persist keep their ids, owners and status."""
    from knowledge.themes.embedding import EmbeddingUnavailable
    from knowledge.themes.service import build as run_build

    started = time.perf_counter()
    try:
        with stages(lines=True) as progress, database() as session:
            report = run_build(session=session, embedder=_embedder(), progress=progress)
    except EmbeddingUnavailable as exc:
        fail(str(exc))
    share = report.unassigned / report.items if report.items else 0.0
    typer.echo(f"{report.items:,} statements → {report.themes} themes ({report.kept} kept, "
               f"{report.created} new, {report.retired} retired); unassigned {share:.1%}; "
               f"{time.perf_counter() - started:.1f} s")


EMBED_COMMIT_EVERY = 8192  # statements embedded per committed transaction


def _embed_pending(embedder, progress: Stages) -> int:  # type: ignore[no-untyped-def]
    """Embed pending statements, committing every EMBED_COMMIT_EVERY: a crash or kill then
    loses at most one chunk of work, and the next run continues from there."""
    from knowledge.themes.service import embed_missing, missing_count

    with database() as session:
        total = missing_count(session=session, model=embedder.name, only_pending=True)
    done = 0
    while done < total:
        def chunk(stage: str, part: int, _of: int, before: int = done) -> None:
            progress(stage, before + part, total)

        with database() as session:
            embedded = embed_missing(session=session, embedder=embedder, only_pending=True,
                                     limit=EMBED_COMMIT_EVERY, progress=chunk)
        if not embedded:
            break
        done += embedded
    return done


@themes_app.command("update")
def update(
    every: Annotated[float | None, typer.Option(
        "--every", help="Keep running as a worker: drain pending feedback every N seconds.")]
    = None,
) -> None:
    """Embed pending feedback and place it into themes (the worker step); safe to re-run."""
    from knowledge.themes.embedding import EmbeddingUnavailable
    from knowledge.themes.service import update as run_update

    while True:
        try:
            with stages(lines=True) as progress:
                embedded = _embed_pending(_embedder(), progress)
                with database() as session:
                    report = run_update(session=session, embedder=_embedder(),
                                        progress=progress)
            report.embedded += embedded
        except EmbeddingUnavailable as exc:
            if every is None:
                fail(f"{exc}")
            typer.echo(f"error: {exc}; retrying in {every:g} s", err=True)
        else:
            if every is None or report.embedded:
                typer.echo(f"embedded {report.embedded:,}; placed {report.placed:,} into themes; "
                           f"{report.emerging:,} in emerging themes; new themes: "
                           f"{', '.join(f'#{t}' for t in report.promoted) or 'none'}")
        if every is None:
            return
        time.sleep(every)


@themes_app.command("list")
def list_themes(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    period: Annotated[str, typer.Option(help="week, month or quarter (trend window).")] = "month",
    date: Annotated[str | None, typer.Option("--date", help="As of YYYY-MM-DD.")] = None,
) -> None:
    """Areas, each with its problems: size, trend, cost, owners, status (praise apart).

    --json keeps the flat `themes` list (each with its `area_id`, `area_label`) and adds
    `areas`: each area's rolled-up figures and the ids of its problems.
    """
    from knowledge.themes.queries import summaries
    from knowledge.themes.rollup import area_summaries
    from knowledge.themes.trends import PERIOD_DAYS

    if period not in PERIOD_DAYS:
        fail("--period must be week, month or quarter", code=2)
    as_of = parse_date(date)
    with database() as session:
        items = sorted(summaries(session=session, as_of=as_of, period=period),
                       key=lambda s: (s.is_praise, -s.size, s.id))
        areas = area_summaries(session=session, as_of=as_of, period=period, items=items)
    if as_json:
        print_json({"as_of": as_of, "period": period, "themes": [s.as_dict() for s in items],
                    "areas": [{**a.as_dict(with_problems=False),
                               "problem_ids": [p.id for p in a.problems]} for a in areas]})
        return
    if not items:
        typer.echo("no themes yet: run `advisor themes build`")
        return
    for n, area in enumerate(areas):
        if area.is_praise and (n == 0 or not areas[n - 1].is_praise):
            typer.echo("praise (what customers value; no service-failure cost):")
        cost = area.cost
        typer.echo(f"area #{area.id} {area.label}: {len(area.problems)} problems, {area.size:,} "
                   f"statements, {money(cost.total, cost.currency, digits=2)}, {area.status}; "
                   f"owners: {', '.join(area.owners) or '-'}")
        for s in area.problems:
            typer.echo(f"  #{s.id:<4} {s.label:<38} {s.size:>6}  {s.trend.direction:<8} "
                       f"{money(s.cost.total, s.cost.currency, digits=2):>16}  {s.status:<11} "
                       f"BO: {s.business_owner or '-'}  SO: {s.solution_owner or '-'}")


@themes_app.command("export")
def export(
    fmt: Annotated[str, typer.Option("--format", help="Only csv for now.")] = "csv",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File (default stdout).")]
    = None,
    with_areas: Annotated[bool, typer.Option(
        "--areas", help="Add area_id and area_label columns (the theme's area).")] = False,
) -> None:
    """feedback_id, theme_id, theme_label for every statement; unassigned: empty theme_id.

    --areas appends area_id, area_label: the three columns stay first and unchanged, so
    readers of the old file are unaffected.
    """
    from knowledge.themes.queries import assignments_with_areas

    if fmt != "csv":
        fail("--format must be csv", code=2)
    handle = output.open("w", newline="", encoding="utf-8") if output else sys.stdout
    try:
        writer = csv.writer(handle)
        writer.writerow(["feedback_id", "theme_id", "theme_label"]
                        + (["area_id", "area_label"] if with_areas else []))
        with database() as session:
            for feedback_id, theme_id, label, area_id, area_label in assignments_with_areas(
                    session=session):
                row = [feedback_id, "" if theme_id is None else theme_id, label]
                if with_areas:
                    row += ["" if area_id is None else area_id, area_label]
                writer.writerow(row)
    finally:
        if output:
            handle.close()


@feedback_app.command("import")
def import_csv(
    path: Annotated[Path, typer.Argument(help="feedback.csv (feedback_id, customer_id, "
                                               "received_on, channel, text, compensation)")],
) -> None:
    """Load feedback.csv (any size) as pending statements; all or nothing.

    The same rules as `advisor import DIR` (docs/import-format.md, feedback.csv).
    """
    from knowledge.interchange.feedback_csv import FeedbackImportError, import_feedback_csv

    if not path.is_file():
        fail(f"{path} is not a file")
    started = time.perf_counter()

    try:
        with stages(lines=True) as progress, database() as session:
            report = import_feedback_csv(session=session, path=path,
                                         progress=lambda rows: progress("reading", rows, 0))
    except FeedbackImportError as exc:
        fail(str(exc))
    typer.echo(f"{report.inserted:,} new, {report.updated:,} updated, {report.unchanged:,} "
               f"unchanged in {time.perf_counter() - started:.1f} s; run `advisor themes update` "
               "to theme them")
