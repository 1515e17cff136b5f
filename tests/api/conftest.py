"""The whole API app over the small profile bank (tests/knowledge/profile/profile_bank.py).

Branch B1: advisors A001 (C000001–C000005), A002 (C000010–C000012), manager M001. Branch B2:
advisor A003 (C000020). Head office H001. Log in with `tests.api.login.bearer(staff_id)`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from knowledge import db, settings
from tests.knowledge.profile.profile_bank import build_bank


@pytest.fixture
def bank_api(database_url: str, engine: Engine, monkeypatch: pytest.MonkeyPatch
             ) -> Iterator[TestClient]:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("AS_OF_DATE", "2026-11-23")
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()
    with Session(engine) as session:
        build_bank(session)
    from api.main import create_app

    # raise_server_exceptions=False: a 500 must reach the test as the client would see it.
    with TestClient(create_app(), raise_server_exceptions=False) as client:
        yield client
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()
