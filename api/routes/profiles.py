"""Customer profiles and the audit log over HTTP.

A customer outside the caller's book gets the same 404 as one that does not exist; the
attempt is audited. The audit log is for head office only.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, status

from api.deps import CurrentStaff, SessionDep
from knowledge.audit import audit_entries, entry_json
from knowledge.customers.lookup import CustomerRequest, view_customer
from knowledge.models import Role
from knowledge.profile_render import NOT_FOUND_TEXT
from knowledge.settings import get_settings

router = APIRouter(tags=["profiles"])


@router.get("/customers/{customer_id}/profile")
def customer_profile(customer_id: str, session: SessionDep, staff: CurrentStaff) -> dict[str, Any]:
    """The single customer view (the chat summary as JSON, plus its plain-text rendering)."""
    outcome = view_customer(
        session=session, staff=staff, request=CustomerRequest(customer_id=customer_id),
        as_of=get_settings().today(), channel="api", via="api",
    )
    if outcome.status != "shown":
        # Commit the refused-attempt audit entry before answering: an HTTPException would
        # otherwise roll the unit of work back.
        session.commit()
        raise HTTPException(status.HTTP_404_NOT_FOUND, NOT_FOUND_TEXT)
    payload = outcome.payload() or {}
    payload["text"] = outcome.text()
    return payload


@router.get("/audit")
def audit_log(
    session: SessionDep,
    staff: CurrentStaff,
    customer_id: Annotated[str | None, Query(max_length=64)] = None,
    staff_id: Annotated[str | None, Query(max_length=64)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> dict[str, Any]:
    """Who viewed which customer, newest first. Head office only."""
    if staff.role is not Role.head_office:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "The audit log is for head office only.")
    entries = audit_entries(session=session, customer_id=customer_id, staff_id=staff_id,
                            limit=limit)
    return {"entries": [entry_json(e) for e in entries]}
