"""Dependency aliases for the routes: the session (one transaction per request) and the caller.

Until the authentication issue lands, the caller names themselves with the `X-Staff-Id`
header; the access rules in `knowledge.staff` already apply.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Header, HTTPException, status
from sqlalchemy.orm import Session

from knowledge.db import DatabaseUnavailable, unit_of_work
from knowledge.models import Staff
from knowledge.staff import get_staff


def get_session() -> Iterator[Session]:
    try:
        with unit_of_work() as session:
            yield session
    except DatabaseUnavailable as exc:
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            "The customer database is not reachable right now; try again in a few minutes.",
        ) from exc


SessionDep = Annotated[Session, Depends(get_session)]


def get_current_staff(
    session: SessionDep,
    x_staff_id: Annotated[str | None, Header(description="Staff id of the caller")] = None,
) -> Staff:
    if not x_staff_id:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Send your staff id in X-Staff-Id.")
    staff = get_staff(session=session, staff_id=x_staff_id)
    if staff is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Unknown staff id.")
    return staff


CurrentStaff = Annotated[Staff, Depends(get_current_staff)]
