"""Dependency aliases for the routes: the session (one transaction per request, committed
before the answer) and the caller.

The caller is whoever the `Authorization: Bearer <token>` header belongs to; tokens come from
`POST /auth/token` (OAuth2 password flow). `CurrentStaff` answers 401 without a valid token;
`ManagerStaff` also answers 403 for advisors.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from api.security import staff_from_token, unauthorized
from knowledge.db import DatabaseUnavailable, unit_of_work
from knowledge.models.bank import Role, Staff


def get_session() -> Iterator[Session]:
    try:
        with unit_of_work() as session:
            yield session
    except DatabaseUnavailable as exc:
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            "The customer database is not reachable right now; try again in a few minutes.",
        ) from exc


# scope="function": the transaction commits when the route returns, *before* the response
# is sent. With FastAPI's default ("request") it committed after the response had gone out:
# a client could act on a 2xx whose write was not yet durable (a logged-out token still
# worked for a moment) or that then failed to commit. Now a failed commit is the answer.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]

# auto_error=False: a missing header gets our own message instead of FastAPI's bare
# "Not authenticated".
oauth2_scheme = OAuth2PasswordBearer(
    tokenUrl="/auth/token", auto_error=False,
    description="Log in with your staff id and password; send the token as a Bearer header.",
)


def get_current_staff(
    session: SessionDep, token: Annotated[str | None, Depends(oauth2_scheme)]
) -> Staff:
    if not token:
        raise unauthorized(
            "Log in first: POST /auth/token with your staff id and password, then send "
            "'Authorization: Bearer <access_token>'."
        )
    return staff_from_token(session=session, token=token)


CurrentStaff = Annotated[Staff, Depends(get_current_staff)]

MANAGER_ROLES = (Role.branch_manager, Role.head_office)


def get_manager(staff: CurrentStaff) -> Staff:
    if staff.role not in MANAGER_ROLES:
        raise HTTPException(status.HTTP_403_FORBIDDEN,
                            "This is for branch managers and head office only.")
    return staff


ManagerStaff = Annotated[Staff, Depends(get_manager)]


def get_head_office(staff: CurrentStaff) -> Staff:
    if staff.role is not Role.head_office:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "This is for head office only.")
    return staff


HeadOfficeStaff = Annotated[Staff, Depends(get_head_office)]
