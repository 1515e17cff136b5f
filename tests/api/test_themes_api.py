"""GET/PATCH /themes and POST /feedback over a real database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.routes.feedback import router as feedback_router
from api.routes.themes import router
from knowledge import db, settings
from knowledge.models.bank import Feedback
from knowledge.models.themes import Notification, Theme
from tests.api.login import bearer
from tests.knowledge.themes.wocas_bank import themed_bank


@pytest.fixture
def themed(database_url: str, session: Session, monkeypatch: pytest.MonkeyPatch
           ) -> Iterator[tuple[TestClient, Session]]:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("AS_OF_DATE", "2026-11-23")
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()
    themed_bank(session)
    app = FastAPI()
    app.include_router(router)
    app.include_router(feedback_router)
    with TestClient(app) as client:
        yield client, session
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()


def as_staff(staff_id: str) -> dict[str, str]:
    return bearer(staff_id)


def _app_id(session: Session) -> int:
    return next(t.id for t in session.scalars(select(Theme)) if "app" in t.keywords)


def test_list_and_detail_with_quotes_trend_and_cost(themed: tuple[TestClient, Session]) -> None:
    client, session = themed
    listed = client.get("/themes", headers=as_staff("A001")).json()
    assert len(listed["themes"]) == 3 and all(t["size"] == 5 for t in listed["themes"])
    detail = client.get(f"/themes/{_app_id(session)}", headers=as_staff("A001")).json()
    assert len(detail["quotes"]) == 3 and detail["trend"]["current"] == 5
    assert detail["cost"]["compensation"] == "40.00" and detail["cost"]["contacts"] == 6
    assert len(detail["series"]["week"]) == 8
    assert client.get("/themes/9999", headers=as_staff("A001")).status_code == 404
    assert client.get("/themes").status_code == 401


def test_patch_is_for_managers_and_applies_everything_or_nothing(
    themed: tuple[TestClient, Session]
) -> None:
    client, session = themed
    theme_id = _app_id(session)
    forbidden = client.patch(f"/themes/{theme_id}", json={"status": "resolved"},
                             headers=as_staff("A001"))
    assert forbidden.status_code == 403
    bad = client.patch(f"/themes/{theme_id}", json={"business_owner_id": "M001",
                                                     "status": "finished"},
                       headers=as_staff("M001"))
    assert bad.status_code == 422 and "open, in progress or resolved" in bad.json()["detail"]
    unknown = client.patch(f"/themes/{theme_id}", json={"solution_owner_id": "NOBODY"},
                           headers=as_staff("M001"))
    assert unknown.status_code == 422
    session.expire_all()
    assert session.get(Theme, theme_id).business_owner_id is None  # type: ignore[union-attr]
    done = client.patch(f"/themes/{theme_id}", json={"business_owner_id": "M001",
                                                      "solution_owner_id": "H001",
                                                      "status": "in progress"},
                        headers=as_staff("H001"))
    assert done.status_code == 200
    body = done.json()
    assert (body["business_owner"], body["solution_owner"], body["status"]) == (
        "Marta Lindqvist", "Henrik Olsen", "in_progress")
    assert [h["field"] for h in body["history"]] == ["business_owner", "solution_owner", "status"]
    # Read back from the database (SQLite returns stored times without their zone): UTC.
    again = client.get(f"/themes/{theme_id}", headers=as_staff("H001")).json()
    assert all(dt.datetime.fromisoformat(h["at"]).utcoffset() == dt.timedelta(0)
               for h in again["history"])
    session.expire_all()
    assert session.scalar(select(func.count()).select_from(Notification)) >= 2


def test_post_feedback_is_idempotent_on_the_external_id(themed: tuple[TestClient, Session]
                                                        ) -> None:
    client, session = themed
    body = {"external_id": "CRM-1", "text": "The ATM swallowed my card", "customer_id": "C002"}
    first = client.post("/feedback", json=body, headers=as_staff("A001"))
    again = client.post("/feedback", json=body, headers=as_staff("A001"))
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["id"] == "CRM-1" and first.json()["status"] == "pending"
    changed = client.post("/feedback", json={**body, "text": "Something else"},
                          headers=as_staff("A001"))
    assert changed.status_code == 409
    for bad in ({"text": "   "}, {"text": "x" * 100_000}, {"text": "ok", "customer_id": "C999"}):
        assert client.post("/feedback", json=bad, headers=as_staff("A001")).status_code == 422
    session.expire_all()
    assert session.scalar(select(func.count()).select_from(Feedback)) == 16


def test_areas_list_both_levels_with_rolled_up_figures(themed: tuple[TestClient, Session]
                                                       ) -> None:
    client, session = themed
    app_id = _app_id(session)
    client.patch(f"/themes/{app_id}", json={"business_owner_id": "M001", "status": "resolved"},
                 headers=as_staff("M001"))
    listed = client.get("/themes", headers=as_staff("A001")).json()["themes"]
    assert all(t["area_id"] and t["area_label"] for t in listed)  # the old list, extended
    got = client.get("/themes/areas", headers=as_staff("A001"))
    assert got.status_code == 200
    areas = got.json()["areas"] + got.json()["praise"]
    problems = [p for a in areas for p in a["problems"]]
    assert sorted(p["id"] for p in problems) == sorted(t["id"] for t in listed)
    for area in areas:
        assert area["size"] == sum(p["size"] for p in area["problems"])
        assert float(area["cost"]["total"]) == pytest.approx(
            sum(float(p["cost"]["total"]) for p in area["problems"]))
        assert all(p["area_id"] == area["id"] for p in area["problems"])
    home = next(a for a in areas if app_id in [p["id"] for p in a["problems"]])
    assert "Marta Lindqvist" in home["owners"]
    assert home["status"] == ("resolved" if home["problem_count"] == 1 else "open")
    one = client.get(f"/themes/areas/{home['id']}", headers=as_staff("A001")).json()
    assert one["id"] == home["id"] and one["problems"] == home["problems"]
    assert client.get("/themes/areas/9999", headers=as_staff("A001")).status_code == 404
    assert client.get("/themes/areas").status_code == 401
