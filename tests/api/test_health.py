"""/health with the database up and Rasa and the action server not running."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from knowledge import db, settings


def test_health_names_the_parts_that_are_down(
    database_url: str, engine: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    # Ports where nothing listens on loopback.
    monkeypatch.setenv("RASA_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("ACTION_SERVER_URL", "http://127.0.0.1:9")
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()
    try:
        response = TestClient(create_app()).get("/health")
    finally:
        settings.get_settings.cache_clear()
        db.engine_for.cache_clear()
    assert response.status_code == 503
    assert response.json() == {
        "status": "degraded", "database": "up", "rasa": "down", "action_server": "down",
    }


def test_openapi_document_is_served() -> None:
    schema = TestClient(create_app()).get("/openapi.json").json()
    assert "/health" in schema["paths"]
