"""`advisor forget CUSTOMER_ID`: erase a customer (GDPR) and print a JSON report.

The customer database changes in one transaction. The Rasa tracker store is included when it
is an SQL store: TRACKER_STORE_URL (the setting the stack gives Rasa), or --tracker-db with
any SQLAlchemy URL. When
it is the customer database itself, both change in the same transaction; otherwise the
tracker store is redacted first and the customer database committed last, so a failure in
between leaves the customer findable and a re-run (idempotent) finishes. Rasa's default
in-memory tracker store keeps conversations only until the Rasa server restarts: restart
it to drop them.
"""

from __future__ import annotations

from typing import Annotated

import typer

from cli.common import database, fail, print_json


def register(app: typer.Typer) -> None:
    app.command("forget")(forget)


def forget(
    customer_id: Annotated[str, typer.Argument(help="The bank's customer id, e.g. C000123.")],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
    tracker_db: Annotated[str | None, typer.Option(
        "--tracker-db", help="SQLAlchemy URL of Rasa's SQL tracker store (default: "
                             "TRACKER_STORE_URL; empty = in-memory store, skipped).")] = None,
    by: Annotated[str, typer.Option("--by", help="Your staff id, for the audit log.")] = "cli",
) -> None:
    """Delete or redact everything about one customer; safe to run again."""
    from sqlalchemy import create_engine

    from knowledge.migrate import tracker_store_app_url
    from knowledge.privacy.forget import (
        ForgetReport,
        customer_strings,
        forget_customer,
        forget_in_tracker_store,
    )
    from knowledge.settings import get_settings

    customer_id = customer_id.strip()
    if not customer_id or len(customer_id) > 64:
        fail("give the customer id (1–64 characters)", code=2)
    if not yes and not typer.confirm(
            f"Erase customer {customer_id} everywhere (this cannot be undone)?"):
        fail("nothing was changed", code=1)
    tracker_url = tracker_db or tracker_store_app_url(get_settings().tracker_store_url)
    report = ForgetReport(customer_id=customer_id)
    with database() as session:
        strings = customer_strings(session=session, customer_id=customer_id)
        if tracker_url and tracker_url == get_settings().database_url:
            report.tracker_events_redacted = forget_in_tracker_store(
                connection=session.connection(), strings=strings)
        elif tracker_url:
            engine = create_engine(tracker_url)
            try:
                with engine.begin() as connection:
                    report.tracker_events_redacted = forget_in_tracker_store(
                        connection=connection, strings=strings)
            except Exception as exc:  # the URL or the server: say which, change nothing
                fail(f"cannot reach the tracker store ({type(exc).__name__}); check "
                     "--tracker-db. Nothing was changed.")
            finally:
                engine.dispose()
        else:
            report.notes.append("tracker store not included: pass --tracker-db for an SQL "
                                "tracker store; the in-memory store forgets on Rasa restart")
        forget_customer(session=session, customer_id=customer_id, by=by, report=report)
    print_json(report.as_dict())
