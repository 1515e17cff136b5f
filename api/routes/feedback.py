"""Feedback over HTTP: POST /feedback (one statement) and POST /feedback/import (feedback.csv).

POST /feedback stores a statement as pending, idempotent on `external_id`: the same id with
the same content answers 200 with the stored item; different content, 409; new items 201.
The import is all or nothing, like `advisor feedback import`. Theming happens later
(`advisor themes update`, or the worker of `make run`).
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, HTTPException, Response, UploadFile, status
from pydantic import BaseModel, ConfigDict, Field

from api.deps import CurrentStaff, HeadOfficeStaff, SessionDep
from api.routes.common import (
    AUTHENTICATED,
    CONFLICT,
    FORBIDDEN,
    TOO_LARGE,
    UNPROCESSABLE,
    IsoDate,
    TypedId,
    TypedText,
)
from knowledge.access.policy import NotVisible, require_visible
from knowledge.feedback.service import FeedbackConflict, FeedbackRejected, log_feedback
from knowledge.interchange.feedback_csv import FeedbackImportError, import_feedback_csv

router = APIRouter(tags=["feedback"])


class FeedbackIn(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "external_id": "CRM-4711", "text": "The app logs me out every time I switch screens.",
        "customer_id": "C000186", "received_on": "2026-11-20", "channel": "app",
        "compensation": "25.00"}]})
    text: TypedText = Field(description="What the customer said (1–FEEDBACK_MAX_CHARS characters).")
    external_id: TypedId | None = Field(None, max_length=64,
                                    description="Your id for the statement; makes retries safe.")
    customer_id: TypedId | None = Field(None, max_length=64,
                                    description="A customer you may see; omit if unknown")
    received_on: IsoDate | None = None
    channel: TypedId = Field("api", max_length=32)
    compensation: Decimal | None = Field(None, ge=0, le=Decimal("1000000"),
                                         description="Paid to the customer, in CURRENCY")


class FeedbackOut(BaseModel):
    id: str = Field(examples=["CRM-4711"])
    status: str = Field(examples=["pending"])
    customer_id: str | None = Field(examples=["C000186"])
    received_on: dt.date
    created: bool = Field(description="False when the same statement was already stored")
    foreign_language: bool = Field(description="Looks like another language than English")


@router.post("/feedback", status_code=status.HTTP_201_CREATED, response_model=FeedbackOut,
             responses={**AUTHENTICATED, **CONFLICT,
                        200: {"model": FeedbackOut, "description": "Already stored (retry)"}})
def post_feedback(body: FeedbackIn, session: SessionDep, staff: CurrentStaff,
                  response: Response) -> dict[str, Any]:
    """Log what a customer said about the bank or a product."""
    if body.customer_id:
        try:  # unknown and another book's customer get the same answer (the attempt is audited)
            require_visible(session=session, staff=staff, customer_id=body.customer_id,
                            channel="api", via="api", action="feedback")
        except NotVisible:
            raise HTTPException(UNPROCESSABLE,
                                f"No customer {body.customer_id!r} in your book; check the id "
                                "or send the feedback without customer_id.") from None
    try:
        logged = log_feedback(
            session=session, text=body.text, customer_id=body.customer_id,
            received_on=body.received_on, channel=body.channel,
            compensation=body.compensation, logged_by=staff.id, feedback_id=body.external_id,
        )
    except FeedbackConflict as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from exc
    except FeedbackRejected as exc:
        raise HTTPException(UNPROCESSABLE, str(exc)) from exc
    if not logged.created:
        response.status_code = status.HTTP_200_OK
    item = logged.feedback
    return {"id": item.id, "status": item.status, "customer_id": item.customer_id,
            "received_on": item.received_on, "created": logged.created,
            "foreign_language": logged.foreign_language}


class ImportOut(BaseModel):
    inserted: int = Field(examples=[1200])
    updated: int = Field(description="Known ids whose text changed (re-themed)", examples=[3])
    unchanged: int = Field(examples=[40])
    rows: int = Field(examples=[1243])


def import_feedback(
    session: SessionDep, staff: HeadOfficeStaff,
    file: Annotated[UploadFile, File(description="feedback.csv as in docs/import-format.md: "
                                                 "feedback_id, customer_id, received_on, "
                                                 "channel, text, compensation (UTF-8)")],
) -> dict[str, Any]:
    """Import a feedback.csv upload, all or nothing (head office). Any bad row → 422 naming
    the line and column, and nothing is stored."""
    with tempfile.TemporaryDirectory(prefix="feedback-import-") as folder:
        path = Path(folder) / "feedback.csv"
        with path.open("wb") as target:
            shutil.copyfileobj(file.file, target, length=1024 * 1024)
        try:
            report = import_feedback_csv(session=session, path=path)
        except FeedbackImportError as exc:
            raise HTTPException(UNPROCESSABLE, str(exc)) from None
        except UnicodeDecodeError:
            raise HTTPException(UNPROCESSABLE, "The file is not UTF-8 text; save it as CSV "
                                               "UTF-8 and upload it again.") from None
        except FeedbackRejected as exc:
            raise HTTPException(UNPROCESSABLE, str(exc)) from None
    return {"inserted": report.inserted, "updated": report.updated,
            "unchanged": report.unchanged, "rows": report.rows}


def upload_router() -> APIRouter:
    """POST /feedback/import; api.main gives its path the upload body limit."""
    uploads = APIRouter(tags=["feedback"])
    uploads.add_api_route(
        "/feedback/import", import_feedback, methods=["POST"], response_model=ImportOut,
        responses={**AUTHENTICATED, **FORBIDDEN, **TOO_LARGE},
        summary="Import feedback.csv",
    )
    return uploads
