"""Logging in: POST /auth/token (OAuth2 password flow) and GET /auth/me."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from api.deps import CurrentStaff, SessionDep
from api.routes.common import INVALID, TOO_MANY_LOGINS, UNAUTHORIZED
from api.security import issue_token, unauthorized
from knowledge.access import login_guard
from knowledge.access.auth import authenticate, revoke_tokens
from knowledge.access.staff import get_staff
from knowledge.format import language_tag
from knowledge.models.bank import Role
from knowledge.settings import get_settings

log = logging.getLogger(__name__)

router = APIRouter(prefix="/auth", tags=["auth"])


class TokenOut(BaseModel):
    access_token: str = Field(examples=["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIi.x"])
    token_type: str = Field("bearer", examples=["bearer"])
    expires_in: int = Field(description="Seconds until the token expires", examples=[28800])
    staff_id: str = Field(examples=["A001"])
    role: Role = Field(examples=["advisor"])


class MeOut(BaseModel):
    id: str = Field(examples=["A001"])
    name: str = Field(examples=["Jonas Becker"])
    role: Role = Field(examples=["advisor"])
    branch_id: str | None = Field(examples=["B01"])
    locale: str = Field(description="How the bank writes money and numbers (BCP 47, from LOCALE)",
                        examples=["en", "de-DE"])
    currency: str = Field(description="The bank's currency for amounts that name none",
                          examples=["EUR"])


@router.post("/token", response_model=TokenOut,
             responses={**UNAUTHORIZED, **TOO_MANY_LOGINS, **INVALID})
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], session: SessionDep
) -> TokenOut:
    """Exchange a staff id (`username`) and password for a bearer token.

    Demo bank staff have the password `demo` outside production; others get one with
    `advisor staff set-password STAFF_ID`. After `LOGIN_MAX_FAILURES` wrong passwords for one
    staff id, its logins pause for `LOGIN_LOCKOUT_MINUTES` (429 with Retry-After).
    """
    staff_id = form.username.strip()
    if any(ord(c) < 32 for c in staff_id + form.password):  # NUL: PostgreSQL refuses it
        raise unauthorized("Wrong staff id or password.")
    pause = login_guard.current_pause(session=session, staff_id=staff_id)
    if pause is not None:  # no password check at all: guessing costs nothing but time
        raise _paused(pause)
    staff = authenticate(session=session, staff_id=staff_id, password=form.password)
    if staff is None:
        pause = login_guard.record_failure(session=session, staff_id=staff_id)
        session.commit()  # the count stays, although the request fails
        if pause is not None:
            _log_pause(session, staff_id, pause)
            raise unauthorized(
                f"Wrong staff id or password. After {pause.failures} failed attempts, logins "
                f"for this staff id are paused for {pause.minutes_left()} minutes; IT can "
                "set a new password sooner (advisor staff set-password).")
        raise unauthorized("Wrong staff id or password.")
    login_guard.clear(session=session, staff_id=staff_id)
    issued = issue_token(staff)
    return TokenOut(access_token=issued.access_token, expires_in=issued.expires_in,
                    staff_id=staff.id, role=staff.role)


def _log_pause(session: Session, staff_id: str, pause: login_guard.Pause) -> None:
    """A warning for IT's log monitoring. The id is named only when it is a member of staff:
    what someone typed into the login form may be anything."""
    known = get_staff(session=session, staff_id=staff_id) is not None
    log.warning("logins for %s paused for %d minutes after %d failed attempts",
                f"staff id {staff_id}" if known else "an unknown staff id",
                pause.minutes_left(), pause.failures)


def _paused(pause: login_guard.Pause) -> HTTPException:
    return HTTPException(
        status.HTTP_429_TOO_MANY_REQUESTS,
        f"Too many failed logins for this staff id: try again in {pause.minutes_left()} "
        "minutes. If you forgot your password, ask IT to set a new one "
        "(advisor staff set-password).",
        headers={"Retry-After": str(pause.seconds_left())},
    )


class LogoutOut(BaseModel):
    staff_id: str = Field(examples=["A001"])
    tokens_valid_after: dt.datetime = Field(
        description="Every token issued to you before this moment is refused")


@router.post("/logout", response_model=LogoutOut, responses=UNAUTHORIZED)
def logout(staff: CurrentStaff) -> LogoutOut:
    """End every session of the caller: all tokens issued to them until now stop working
    (on every device). Log in again for a new one."""
    return LogoutOut(staff_id=staff.id, tokens_valid_after=revoke_tokens(staff))


@router.get("/me", response_model=MeOut, responses=UNAUTHORIZED)
def me(staff: CurrentStaff) -> MeOut:
    """Who the token belongs to."""
    return MeOut(id=staff.id, name=staff.name, role=staff.role, branch_id=staff.branch_id,
                 locale=language_tag(), currency=get_settings().currency)
