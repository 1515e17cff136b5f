"""Every string the API reads, in a body, a query or a path, may carry a NUL character (a
fuzzer, a pasted PDF): on PostgreSQL, which refuses NUL in any text parameter, none of them
may end in a server error; each is cleaned or refused like any other bad value."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from knowledge import db, settings
from tests.api.login import bearer
from tests.knowledge.themes.wocas_bank import build_people

NUL = "\x00"


@pytest.fixture
def client(database_url: str, session: Session, monkeypatch: pytest.MonkeyPatch
           ) -> Iterator[TestClient]:
    monkeypatch.setenv("DATABASE_URL", database_url)
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()
    build_people(session)
    session.commit()
    from api.main import create_app

    try:
        with TestClient(create_app()) as test_client:
            yield test_client
    finally:
        settings.get_settings.cache_clear()
        db.engine_for.cache_clear()


# (method, path, who, keyword arguments of the request)
REQUESTS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("POST", "/feedback", "A001", {"json": {"text": f"The app{NUL} logs me out"}}),
    ("POST", "/feedback", "A001", {"json": {"text": "App logs me out", "external_id": f"X{NUL}1"}}),
    ("POST", "/feedback", "A001",
     {"json": {"text": "App logs me out", "customer_id": f"C0{NUL}01"}}),
    ("POST", "/feedback", "A001", {"json": {"text": "App logs me out", "channel": f"a{NUL}pp"}}),
    ("POST", "/events", "H001", {"json": {"delta_bp": -25, "description": f"ECB{NUL} cut"}}),
    ("POST", "/events", "H001", {"json": {"delta_bp": -25, "kind": f"rate{NUL}_change"}}),
    ("POST", "/events", "H001",
     {"json": {"delta_bp": -25, "product_categories": [f"mort{NUL}gage"]}}),
    ("PUT", "/themes/1/owners", "M001", {"json": {"business_owner_id": f"M0{NUL}01"}}),
    ("PUT", "/themes/1/status", "M001", {"json": {"status": f"resol{NUL}ved"}}),
    ("PATCH", "/themes/1", "M001", {"json": {"solution_owner_id": f"H{NUL}001"}}),
    ("GET", "/audit", "H001", {"params": {"customer_id": f"C0{NUL}01"}}),
    ("GET", "/audit", "H001", {"params": {"staff_id": f"A0{NUL}01"}}),
    ("GET", "/advisors/A0%0001/call-list", "H001", {}),
    ("GET", "/advisors/A001/call-list", "A001", {"params": {"tier": f"to{NUL}p"}}),
    ("GET", "/customers/C0%0001/profile", "A001", {}),
]


@pytest.mark.parametrize("method, path, who, kwargs", REQUESTS,
                         ids=[f"{m} {p} {sorted(k.get('json', k.get('params', {})))}"
                              for m, p, _, k in REQUESTS])
def test_a_nul_anywhere_is_never_a_server_error(
    client: TestClient, method: str, path: str, who: str, kwargs: dict[str, Any],
) -> None:
    response = client.request(method, path, headers=bearer(who), **kwargs)
    assert response.status_code < 500, (response.status_code, response.text[:300])
    if response.status_code == 422:  # a malformed id or code says what is wrong with it
        assert "control character" in response.text, response.text[:300]


def test_a_nul_in_a_login_is_a_refused_login(client: TestClient) -> None:
    response = client.post("/auth/token", data={"username": f"A0{NUL}01", "password": f"x{NUL}y"})
    assert response.status_code == 401, response.text


def test_a_nul_in_an_uploaded_feedback_file_is_a_clear_refusal(client: TestClient) -> None:
    """The CSV import is all or nothing: a NUL byte in a row is a 422 naming the problem."""
    rows = ("feedback_id,customer_id,received_on,channel,text,compensation\n"
            f"F1,C001,2026-11-20,app,The app{NUL} logs me out,\n")
    response = client.post("/feedback/import", headers=bearer("H001"),
                           files={"file": ("feedback.csv", rows.encode(), "text/csv")})
    assert response.status_code == 422, response.text[:300]
    assert "NUL" in response.json()["detail"] and "line 2" in response.json()["detail"]
