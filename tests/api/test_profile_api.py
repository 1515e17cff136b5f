"""GET /customers/{id}/profile and GET /audit: access rules, identical 404s, head office only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from api.routes.audit import router as audit_router
from api.routes.profiles import router
from knowledge import db, settings
from knowledge.profile.render import NOT_FOUND_TEXT
from tests.api.login import bearer
from tests.knowledge.profile.profile_bank import build_bank


@pytest.fixture
def client(
    database_url: str, session: Session, monkeypatch: pytest.MonkeyPatch
) -> Iterator[TestClient]:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("AS_OF_DATE", "2026-11-23")
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()
    build_bank(session)
    app = FastAPI()
    app.include_router(router)
    app.include_router(audit_router)
    with TestClient(app) as test_client:
        yield test_client
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()


def as_staff(staff_id: str) -> dict[str, str]:
    return bearer(staff_id)


def test_profile_of_a_customer_in_the_book(client: TestClient) -> None:
    response = client.get("/customers/C000001/profile", headers=as_staff("A001"))
    assert response.status_code == 200
    body = response.json()
    assert body["who"]["name"] == "Anna Müller"
    assert body["text"].startswith("Anna Müller (C000001)")
    assert body["risk"]["mismatches"][0]["product"] == "Global equity fund"


def test_another_books_customer_is_an_identical_404(client: TestClient) -> None:
    other = client.get("/customers/C000011/profile", headers=as_staff("A001"))
    unknown = client.get("/customers/C999999/profile", headers=as_staff("A001"))
    assert other.status_code == unknown.status_code == 404
    assert other.json() == unknown.json() == {"detail": NOT_FOUND_TEXT}
    assert other.headers.get("content-length") == unknown.headers.get("content-length")


def test_branch_manager_sees_the_branch(client: TestClient) -> None:
    assert client.get("/customers/C000011/profile", headers=as_staff("M001")).status_code == 200
    assert client.get("/customers/C000020/profile", headers=as_staff("M001")).status_code == 404


def test_missing_or_garbage_token_is_401(client: TestClient) -> None:
    assert client.get("/customers/C000001/profile").status_code == 401
    garbage = {"Authorization": "Bearer not-a-token"}
    assert client.get("/customers/C000001/profile", headers=garbage).status_code == 401


def test_audit_is_for_managers_and_shows_refused_attempts(client: TestClient) -> None:
    client.get("/customers/C000001/profile", headers=as_staff("A001"))
    client.get("/customers/C000011/profile", headers=as_staff("A001"))
    assert client.get("/customers/C000020/profile", headers=as_staff("A003")).status_code == 200
    assert client.get("/audit", headers=as_staff("A001")).status_code == 403
    # The branch manager of B1 sees views by B1 staff, not A003's view of a B2 customer.
    branch = client.get("/audit", headers=as_staff("M001")).json()
    assert {(e["staff_id"], e["customer_id"]) for e in branch["entries"]} == {
        ("A001", "C000001"), ("A001", "C000011")}
    everyone = client.get("/audit", headers=as_staff("H001")).json()
    assert everyone["total"] == 3
    page = client.get("/audit", params={"limit": 1, "offset": 1}, headers=as_staff("H001"))
    assert page.json()["entries"] == everyone["entries"][1:2]
    response = client.get("/audit", params={"staff_id": "A001"}, headers=as_staff("H001"))
    assert response.status_code == 200
    entries = response.json()["entries"]
    assert [(e["customer_id"], e["granted"], e["channel"], e["via"]) for e in entries] == [
        ("C000011", False, "api", "api"),
        ("C000001", True, "api", "api"),
    ]
    by_customer = client.get(
        "/audit", params={"customer_id": "C000011"}, headers=as_staff("H001")
    ).json()["entries"]
    assert [e["staff_id"] for e in by_customer] == ["A001"]
