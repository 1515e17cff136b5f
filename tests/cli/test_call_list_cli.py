from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import pytest
import typer
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from cli import call_list as call_list_cli
from knowledge import db, settings
from knowledge.models.bank import InteractionKind, MarketEvent, Outcome
from knowledge.value.compute import clear_bank_cache
from tests.knowledge.call_list.factory import AS_OF, base_bank, customer, holding, interaction

runner = CliRunner()


@pytest.fixture
def app(
    database_url: str, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> Iterator[typer.Typer]:
    monkeypatch.setenv("DATABASE_URL", database_url)
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()
    clear_bank_cache()
    with Session(engine) as session:
        base_bank(session)
        customer(session, "C1", "Ada Lovelace")
        holding(session, "C1", "P-SAV", "20000")
        interaction(
            session, "C1", AS_OF - dt.timedelta(days=30), InteractionKind.complaint, Outcome.open
        )
        customer(session, "C2", "Olga Other", advisor="A2")
        session.commit()
    app = typer.Typer()
    call_list_cli.register(app)
    app.command("noop", hidden=True)(lambda: None)  # keep typer in multi-command mode
    yield app
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()


def test_call_list_json(app: typer.Typer) -> None:
    result = runner.invoke(app, ["call-list", "A1", "--date", AS_OF.isoformat(), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["advisor_id"] == "A1" and data["as_of"] == AS_OF.isoformat()
    assert [i["customer_id"] for i in data["items"]] == ["C1"]
    assert data["items"][0]["reasons"][0]["code"] == "open_complaint"


def test_call_list_table(app: typer.Typer) -> None:
    result = runner.invoke(app, ["call-list", "A1", "--date", AS_OF.isoformat()])
    assert result.exit_code == 0, result.output
    assert "Ada Lovelace" in result.stdout and "open_complaint" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["call-list", "A99"], "no member of staff"),
        (["call-list", "A1", "--date", "15/06/2026"], "YYYY-MM-DD"),
        (["call-list", "A2", "--as", "A1"], "may not see"),
        (["call-list", "A1", "--reason", "gossip"], "unknown reason"),
    ],
)
def test_call_list_bad_input(app: typer.Typer, args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.output


def test_event_add_and_the_list_shows_it(app: typer.Typer, engine: Engine) -> None:
    result = runner.invoke(
        app,
        [
            "event",
            "add",
            "--kind",
            "rate_change",
            "--delta-bp",
            "-25",
            "--on",
            AS_OF.isoformat(),
            "--products",
            "savings,mortgage",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Recorded event" in result.stdout
    listing = json.loads(
        runner.invoke(app, ["call-list", "A1", "--date", AS_OF.isoformat(), "--json"]).stdout
    )
    assert "rate_event" in {r["code"] for r in listing["items"][0]["reasons"]}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--delta-bp", "0"], "non-zero"),
        (["--delta-bp", "-900"], "sane range"),
        (["--delta-bp", "-25", "--products", "savings,yachts"], "unknown product categories"),
        (["--delta-bp", "-25", "--kind", "earthquake"], "unknown event kind"),
        (["--delta-bp", "-25", "--on", "yesterday"], "YYYY-MM-DD"),
    ],
)
def test_event_add_refuses_nonsense(
    app: typer.Typer, engine: Engine, args: list[str], message: str
) -> None:
    result = runner.invoke(app, ["event", "add", *args])
    assert result.exit_code == 2
    assert message in result.output
    with Session(engine) as session:
        assert session.scalars(select(MarketEvent)).all() == []


def test_refresh(app: typer.Typer) -> None:
    result = runner.invoke(app, ["refresh", "--date", AS_OF.isoformat(), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["as_of"] == AS_OF.isoformat() and data["customers"] == 0
    listing = json.loads(
        runner.invoke(app, ["call-list", "A1", "--date", AS_OF.isoformat(), "--json"]).stdout
    )
    assert [i["customer_id"] for i in listing["items"]] == ["C1"]
