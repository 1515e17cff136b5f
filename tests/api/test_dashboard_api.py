"""GET /dashboard/coverage: managers see their branch's advisors, head office all, advisors 403."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from api.routes import auth, dashboard
from knowledge import db, settings
from knowledge.access.auth import set_password
from knowledge.value.compute import clear_bank_cache
from tests.knowledge.call_list.factory import AS_OF, base_bank, customer, holding, interaction

PASSWORD = "correct horse battery staple"
Bearer = Callable[[str], dict[str, str]]


@pytest.fixture
def client(database_url: str, session: Session,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("AS_OF_DATE", AS_OF.isoformat())
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()
    clear_bank_cache()
    base_bank(session)
    for cid, advisor, days_ago in [("C1", "A1", 10), ("C2", "A1", 45), ("C3", "A3", 3)]:
        customer(session, cid, f"Customer {cid}", advisor)
        holding(session, cid, "P-CUR", "1000")
        interaction(session, cid, AS_OF - dt.timedelta(days=days_ago), advisor=advisor)
    for staff_id in ("A1", "M1", "H1"):
        set_password(session=session, staff_id=staff_id, password=PASSWORD)
    session.commit()
    app = FastAPI()
    app.include_router(auth.router)
    app.include_router(dashboard.router)
    with TestClient(app) as test_client:
        yield test_client
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()
    clear_bank_cache()


@pytest.fixture
def bearer(client: TestClient) -> Bearer:
    def header(staff_id: str) -> dict[str, str]:
        response = client.post("/auth/token", data={"username": staff_id, "password": PASSWORD})
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}
    return header


def test_branch_manager_sees_the_advisors_of_the_branch(client: TestClient,
                                                         bearer: Bearer) -> None:
    response = client.get("/dashboard/coverage", headers=bearer("M1"))
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["as_of"] == AS_OF.isoformat()
    rows = {row["advisor_id"]: row for row in body["advisors"]}
    assert list(rows) == ["A1", "A2"]
    a1 = rows["A1"]
    assert (a1["customers"], a1["planned"], a1["overdue"], a1["contacted"]) == (2, 2, 1, 1)
    assert a1["covered_share"] == 0.5
    assert rows["A2"]["covered_share"] is None


def test_head_office_sees_every_advisor(client: TestClient, bearer: Bearer) -> None:
    body = client.get("/dashboard/coverage", headers=bearer("H1")).json()
    assert [row["advisor_id"] for row in body["advisors"]] == ["A1", "A2", "A3"]


def test_advisors_and_strangers_are_refused(client: TestClient, bearer: Bearer) -> None:
    refused = client.get("/dashboard/coverage", headers=bearer("A1"))
    assert refused.status_code == 403
    assert "branch managers and head office" in refused.json()["detail"]
    assert client.get("/dashboard/coverage").status_code == 401


@pytest.mark.parametrize("query", ["date=23.11.2026", "due_within_days=-1",
                                   "contacted_within_days=0", "due_within_days=many"])
def test_bad_parameters_are_422(client: TestClient, bearer: Bearer, query: str) -> None:
    assert client.get(f"/dashboard/coverage?{query}", headers=bearer("H1")).status_code == 422


def test_windows_and_date_are_parameters(client: TestClient, bearer: Bearer) -> None:
    later = (AS_OF + dt.timedelta(days=40)).isoformat()
    body = client.get(f"/dashboard/coverage?date={later}&contacted_within_days=60",
                      headers=bearer("H1")).json()
    a1 = next(row for row in body["advisors"] if row["advisor_id"] == "A1")
    assert (a1["overdue"], a1["contacted"]) == (2, 1)
