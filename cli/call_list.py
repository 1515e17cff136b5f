"""`advisor call-list` and `advisor event add`: the call list and market events from a shell."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from cli.common import database, fail, parse_date, print_json

event_app = typer.Typer(
    help="Market events (central bank rate changes) that put customers on call lists.",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    app.command("call-list")(call_list_command)
    app.command("refresh")(refresh_command)
    app.add_typer(event_app, name="event")


def call_list_command(
    staff_id: Annotated[
        str, typer.Argument(help="Advisor id (or a branch manager's id for the whole branch)")
    ],
    date: Annotated[
        str | None, typer.Option("--date", help="As-of date YYYY-MM-DD (default: today)")
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="How many (default: the daily capacity)")
    ] = None,
    offset: Annotated[int, typer.Option("--offset", min=0, help="Skip this many (paging)")] = 0,
    reason: Annotated[
        str | None, typer.Option("--reason", help="Only this reason code, e.g. maturity")
    ] = None,
    tier: Annotated[
        str | None, typer.Option("--tier", help="Only this tier: top, high, mid, low, premium")
    ] = None,
    as_staff: Annotated[
        str | None, typer.Option("--as", help="Apply the access rule of this staff id")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table")] = False,
) -> None:
    """Who should STAFF_ID call on DATE, and why."""
    from knowledge.access.staff import get_staff
    from knowledge.call_list import NoBook, NotAllowed, UnknownStaff, call_list

    as_of = parse_date(date)
    with database() as session:
        asker = get_staff(session=session, staff_id=as_staff or staff_id)
        if asker is None:
            fail(f"no member of staff with id {as_staff or staff_id!r}; check the staff id", code=2)
        try:
            result = call_list(
                session=session,
                asker=asker,
                target_id=staff_id,
                as_of=as_of,
                limit=limit,
                offset=offset,
                reason_filter=reason,
                tier_filter=tier,
            )
        except (UnknownStaff, NoBook, NotAllowed, ValueError) as exc:
            fail(str(exc), code=2)
        payload = result.to_json()
    if as_json:
        print_json(payload)
        return
    table = Table(
        title=f"Call list of {staff_id} on {as_of.isoformat()} ({payload['total']} in all)"
    )
    for column in ("#", "Customer", "Tier", "Score", "Why"):
        table.add_column(column, overflow="fold")
    for position, item in enumerate(payload["items"], start=offset + 1):
        why = "\n".join(escape(f"[{r['code']}] {r['text']}") for r in item["reasons"])
        table.add_row(
            str(position),
            escape(f"{item['name']}\n{item['customer_id']}"),
            item["tier"],
            f"{item['score']:g}",
            why,
        )
    console = Console()
    console.print(table)
    if payload["has_more"]:
        console.print(f"More: --offset {offset + len(payload['items'])}")


@event_app.command("add")
def event_add(
    kind: Annotated[str, typer.Option("--kind", help="Event kind: rate_change")] = "rate_change",
    delta_bp: Annotated[
        int | None, typer.Option("--delta-bp", help="Change in basis points, e.g. -25 for a cut")
    ] = None,
    on: Annotated[
        str | None, typer.Option("--on", help="Date of the event YYYY-MM-DD (default: today)")
    ] = None,
    products: Annotated[
        str | None, typer.Option("--products", help="Comma-separated product categories affected")
    ] = None,
    description: Annotated[
        str | None, typer.Option("--description", help="e.g. 'ECB deposit rate cut'")
    ] = None,
    recorded_by: Annotated[
        str | None, typer.Option("--by", help="Staff id recording the event")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Record a market event; affected customers appear on their advisors' call lists."""
    from knowledge.call_list.events import EventInvalid, record_rate_event, validate_rate_event

    occurred_on = parse_date(on, "--on")
    categories = [p.strip() for p in products.split(",")] if products else None
    try:  # validate before touching the database: nothing half-stored
        validate_rate_event(kind=kind, delta_bp=delta_bp, product_categories=categories)
    except EventInvalid as exc:
        fail(str(exc), code=2)
    with database() as session:
        event = record_rate_event(
            session=session,
            kind=kind,
            delta_bp=delta_bp,
            occurred_on=occurred_on,
            product_categories=categories,
            description=description,
            recorded_by=recorded_by,
        )
        result = {
            "id": event.id,
            "kind": event.kind,
            "delta_bp": event.delta_bp,
            "occurred_on": event.occurred_on.isoformat(),
            "product_categories": event.product_categories,
            "description": event.description,
        }
    if as_json:
        print_json(result)
    else:
        typer.echo(
            f"Recorded event {result['id']}: {result['description']} on "
            f"{result['occurred_on']} (affects {', '.join(event.product_categories)})."
        )


def refresh_command(
    date: Annotated[
        str | None, typer.Option("--date", help="As-of date YYYY-MM-DD (default: today)")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Whole-bank refresh for DATE: the call list's transaction aggregates, then every
    advisor's and branch's ranked list (run it again after loading data)."""
    from knowledge.call_list.refresh import refresh_bank

    as_of = parse_date(date)
    with database() as session:
        report = refresh_bank(session=session, as_of=as_of)
    result = {
        "as_of": as_of.isoformat(),
        "customers": report.customers,
        "transactions_scanned": report.transactions_scanned,
        "seconds": round(report.seconds, 2),
        "transactions_per_second": round(report.transactions_per_second),
        "lists": report.lists,
        "list_seconds": round(report.list_seconds, 2),
    }
    if as_json:
        print_json(result)
    else:
        typer.echo(
            f"Refreshed {result['customers']} customers for {result['as_of']}: "
            f"{result['transactions_scanned']:,} transactions in {result['seconds']} s "
            f"({result['transactions_per_second']:,}/s); {result['lists']} ranked lists stored "
            f"in {result['list_seconds']} s."
        )
