"""`advisor profile` and `advisor audit` on a migrated test database."""

from __future__ import annotations

import json

import pytest
import typer
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from cli import profile as profile_cli
from knowledge import db, settings
from knowledge.profile.render import NOT_FOUND_TEXT
from tests.knowledge.profile.profile_bank import build_bank


@pytest.fixture
def app(database_url: str, session: Session, monkeypatch: pytest.MonkeyPatch) -> typer.Typer:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("AS_OF_DATE", "2026-11-23")
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()
    build_bank(session)
    app = typer.Typer()
    profile_cli.register(app)
    yield app
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()


runner = CliRunner()


def test_profile_prints_the_summary(app: typer.Typer) -> None:
    result = runner.invoke(app, ["profile", "C000001", "--as", "A001"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Anna Müller (C000001) — 64, Teacher, Munich")
    assert "Talking points:" in result.stdout


def test_profile_json(app: typer.Typer) -> None:
    result = runner.invoke(app, ["profile", "C000001", "--as", "A001", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["type"] == "customer_profile"
    assert payload["holdings"]["assets"] == "40000.00"


def test_another_books_customer_fails_like_an_unknown_one(app: typer.Typer) -> None:
    other = runner.invoke(app, ["profile", "C000011", "--as", "A001"])
    unknown = runner.invoke(app, ["profile", "C999999", "--as", "A001"])
    assert other.exit_code == unknown.exit_code == 3
    assert other.output == unknown.output
    assert NOT_FOUND_TEXT in other.output


def test_an_unknown_staff_id_is_refused_with_advice(app: typer.Typer) -> None:
    result = runner.invoke(app, ["profile", "C000001", "--as", "X999"])
    assert result.exit_code == 1
    assert "pass your staff id with --as" in result.output


def test_a_name_with_namesakes_lists_them(app: typer.Typer) -> None:
    result = runner.invoke(app, ["profile", "Müller", "--as", "A001"])
    assert result.exit_code == 4
    assert "C000001" in result.stdout and "C000002" in result.stdout
    assert "Run the command again with the customer id." in result.stdout


def test_audit_lists_views_by_customer_and_staff(app: typer.Typer) -> None:
    runner.invoke(app, ["profile", "C000001", "--as", "A001"])
    runner.invoke(app, ["profile", "C000011", "--as", "A001"])
    runner.invoke(app, ["profile", "C000010", "--as", "A002"])
    by_customer = json.loads(
        runner.invoke(app, ["audit", "--customer", "C000001", "--json"]).stdout
    )
    assert [
        (e["staff_id"], e["channel"], e["via"], e["granted"]) for e in by_customer["entries"]
    ] == [("A001", "cli", "cli", True)]
    by_staff = runner.invoke(app, ["audit", "--staff", "A001"])
    assert by_staff.exit_code == 0
    lines = by_staff.stdout.splitlines()
    assert len(lines) == 2
    assert "C000011" in lines[0] and "REFUSED" in lines[0]
    assert "C000001" in lines[1] and "REFUSED" not in lines[1]
