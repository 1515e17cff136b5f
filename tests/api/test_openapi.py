"""The OpenAPI document is complete for the product's endpoints: response schemas, examples,
the errors each can answer, and the bearer login."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.main import create_app

OURS = {"auth", "call list", "events", "customers", "audit", "feedback", "themes"}
PUBLIC = {("post", "/auth/token")}


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    document: dict[str, Any] = TestClient(create_app()).get("/openapi.json").json()
    return document


def operations(schema: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(method, path, op) for path, item in schema["paths"].items()
            for method, op in item.items() if OURS & set(op.get("tags", []))]


def test_every_product_feature_has_its_endpoints(schema: dict[str, Any]) -> None:
    present = {(method, path) for method, path, _ in operations(schema)}
    assert {
        ("post", "/auth/token"), ("get", "/auth/me"),
        ("get", "/advisors/{staff_id}/call-list"), ("post", "/interactions"),
        ("post", "/events"), ("get", "/events"),
        ("get", "/customers"), ("get", "/customers/{customer_id}/profile"),
        ("post", "/feedback"), ("post", "/feedback/import"),
        ("get", "/themes"), ("get", "/themes/costliest"), ("get", "/themes/{theme_id}"),
        ("get", "/themes/{theme_id}/trend"), ("get", "/themes/{theme_id}/cost"),
        ("put", "/themes/{theme_id}/owners"), ("put", "/themes/{theme_id}/status"),
        ("get", "/audit"),
    } <= present


def test_every_operation_documents_its_answer_and_errors(schema: dict[str, Any]) -> None:
    for method, path, op in operations(schema):
        success = next(code for code in op["responses"] if code.startswith("2"))
        content = op["responses"][success]["content"]["application/json"]["schema"]
        assert "$ref" in content, (method, path)  # a named model, not a bare object
        assert "401" in op["responses"], (method, path)
        if op.get("parameters") or op.get("requestBody"):
            assert "422" in op["responses"], (method, path)
            error = op["responses"]["422"]["content"]["application/json"]["schema"]
            assert error["$ref"].endswith("/ErrorOut"), (method, path)  # what we really send
        assert op.get("description") or op.get("summary"), (method, path)
        if (method, path) not in PUBLIC:
            assert op.get("security") == [{"OAuth2PasswordBearer": []}], (method, path)


def test_login_is_declared_as_the_oauth2_password_flow(schema: dict[str, Any]) -> None:
    scheme = schema["components"]["securitySchemes"]["OAuth2PasswordBearer"]
    assert scheme["flows"]["password"]["tokenUrl"] == "/auth/token"


def test_request_bodies_carry_examples(schema: dict[str, Any]) -> None:
    for name in ("InteractionIn", "EventIn", "FeedbackIn", "OwnersIn"):
        assert schema["components"]["schemas"][name].get("examples"), name
