"""`advisor demo-bank / import / export / migrate` as a user runs them."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from cli import data
from knowledge.db import engine_for, make_engine
from knowledge.models.bank import Customer
from knowledge.settings import get_settings

runner = CliRunner()


@pytest.fixture
def app(database_url: str, monkeypatch: pytest.MonkeyPatch) -> typer.Typer:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("AS_OF_DATE", "2026-11-23")
    get_settings.cache_clear()
    engine_for.cache_clear()
    application = typer.Typer()
    data.register(application)
    yield application
    get_settings.cache_clear()
    engine_for.cache_clear()


def customers(database_url: str) -> int:
    engine = make_engine(database_url)
    with Session(engine) as session:
        count = session.scalar(select(func.count()).select_from(Customer)) or 0
    engine.dispose()
    return count


def test_migrate_then_demo_bank_refuses_to_overwrite_without_replace(
        app: typer.Typer, database_url: str) -> None:
    result = runner.invoke(app, ["migrate"])
    assert result.exit_code == 0 and "schema revision" in result.output
    result = runner.invoke(app, ["demo-bank", "--customers", "60", "--seed", "4",
                                 "--transactions-per-customer", "30"])
    assert result.exit_code == 0, result.output
    assert "60 customers" in result.output and "A001" in result.output
    result = runner.invoke(app, ["demo-bank", "--customers", "40"])
    assert result.exit_code == 1 and "--replace" in result.output
    assert customers(database_url) == 60
    result = runner.invoke(app, ["demo-bank", "--customers", "40", "--replace",
                                 "--transactions-per-customer", "30"])
    assert result.exit_code == 0, result.output
    assert customers(database_url) == 40


def test_export_then_import_a_malformed_folder_reports_and_keeps_nothing(
        app: typer.Typer, database_url: str, tmp_path: Path) -> None:
    assert runner.invoke(app, ["demo-bank", "--customers", "30",
                               "--transactions-per-customer", "30"]).exit_code == 0
    result = runner.invoke(app, ["export", str(tmp_path / "out")])
    assert result.exit_code == 0 and "customers.csv: 30 rows" in result.output
    path = tmp_path / "out" / "customers.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    fields = lines[3].split(",")
    fields[2] = "03/04/1971"  # birth_date
    lines[3] = ",".join(fields)
    lines.append("C999999,New Person,1980-01-01,A001,2020-01-01,nurse,9,,,,,")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["import", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "customers.csv line 4, column birth_date: '03/04/1971' is not a date" in result.output
    assert "customers.csv line 32, column risk_profile" in result.output
    assert "nothing was imported" in result.output
    assert customers(database_url) == 30


def test_import_a_valid_folder(app: typer.Typer, database_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "bank"
    folder.mkdir()
    (folder / "advisors.csv").write_text(
        "advisor_id,name,branch,role,email,slack_user_id,teams_user_id\n"
        "A1,Lena Hoffmann,B1,advisor,,,\n", encoding="utf-8")
    (folder / "customers.csv").write_text(
        "customer_id,name,birth_date,advisor_id,customer_since,occupation,risk_profile,"
        "household_id\nC1,Jürgen Müller,1961-04-02,A1,2001-05-01,engineer,3,\n",
        encoding="utf-8")
    result = runner.invoke(app, ["import", str(folder)])
    assert result.exit_code == 0, result.output
    assert "customers.csv: 1 rows" in result.output and "holdings.csv" in result.output
    assert customers(database_url) == 1
