"""`advisor staff set-password STAFF_ID`: give a member of staff a password for the API.

The password is read from a hidden prompt (asked twice) or, for scripts, from the first line of
standard input with `--password-stdin` — never from the command line, where it would end up
in the shell history and the process list.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from cli.common import database, fail

staff_app = typer.Typer(help="Staff accounts: passwords for the API and the web pages.",
                        no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(staff_app, name="staff")


@staff_app.command("set-password")
def set_password_command(
    staff_id: Annotated[str, typer.Argument(help="The staff id, e.g. A001.")],
    password_stdin: Annotated[bool, typer.Option(
        "--password-stdin", help="Read the password from the first line of standard input.",
    )] = False,
) -> None:
    """Set (or replace) the password STAFF_ID logs in with at POST /auth/token."""
    from knowledge.access.auth import PasswordRejected, UnknownStaffMember, set_password

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            fail("no password on standard input; pipe it in, e.g. "
                 "`printf '%s\\n' \"$PASSWORD\" | advisor staff set-password A001 "
                 "--password-stdin`", code=2)
    else:
        password = typer.prompt("New password", hide_input=True, confirmation_prompt=True)
    with database() as session:
        try:
            staff = set_password(session=session, staff_id=staff_id, password=password)
        except UnknownStaffMember as exc:
            fail(str(exc), code=3)
        except PasswordRejected as exc:
            fail(str(exc), code=2)
        name = staff.name
    typer.echo(f"Password set for {staff_id} ({name}); they log in at POST /auth/token.")
