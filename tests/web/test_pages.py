"""The web pages are served by the API with a strict CSP and load nothing from elsewhere."""

from __future__ import annotations

import re

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.routes import web

WEB = web.WEB_ROOT


@pytest.fixture
def client() -> TestClient:
    app = FastAPI()
    app.include_router(web.router)
    return TestClient(app)


@pytest.mark.parametrize("page", ["login", "chat", "dashboard"])
def test_pages_are_html_with_a_strict_csp(client: TestClient, page: str) -> None:
    response = client.get(f"/web/{page}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "<h1" in response.text and 'lang="en"' in response.text


def test_root_goes_to_the_chat(client: TestClient) -> None:
    response = client.get("/web", follow_redirects=False)
    assert response.status_code == 307 and response.headers["location"] == "/web/chat"


def test_every_referenced_asset_is_served_with_its_type(client: TestClient) -> None:
    for page in ("login", "chat", "dashboard"):
        html = client.get(f"/web/{page}").text
        for src in re.findall(r'(?:src|href)="(/web/assets/[^"]+)"', html):
            response = client.get(src)
            assert response.status_code == 200, src
            expected = "text/css" if src.endswith(".css") else "text/javascript"
            assert response.headers["content-type"].startswith(expected)


@pytest.mark.parametrize("path", ["/web/assets/..%2Fchat.html", "/web/assets/.hidden.js",
                                  "/web/assets/nope.js", "/web/assets/app.py",
                                  "/web/settings", "/web/..%2F..%2Fknowledge%2Fsettings.py"])
def test_nothing_else_is_served(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 404


def test_no_external_resources_inline_scripts_or_inline_styles() -> None:
    files = [*WEB.glob("*.html"), *(WEB / "assets").iterdir()]
    assert files
    for path in files:
        text = path.read_text()
        # The SVG namespace is an identifier, never fetched.
        urls = set(re.findall(r"https?://[^\s\"'`)]+", text)) - {"http://www.w3.org/2000/svg"}
        assert not urls, f"{path.name} refers to {urls}"
        if path.suffix == ".html":
            assert not re.search(r"<script(?![^>]*\ssrc=)", text), f"inline script in {path.name}"
            assert " style=" not in text and "<style" not in text, path.name
            assert not re.search(r"\son[a-z]+=", text), f"inline handler in {path.name}"


def test_form_fields_have_labels() -> None:
    for path in WEB.glob("*.html"):
        html = path.read_text()
        for field_id in re.findall(r'<(?:input|select|textarea)[^>]*\sid="([^"]+)"', html):
            assert f'for="{field_id}"' in html, f"{path.name}: #{field_id} has no label"
