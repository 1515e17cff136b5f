"""WOCAS themes over HTTP: list, cost ranking, detail, trend, cost; owners and status.

Everyone may read themes (the chat answers "what are customers saying?" for every role; the
quotes carry no customer ids). Only branch managers and head office assign owners or change
the status (403 for advisors, as in the chat).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, status
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from api.deps import CurrentStaff, ManagerStaff, SessionDep
from api.routes.common import AUTHENTICATED, FORBIDDEN, NOT_FOUND, UNPROCESSABLE, TypedId
from knowledge.access.staff import get_staff
from knowledge.models.bank import Staff
from knowledge.settings import get_settings
from knowledge.themes import ownership, queries, rollup
from knowledge.themes import trends as trend_mod
from knowledge.themes.rollup import area_summaries

# Theme ids are 32-bit integers in every database; a larger number (the fuzzer sends
# 2**63) must be a 422, not an overflow inside the database driver.
ThemeId = Annotated[int, Path(ge=1, le=2_147_483_647, description="Theme number (GET /themes)")]
router = APIRouter(tags=["themes"])

Period = Literal["week", "month", "quarter"]


class CostOut(BaseModel):
    currency: str = Field(examples=["EUR"])
    total: Decimal = Field(description="compensation + handling + revenue at risk",
                           examples=["1840.00"])
    compensation: Decimal = Field(examples=["40.00"])
    handling: Decimal = Field(description="contacts × WOCAS_COST_PER_CONTACT",
                              examples=["75.00"])
    contacts: int
    revenue_at_risk: Decimal
    customers_at_risk: int


class TrendOut(BaseModel):
    current: int = Field(description="Statements in the current period")
    previous: int = Field(description="Statements in the period before")
    direction: str = Field(examples=["rising"], description="rising, falling, steady, new, quiet")


class ThemeOut(BaseModel):
    id: int
    label: str = Field(examples=["app login"])
    keywords: list[str] = Field(examples=[["app", "login", "logged out"]])
    status: str = Field(examples=["open"], description="open, in_progress or resolved")
    size: int = Field(description="Statements in the theme")
    emerging: bool
    business_owner: str | None = Field(examples=["Marta Lindqvist"])
    solution_owner: str | None = Field(examples=["Henrik Olsen"])
    trend: TrendOut
    cost: CostOut
    quotes: list[str] = Field(description="Typical statements, without customer ids")
    theme_kind: str = Field("problem", examples=["problem"],
                            description="problem (complaints, suggestions, questions) or praise; "
                                        "praise themes carry no service-failure cost")
    area_id: int | None = Field(None, description="The area (GET /themes/areas) the problem "
                                                  "belongs to; null until grouped")
    area_label: str | None = Field(None, examples=["debit card"])


class AreaOut(BaseModel):
    id: int = Field(description="Stable across rebuilds; 0 gathers problems not yet grouped")
    label: str = Field(examples=["debit card"])
    keywords: list[str]
    area_kind: str = Field(examples=["problem"], description="problem or praise")
    size: int = Field(description="Statements in its problems (sum)")
    status: str = Field(examples=["open"], description="The worst of its problems' statuses: "
                                                       "resolved only when all are")
    problem_count: int
    owners: list[str] = Field(description="Everyone who owns one of its problems")
    unowned_problems: int = Field(description="Problems with no owner yet")
    trend: TrendOut = Field(description="Its problems' counts summed")
    cost: CostOut = Field(description="Its problems' costs summed")
    problems: list[ThemeOut] = Field(description="Concrete problems (themes), costliest first; "
                                                 "owners and status are set on these")


class AreaList(BaseModel):
    as_of: dt.date
    period: Period
    areas: list[AreaOut] = Field(description="Problem areas, costliest first")
    praise: list[AreaOut] = Field(description="What customers praise, apart from problems")


class ThemeList(BaseModel):
    as_of: dt.date
    period: Period
    themes: list[ThemeOut]


class Point(BaseModel):
    model_config = ConfigDict(populate_by_name=True)
    start: dt.date = Field(alias="from", description="First day of the period")
    count: int


class ChangeOut(BaseModel):
    at: dt.datetime
    by: str | None
    field: str = Field(examples=["status"])
    old: str | None
    new: str | None


class ThemeDetailOut(ThemeOut):
    series: dict[str, list[Point]] = Field(description="week: last 8 weeks; month: last 6 "
                                                       "months (30-day periods), oldest first")
    history: list[ChangeOut] = Field(description="Owner and status changes")


class TrendSeries(BaseModel):
    theme_id: int
    period: Literal["week", "month"]
    trend: TrendOut
    points: list[Point]


class CostRanking(BaseModel):
    as_of: dt.date
    themes: list[ThemeOut] = Field(description="Costliest first; themes without cost left out")


class OwnersIn(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"business_owner_id": "M001", "solution_owner_id": "H001"}]})
    business_owner_id: TypedId | None = Field(None, max_length=64, description="Takes care of the "
                                                                           "short-term fix")
    solution_owner_id: TypedId | None = Field(None, max_length=64, description="Removes the root "
                                                                           "cause for good")


class StatusIn(BaseModel):
    status: TypedId = Field(max_length=32, examples=["in_progress"],
                        description="open, in progress (in_progress) or resolved")


class ThemePatch(OwnersIn):
    status: TypedId | None = Field(None, max_length=32)


def _no_theme(theme_id: int) -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, f"No theme #{theme_id}; GET /themes lists "
                                                    "them.")


def _detail(session: Session, theme_id: int) -> dict[str, Any]:
    found = queries.detail(session=session, theme_id=theme_id, as_of=get_settings().today())
    if found is None:
        raise _no_theme(theme_id)
    return found.as_dict()


READ = {**AUTHENTICATED, **NOT_FOUND}
WRITE = {**AUTHENTICATED, **FORBIDDEN, **NOT_FOUND}


@router.get("/themes", response_model=ThemeList, responses=AUTHENTICATED)
def list_themes(
    session: SessionDep, staff: CurrentStaff, period: Period = "month",
    include_emerging: bool = False,
) -> dict[str, Any]:
    """What customers are saying: problem themes largest first, then praise (kind "praise")."""
    as_of = get_settings().today()
    items = queries.summaries(session=session, as_of=as_of, period=period,
                              include_emerging=include_emerging)
    items.sort(key=lambda s: (s.is_praise, -s.size, s.id))
    return {"as_of": as_of, "period": period, "themes": [s.as_dict() for s in items]}


@router.get("/themes/costliest", response_model=CostRanking, responses=AUTHENTICATED)
def costliest_themes(
    session: SessionDep, staff: CurrentStaff,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> dict[str, Any]:
    """Which problems cost us most: compensation, handling time and revenue at risk."""
    as_of = get_settings().today()
    ranked = queries.costliest(session=session, as_of=as_of, limit=limit)
    return {"as_of": as_of, "themes": [s.as_dict() for s in ranked]}


@router.get("/themes/areas", response_model=AreaList, responses=AUTHENTICATED)
def list_areas(session: SessionDep, staff: CurrentStaff, period: Period = "month"
               ) -> dict[str, Any]:
    """Two levels: a handful of areas, each with its concrete problems; praise apart."""
    as_of = get_settings().today()
    areas = area_summaries(session=session, as_of=as_of, period=period)
    return {"as_of": as_of, "period": period,
            "areas": [a.as_dict() for a in areas if not a.is_praise],
            "praise": [a.as_dict() for a in areas if a.is_praise]}


AreaId = Annotated[int, Path(ge=1, le=2_147_483_647, description="Area number "
                                                                 "(GET /themes/areas)")]


@router.get("/themes/areas/{area_id}", response_model=AreaOut, responses=READ)
def area_detail(area_id: AreaId, session: SessionDep, staff: CurrentStaff,
                period: Period = "month") -> dict[str, Any]:
    """One area: its rolled-up figures and its concrete problems."""
    found = rollup.area_detail(session=session, area_id=area_id, as_of=get_settings().today(),
                               period=period)
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"No area #{area_id}; GET /themes/areas "
                                                       "lists them.")
    return found.as_dict()


@router.get("/themes/{theme_id}", response_model=ThemeDetailOut, responses=READ)
def theme_detail(theme_id: ThemeId, session: SessionDep, staff: CurrentStaff) -> dict[str, Any]:
    """One theme: quotes, trend series, cost, owners, status and its change history."""
    return _detail(session, theme_id)


@router.get("/themes/{theme_id}/trend", response_model=TrendSeries, responses=READ)
def theme_trend(
    theme_id: ThemeId, session: SessionDep, staff: CurrentStaff,
    period: Literal["week", "month"] = "week",
    points: Annotated[int, Query(ge=2, le=52)] = 8,
) -> dict[str, Any]:
    """Statements per week (or 30-day month), oldest first, and the current direction."""
    if queries.get_theme(session=session, theme_id=theme_id) is None:
        raise _no_theme(theme_id)
    as_of = get_settings().today()
    trend = trend_mod.trends(session=session, period=period, as_of=as_of,
                             theme_ids=[theme_id])[theme_id]
    points_ = trend_mod.series(session=session, theme_id=theme_id, period=period, as_of=as_of,
                               points=points)
    return {"theme_id": theme_id, "period": period,
            "trend": {"current": trend.current, "previous": trend.previous,
                      "direction": trend.direction},
            "points": [{"from": start, "count": count} for start, count in points_]}


@router.get("/themes/{theme_id}/cost", response_model=CostOut, responses=READ)
def theme_cost(theme_id: ThemeId, session: SessionDep, staff: CurrentStaff) -> dict[str, Any]:
    """What the theme's service failures have cost so far (docs in knowledge/themes/cost.py)."""
    found = queries.summaries(session=session, as_of=get_settings().today(),
                              include_emerging=True, theme_ids=[theme_id])
    if not found:
        raise _no_theme(theme_id)
    return queries.cost_dict(found[0].cost)


