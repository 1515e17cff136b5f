"""Shared pieces of the routes: the error body and the documented error responses."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, Field

from knowledge.text_input import well_formed

UNPROCESSABLE = 422  # by number: Starlette renamed the constant between versions
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date_only(value: Any) -> Any:
    """Pydantic reads 0, 0.0 and "0" as 1970-01-01 (seconds since the epoch); a date the
    API is given must be written as YYYY-MM-DD."""
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        return value.strip()
    raise ValueError(f"write dates as YYYY-MM-DD, got {value!r}"[:120])


# Every date the API reads (query parameters and bodies).
IsoDate = Annotated[dt.date, BeforeValidator(_iso_date_only)]
# Free text the API stores or looks up: no NUL character (PostgreSQL refuses it in any text,
# a 500 before) and no lone surrogate (UTF-8 cannot encode it), as chat messages are cleaned.
TypedText = Annotated[str, AfterValidator(well_formed)]


def _no_control_characters(value: str) -> str:
    if any(ord(character) < 32 or character == "\x7f" for character in value):
        raise ValueError("an id or code has no control characters (such as NUL or a line break)")
    return value


# An id or code the API looks up (a staff or customer id, a status, a channel): a control
# character in it is a malformed request (422), never cleaned into another id.
TypedId = Annotated[str, AfterValidator(_no_control_characters)]


class ErrorOut(BaseModel):
    """Every error answers with one sentence that says what went wrong and what to do."""

    detail: str = Field(examples=["No such customer in your book."])
    errors: list[dict[str, Any]] | None = Field(
        None, description="422 only: each invalid field (loc, msg, type), for programs")


def _response(description: str, example: str) -> dict[str, Any]:
    return {"model": ErrorOut, "description": description,
            "content": {"application/json": {"example": {"detail": example}}}}


UNAUTHORIZED = {401: _response(
    "No token, or an expired, forged or malformed one (answered with WWW-Authenticate: Bearer)",
    "Your session has expired; log in again at POST /auth/token.")}
FORBIDDEN = {403: _response("Your role may not do this",
                            "This is for branch managers and head office only.")}
NOT_FOUND = {404: _response("Unknown, or outside what you may see (answered alike)",
                            "No such customer in your book.")}
INVALID = {422: _response("The request is malformed or a value is out of range",
                          "date must be a date as YYYY-MM-DD, got '23.11.2026'")}
TOO_LARGE = {413: _response("The body is larger than the API accepts",
                            "The request body is larger than 1000000 bytes.")}
TOO_MANY_LOGINS = {429: _response(
    "Too many failed logins for this staff id: its logins are paused (Retry-After: seconds)",
    "Too many failed logins for this staff id: try again in 15 minutes. If you forgot your "
    "password, ask IT to set a new one (advisor staff set-password).")}
CONFLICT = {409: _response("It exists already with different content",
                           "Feedback 'F-1' exists with different text; send a new external_id.")}

AUTHENTICATED: dict[int | str, dict[str, Any]] = {**UNAUTHORIZED, **INVALID}
