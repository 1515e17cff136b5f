"""POST /auth/token, /auth/logout and GET /auth/me: every way a token can be wrong is a 401
with a reason; wrong passwords pause an id's logins; logout and a new password revoke tokens."""

from __future__ import annotations

import datetime as dt

import jwt
import pytest
from fastapi.testclient import TestClient

from api.security import issue_token
from knowledge.access.staff import get_staff
from knowledge.db import unit_of_work
from knowledge.settings import get_settings
from tests.api.login import TEST_PASSWORD, bearer, give_password


def login(client: TestClient, staff_id: str, password: str) -> object:
    return client.post("/auth/token", data={"username": staff_id, "password": password})


def test_login_returns_a_bearer_token_for_a_working_day(bank_api: TestClient) -> None:
    give_password("A001")
    response = login(bank_api, "A001", TEST_PASSWORD)
    assert response.status_code == 200  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    assert (body["token_type"], body["staff_id"], body["role"], body["expires_in"]) == (
        "bearer", "A001", "advisor", 8 * 3600)
    claims = jwt.decode(body["access_token"], options={"verify_signature": False})
    assert claims["sub"] == "A001" and claims["role"] == "advisor"
    assert claims["exp"] - claims["iat"] == pytest.approx(8 * 3600, abs=1e-3)
    assert claims["iss"] == "advisor-assistant" and claims["aud"] == "advisor-assistant-api"
    me = bank_api.get("/auth/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.json() == {"id": "A001", "name": "Ada Advisor", "role": "advisor",
                         "branch_id": "B1", "locale": "en", "currency": "EUR"}


