"""How the hardening tests authenticate against the API: the member of staff gets a password
(knowledge.access.auth) and logs in the real way, with `POST /auth/token`."""

from __future__ import annotations

from fastapi.testclient import TestClient

from knowledge.access.auth import set_password
from knowledge.db import unit_of_work

PASSWORD = "hardening-tests-password"


def headers_for(client: TestClient, staff_id: str) -> dict[str, str]:
    with unit_of_work() as session:
        set_password(session=session, staff_id=staff_id, password=PASSWORD)
    response = client.post("/auth/token", data={"username": staff_id, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}
