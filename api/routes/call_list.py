"""The call list over HTTP: GET /advisors/{staff_id}/call-list, POST /interactions, POST /events.

The caller names themselves with X-Staff-Id (api.deps.CurrentStaff) until authentication
lands; the access rule applies: advisors their own list, branch managers their branch's
advisors, head office everyone (403 otherwise, 404 for an unknown advisor).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, status
from pydantic import BaseModel, Field

from api.deps import CurrentStaff, SessionDep
from knowledge.call_list import NoBook, NotAllowed, UnknownStaff, call_list
from knowledge.call_list.events import EventInvalid, record_rate_event
from knowledge.call_list.outcomes import OutcomeInvalid, log_call
from knowledge.settings import get_settings
from knowledge.staff import can_see_customer

router = APIRouter(tags=["call list"])
# 422 by number: Starlette renamed the constant between versions.
UNPROCESSABLE = 422


def _date(value: str | None, name: str = "date") -> dt.date:
    if value is None:
        return get_settings().today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise HTTPException(
            UNPROCESSABLE, f"{name} must be a date as YYYY-MM-DD, got {value!r}"
        ) from None


@router.get("/advisors/{staff_id}/call-list")
def get_call_list(
    staff_id: str,
    session: SessionDep,
    caller: CurrentStaff,
    date: Annotated[str | None, Query(description="As-of date YYYY-MM-DD; default today")] = None,
    limit: Annotated[int | None, Query(ge=1, le=500, description="Default: daily capacity")] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
    reason: Annotated[str | None, Query(description="Only this reason code")] = None,
    tier: Annotated[
        str | None, Query(description="top, high, mid, low, inactive or premium")
    ] = None,
) -> dict[str, Any]:
    """Who the advisor should call on `date`, with the reasons and their evidence."""
    as_of = _date(date)
    try:
        result = call_list(
            session=session,
            asker=caller,
            target_id=staff_id,
            as_of=as_of,
            limit=limit,
            offset=offset,
            reason_filter=reason,
            tier_filter=tier,
        )
    except (UnknownStaff, NoBook) as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from None
    except NotAllowed as exc:
        raise HTTPException(status.HTTP_403_FORBIDDEN, str(exc)) from None
    except ValueError as exc:
        raise HTTPException(UNPROCESSABLE, str(exc)) from None
    return result.to_json()


class InteractionIn(BaseModel):
    customer_id: str = Field(max_length=64)
    outcome: str | None = Field(None, description="reached, no_answer, follow_up or sale")
    follow_up: str | None = Field(
        None, max_length=100, description="'next week', 'on Friday', 'in 2 weeks' or YYYY-MM-DD"
    )
    note: str | None = Field(None, max_length=4000)
    channel: str = "phone"
    kind: str = "call"
    date: str | None = Field(None, description="Day of the call YYYY-MM-DD; default today")


@router.post("/interactions", status_code=status.HTTP_201_CREATED)
def post_interaction(
    body: InteractionIn, session: SessionDep, caller: CurrentStaff
) -> dict[str, Any]:
    """Log a call and its outcome; the customer leaves today's call list."""
    as_of = _date(body.date)
    if not can_see_customer(session=session, staff=caller, customer_id=body.customer_id):
        # Another book's customer is answered like an unknown one.
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such customer in your book")
    try:
        row = log_call(
            session=session,
            customer_id=body.customer_id,
            advisor_id=caller.id,
            as_of=as_of,
            outcome=body.outcome,
            follow_up=body.follow_up,
            note=body.note,
            channel=body.channel,
            kind=body.kind,
        )
    except OutcomeInvalid as exc:
        raise HTTPException(UNPROCESSABLE, str(exc)) from None
    return {
        "id": row.id,
        "customer_id": row.customer_id,
        "advisor_id": row.advisor_id,
        "occurred_on": row.occurred_on.isoformat(),
        "channel": row.channel.value,
        "kind": row.kind.value,
        "outcome": row.outcome.value,
        "follow_up_on": row.follow_up_on.isoformat() if row.follow_up_on else None,
    }


class EventIn(BaseModel):
    kind: str = "rate_change"
    delta_bp: int | None = Field(None, description="Basis points, e.g. -25 for a cut")
    occurred_on: str | None = Field(None, description="YYYY-MM-DD; default today")
    product_categories: list[str] | None = None
    description: str | None = Field(None, max_length=300)


@router.post("/events", status_code=status.HTTP_201_CREATED)
def post_event(body: EventIn, session: SessionDep, caller: CurrentStaff) -> dict[str, Any]:
    """Record a market event; affected customers appear on their advisors' call lists."""
    occurred_on = _date(body.occurred_on, "occurred_on")
    try:
        event = record_rate_event(
            session=session,
            kind=body.kind,
            delta_bp=body.delta_bp,
            occurred_on=occurred_on,
            product_categories=body.product_categories,
            description=body.description,
            recorded_by=caller.id,
        )
    except EventInvalid as exc:
        raise HTTPException(UNPROCESSABLE, str(exc)) from None
    return {
        "id": event.id,
        "kind": event.kind,
        "delta_bp": event.delta_bp,
        "occurred_on": event.occurred_on.isoformat(),
        "product_categories": event.product_categories,
        "description": event.description,
    }