def test_me_tells_the_pages_the_banks_locale_and_currency(
        bank_api: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    # The web pages format amounts with these, so they read as the chat's texts do.
    monkeypatch.setenv("LOCALE", "de_DE")
    monkeypatch.setenv("CURRENCY", "CZK")
    get_settings.cache_clear()
    me = bank_api.get("/auth/me", headers=bearer("A001")).json()
    assert (me["locale"], me["currency"]) == ("de-DE", "CZK")


def test_wrong_password_and_unknown_user_get_the_same_401(bank_api: TestClient) -> None:
    give_password("A001")
    wrong = login(bank_api, "A001", "not the password at all")
    unknown = login(bank_api, "Z999", TEST_PASSWORD)
    no_password = login(bank_api, "A002", "x")  # A002 never got a password
    for response in (wrong, unknown, no_password):
        assert response.status_code == 401  # type: ignore[attr-defined]
        assert response.json() == {"detail": "Wrong staff id or password."}  # type: ignore[attr-defined]
        assert response.headers["www-authenticate"] == "Bearer"  # type: ignore[attr-defined]


def test_login_needs_the_form_fields(bank_api: TestClient) -> None:
    missing = bank_api.post("/auth/token", data={"username": "A001"})
    assert missing.status_code == 422 and "password" in missing.json()["detail"]
    as_json = bank_api.post("/auth/token", json={"username": "A001", "password": "x"})
    assert as_json.status_code == 422


def _token(claims: dict[str, object], key: str | None = None) -> str:
    settings = get_settings()
    now = dt.datetime.now(dt.UTC)
    full = {"sub": "H001", "role": "head_office", "iat": now, "exp": now + dt.timedelta(hours=1),
            "iss": settings.token_issuer, "aud": settings.token_audience, **claims}
    return jwt.encode(full, key or settings.secret_key, algorithm="HS256")


def _expired() -> str:
    with unit_of_work() as session:
        staff = get_staff(session=session, staff_id="H001")
        assert staff is not None
        return issue_token(staff, now=dt.datetime.now(dt.UTC) - dt.timedelta(hours=9)
                           ).access_token


@pytest.mark.parametrize(("make", "reason"), [
    (lambda: _token({}, key="someone-elses-key-of-sufficient-length"), "not valid"),
    (_expired, "expired"),
    (lambda: _token({"aud": "another-system"}), "not valid"),
    (lambda: _token({"iss": "someone-else"}), "not valid"),
    (lambda: _token({"sub": "GHOST"}), "no longer exists"),
    (lambda: jwt.encode({"sub": "H001"}, key=None, algorithm="none"), "not valid"),
    (lambda: "not.a.token", "not valid"),
    (lambda: "", "Log in first"),
])
def test_bad_tokens_are_401_with_a_reason(bank_api: TestClient, make: object,
                                         reason: str) -> None:
    token = make()  # type: ignore[operator]
    response = bank_api.get("/audit", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401
    assert reason in response.json()["detail"]
    assert response.headers["www-authenticate"] == "Bearer"


def test_a_valid_token_of_our_own_making_passes(bank_api: TestClient) -> None:
    # The counterpart of the table above: the same construction with the right key works.
    assert bank_api.get("/audit", headers={"Authorization": f"Bearer {_token({})}"}
                        ).status_code == 200


def test_the_old_staff_id_header_is_not_accepted(bank_api: TestClient) -> None:
    response = bank_api.get("/customers/C000001/profile", headers={"X-Staff-Id": "H001"})
    assert response.status_code == 401 and "Log in first" in response.json()["detail"]


def test_role_comes_from_the_database_not_the_token(bank_api: TestClient) -> None:
    # A token claiming head office for an advisor (only possible with the key) gives no more
    # than the advisor's rights: the API re-reads the member of staff.
    token = _token({"sub": "A001", "role": "head_office"})
    response = bank_api.get("/audit", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 403
    assert bank_api.get("/auth/me", headers=bearer("A001")).json()["role"] == "advisor"


@pytest.mark.parametrize("staff_id", ["A001", "Z999"])  # a real id and a made-up one alike
def test_five_wrong_passwords_pause_the_ids_logins(
        bank_api: TestClient, staff_id: str, caplog: pytest.LogCaptureFixture) -> None:
    give_password("A001")
    for _ in range(4):
        response = login(bank_api, staff_id, "guess " * 3)
        assert response.json() == {"detail": "Wrong staff id or password."}  # type: ignore[attr-defined]
    fifth = login(bank_api, staff_id, "guess " * 3)
    assert fifth.status_code == 401  # type: ignore[attr-defined]
    assert "paused for 15 minutes" in fifth.json()["detail"]  # type: ignore[attr-defined]
    # Now even the right password is refused, without being checked, until the pause ends.
    paused = login(bank_api, staff_id, TEST_PASSWORD)
    assert paused.status_code == 429  # type: ignore[attr-defined]
    assert 14 * 60 < int(paused.headers["retry-after"]) <= 15 * 60  # type: ignore[attr-defined]
    assert "try again in 15 minutes" in paused.json()["detail"]  # type: ignore[attr-defined]
    assert "access_token" not in paused.text  # type: ignore[attr-defined]
    # Another id is not affected.
    give_password("A003")
    assert login(bank_api, "A003", TEST_PASSWORD).status_code == 200  # type: ignore[attr-defined]
    # IT's log says that a pause began, naming the id only when it is a member of staff.
    warnings = [r.getMessage() for r in caplog.records if "paused" in r.getMessage()]
    who = "staff id A001" if staff_id == "A001" else "an unknown staff id"
    assert warnings == [f"logins for {who} paused for 15 minutes after 5 failed attempts"]


def test_a_new_password_from_it_lets_a_paused_advisor_in(bank_api: TestClient) -> None:
    give_password("A001")
    for _ in range(5):
        login(bank_api, "A001", "guess " * 3)
    assert login(bank_api, "A001", TEST_PASSWORD).status_code == 429  # type: ignore[attr-defined]
    give_password("A001", "a brand new passphrase from IT")
    response = login(bank_api, "A001", "a brand new passphrase from IT")
    assert response.status_code == 200  # type: ignore[attr-defined]


def test_a_successful_login_clears_the_count(bank_api: TestClient) -> None:
    give_password("A001")
    for _ in range(4):
        login(bank_api, "A001", "guess " * 3)
    assert login(bank_api, "A001", TEST_PASSWORD).status_code == 200  # type: ignore[attr-defined]
    for _ in range(4):
        response = login(bank_api, "A001", "guess " * 3)
        assert response.json() == {"detail": "Wrong staff id or password."}  # type: ignore[attr-defined]
    assert login(bank_api, "A001", TEST_PASSWORD).status_code == 200  # type: ignore[attr-defined]


def _me(client: TestClient, token: str) -> object:
    return client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})


def test_logout_ends_every_session_of_the_caller(bank_api: TestClient) -> None:
    give_password("A001")
    give_password("A003")
    laptop, phone = (login(bank_api, "A001", TEST_PASSWORD).json()["access_token"]  # type: ignore[attr-defined]
                     for _ in range(2))
    colleague = login(bank_api, "A003", TEST_PASSWORD).json()["access_token"]  # type: ignore[attr-defined]
    assert _me(bank_api, phone).status_code == 200  # type: ignore[attr-defined]
    out = bank_api.post("/auth/logout", headers={"Authorization": f"Bearer {laptop}"})
    assert out.status_code == 200 and out.json()["staff_id"] == "A001"
    for token in (laptop, phone):
        refused = _me(bank_api, token)
        assert refused.status_code == 401  # type: ignore[attr-defined]
        assert refused.json()["detail"].startswith("You were logged out")  # type: ignore[attr-defined]
    assert _me(bank_api, colleague).status_code == 200  # type: ignore[attr-defined]
    # Logging in again right away gives a token that works.
    again = login(bank_api, "A001", TEST_PASSWORD).json()["access_token"]  # type: ignore[attr-defined]
    assert _me(bank_api, again).json()["id"] == "A001"  # type: ignore[attr-defined]


def test_logout_needs_a_token(bank_api: TestClient) -> None:
    assert bank_api.post("/auth/logout").status_code == 401


def test_a_new_password_ends_the_sessions_of_the_old_one(bank_api: TestClient) -> None:
    give_password("A001")
    old = login(bank_api, "A001", TEST_PASSWORD).json()["access_token"]  # type: ignore[attr-defined]
    give_password("A001", "a brand new passphrase from IT")
    assert _me(bank_api, old).status_code == 401  # type: ignore[attr-defined]
    new = login(bank_api, "A001", "a brand new passphrase from IT").json()["access_token"]  # type: ignore[attr-defined]
    assert _me(bank_api, new).status_code == 200  # type: ignore[attr-defined]
