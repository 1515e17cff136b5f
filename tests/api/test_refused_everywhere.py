"""Need to know, route by route: every API route that takes a customer refuses another book's
customer exactly as it answers for nobody, and audits the attempt.

The routes are read from the app's OpenAPI schema, so a new route must be listed here: as a
probe (how to ask it about a customer) or as taking no customer (and why). A route with a
`customer_id` parameter or body field can only be a probe.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.db import unit_of_work
from knowledge.models.bank import AuditEntry, Feedback, Interaction
from tests.api.login import bearer

ASKER = "A001"  # branch B1
OTHER = ("C000020", "Lars Øvergaard")  # A003's book, branch B2
NOBODY = ("C999999", "Zebedee Quartermaine")

Probe = Callable[[TestClient, dict[str, str], str, str], Response]


def _section(section: str) -> Probe:
    return lambda client, auth, cid, _name: client.get(f"/customers/{cid}/{section}",
                                                      headers=auth)


PROBES: dict[tuple[str, str], Probe] = {
    ("GET", "/customers/{customer_id}/profile"): _section("profile"),
    ("GET", "/customers/{customer_id}/holdings"): _section("holdings"),
    ("GET", "/customers/{customer_id}/contacts"): _section("contacts"),
    ("GET", "/customers/{customer_id}/complaints"): _section("complaints"),
    ("GET", "/customers"): lambda client, auth, _cid, name: client.get(
        "/customers", params={"name": name}, headers=auth),
    ("POST", "/interactions"): lambda client, auth, cid, _name: client.post(
        "/interactions", json={"customer_id": cid, "outcome": "reached"}, headers=auth),
    ("POST", "/feedback"): lambda client, auth, cid, _name: client.post(
        "/feedback", json={"customer_id": cid, "text": "the card arrived late"}, headers=auth),
}

TAKES_NO_CUSTOMER = {
    ("GET", "/health"), ("POST", "/auth/token"), ("POST", "/auth/logout"), ("GET", "/auth/me"),
    ("GET", "/advisors/{staff_id}/call-list"),  # a book, by staff id (tests/api/test_roles_api)
    ("POST", "/events"), ("GET", "/events"),  # bank-wide market events
    ("POST", "/feedback/import"),  # head office's CSV load, no customer's data answered
    ("GET", "/themes"), ("GET", "/themes/costliest"), ("GET", "/themes/{theme_id}"),
    ("PATCH", "/themes/{theme_id}"), ("GET", "/themes/{theme_id}/trend"),
    ("GET", "/themes/{theme_id}/cost"), ("PUT", "/themes/{theme_id}/owners"),
    ("PUT", "/themes/{theme_id}/status"),
    ("GET", "/themes/areas"), ("GET", "/themes/areas/{area_id}"),  # sums over problems
    ("GET", "/dashboard/coverage"),  # counts per advisor of the manager's own scope
    # The message goes to Rasa as the logged-in member of staff: the actions answer it, and
    # tests/actions/test_refused_everywhere.py refuses through every one of them.
    ("POST", "/chat"),
    # Reads the audit log, not a customer: managers only, within their scope (below).
    ("GET", "/audit"),
}


def _routes(client: TestClient) -> dict[tuple[str, str], set[str]]:
    schema = client.app.openapi()  # type: ignore[attr-defined]
    found: dict[tuple[str, str], set[str]] = {}
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            names = {p["name"] for p in operation.get("parameters", [])}
            for content in operation.get("requestBody", {}).get("content", {}).values():
                ref = content.get("schema", {}).get("$ref", "")
                if ref:
                    model = schema["components"]["schemas"][ref.rsplit("/", 1)[-1]]
                    names |= set(model.get("properties", {}))
            found[(method.upper(), path)] = names
    return found


def test_every_route_is_classified(bank_api: TestClient) -> None:
    routes = _routes(bank_api)
    unlisted = set(routes) - set(PROBES) - TAKES_NO_CUSTOMER
    assert not unlisted, f"new routes: add a probe or say why they take no customer: {unlisted}"
    assert not (set(PROBES) | TAKES_NO_CUSTOMER) - set(routes), "listed routes that are gone"
    by_id = {route for route, names in routes.items() if "customer_id" in names}
    assert by_id - {("GET", "/audit")} <= set(PROBES)


def _refusals(customer_id: str) -> list[AuditEntry]:
    with unit_of_work() as session:
        return list(session.scalars(select(AuditEntry).where(
            AuditEntry.staff_id == ASKER, AuditEntry.customer_id == customer_id,
            AuditEntry.granted.is_(False))))


def _body(response: Response) -> Any:
    return response.json()


def test_another_books_customer_is_refused_through_every_route_and_audited(
    bank_api: TestClient,
) -> None:
    auth = bearer(ASKER)
    for route, probe in PROBES.items():
        before = len(_refusals(OTHER[0]))
        other = probe(bank_api, auth, *OTHER)
        nobody = probe(bank_api, auth, *NOBODY)
        assert other.status_code in (404, 422), (route, other.status_code, other.text)
        assert (other.status_code, _body(other)) == (
            nobody.status_code, _json_with(_body(nobody), NOBODY, OTHER)), route
        refused = _refusals(OTHER[0])
        assert len(refused) == before + 1, route
        assert refused[-1].via == "api" and refused[-1].channel == "api", route
    with unit_of_work() as session:
        assert not _stored_for(session, OTHER[0])


def _json_with(value: Any, old: tuple[str, str], new: tuple[str, str]) -> Any:
    """The stranger's answer as it reads for the other book's customer (what was typed is
    echoed back, nothing else may differ)."""
    if isinstance(value, str):
        return value.replace(old[0], new[0]).replace(old[1], new[1])
    if isinstance(value, dict):
        return {k: _json_with(v, old, new) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_with(v, old, new) for v in value]
    return value


def _stored_for(session: Session, customer_id: str) -> list[object]:
    calls = session.scalars(select(Interaction).where(
        Interaction.customer_id == customer_id, Interaction.advisor_id == ASKER)).all()
    notes = session.scalars(select(Feedback).where(
        Feedback.customer_id == customer_id, Feedback.logged_by == ASKER)).all()
    return [*calls, *notes]


def test_the_audit_log_shows_a_manager_nothing_of_another_branchs_customer(
    bank_api: TestClient,
) -> None:
    bank_api.get(f"/customers/{OTHER[0]}/profile", headers=bearer(ASKER))  # one refusal, B2
    assert bank_api.get("/audit", params={"customer_id": OTHER[0]},
                        headers=bearer(ASKER)).status_code == 403  # advisors never read it
    branch_b1 = bank_api.get("/audit", params={"customer_id": OTHER[0]}, headers=bearer("M001"))
    assert branch_b1.status_code == 200
    # A001 is M001's advisor, so M001 sees A001's attempt, and nothing else about Lars.
    assert {e["staff_id"] for e in branch_b1.json()["entries"]} == {ASKER}
    head_office = bank_api.get("/audit", params={"customer_id": OTHER[0]},
                               headers=bearer("H001"))
    assert len(head_office.json()["entries"]) >= 1


def test_a_refusal_no_route_answered_is_still_a_404(bank_api: TestClient) -> None:
    """The safety net (api/errors.py): a route that lets NotVisible through answers like an
    unknown customer, not with a 500."""
    from knowledge.access.policy import NotVisible

    app = bank_api.app

    @app.get("/refusing")  # type: ignore[attr-defined,misc]
    def refusing() -> None:
        raise NotVisible([OTHER[0]], "profile")

    response = bank_api.get("/refusing")
    assert response.status_code == 404
    assert OTHER[0] not in response.text
