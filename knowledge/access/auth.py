"""Staff passwords: salted scrypt hashes, setting a password, checking a login.

Only the standard library: `hashlib.scrypt` (memory-hard, slow on purpose) with a random salt
per hash, its parameters stored in the hash string so they can be raised later without
invalidating old hashes, and a constant-time comparison. Tokens live in the API
(`api/security.py`); this module only answers "is this the right password for this person?".
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets
from functools import lru_cache

from sqlalchemy.orm import Session

from knowledge.access import login_guard
from knowledge.access.staff import get_staff
from knowledge.models.bank import Staff
from knowledge.settings import get_settings

# The documented password of every demo staff member outside production (README, make run).
DEMO_PASSWORD = "demo"

# scrypt cost: N=2**14, r=8, p=1 uses 16 MiB and ~50 ms per hash on this hardware, the
# interactive-login parameters recommended by the scrypt paper. Stored in each hash.
_SCRYPT_N = 2**14
_SCRYPT_R = 8
_SCRYPT_P = 1
_SALT_BYTES = 16
_KEY_BYTES = 32
_SCHEME = "scrypt"
# A password longer than this is refused before hashing: no one types it, and it keeps a
# login request from being a cheap way to burn CPU.
MAX_PASSWORD_CHARS = 1024


class PasswordRejected(ValueError):
    """The new password does not meet the rules; the message says which rule and how to fix it."""


class UnknownStaffMember(LookupError):
    """No member of staff has this id."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _derive(secret: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(
        secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length,
        maxmem=256 * n * r + 1024 * 1024,
    )


def hash_secret(secret: str) -> str:
    """`scrypt$N$r$p$salt$hash` (URL-safe base64), a fresh random salt each call."""
    salt = secrets.token_bytes(_SALT_BYTES)
    key = _derive(secret, salt, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P, _KEY_BYTES)
    return f"{_SCHEME}${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${_b64(salt)}${_b64(key)}"


def verify_secret(secret: str, encoded: str | None) -> bool:
    """True when `secret` matches `encoded`; False for any malformed or foreign hash string."""
    if not encoded or len(secret) > MAX_PASSWORD_CHARS:
        return False
    try:
        scheme, n, r, p, salt, key = encoded.split("$")
        n_, r_, p_ = int(n), int(r), int(p)
        expected = _unb64(key)
        # Refuse absurd parameters from a tampered row rather than allocate gigabytes.
        if scheme != _SCHEME or not (2 <= n_ <= 2**20 and 1 <= r_ <= 32 and 1 <= p_ <= 16):
            return False
        actual = _derive(secret, _unb64(salt), n_, r_, p_, len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return hash_secret(secrets.token_urlsafe(16))


@lru_cache(maxsize=1)
def _demo_hash() -> str:
    return hash_secret(DEMO_PASSWORD)


def demo_password_hash() -> str | None:
    """The hash of `DEMO_PASSWORD` for generated demo staff, or None in production.

    Computed once per process and shared by every demo member of staff, so generating a bank
    with hundreds of advisors costs one scrypt, not hundreds.
    """
    if get_settings().environment == "production":
        return None
    return _demo_hash()


def check_password_rules(password: str) -> None:
    minimum = get_settings().password_min_length
    if len(password) < minimum:
        raise PasswordRejected(
            f"The password is too short: use at least {minimum} characters "
            "(a few unrelated words are easy to remember)."
        )
    if len(password) > MAX_PASSWORD_CHARS:
        raise PasswordRejected(f"The password is too long: use at most {MAX_PASSWORD_CHARS} "
                               "characters.")
    if not password.strip():
        raise PasswordRejected("The password cannot be only spaces.")


def set_password(*, session: Session, staff_id: str, password: str) -> Staff:
    """Store a new hash for this member of staff (the caller commits)."""
    staff = get_staff(session=session, staff_id=staff_id)
    if staff is None:
        raise UnknownStaffMember(
            f"No member of staff has the id {staff_id!r}; check it with the staff list "
            "(advisors A001…, managers M001…, head office H001 in the demo bank)."
        )
    check_password_rules(password)
    staff.password_hash = hash_secret(password)
    # A new password ends every session opened with the old one, and a pause on this id's
    # logins.
    revoke_tokens(staff)
    login_guard.clear(session=session, staff_id=staff.id)
    session.flush()
    return staff


def revoke_tokens(staff: Staff, *, now: dt.datetime | None = None) -> dt.datetime:
    """Every token issued to this member of staff until now stops working (the caller
    commits): logging out, a new password. Returns that moment."""
    staff.tokens_valid_after = now or dt.datetime.now(dt.UTC)
    return staff.tokens_valid_after


def authenticate(*, session: Session, staff_id: str, password: str) -> Staff | None:
    """The member of staff when the password is theirs, otherwise None.

    An unknown id or a member without a password costs the same scrypt as a wrong password,
    so the answer's timing does not tell which staff ids exist.
    """
    staff = get_staff(session=session, staff_id=staff_id)
    encoded = staff.password_hash if staff is not None else None
    if encoded is None:
        verify_secret(password, _dummy_hash())
        return None
    return staff if verify_secret(password, encoded) else None
