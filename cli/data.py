"""Data commands: `advisor demo-bank`, `advisor import`, `advisor export`, `advisor migrate`."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from cli.common import database, fail, parse_date
from cli.progress import Stages, stages
from knowledge.db import DatabaseUnavailable
from knowledge.migrate import prepare_tracker_store, tracker_store_app_url, upgrade
from knowledge.settings import get_settings


def register(app: typer.Typer) -> None:
    app.command("demo-bank")(demo_bank)
    app.command("import")(import_data)
    app.command("export")(export_data)
    app.command("migrate")(migrate)


def demo_bank(
    customers: Annotated[int, typer.Option(min=1, help="Number of customers.")] = 2000,
    seed: Annotated[int, typer.Option(help="Random seed; same seed, same bank.")] = 42,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", help="The bank's 'today' as YYYY-MM-DD (default: AS_OF_DATE or today).")
    ] = None,
    transactions_per_customer: Annotated[int, typer.Option(
        min=1, help="About how many transactions each customer gets over two years.")] = 100,
    replace: Annotated[bool, typer.Option(
        "--replace", help="Delete ALL data in the database first (one transaction).")] = False,
) -> None:
    """Generate a realistic demo bank with planted call-list situations."""
    from knowledge.demo_bank import bank_has_customers, generate_demo_bank, wipe_bank

    day = parse_date(as_of, "--as-of")
    started = time.perf_counter()
    with stages() as progress, database() as session:
        if bank_has_customers(session=session):
            if not replace:
                fail("the database already has customers; run with --replace to delete "
                     "everything and generate the demo bank instead")
            wipe_bank(session=session)
        report = generate_demo_bank(session=session, customers=customers, seed=seed,
                                    as_of=day, progress=progress,
                                    transactions_per_customer=transactions_per_customer)
    seconds = time.perf_counter() - started
    typer.echo(f"Demo bank as of {day}: {report.customers} customers, {report.holdings} "
               f"holdings, {report.transactions} transactions, {report.interactions} "
               f"interactions, {report.feedback} feedback rows in {seconds:.1f} s.")
    typer.echo(f"{len(report.planted)} planted call-list situations, {len(report.quiet)} "
               "quiet customers.")
    typer.echo("Demo identities: advisors " + ", ".join(
        s for s in report.staff if s.startswith("A")) + "; branch managers " + ", ".join(
        s for s in report.staff if s.startswith("M")) + "; head office H001.")


def import_data(
    folder: Annotated[Path, typer.Argument(help="Folder with the interchange CSV files.")],
) -> None:
    """Load a folder of CSV files (docs/import-format.md); all or nothing."""
    from knowledge.interchange import ImportRejected, import_folder

    started = time.perf_counter()
    try:
        with stages() as progress, database() as session:
            report = import_folder(session=session, folder=folder,
                                   progress=_file_progress(progress))
    except ImportRejected as rejected:
        for problem in rejected.problems:
            typer.echo(str(problem))
        fail(str(rejected))
    seconds = time.perf_counter() - started
    for name, rows in report.rows.items():
        typer.echo(f"{name}: {rows} rows")
    if report.missing:
        typer.echo("not in the folder (skipped): " + ", ".join(report.missing))
    for warning in report.warnings:
        typer.echo(f"warning: {warning}", err=True)
    typer.echo(f"Imported in {seconds:.1f} s.")


def _file_progress(progress: Stages) -> Callable[[str, int, int], None]:
    def update(name: str, done: int, total: int) -> None:
        progress(f"importing {name}", done, total)

    return update


def export_data(
    folder: Annotated[Path, typer.Argument(help="Folder to write the CSV files into.")],
) -> None:
    """Write the database as interchange CSV files (the format `advisor import` reads)."""
    from knowledge.interchange import export_folder

    written = {}
    with stages() as progress, database() as session:
        written = export_folder(
            session=session, folder=folder,
            progress=lambda name, rows: progress(f"exporting {name}", rows, 0))
    for name, rows in written.items():
        typer.echo(f"{name}: {rows} rows")


def migrate() -> None:
    """Bring the database (DATABASE_URL) to the latest schema, and give Rasa's SQL tracker
    store (TRACKER_STORE_URL, if set) the table it needs."""
    url = get_settings().database_url
    try:
        upgrade(url)
    except DatabaseUnavailable as exc:
        fail(f"the customer database is not reachable ({exc}); check DATABASE_URL")
    tracker = tracker_store_app_url(get_settings().tracker_store_url)
    if tracker:
        try:
            prepare_tracker_store(tracker)
        except Exception as exc:  # the URL or the server: name the setting, not the URL
            fail(f"Rasa's tracker store is not reachable ({type(exc).__name__}); check "
                 "TRACKER_STORE_URL")
        typer.echo("Rasa's tracker store has its table tracker_redactions.")
    from alembic.runtime.migration import MigrationContext

    from knowledge.db import make_engine

    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            # Normally one head; listing all keeps the output honest if a branch appears.
            heads = MigrationContext.configure(connection).get_current_heads()
    finally:
        engine.dispose()
    typer.echo(f"Database is at schema revision {', '.join(sorted(heads))}.")
