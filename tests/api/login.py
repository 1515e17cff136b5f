"""Logging in for the API tests: give a member of staff a password, get a token the real way.

`bearer("A001")` sets the test password on A001 in the database the settings point at and
answers `POST /auth/token` through the full app, so every API test also exercises the login.
"""

from __future__ import annotations

from fastapi.testclient import TestClient

from api.main import create_app
from knowledge.access.auth import set_password
from knowledge.db import unit_of_work
from knowledge.settings import get_settings

TEST_PASSWORD = "correct horse battery staple"


def give_password(staff_id: str, password: str = TEST_PASSWORD) -> None:
    with unit_of_work() as session:
        set_password(session=session, staff_id=staff_id, password=password)


def token_for(staff_id: str, password: str = TEST_PASSWORD) -> str:
    give_password(staff_id, password)
    with TestClient(create_app()) as client:
        response = client.post("/auth/token", data={"username": staff_id, "password": password})
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


# One login per member of staff and test database: scrypt is slow on purpose.
_tokens: dict[tuple[str, str], str] = {}


def bearer(staff_id: str) -> dict[str, str]:
    key = (get_settings().database_url, staff_id)
    if key not in _tokens:
        _tokens[key] = token_for(staff_id)
    return {"Authorization": f"Bearer {_tokens[key]}"}
