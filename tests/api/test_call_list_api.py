from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from api.routes import call_list as call_list_routes
from api.routes import events as event_routes
from knowledge import db, settings
from knowledge.models.bank import Interaction, InteractionKind, MarketEvent, Outcome
from knowledge.value.compute import clear_bank_cache
from tests.api.login import bearer
from tests.knowledge.call_list.factory import AS_OF, base_bank, customer, holding, interaction

DAY = AS_OF.isoformat()


@pytest.fixture
def client(
    database_url: str, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> Iterator[TestClient]:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("AS_OF_DATE", DAY)
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()
    clear_bank_cache()
    with Session(engine) as session:
        base_bank(session)
        for cid, name, advisor in (
            ("C1", "Ada Lovelace", "A1"),
            ("C2", "Olga Other", "A2"),
            ("C3", "Sven South", "A3"),
        ):
            customer(session, cid, name, advisor=advisor)
            holding(session, cid, "P-SAV", "20000")
            interaction(
                session,
                cid,
                AS_OF - dt.timedelta(days=30),
                InteractionKind.complaint,
                Outcome.open,
                advisor=advisor,
            )
        session.commit()
    app = FastAPI()
    app.include_router(call_list_routes.router)
    app.include_router(event_routes.router)
    yield TestClient(app)
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()


def get(client: TestClient, caller: str, target: str, **params: str) -> object:
    return client.get(
        f"/advisors/{target}/call-list",
        params={"date": DAY, **params},
        headers=bearer(caller),
    )


def test_advisor_gets_their_list(client: TestClient) -> None:
    response = get(client, "A1", "A1")
    assert response.status_code == 200  # type: ignore[attr-defined]
    data = response.json()  # type: ignore[attr-defined]
    assert data["advisor_id"] == "A1" and data["as_of"] == DAY
    assert [i["customer_id"] for i in data["items"]] == ["C1"]
    reason = data["items"][0]["reasons"][0]
    assert reason["code"] == "open_complaint" and reason["evidence"]["days_open"] == 30


@pytest.mark.parametrize(
    ("caller", "target", "code"),
    [
        ("A1", "A2", 403),  # another advisor's list
        ("M1", "A3", 403),  # another branch
        ("M1", "A2", 200),  # own branch
        ("H1", "A3", 200),  # head office sees all
        ("H1", "A99", 404),  # unknown advisor
    ],
)
def test_access_rule(client: TestClient, caller: str, target: str, code: int) -> None:
    assert get(client, caller, target).status_code == code  # type: ignore[attr-defined]


def test_bad_date_and_missing_caller(client: TestClient) -> None:
    assert get(client, "A1", "A1", date="15.06.2026").status_code == 422  # type: ignore[attr-defined]
    assert client.get("/advisors/A1/call-list").status_code == 401


def test_paging_parameters(client: TestClient) -> None:
    data = get(client, "M1", "M1", limit="1").json()  # type: ignore[attr-defined]
    assert len(data["items"]) == 1 and data["has_more"] and data["total"] == 2
    rest = get(client, "M1", "M1", limit="1", offset="1").json()  # type: ignore[attr-defined]
    assert rest["items"][0]["customer_id"] != data["items"][0]["customer_id"]


def test_post_interaction_logs_and_removes_from_list(client: TestClient, engine: Engine) -> None:
    response = client.post(
        "/interactions",
        headers=bearer("A1"),
        json={"customer_id": "C1", "follow_up": "in 2 weeks", "note": "ok"},
    )
    assert response.status_code == 201, response.text
    assert response.json()["follow_up_on"] == "2026-06-29"
    assert response.json()["outcome"] == "follow_up"
    assert get(client, "A1", "A1").json()["items"] == []  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"customer_id": "C2"}, 404),  # another book
        ({"customer_id": "C1", "outcome": "bribed"}, 422),
        ({"customer_id": "C1", "follow_up": "someday maybe"}, 422),
        ({"customer_id": "C1", "date": "yesterday"}, 422),
    ],
)
def test_post_interaction_refuses(
    client: TestClient, engine: Engine, body: dict[str, str], code: int
) -> None:
    response = client.post("/interactions", headers=bearer("A1"), json=body)
    assert response.status_code == code
    with Session(engine) as session:
        assert (
            session.scalars(select(Interaction).where(Interaction.occurred_on == AS_OF)).all() == []
        )


def test_post_event(client: TestClient, engine: Engine) -> None:
    response = client.post(
        "/events",
        headers=bearer("H1"),
        json={"delta_bp": -25, "occurred_on": DAY, "product_categories": ["savings"]},
    )
    assert response.status_code == 201, response.text
    reasons = get(client, "A1", "A1").json()["items"][0]["reasons"]  # type: ignore[attr-defined]
    assert "rate_event" in {r["code"] for r in reasons}
    bad = client.post("/events", headers=bearer("H1"), json={"delta_bp": 0})
    assert bad.status_code == 422 and "non-zero" in bad.json()["detail"]
    with Session(engine) as session:
        assert len(session.scalars(select(MarketEvent)).all()) == 1
