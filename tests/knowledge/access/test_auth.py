"""Password hashes and logins (knowledge/access/auth.py) over a real database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from knowledge import settings
from knowledge.access import auth
from knowledge.models.bank import Branch, Role, Staff


@pytest.fixture
def staffed(session: Session) -> Session:
    session.add(Branch(id="B1", name="Main Street", city="Munich"))
    session.add_all([
        Staff(id="A001", name="Ada Advisor", branch_id="B1", role=Role.advisor),
        Staff(id="A002", name="Ben Berater", branch_id="B1", role=Role.advisor),
    ])
    session.commit()
    return session


@pytest.fixture
def production(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("ENVIRONMENT", "production")
    monkeypatch.setenv("SECRET_KEY", "a-real-secret-from-the-vault-0123456789")
    for name in ("ACTION_SERVER_SECRET", "RASA_AUTH_TOKEN", "CHAT_TOKEN_SECRET"):
        monkeypatch.setenv(name, f"{name.lower()}-from-the-vault")
    settings.get_settings.cache_clear()
    yield
    settings.get_settings.cache_clear()


def test_hash_is_salted_and_verifies_only_the_right_secret() -> None:
    first, second = auth.hash_secret("correct horse"), auth.hash_secret("correct horse")
    assert first != second  # a fresh salt each time
    assert first.startswith("scrypt$16384$8$1$") and "correct horse" not in first
    assert auth.verify_secret("correct horse", first) and auth.verify_secret("correct horse",
                                                                            second)
    assert not auth.verify_secret("correct hors", first)
    assert not auth.verify_secret("Correct horse", first)


@pytest.mark.parametrize("encoded", [
    None, "", "plain-text-password", "scrypt$16384$8$1$bad", "bcrypt$12$x$y$z$w",
    "scrypt$1$8$1$AAAA$AAAA",  # N must be a power of two above 1
    "scrypt$1073741824$8$1$AAAA$AAAA",  # absurd cost from a tampered row: refused, not run
])
def test_malformed_or_foreign_hashes_never_verify(encoded: str | None) -> None:
    assert auth.verify_secret("anything", encoded) is False


def test_set_password_and_authenticate(staffed: Session) -> None:
    auth.set_password(session=staffed, staff_id="A001", password="a long enough secret")
    staffed.commit()
    stored = staffed.get(Staff, "A001")
    assert stored is not None and stored.password_hash is not None
    assert "a long enough secret" not in stored.password_hash
    assert auth.authenticate(session=staffed, staff_id="A001",
                             password="a long enough secret") is stored
    assert auth.authenticate(session=staffed, staff_id="A001", password="wrong") is None
    # A002 has no password: nobody can log in as them, whatever they send.
    assert auth.authenticate(session=staffed, staff_id="A002", password="") is None
    assert auth.authenticate(session=staffed, staff_id="NOBODY", password="x") is None


def test_password_rules_say_what_to_do(staffed: Session) -> None:
    with pytest.raises(auth.PasswordRejected, match="at least 12 characters"):
        auth.set_password(session=staffed, staff_id="A001", password="short")
    with pytest.raises(auth.PasswordRejected, match="only spaces"):
        auth.set_password(session=staffed, staff_id="A001", password=" " * 20)
    with pytest.raises(auth.PasswordRejected, match="too long"):
        auth.set_password(session=staffed, staff_id="A001", password="x" * 5000)
    with pytest.raises(auth.UnknownStaffMember, match="'A999'"):
        auth.set_password(session=staffed, staff_id="A999", password="a long enough secret")
    assert staffed.get(Staff, "A001").password_hash is None  # type: ignore[union-attr]


def test_demo_password_exists_outside_production_only(production: None) -> None:
    assert auth.demo_password_hash() is None


def test_demo_password_hash_is_shared_and_verifies() -> None:
    encoded = auth.demo_password_hash()
    assert encoded is not None and encoded == auth.demo_password_hash()
    assert auth.verify_secret(auth.DEMO_PASSWORD, encoded)


def test_demo_bank_staff_log_in_with_the_demo_password(session: Session) -> None:
    import datetime as dt

    from knowledge.demo_bank import generate_demo_bank

    generate_demo_bank(session=session, customers=60, seed=1, as_of=dt.date(2026, 11, 23))
    session.commit()
    for staff_id in ("A001", "M001", "H001"):
        assert auth.authenticate(session=session, staff_id=staff_id,
                                 password=auth.DEMO_PASSWORD) is not None
    assert auth.authenticate(session=session, staff_id="A001", password="demo ") is None


@pytest.mark.parametrize(("values", "message"), [
    ({"environment": "production", "secret_key": "short-secret"}, "at least 16 characters"),
    ({"token_expire_minutes": 0}, "TOKEN_EXPIRE_MINUTES"),
    ({"token_expire_minutes": 60 * 24 * 30}, "TOKEN_EXPIRE_MINUTES"),
    ({"token_audience": " "}, "TOKEN_AUDIENCE"),
    ({"password_min_length": 4}, "PASSWORD_MIN_LENGTH"),
    ({"api_max_body_bytes": 10}, "API_MAX_BODY_BYTES"),
    ({"api_max_body_bytes": 2_000_000, "api_max_upload_bytes": 1_000_000},
     "API_MAX_UPLOAD_BYTES"),
])
def test_auth_settings_fail_fast_naming_the_variable(values: dict[str, object],
                                                     message: str) -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match=message):
        settings.Settings(**values)  # type: ignore[arg-type]
    # The defaults themselves are valid.
    assert settings.Settings().token_expire_minutes == 480
