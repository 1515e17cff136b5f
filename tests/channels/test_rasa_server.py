"""`python -m channels.rasa_server` = `rasa run … --auth-token $RASA_AUTH_TOKEN`: the HTTP API
never runs without a token, and the token never appears on a command line."""

import argparse

import pytest

from channels.rasa_server import rasa_arguments


def test_the_token_from_the_environment_is_added() -> None:
    assert rasa_arguments(["--enable-api", "--port", "5005"], "t0ken-from-env") == [
        "rasa", "run", "--enable-api", "--port", "5005", "--auth-token=t0ken-from-env"]


def test_a_token_starting_with_a_dash_reaches_rasa_intact() -> None:
    # Rasa reads `-t/--auth-token` with argparse; a token_urlsafe secret may start with "-".
    parser = argparse.ArgumentParser()
    parser.add_argument("--enable-api", action="store_true")
    parser.add_argument("-t", "--auth-token", type=str)
    command = rasa_arguments(["--enable-api"], "-Xy_secret")
    assert parser.parse_args(command[2:]).auth_token == "-Xy_secret"


@pytest.mark.parametrize("token", ["", "   "])
def test_no_token_no_server(token: str) -> None:
    with pytest.raises(SystemExit, match="RASA_AUTH_TOKEN is empty"):
        rasa_arguments(["--enable-api"], token)


@pytest.mark.parametrize("given", [["--auth-token", "x"], ["--auth-token=x"]])
def test_a_token_on_the_command_line_is_refused(given: list[str]) -> None:
    with pytest.raises(SystemExit, match="not as --auth-token"):
        rasa_arguments(["--enable-api", *given], "t0ken-from-env")
