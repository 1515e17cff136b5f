"""`advisor digest send` against the local fakes: what an operator (or cron) sees."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import typer
from click.testing import Result
from sqlalchemy import Engine, update
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from cli import digest as digest_cli
from knowledge import db, settings
from knowledge.models.bank import InteractionKind, Outcome, Staff
from knowledge.value.compute import clear_bank_cache
from tests.fakes.slack import FakeSlack
from tests.knowledge.call_list.factory import AS_OF, base_bank, customer, holding, interaction

runner = CliRunner()
CHANNEL_ENV = ("SLACK_TOKEN", "SLACK_API_URL", "TEAMS_APP_ID", "TEAMS_APP_PASSWORD",
               "TEAMS_TENANT_ID")


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    yield fake
    fake.stop()


@pytest.fixture
def app(
    database_url: str, engine: Engine, monkeypatch: pytest.MonkeyPatch, slack: FakeSlack
) -> Iterator[typer.Typer]:
    monkeypatch.setenv("DATABASE_URL", database_url)
    for name in CHANNEL_ENV:
        monkeypatch.setenv(name, "")
    monkeypatch.setenv("SLACK_TOKEN", slack.token)
    monkeypatch.setenv("SLACK_API_URL", slack.api_url)
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()
    clear_bank_cache()
    with Session(engine) as session:
        base_bank(session)
        customer(session, "C1", "Ada Lovelace")
        holding(session, "C1", "P-SAV", "20000")
        interaction(session, "C1", AS_OF.replace(day=1), InteractionKind.complaint, Outcome.open)
        session.execute(update(Staff).where(Staff.id == "A1").values(slack_user_id="U0A1"))
        session.commit()
    app = typer.Typer()
    digest_cli.register(app)
    app.command("noop", hidden=True)(lambda: None)  # keep typer in multi-command mode
    yield app
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()


def _send(app: typer.Typer, *args: str) -> Result:
    return runner.invoke(app, ["digest", "send", "--date", AS_OF.isoformat(), *args])


def test_send_reports_json_and_a_rerun_sends_nothing(app: typer.Typer, slack: FakeSlack) -> None:
    result = _send(app, "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["sent"] == [{"staff_id": "A1", "kind": "call_list", "channel": "slack",
                               "items": 1}]
    assert "Ada Lovelace" in json.dumps(slack.messages_to("D0A1")[0]["blocks"])
    assert "Ada Lovelace" not in result.stdout

    again = _send(app)
    assert again.exit_code == 0
    assert "sent 0, failed 0" in again.stdout
    assert len(slack.posted) == 1


def test_dry_run_says_what_it_would_send(app: typer.Typer, slack: FakeSlack) -> None:
    result = _send(app, "--dry-run")
    assert result.exit_code == 0
    assert "would send call_list to A1 on slack (1 calls)" in result.stdout
    assert slack.posted == []


def test_a_failed_send_exits_1_so_cron_notices(app: typer.Typer, slack: FakeSlack) -> None:
    slack.unavailable = True
    result = _send(app)
    assert result.exit_code == 1
    assert "FAILED call_list to A1: Slack conversations.open answered HTTP 503" in result.output


def test_without_any_channel_configured_it_says_what_to_set(
    app: typer.Typer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SLACK_TOKEN", "")
    settings.get_settings.cache_clear()
    result = _send(app)
    assert result.exit_code == 2
    assert "set SLACK_TOKEN" in result.output


def test_a_malformed_date_is_refused(app: typer.Typer) -> None:
    result = runner.invoke(app, ["digest", "send", "--date", "16/11/2026"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output
