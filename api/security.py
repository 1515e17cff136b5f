"""Access tokens: JWT (HS256) signed with SECRET_KEY, one per login, valid a working day.

Claims: `sub` (staff id), `role`, `iat`, `exp`, `iss`, `aud`. The role in the token is for
clients (the web pages show or hide manager views); the API always re-reads the member of
staff from the database, so a role changed or a staff member removed takes effect at once,
and so does a revocation: a token issued before the member's `tokens_valid_after` (set by
POST /auth/logout and by a new password) is refused. `iat` and `exp` carry fractions of a
second (RFC 7519 NumericDate), so that a login right after a logout is not caught by it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import jwt
from fastapi import HTTPException, status
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from knowledge.access.staff import get_staff
from knowledge.db import as_utc
from knowledge.models.bank import Staff
from knowledge.settings import get_settings

ALGORITHM = "HS256"
BEARER = {"WWW-Authenticate": "Bearer"}


@dataclass(frozen=True)
class IssuedToken:
    access_token: str
    expires_in: int  # seconds


def issue_token(staff: Staff, *, now: dt.datetime | None = None) -> IssuedToken:
    settings = get_settings()
    issued_at = now or dt.datetime.now(dt.UTC)
    lifetime = dt.timedelta(minutes=settings.token_expire_minutes)
    claims = {
        "sub": staff.id,
        "role": staff.role.value,
        "iat": issued_at.timestamp(),
        "exp": (issued_at + lifetime).timestamp(),
        "iss": settings.token_issuer,
        "aud": settings.token_audience,
    }
    token = jwt.encode(claims, settings.secret_key, algorithm=ALGORITHM)
    return IssuedToken(access_token=token, expires_in=int(lifetime.total_seconds()))


def unauthorized(message: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, message, headers=BEARER)


def staff_id_from_token(token: str) -> str:
    """The staff id of a valid token; a 401 with the reason otherwise."""
    return _claims(token)[0]


def _claims(token: str) -> tuple[str, float]:
    """The staff id and issue time of a validly signed, unexpired token; a 401 otherwise."""
    settings = get_settings()
    try:
        claims = jwt.decode(
            token, settings.secret_key, algorithms=[ALGORITHM],
            audience=settings.token_audience, issuer=settings.token_issuer,
            options={"require": ["sub", "exp", "iat", "iss", "aud"]},
        )
    except jwt.ExpiredSignatureError:
        raise unauthorized("Your session has expired; log in again at POST /auth/token.") from None
    except jwt.InvalidTokenError:
        # Forged, signed with another key, for another audience or simply malformed: the
        # caller learns only that this token is not accepted.
        raise unauthorized("The access token is not valid; log in again at POST /auth/token."
                           ) from None
    subject = claims.get("sub")
    if not isinstance(subject, str) or not subject:
        raise unauthorized("The access token is not valid; log in again at POST /auth/token.")
    return subject, float(claims["iat"])


def staff_from_token(*, session: Session, token: str) -> Staff:
    """The member of staff a bearer token belongs to (for routes and the web pages)."""
    staff_id, issued_at = _claims(token)
    staff = get_staff(session=session, staff_id=staff_id)
    if staff is None:
        raise unauthorized("This account no longer exists; ask head office.")
    revoked = staff.tokens_valid_after
    if revoked is not None and issued_at < as_utc(revoked).timestamp():
        raise unauthorized("You were logged out (or your password changed); log in again at "
                           "POST /auth/token.")
    return staff


class UploadsNeedAToken:
    """Refuse an upload without a valid token before its body is read.

    FastAPI reads (and spools) a form body before it resolves dependencies, so without this
    anyone could make the API swallow API_MAX_UPLOAD_BYTES before hearing 401. Only the
    signature and expiry are checked here; the route still loads the member of staff.
    """

    def __init__(self, app: ASGIApp, paths: frozenset[str]) -> None:
        self.app = app
        self.paths = paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("path") in self.paths:
            scheme, _, token = Headers(scope=scope).get("authorization", "").partition(" ")
            try:
                if scheme.lower() != "bearer" or not token.strip():
                    raise unauthorized("Log in first: POST /auth/token, then send "
                                       "'Authorization: Bearer <access_token>'.")
                staff_id_from_token(token.strip())
            except HTTPException as refused:
                response = JSONResponse({"detail": refused.detail}, status_code=401,
                                        headers=BEARER)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
