"""Logging in: POST /auth/token (OAuth2 password flow) and GET /auth/me."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.security import OAuth2PasswordRequestForm
from pydantic import BaseModel, Field

from api.deps import CurrentStaff, SessionDep
from api.routes.common import INVALID, UNAUTHORIZED
from api.security import issue_token, unauthorized
from knowledge.auth import authenticate
from knowledge.models import Role

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


@router.post("/token", response_model=TokenOut, responses={**UNAUTHORIZED, **INVALID})
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], session: SessionDep
) -> TokenOut:
    """Exchange a staff id (`username`) and password for a bearer token.

    Demo bank staff have the password `demo` outside production; others get one with
    `advisor staff set-password STAFF_ID`.
    """
    staff = authenticate(session=session, staff_id=form.username.strip(),
                         password=form.password)
    if staff is None:
        raise unauthorized("Wrong staff id or password.")
    issued = issue_token(staff)
    return TokenOut(access_token=issued.access_token, expires_in=issued.expires_in,
                    staff_id=staff.id, role=staff.role)


@router.get("/me", response_model=MeOut, responses=UNAUTHORIZED)
def me(staff: CurrentStaff) -> MeOut:
    """Who the token belongs to."""
    return MeOut(id=staff.id, name=staff.name, role=staff.role, branch_id=staff.branch_id)
