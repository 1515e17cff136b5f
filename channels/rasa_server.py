"""`rasa run`, with its HTTP API's token taken from the environment.

`python -m channels.rasa_server ARGS` = `rasa run ARGS --auth-token $RASA_AUTH_TOKEN`. Given on
the command line, the token would be readable by every local user (`ps`, /proc/*/cmdline);
set here, after the process started, it is not. Without RASA_AUTH_TOKEN the server does not
start: with `--enable-api` and no token, anyone who reaches the port could read every
advisor's conversation (`GET /conversations/<staff id>/tracker`) and inject events.

Runs in the Rasa environment (Python 3.10): imports only rasa and the standard library.
"""

from __future__ import annotations

import os
import sys

TOKEN_VARIABLE = "RASA_AUTH_TOKEN"


def rasa_arguments(arguments: list[str], token: str) -> list[str]:
    """The `rasa` command line: `run`, the caller's arguments, the token last."""
    if not token.strip():
        raise SystemExit(
            f"{TOKEN_VARIABLE} is empty: Rasa's HTTP API must not run without a token. Set it "
            "to a random secret (python -c 'import secrets; print(secrets.token_urlsafe(32))'); "
            "`advisor run` generates one for each run in development."
        )
    if any(a == "--auth-token" or a.startswith("--auth-token=") for a in arguments):
        raise SystemExit(f"Give the token in {TOKEN_VARIABLE}, not as --auth-token: a command "
                         "line is visible to every local user.")
    # One "--auth-token=..." word: token_urlsafe may start with "-", which argparse would
    # read as another option if the token were a separate word ("expected one argument").
    return ["rasa", "run", *arguments, f"--auth-token={token}"]


def main() -> None:
    from rasa.__main__ import main as rasa_main

    sys.argv = rasa_arguments(sys.argv[1:], os.environ.get(TOKEN_VARIABLE, ""))
    rasa_main()


if __name__ == "__main__":
    main()
