"""Helpers shared by the CLI modules: clear errors, JSON output, the database session."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any, NoReturn

import typer
from sqlalchemy.orm import Session

from knowledge.db import DatabaseUnavailable, unit_of_work
from knowledge.migrate import upgrade
from knowledge.settings import get_settings


def fail(message: str, code: int = 1) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def parse_date(value: str | None, option: str = "--date") -> dt.date:
    if value is None:
        return get_settings().today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"{option} must be a date as YYYY-MM-DD, got {value!r}", code=2)


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(payload: Any) -> None:
    sys.stdout.write(json.dumps(payload, default=_json_default, ensure_ascii=False, indent=2))
    sys.stdout.write("\n")


@contextmanager
def database() -> Iterator[Session]:
    """A migrated database and one transaction; a clear message if it cannot be reached."""
    try:
        upgrade(get_settings().database_url)
        with unit_of_work() as session:
            yield session
    except DatabaseUnavailable as exc:
        fail(f"the customer database is not reachable ({exc}); check DATABASE_URL")
