"""`advisor digest send [--date] [--dry-run] [--json]`: the morning digest (cron-able).

Each advisor with a Slack or Teams id gets today's top calls on their channel, once per day;
pending theme-owner notifications go out the same way. The logic is knowledge/notify/digest.py,
the HTTP delivery/outbound.py. Exit code 1 when a message could not be sent (a re-run
retries exactly those).
"""

from __future__ import annotations

from typing import Annotated

import typer

from cli.common import fail, parse_date, print_json

digest_app = typer.Typer(help="The morning digest on Slack and Teams.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(digest_app, name="digest")


@digest_app.command("send")
def send(
    date: Annotated[str | None, typer.Option("--date", help="The day (YYYY-MM-DD); "
                                             "default today")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be sent; "
                                          "send and record nothing")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON")] = False,
) -> None:
    """Send each advisor their call list and owners their notifications, once per day."""
    from delivery.outbound import ChatSender
    from knowledge.db import DatabaseUnavailable, unit_of_work
    from knowledge.migrate import upgrade
    from knowledge.notify.digest import run_digest
    from knowledge.settings import get_settings

    as_of = parse_date(date)
    s = get_settings()
    sender = ChatSender(
        slack_token=s.slack_token, slack_api_url=s.slack_api_url,
        teams_app_id=s.teams_app_id, teams_app_password=s.teams_app_password,
        teams_tenant_id=s.teams_tenant_id, teams_token_url=s.teams_token_url,
        teams_service_url=s.teams_service_url,
    )
    if not sender.channels():
        fail("neither Slack nor Teams is configured: set SLACK_TOKEN, or TEAMS_APP_ID, "
             "TEAMS_APP_PASSWORD and TEAMS_TENANT_ID (see docs/channels.md)", code=2)
    try:
        upgrade(s.database_url)
        report = run_digest(transaction=unit_of_work, sender=sender, as_of=as_of,
                            dry_run=dry_run)
    except DatabaseUnavailable as exc:
        fail(f"the customer database is not reachable ({exc}); check DATABASE_URL")
    if as_json:
        print_json(report.to_json())
    else:
        verb = "would send" if dry_run else "sent"
        done = report.planned if dry_run else report.sent
        typer.echo(f"{as_of.isoformat()}: {verb} {len(done)}, failed {len(report.failed)}, "
                   f"skipped {len(report.skipped)}")
        for row in done:
            typer.echo(f"  {verb} {row['kind']} to {row['staff_id']} on {row['channel']}"
                       + (f" ({row['items']} calls)" if row["kind"] == "call_list" else ""))
        for row in report.failed:
            typer.echo(f"  FAILED {row['kind']} to {row['staff_id']}: {row['error']}", err=True)
        for row in report.skipped:
            typer.echo(f"  skipped {row['kind']} for {row['staff_id']}: {row['reason']}")
    if report.failed:
        raise typer.Exit(1)
