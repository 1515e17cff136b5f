"""Embedding model missing or broken: feedback logged in chat is still saved (pending), the
theme update says what to fix without a stack trace, and once the model is back the same
command themes everything."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from actions.feedback import ActionSaveFeedback
from knowledge.models.bank import Feedback
from knowledge.models.themes import ThemeMember
from knowledge.settings import PROJECT_ROOT, get_settings
from tests.actions.conftest import action_database, make_tracker, texts  # noqa: F401
from tests.knowledge.profile.profile_bank import build_bank

ADVISOR = PROJECT_ROOT / ".venv" / "bin" / "advisor"
STATEMENTS = [
    "the app logs me out during every transfer",
    "the mobile app logged me out again while paying",
    "app session expires in the middle of a payment",
    "I keep getting logged out of the banking app",
    "waiting on the hotline took forty minutes",
    "nobody answers the phone hotline in the morning",
]


def _themes_update(database_url: str, model: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DATABASE_URL=database_url, EMBEDDING_MODEL=model,
               HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    return subprocess.run([str(ADVISOR), "themes", "update"], env=env, cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=600)


def _pending(session: Session) -> int:
    session.expire_all()
    return session.scalar(select(func.count()).select_from(Feedback)
                          .where(Feedback.status == "pending")) or 0


@pytest.fixture
def broken_model(tmp_path: Path) -> Path:
    folder = tmp_path / "broken-model"
    folder.mkdir()
    (folder / "config.json").write_text("{ this is not json")
    (folder / "modules.json").write_text("[]")
    return folder


async def test_feedback_is_saved_without_a_model_and_themed_once_it_is_back(
    action_database: str, session: Session, tmp_path: Path, broken_model: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("EMBEDDING_MODEL", str(tmp_path / "no-such-model"))
    get_settings.cache_clear()
    build_bank(session)
    session.commit()
    already = _pending(session)
    for statement in STATEMENTS:
        dispatcher = CollectingDispatcher()
        tracker = make_tracker("A001", f"log feedback: {statement}", "log_feedback",
                               slots={"feedback_customer": "none", "feedback_text": statement})
        await ActionSaveFeedback().run(dispatcher, tracker, {})
        assert any(t.startswith("Saved the feedback") for t in texts(dispatcher)), texts(dispatcher)
    assert _pending(session) == already + len(STATEMENTS)

    for model in (tmp_path / "no-such-model", broken_model):
        result = _themes_update(action_database, str(model))
        assert result.returncode != 0
        assert "cannot load the embedding model" in result.stderr
        assert "Feedback stays pending" in result.stderr
        assert "Traceback" not in result.stderr + result.stdout
        assert _pending(session) == already + len(STATEMENTS)

    result = _themes_update(action_database, "")  # the packaged default model
    assert result.returncode == 0, result.stderr[-2000:]
    assert _pending(session) == 0
    members = session.scalar(select(func.count()).select_from(ThemeMember)) or 0
    assert members == already + len(STATEMENTS)
