"""POST /feedback: store a customer statement as pending, idempotent on `external_id`.

The same external id with the same content answers 200 with the stored item; with different
content, 409. New items answer 201. Theming happens later (`advisor themes update`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from fastapi import APIRouter, HTTPException, Response, status
from pydantic import BaseModel, Field

from api.deps import CurrentStaff, SessionDep
from knowledge.feedback import FeedbackConflict, FeedbackRejected, log_feedback
from knowledge.staff import can_see_customer

router = APIRouter(tags=["feedback"])


class FeedbackIn(BaseModel):
    text: str = Field(description="What the customer said (1–20,000 characters).")
    external_id: str | None = Field(None, max_length=64,
                                    description="Your id for the statement; makes retries safe.")
    customer_id: str | None = None
    received_on: dt.date | None = None
    channel: str = "api"
    compensation: Decimal | None = Field(None, ge=0)


@router.post("/feedback", status_code=status.HTTP_201_CREATED)
def post_feedback(body: FeedbackIn, session: SessionDep, staff: CurrentStaff,
                  response: Response) -> dict[str, Any]:
    if body.customer_id and not can_see_customer(session=session, staff=staff,
                                                 customer_id=body.customer_id):
        raise HTTPException(422,
                            f"No customer {body.customer_id!r} in your book; check the id or "
                            "send the feedback without customer_id.")
    try:
        logged = log_feedback(
            session=session, text=body.text, customer_id=body.customer_id,
            received_on=body.received_on, channel=body.channel,
            compensation=body.compensation, logged_by=staff.id, feedback_id=body.external_id,
        )
    except FeedbackConflict as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from exc
    except FeedbackRejected as exc:
        raise HTTPException(422, str(exc)) from exc
    if not logged.created:
        response.status_code = status.HTTP_200_OK
    item = logged.feedback
    return {"id": item.id, "status": item.status, "customer_id": item.customer_id,
            "received_on": item.received_on.isoformat(), "created": logged.created,
            "foreign_language": logged.foreign_language}
