"""GET /audit: who viewed which customer, for head office (all) and branch managers (branch)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from api.deps import ManagerStaff, SessionDep
from api.routes.common import AUTHENTICATED, FORBIDDEN, TypedId
from knowledge.access.audit import entry_json
from knowledge.access.audit_pages import audit_page

router = APIRouter(tags=["audit"])


class AuditEntryOut(BaseModel):
    id: int
    at: dt.datetime
    staff_id: str = Field(examples=["A001"])
    customer_id: str | None = Field(examples=["C000186"])
    action: str = Field(description="profile, holdings, contacts, complaints or listed",
                        examples=["profile"])
    channel: str = Field(description="rest, slack, teams, api, cli or other", examples=["api"])
    via: str = Field(description="chat, api or cli", examples=["api"])
    granted: bool = Field(description="False: a refused attempt (a customer of another book)")


class AuditPageOut(BaseModel):
    total: int = Field(description="Entries matching the filters, on all pages")
    offset: int
    limit: int
    entries: list[AuditEntryOut]


@router.get("/audit", response_model=AuditPageOut, responses={**AUTHENTICATED, **FORBIDDEN})
def audit_log(
    session: SessionDep,
    staff: ManagerStaff,
    customer_id: Annotated[TypedId | None, Query(max_length=64)] = None,
    staff_id: Annotated[TypedId | None, Query(max_length=64)] = None,
    granted: Annotated[bool | None, Query(description="false: only refused attempts")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """Customer views newest first. Head office sees all; a branch manager the views by their
    branch's staff and of their branch's customers. Advisors get 403."""
    page = audit_page(session=session, viewer=staff, customer_id=customer_id,
                      staff_id=staff_id, granted=granted, limit=limit, offset=offset)
    return {"total": page.total, "offset": page.offset, "limit": page.limit,
            "entries": [entry_json(e) for e in page.entries]}
