"""The real stack, once per test session: trained Rasa model, Rasa server, action server, API.

Ports differ from `make run`'s so a running demo does not collide with the tests. The bank
is the generated demo bank with a pinned "today", so answers are reproducible.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from cli.stack import MODEL, Stack
from knowledge.db import make_engine, session_factory
from knowledge.demo_bank import DemoBankReport, generate_demo_bank
from knowledge.migrate import upgrade
from knowledge.settings import PROJECT_ROOT, Settings
from tests.fakes.botframework import FakeBotFramework
from tests.fakes.slack import FakeSlack

AS_OF = dt.date(2026, 11, 16)
# Slack and Teams credentials of the test stack; the fakes check them.
SLACK_SIGNING_SECRET = "e2e-slack-signing-secret"
TEAMS_APP_ID = "00000000-e2e0-4000-8000-00000000b07a"
TEAMS_APP_PASSWORD = "e2e-teams-app-password"
DEMO_CUSTOMERS = 400
DEMO_SEED = 11


@dataclass
class Bot:
    stack: Stack
    database_url: str
    demo: DemoBankReport

    def say(self, sender: str, text: str) -> list[dict[str, Any]]:
        response = httpx.post(
            self.stack.rest_webhook, json={"sender": sender, "message": text}, timeout=60
        )
        response.raise_for_status()
        return response.json()

    def texts(self, sender: str, text: str) -> str:
        return "\n".join(m.get("text", "") for m in self.say(sender, text))

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self.stack.settings.api_port}"


def _ensure_model() -> None:
    # `make test` trains before pytest; this covers running pytest alone.
    result = subprocess.run([str(PROJECT_ROOT / "scripts" / "train.sh")], cwd=PROJECT_ROOT)
    assert result.returncode == 0 and MODEL.exists(), "training the Rasa model failed"


@pytest.fixture(scope="session")
def fake_slack() -> Iterator[FakeSlack]:
    """Slack's Web API on loopback, started before the stack so Rasa replies to it."""
    fake = FakeSlack(token="xoxb-e2e-token").start()
    yield fake
    fake.stop()


@pytest.fixture(scope="session")
def fake_botframework() -> Iterator[FakeBotFramework]:
    """The Bot Framework (token endpoint, signing keys, Bot Connector) on loopback."""
    fake = FakeBotFramework(app_id=TEAMS_APP_ID, app_password=TEAMS_APP_PASSWORD).start()
    yield fake
    fake.stop()


@pytest.fixture(scope="session")
def bot(
    tmp_path_factory: pytest.TempPathFactory,
    fake_slack: FakeSlack,
    fake_botframework: FakeBotFramework,
) -> Iterator[Bot]:
    _ensure_model()
    folder: Path = tmp_path_factory.mktemp("e2e")
    database_url = os.environ.get("E2E_DATABASE_URL", f"sqlite:///{folder / 'bank.db'}")
    upgrade(database_url)
    engine = make_engine(database_url)
    with session_factory(engine).begin() as session:
        demo = generate_demo_bank(
            session=session, customers=DEMO_CUSTOMERS, seed=DEMO_SEED, as_of=AS_OF
        )
    engine.dispose()
    settings = Settings(
        database_url=database_url,
        as_of_date=AS_OF,
        rasa_port=15005,
        action_port=15055,
        api_port=18000,
        rasa_url="http://127.0.0.1:15005",
        action_server_url="http://127.0.0.1:15055",
        slack_token=fake_slack.token,
        slack_signing_secret=SLACK_SIGNING_SECRET,
        slack_api_url=fake_slack.api_url,
        teams_app_id=TEAMS_APP_ID,
        teams_app_password=TEAMS_APP_PASSWORD,
        teams_openid_metadata_url=fake_botframework.openid_metadata_url,
        teams_token_url=fake_botframework.token_url,
    )
    stack = Stack(settings, log_dir=folder / "log")
    stack.start(timeout=400)
    try:
        yield Bot(stack=stack, database_url=database_url, demo=demo)
    finally:
        stack.stop()
