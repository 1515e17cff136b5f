"""WOCAS themes over HTTP: list, detail (quotes, trend, cost), and owners/status for managers.

This router also carries POST /feedback (api/routes/feedback.py), so the app includes one
router for the whole WOCAS feature.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, status
from pydantic import BaseModel

from api.deps import CurrentStaff, SessionDep
from api.routes import feedback as feedback_routes
from knowledge.settings import get_settings
from knowledge.staff import get_staff
from knowledge.themes import ownership, queries

router = APIRouter(tags=["themes"])
router.include_router(feedback_routes.router)


@router.get("/themes")
def list_themes(
    session: SessionDep, staff: CurrentStaff,
    period: Annotated[str, Query(pattern="^(week|month|quarter)$")] = "month",
    include_emerging: bool = False,
) -> dict[str, Any]:
    as_of = get_settings().today()
    items = queries.summaries(session=session, as_of=as_of, period=period,
                              include_emerging=include_emerging)
    items.sort(key=lambda s: (-s.size, s.id))
    return {"as_of": as_of.isoformat(), "period": period,
            "themes": [s.as_dict() for s in items]}


@router.get("/themes/{theme_id}")
def theme_detail(theme_id: int, session: SessionDep, staff: CurrentStaff) -> dict[str, Any]:
    found = queries.detail(session=session, theme_id=theme_id, as_of=get_settings().today())
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"No theme #{theme_id}; GET /themes lists "
                                                       "them.")
    return found.as_dict()


class ThemePatch(BaseModel):
    business_owner_id: str | None = None
    solution_owner_id: str | None = None
    status: str | None = None


@router.patch("/themes/{theme_id}")
def patch_theme(theme_id: int, body: ThemePatch, session: SessionDep, staff: CurrentStaff
                ) -> dict[str, Any]:
    if not ownership.can_manage(staff):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only branch managers and head office "
                                                        "can change theme owners or status.")
    theme = queries.get_theme(session=session, theme_id=theme_id)
    if theme is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"No theme #{theme_id}.")
    # Validate everything before changing anything: nothing half-applied.
    owners = {}
    for role in ("business_owner", "solution_owner"):
        staff_id = getattr(body, f"{role}_id")
        if staff_id is not None:
            owner = get_staff(session=session, staff_id=staff_id)
            if owner is None:
                raise HTTPException(422,
                                    f"No member of staff has the id {staff_id!r}.")
            owners[role] = owner
    try:
        new_status = ownership.normalise_status(body.status) if body.status else None
        for role, owner in owners.items():
            ownership.assign_owner(session=session, theme=theme, owner=owner, role=role, by=staff)
        if new_status:
            ownership.set_status(session=session, theme=theme, status=new_status, by=staff)
    except ownership.ThemeActionRefused as exc:
        raise HTTPException(422, str(exc)) from exc
    found = queries.detail(session=session, theme_id=theme_id, as_of=get_settings().today())
    assert found is not None
    return found.as_dict()
