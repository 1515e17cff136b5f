"""The role matrix over the whole app: advisor (own book), branch manager (branch), head
office (all). Another book is a 404 exactly like an unknown customer, and audited."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from knowledge.models.bank import AuditEntry, Interaction
from tests.api.login import bearer

OWN, SAME_BRANCH, OTHER_BRANCH = "C000001", "C000011", "C000020"  # books of A001, A002, A003


@pytest.mark.parametrize("section", ["profile", "holdings", "contacts", "complaints"])
@pytest.mark.parametrize(("caller", "customer", "code"), [
    ("A001", OWN, 200), ("A001", SAME_BRANCH, 404), ("A001", OTHER_BRANCH, 404),
    ("M001", OWN, 200), ("M001", SAME_BRANCH, 200), ("M001", OTHER_BRANCH, 404),
    ("H001", OWN, 200), ("H001", SAME_BRANCH, 200), ("H001", OTHER_BRANCH, 200),
])
def test_customer_sections_follow_the_book(bank_api: TestClient, caller: str, customer: str,
                                           code: int, section: str) -> None:
    response = bank_api.get(f"/customers/{customer}/{section}", headers=bearer(caller))
    assert response.status_code == code
    if code == 200:
        assert response.json()["type"] == f"customer_{section}"


@pytest.mark.parametrize("section", ["profile", "holdings", "contacts", "complaints"])
def test_another_book_is_answered_like_an_unknown_customer_and_audited(
    bank_api: TestClient, engine: Engine, section: str
) -> None:
    other = bank_api.get(f"/customers/{OTHER_BRANCH}/{section}", headers=bearer("A001"))
    unknown = bank_api.get(f"/customers/C999999/{section}", headers=bearer("A001"))
    assert other.status_code == unknown.status_code == 404
    assert other.content == unknown.content
    with Session(engine) as session:
        refused = session.scalars(select(AuditEntry).where(
            AuditEntry.staff_id == "A001", AuditEntry.customer_id == OTHER_BRANCH)).all()
    assert [(e.granted, e.action, e.via) for e in refused] == [(False, section, "api")]


def test_finding_a_customer_by_name_stays_in_the_book(bank_api: TestClient) -> None:
    mine = bank_api.get("/customers", params={"name": "Anna Schmidt"}, headers=bearer("A001"))
    assert mine.status_code == 200 and mine.json()["customer"]["type"] == "customer_profile"
    hidden = bank_api.get("/customers", params={"name": "Klara Zimmermann"},
                          headers=bearer("A001"))
    assert hidden.status_code == 404
    manager = bank_api.get("/customers", params={"name": "Klara Zimmermann"},
                           headers=bearer("M001"))
    assert manager.status_code == 200
    assert manager.json()["customer"]["text"].startswith("Klara Zimmermann")
    namesakes = bank_api.get("/customers", params={"name": "Anna Müller"}, headers=bearer("M001"))
    assert namesakes.json()["status"] == "choose"
    assert {c["customer_id"] for c in namesakes.json()["choices"]} == {"C000001", "C000010"}


@pytest.mark.parametrize(("caller", "target", "code"), [
    ("A001", "A001", 200), ("A001", "A002", 403), ("A003", "A001", 403),
    ("M001", "A002", 200), ("M001", "A003", 403), ("H001", "A003", 200),
    ("H001", "A999", 404),
])
def test_call_lists_by_role(bank_api: TestClient, caller: str, target: str, code: int) -> None:
    response = bank_api.get(f"/advisors/{target}/call-list", headers=bearer(caller))
    assert response.status_code == code, response.text


def test_logging_a_call_for_another_books_customer_stores_nothing(
    bank_api: TestClient, engine: Engine
) -> None:
    with Session(engine) as session:
        before = len(session.scalars(select(Interaction)).all())
    other = bank_api.post("/interactions", json={"customer_id": OTHER_BRANCH},
                          headers=bearer("A001"))
    unknown = bank_api.post("/interactions", json={"customer_id": "C999999"},
                            headers=bearer("A001"))
    assert other.status_code == unknown.status_code == 404
    assert other.json() == unknown.json()
    with Session(engine) as session:
        assert len(session.scalars(select(Interaction)).all()) == before
    mine = bank_api.post("/interactions", json={"customer_id": OWN, "outcome": "reached"},
                         headers=bearer("A001"))
    assert mine.status_code == 201 and mine.json()["advisor_id"] == "A001"


def test_feedback_for_another_books_customer_is_refused_like_an_unknown_one(
    bank_api: TestClient
) -> None:
    other = bank_api.post("/feedback", json={"text": "Too slow", "customer_id": OTHER_BRANCH},
                          headers=bearer("A001"))
    unknown = bank_api.post("/feedback", json={"text": "Too slow", "customer_id": "C999999"},
                            headers=bearer("A001"))
    assert other.status_code == unknown.status_code == 422
    assert other.json()["detail"].replace(OTHER_BRANCH, "?") == \
        unknown.json()["detail"].replace("C999999", "?")


@pytest.mark.parametrize(("method", "path", "body"), [
    ("get", "/audit", None),
    ("put", "/themes/1/owners", {"business_owner_id": "M001"}),
    ("put", "/themes/1/status", {"status": "resolved"}),
    ("patch", "/themes/1", {"status": "resolved"}),
])
def test_manager_endpoints_are_403_for_advisors(bank_api: TestClient, method: str, path: str,
                                                body: dict[str, str] | None) -> None:
    response = bank_api.request(method.upper(), path, json=body, headers=bearer("A001"))
    assert response.status_code == 403
    assert "branch managers and head office" in response.json()["detail"]


@pytest.mark.parametrize("caller", ["A001", "M001"])
def test_feedback_import_is_head_office_only(bank_api: TestClient, caller: str) -> None:
    upload = {"file": ("feedback.csv", b"feedback_id,customer_id,received_on,channel,text,"
                                       b"compensation\n", "text/csv")}
    response = bank_api.post("/feedback/import", files=upload, headers=bearer(caller))
    assert response.status_code == 403 and "head office" in response.json()["detail"]


@pytest.mark.parametrize("caller", ["A001", "M001", "H001"])
def test_everyone_reads_themes_and_events_and_reports_events(bank_api: TestClient,
                                                            caller: str) -> None:
    assert bank_api.get("/themes", headers=bearer(caller)).status_code == 200
    assert bank_api.get("/themes/costliest", headers=bearer(caller)).status_code == 200
    created = bank_api.post("/events", json={"delta_bp": -25, "product_categories": ["savings"]},
                            headers=bearer(caller))
    assert created.status_code == 201 and created.json()["recorded_by"] == caller
    listed = bank_api.get("/events", headers=bearer(caller)).json()
    assert created.json()["id"] in {e["id"] for e in listed["events"]}


@pytest.mark.parametrize(("method", "path"), [
    ("get", "/auth/me"), ("get", "/advisors/A001/call-list"), ("post", "/interactions"),
    ("get", "/events"), ("post", "/events"), ("get", "/customers/C000001/profile"),
    ("get", "/customers?name=Anna"), ("get", "/audit"), ("post", "/feedback"),
    ("post", "/feedback/import"), ("get", "/themes"), ("get", "/themes/costliest"),
    ("get", "/themes/1"), ("get", "/themes/1/trend"), ("get", "/themes/1/cost"),
    ("put", "/themes/1/owners"), ("put", "/themes/1/status"), ("patch", "/themes/1"),
])
def test_every_endpoint_needs_a_token(bank_api: TestClient, method: str, path: str) -> None:
    response = bank_api.request(method.upper(), path, json={})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
