"""The call list over HTTP: GET /advisors/{staff_id}/call-list and POST /interactions.

Access: advisors their own list, branch managers their branch's advisors, head office
everyone (403 otherwise, 404 for an unknown advisor). An interaction can only be logged for a
customer the caller may see; any other customer id is answered like an unknown one (404).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, status
from pydantic import BaseModel, ConfigDict, Field

from api.deps import CurrentStaff, SessionDep
from api.routes.common import (
    AUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    UNPROCESSABLE,
    IsoDate,
    TypedId,
    TypedText,
)
from knowledge.access.policy import NotVisible, require_visible
from knowledge.call_list import NoBook, NotAllowed, UnknownStaff, call_list
from knowledge.call_list.outcomes import OutcomeInvalid, log_call
from knowledge.settings import get_settings

router = APIRouter(tags=["call list"])

NO_CUSTOMER = "No such customer in your book; check the id."


class ReasonOut(BaseModel):
    code: str = Field(description="coverage_overdue, maturity, large_withdrawal, large_deposit, "
                                  "rate_event, repeated_advisory, dormant, open_complaint, "
                                  "birthday, life_event, next_best_offer or loan_arrears",
                      examples=["maturity"])
    text: str = Field(examples=["Term deposit of 50,000 EUR matures on 2026-12-01"])
    urgency: float
    since: dt.date | None
    evidence: dict[str, Any] = Field(description="The figures behind the reason")


class CallListItemOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    customer_id: str = Field(examples=["C000186"])
    name: str = Field(examples=["Anna Kowalska"])
    advisor_id: str | None = Field(None, examples=["A001"])
    score: float
    tier: str = Field(examples=["top"])
    strategy: str | None = None
    strategy_text: str | None = None
    score_parts: dict[str, Any] | None = None
    reasons: list[ReasonOut]
    planned_on: dt.date | None = Field(
        None, description="The working day the advisor's plan gives this call: as_of for "
        "today's calls, a later day for what today's capacity could not hold")


class CarriedOut(BaseModel):
    count: int = Field(0, description="Calls on the list planned after as_of", examples=[2])
    urgent: int = Field(0, description="Of them, duties (arrears, complaints) or reasons more "
                        "urgent than coverage", examples=[2])
    by_day: dict[str, int] = Field(default_factory=dict, examples=[{"2026-06-16": 2}])
    until: dt.date | None = None


class CallListOut(BaseModel):
    advisor_id: str = Field(examples=["A001"])
    as_of: dt.date
    page: int
    offset: int
    limit: int
    total: int = Field(description="Customers on the whole list")
    has_more: bool
    filters: dict[str, str | None]
    today: int = Field(0, description="Of total, the calls planned for as_of (at most "
                       "CALL_LIST_CAPACITY per advisor)")
    carried: CarriedOut = Field(default_factory=CarriedOut)
    items: list[CallListItemOut]


@router.get(
    "/advisors/{staff_id}/call-list", response_model=CallListOut,
    responses={**AUTHENTICATED, **FORBIDDEN, **NOT_FOUND},
)
def get_call_list(
    staff_id: Annotated[TypedId, Path(max_length=64, examples=["A001"],
                                  description="An advisor, or a branch manager for the "
                                              "whole branch")],
    session: SessionDep,
    caller: CurrentStaff,
    date: Annotated[IsoDate | None, Query(description="As-of date; default today")] = None,
    limit: Annotated[int | None, Query(ge=1, le=500, description="Default: daily capacity")] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
    reason: Annotated[TypedId | None, Query(max_length=32, description="Only this reason code")
                      ] = None,
    tier: Annotated[
        TypedId | None, Query(max_length=16, description="top, high, mid, low, inactive or premium")
    ] = None,
) -> dict[str, Any]:
    """Who the advisor should call on `date`, ranked, with the reasons and their evidence."""
    try:
        result = call_list(
            session=session, asker=caller, target_id=staff_id,
            as_of=date or get_settings().today(), limit=limit, offset=offset,
            reason_filter=reason, tier_filter=tier,
        )
    except (UnknownStaff, NoBook) as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from None
    except NotAllowed as exc:
        raise HTTPException(status.HTTP_403_FORBIDDEN, str(exc)) from None
    except ValueError as exc:
        raise HTTPException(UNPROCESSABLE, str(exc)) from None
    return result.to_json()


class InteractionIn(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "customer_id": "C000186", "outcome": "follow_up", "follow_up": "next week",
        "note": "Wants to talk about the maturing deposit", "channel": "phone", "kind": "call"}]})
    customer_id: TypedText = Field(max_length=64)
    outcome: Literal["reached", "no_answer", "follow_up", "sale", "not_interested"] | None = Field(
        None, description="Default: follow_up when a follow-up is given, else reached")
    follow_up: TypedText | None = Field(
        None, max_length=100, description="'next week', 'on Friday', 'in 2 weeks' or YYYY-MM-DD"
    )
    note: TypedText | None = Field(None, max_length=4000)
    channel: Literal["phone", "meeting", "branch", "email", "chat"] = "phone"
    kind: Literal["call", "advisory_session", "service"] = "call"
    date: IsoDate | None = Field(None, description="Day of the call; default today")


class InteractionOut(BaseModel):
    id: str = Field(examples=["I-d56d700ab56d4972"])
    customer_id: str = Field(examples=["C000186"])
    advisor_id: str | None = Field(examples=["A001"])
    occurred_on: dt.date
    channel: str = Field(examples=["phone"])
    kind: str = Field(examples=["call"])
    outcome: str = Field(examples=["follow_up"])
    follow_up_on: dt.date | None


@router.post(
    "/interactions", status_code=status.HTTP_201_CREATED, response_model=InteractionOut,
    responses={**AUTHENTICATED, **NOT_FOUND},
)
def post_interaction(
    body: InteractionIn, session: SessionDep, caller: CurrentStaff
) -> dict[str, Any]:
    """Log a call and its outcome (as the caller); the customer leaves today's call list."""
    as_of = body.date or get_settings().today()
    try:  # another book's customer is answered like an unknown one (the attempt is audited)
        require_visible(session=session, staff=caller, customer_id=body.customer_id,
                        channel="api", via="api", action="log_call")
    except NotVisible:
        raise HTTPException(status.HTTP_404_NOT_FOUND, NO_CUSTOMER) from None
    try:
        row = log_call(
            session=session, customer_id=body.customer_id, advisor_id=caller.id, as_of=as_of,
            outcome=body.outcome, follow_up=body.follow_up, note=body.note,
            channel=body.channel, kind=body.kind,
        )
    except OutcomeInvalid as exc:
        raise HTTPException(UNPROCESSABLE, str(exc)) from None
    return {
        "id": row.id, "customer_id": row.customer_id, "advisor_id": row.advisor_id,
        "occurred_on": row.occurred_on, "channel": row.channel.value, "kind": row.kind.value,
        "outcome": row.outcome.value, "follow_up_on": row.follow_up_on,
    }
