"""How the hardening tests authenticate against the API, whichever scheme the app has.

The API is moving from the `X-Staff-Id` header to Bearer tokens from `POST /auth/token`.
When the app has that route, the member of staff gets a password (knowledge.auth) and logs
in the real way; otherwise the header names them.
"""

from __future__ import annotations

from fastapi.testclient import TestClient

from knowledge.db import unit_of_work

PASSWORD = "hardening-tests-password"


def uses_tokens(client: TestClient) -> bool:
    return "/auth/token" in client.get("/openapi.json").json().get("paths", {})


def headers_for(client: TestClient, staff_id: str) -> dict[str, str]:
    if not uses_tokens(client):
        return {"X-Staff-Id": staff_id}
    from knowledge.auth import set_password  # only present once token auth has landed

    with unit_of_work() as session:
        set_password(session=session, staff_id=staff_id, password=PASSWORD)
    response = client.post("/auth/token", data={"username": staff_id, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}
