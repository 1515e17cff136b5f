"""`advisor forget CUSTOMER_ID`: asks first, prints a JSON report, includes an SQL tracker
store given with --tracker-db, and a second run finds nothing to do."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from cli import forget as forget_cli
from knowledge import db, settings
from knowledge.models.bank import Customer
from tests.knowledge.profile.profile_bank import build_bank

runner = CliRunner()


@pytest.fixture
def app(database_url: str, session: Session, monkeypatch: pytest.MonkeyPatch
        ) -> Iterator[typer.Typer]:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.delenv("TRACKER_STORE_URL", raising=False)
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()
    build_bank(session)
    session.commit()
    app = typer.Typer()
    forget_cli.register(app)
    app.command("noop")(lambda: None)  # two commands: typer keeps the sub-command name
    yield app
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()


def _tracker_store(path: Path) -> str:
    url = f"sqlite:///{path}"
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id TEXT, "
                                "type_name TEXT, timestamp FLOAT, intent_name TEXT, "
                                "action_name TEXT, data TEXT)"))
        connection.execute(text("INSERT INTO events (sender_id, type_name, data) VALUES "
                                "('A001', 'user', :data)"),
                           {"data": json.dumps({"event": "user",
                                                "text": "tell me about Anna Müller"})})
    engine.dispose()
    return url


def test_forget_asks_before_changing_anything(app: typer.Typer, session: Session) -> None:
    result = runner.invoke(app, ["forget", "C000001"], input="n\n")
    assert result.exit_code == 1
    session.expire_all()
    assert session.get(Customer, "C000001") is not None


def test_forget_reports_and_redacts_the_tracker_store(app: typer.Typer, session: Session,
                                                      tmp_path: Path) -> None:
    tracker = _tracker_store(tmp_path / "tracker.db")
    result = runner.invoke(app, ["forget", "C000001", "--yes", "--tracker-db", tracker])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["found"] and report["customer_deleted"] == 1
    assert report["tracker_events_redacted"] == 1 and report["feedback_redacted"] >= 1
    session.expire_all()
    assert session.get(Customer, "C000001") is None
    engine = create_engine(tracker)
    with engine.connect() as connection:
        data = connection.execute(text("SELECT data FROM events")).scalar_one()
    engine.dispose()
    assert "M\\u00fcller" not in data and "Müller" not in data

    again = runner.invoke(app, ["forget", "C000001", "--yes", "--tracker-db", tracker])
    assert again.exit_code == 0, again.output
    second = json.loads(again.stdout)
    assert not second["found"] and second["customer_deleted"] == 0
    assert second["tracker_events_redacted"] == 0


def test_without_a_tracker_store_the_report_says_so(app: typer.Typer) -> None:
    result = runner.invoke(app, ["forget", "C000001", "--yes"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["tracker_events_redacted"] is None
    assert any("tracker store" in note for note in report["notes"])
