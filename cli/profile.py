"""`advisor profile` (the single customer view) and `advisor audit` (who looked at whom)."""

from __future__ import annotations

from typing import Annotated

import typer

from cli.common import database, fail, parse_date, print_json


def register(app: typer.Typer) -> None:
    app.command("profile")(profile)
    app.command("audit")(audit)


def profile(
    customer: Annotated[str, typer.Argument(help="Customer id (or a name) to summarise.")],
    as_staff: Annotated[str, typer.Option("--as", help="Your staff id: the book you may see.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    date: Annotated[str | None, typer.Option("--date", help="As of YYYY-MM-DD.")] = None,
) -> None:
    """Summarise one customer before a call, as the assistant would in chat (audited)."""
    from knowledge.access.staff import get_staff
    from knowledge.profile.lookup import CustomerRequest, view_customer

    as_of = parse_date(date)
    with database() as session:
        staff = get_staff(session=session, staff_id=as_staff)
        if staff is None:
            fail(f"no member of staff has the id {as_staff!r}; pass your staff id with --as")
        looks_like_id = any(ch.isdigit() for ch in customer)
        request = CustomerRequest(customer_id=customer if looks_like_id else None,
                                  name=None if looks_like_id else customer)
        outcome = view_customer(session=session, staff=staff, request=request, as_of=as_of,
                                channel="cli", via="cli")
    if outcome.status == "not_found":
        fail(outcome.text(), code=3)
    if outcome.status == "choose":
        if as_json:
            print_json(outcome.payload())
        else:
            typer.echo(outcome.text().replace(
                'Answer with the number ("the second one") or the customer id.',
                "Run the command again with the customer id."))
        raise typer.Exit(4)
    if as_json:
        print_json(outcome.payload())
    else:
        typer.echo(outcome.text())


def audit(
    customer: Annotated[str | None, typer.Option("--customer", help="Only this customer.")] = None,
    staff: Annotated[str | None, typer.Option("--staff", help="Only this member of staff.")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many.")] = 200,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List who viewed which customer, newest first (refused attempts are marked)."""
    from knowledge.access.audit import audit_entries, entry_json

    with database() as session:
        entries = [entry_json(e) for e in audit_entries(
            session=session, customer_id=customer, staff_id=staff, limit=limit)]
    if as_json:
        print_json({"entries": entries})
        return
    if not entries:
        typer.echo("No profile views recorded for that filter.")
        return
    for e in entries:
        refused = "" if e["granted"] else "  REFUSED (not in their book)"
        typer.echo(f"{e['at']}  {e['staff_id']:<8} {e['customer_id'] or '-':<10} "
                   f"{e['action']:<10} {e['channel']}/{e['via']}{refused}")
