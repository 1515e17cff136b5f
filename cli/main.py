"""The `advisor` command. Each feature registers its commands from its own module."""

from __future__ import annotations

import typer

from cli import call_list as call_list_cli
from cli import data, digest, serve
from cli import forget as forget_cli
from cli import profile as profile_cli
from cli import staff as staff_cli
from cli import themes as themes_cli

app = typer.Typer(
    name="advisor",
    help="The advisor assistant: data, call lists, profiles, WOCAS themes, and the servers.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

data.register(app)
serve.register(app)
call_list_cli.register(app)
profile_cli.register(app)
themes_cli.register(app)
forget_cli.register(app)
staff_cli.register(app)
digest.register(app)


if __name__ == "__main__":
    app()
