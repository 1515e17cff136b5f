"""Market events: POST /events records one (a rate change), GET /events lists those that still
put affected customers on call lists."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, status
from pydantic import BaseModel, ConfigDict, Field

from api.deps import CurrentStaff, SessionDep
from api.routes.common import AUTHENTICATED, UNPROCESSABLE, IsoDate, TypedId, TypedText
from knowledge.call_list.events import EventInvalid, recent_events, record_rate_event
from knowledge.models.bank import MarketEvent
from knowledge.settings import get_settings

router = APIRouter(tags=["events"])


class EventIn(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "kind": "rate_change", "delta_bp": -25, "occurred_on": "2026-11-21",
        "product_categories": ["mortgage", "savings"], "description": "ECB cut by 25 bp"}]})
    kind: TypedId = Field("rate_change", description="Only rate_change for now")
    delta_bp: int = Field(description="Basis points, e.g. -25 for a cut", ge=-10_000,
                          le=10_000)
    occurred_on: IsoDate | None = Field(None, description="Default today")
    product_categories: list[TypedId] | None = Field(
        None, max_length=20, description="Affected product categories; default the "
                                         "rate-sensitive ones")
    description: TypedText | None = Field(None, max_length=300)


class EventOut(BaseModel):
    id: int
    kind: str = Field(examples=["rate_change"])
    delta_bp: int | None = Field(examples=[-25])
    occurred_on: dt.date
    product_categories: list[str] = Field(examples=[["mortgage", "savings"]])
    description: str | None = Field(examples=["ECB cut by 25 bp"])
    recorded_by: str | None = Field(examples=["A001"])


class EventList(BaseModel):
    as_of: dt.date
    window_days: int = Field(description="Events stay a call-list reason this many days")
    events: list[EventOut]


def _out(event: MarketEvent) -> dict[str, Any]:
    return {"id": event.id, "kind": event.kind, "delta_bp": event.delta_bp,
            "occurred_on": event.occurred_on, "product_categories": event.product_categories,
            "description": event.description, "recorded_by": event.recorded_by}


@router.post("/events", status_code=status.HTTP_201_CREATED, response_model=EventOut,
             responses=AUTHENTICATED)
def post_event(body: EventIn, session: SessionDep, caller: CurrentStaff) -> dict[str, Any]:
    """Record a market event (any member of staff, as in the chat: "the ECB cut rates by
    25 bp"); holders of affected products appear on their advisors' call lists."""
    try:
        event = record_rate_event(
            session=session, kind=body.kind, delta_bp=body.delta_bp,
            occurred_on=body.occurred_on or get_settings().today(),
            product_categories=body.product_categories, description=body.description,
            recorded_by=caller.id,
        )
    except EventInvalid as exc:
        raise HTTPException(UNPROCESSABLE, str(exc)) from None
    return _out(event)


@router.get("/events", response_model=EventList, responses=AUTHENTICATED)
def list_events(
    session: SessionDep, caller: CurrentStaff,
    date: Annotated[IsoDate | None, Query(description="As-of date; default today")] = None,
) -> dict[str, Any]:
    """Events of the last RATE_EVENT_WINDOW_DAYS up to `date`, newest first."""
    as_of = date or get_settings().today()
    events = recent_events(session=session, as_of=as_of)
    return {"as_of": as_of, "window_days": get_settings().rate_event_window_days,
            "events": [_out(e) for e in events]}
