"""A NUL character in a customer name or id is a 404 like any unknown name, never a server
error (PostgreSQL refuses NUL in text parameters; SQLite does not care)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from knowledge import db, settings
from tests.api.login import bearer
from tests.knowledge.themes.wocas_bank import build_people


@pytest.mark.parametrize("path, params", [
    ("/customers", {"name": "Nob\x00ody Known"}),
    ("/customers", {"name": "\x00\x00"}),
    ("/customers/C9%0099", {}),  # the id path parameter, percent-encoded
])
def test_nul_in_names_and_ids_is_not_found(
    database_url: str, session: Session, monkeypatch: pytest.MonkeyPatch, path: str,
    params: dict[str, str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()
    build_people(session)
    session.commit()
    from api.main import create_app

    try:
        with TestClient(create_app()) as client:
            response = client.get(path, params=params, headers=bearer("A001"))
    finally:
        settings.get_settings.cache_clear()
        db.engine_for.cache_clear()
    assert response.status_code in (404, 422), response.text


@pytest.mark.parametrize("body", [
    {"customer_id": "C001", "note": "Wants the\x00 fund", "follow_up": "next week"},
    {"customer_id": "C001", "outcome": "reached", "note": "\x00\x00 all fine"},
    {"customer_id": "C001", "follow_up": "next\x00 week"},
])
def test_a_nul_in_a_logged_call_is_dropped_and_the_call_stored(
    database_url: str, session: Session, monkeypatch: pytest.MonkeyPatch,
    body: dict[str, str],
) -> None:
    """Posting a call whose note carries a NUL (pasted from a PDF, a fuzzer) stored nothing
    and answered 500 on PostgreSQL; the call is stored with the note's other characters."""
    from sqlalchemy import select

    from knowledge.models.bank import Interaction

    monkeypatch.setenv("DATABASE_URL", database_url)
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()
    build_people(session)
    session.commit()
    from api.main import create_app

    try:
        with TestClient(create_app()) as client:
            response = client.post("/interactions", json=body, headers=bearer("A001"))
    finally:
        settings.get_settings.cache_clear()
        db.engine_for.cache_clear()
    assert response.status_code == 201, response.text
    session.expire_all()
    notes = session.scalars(select(Interaction.note).where(
        Interaction.customer_id == "C001", Interaction.id != "I1")).all()
    assert len(notes) == 1 and "\x00" not in (notes[0] or "")