def _owner(session: Session, staff_id: str) -> Staff:
    owner = get_staff(session=session, staff_id=staff_id)
    if owner is None:
        raise HTTPException(UNPROCESSABLE, f"No member of staff has the id {staff_id!r}; "
                                           "check it with GET /auth/me or the staff list.")
    return owner


def _apply(session: Session, theme_id: int, by: Staff, owners: OwnersIn,
           new_status: str | None) -> dict[str, Any]:
    theme = queries.get_theme(session=session, theme_id=theme_id)
    if theme is None:
        raise _no_theme(theme_id)
    # Validate everything before changing anything: nothing half-applied.
    chosen = {role: _owner(session, staff_id) for role in ("business_owner", "solution_owner")
              if (staff_id := getattr(owners, f"{role}_id")) is not None}
    try:
        normalised = ownership.normalise_status(new_status) if new_status else None
        for role, owner in chosen.items():
            ownership.assign_owner(session=session, theme=theme, owner=owner, role=role, by=by)
        if normalised:
            ownership.set_status(session=session, theme=theme, status=normalised, by=by)
    except ownership.ThemeActionRefused as exc:
        raise HTTPException(UNPROCESSABLE, str(exc)) from exc
    return _detail(session, theme_id)


@router.put("/themes/{theme_id}/owners", response_model=ThemeDetailOut, responses=WRITE)
def set_owners(theme_id: ThemeId, body: OwnersIn, session: SessionDep, staff: ManagerStaff
               ) -> dict[str, Any]:
    """Assign the business owner and/or solution owner (managers); they are notified."""
    if body.business_owner_id is None and body.solution_owner_id is None:
        raise HTTPException(UNPROCESSABLE, "Give business_owner_id, solution_owner_id or both.")
    return _apply(session, theme_id, staff, body, None)


@router.put("/themes/{theme_id}/status", response_model=ThemeDetailOut, responses=WRITE)
def set_status(theme_id: ThemeId, body: StatusIn, session: SessionDep, staff: ManagerStaff
               ) -> dict[str, Any]:
    """Move the theme to open, in progress or resolved (managers); the owners are notified."""
    return _apply(session, theme_id, staff, OwnersIn(), body.status)


@router.patch("/themes/{theme_id}", response_model=ThemeDetailOut, responses=WRITE)
def patch_theme(theme_id: ThemeId, body: ThemePatch, session: SessionDep, staff: ManagerStaff
                ) -> dict[str, Any]:
    """Owners and status in one change, all or nothing (managers)."""
    return _apply(session, theme_id, staff, body, body.status)
