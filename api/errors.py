"""Bad input and failures answered in one plain sentence: 413, 422, 500 — never a stack trace.

- A body over API_MAX_BODY_BYTES (uploads: API_MAX_UPLOAD_BYTES) is refused with 413 as
  soon as its Content-Length or the bytes read so far exceed it (`BodySizeLimit`).
- Malformed JSON and invalid fields answer 422 with `detail` as one sentence naming the field,
  plus `errors` (FastAPI's list) for programs.
- A customer outside the caller's scope (`knowledge.access.policy.NotVisible`, already
  audited) that a route did not answer itself answers 404, as for a customer that does not
  exist (each route maps the refusal to its own sentence; this is the safety net).
- Anything unexpected answers 500 with a sentence; the log gets the exception's type and where
  it was raised, never its message or arguments (they can quote customer data).
"""

from __future__ import annotations

import json
import logging
import traceback
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from knowledge.access.policy import NotVisible
from knowledge.settings import get_settings

log = logging.getLogger("api")

UNPROCESSABLE = 422  # by number: Starlette renamed the constant between versions
INTERNAL_ERROR_TEXT = ("Something went wrong on our side and nothing was saved; try again, and "
                       "tell the IT service desk if it keeps happening.")
NOT_VISIBLE_TEXT = "No such customer in your book; check the id."


def _field(loc: Any) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header", "form")]
    return ".".join(parts) or "body"


def validation_sentence(errors: list[dict[str, Any]]) -> str:
    for error in errors:
        if error.get("type") == "json_invalid":
            reason = (error.get("ctx") or {}).get("error", "not JSON")
            return (f"The request body is not valid JSON ({reason} at character "
                    f"{error['loc'][-1]}); send a JSON object.")
    shown = [f"{_field(e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in errors[:5]]
    more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
    return "Invalid request — " + "; ".join(shown) + more + "."


async def _validation_failed(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    # Echoing the input back could return a customer's data to a log collector; drop it.
    cleaned = [{k: v for k, v in e.items() if k not in ("input", "url")} for e in errors]
    return JSONResponse(status_code=UNPROCESSABLE,
                        content={"detail": validation_sentence(errors),
                                 "errors": jsonable_encoder(cleaned)})


async def _not_visible(request: Request, exc: Exception) -> Response:
    return JSONResponse(status_code=404, content={"detail": NOT_VISIBLE_TEXT})


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 413:
        return JSONResponse(status_code=413, content={"detail": too_large_text()})
    return await http_exception_handler(request, exc)


def _where(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return "?"
    last = frames[-1]
    return f"{'/'.join(last.filename.rsplit('/', 2)[-2:])}:{last.lineno}"


class PlainServerErrors:
    """Outermost user middleware: an unhandled exception becomes a 500 sentence.

    Starlette's own handler re-raises after answering, so the server would log the full
    traceback (with the exception's message); here only the type and place are logged.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:  # noqa: BLE001 — the last line of defence, by design
            route = scope.get("route")
            log.error("unhandled %s at %s on %s %s", type(exc).__name__, _where(exc),
                      scope.get("method"), getattr(route, "path", "(no route)"))
            if started:  # too late for a status line; the client sees a cut-off answer
                return
            body = json.dumps({"detail": INTERNAL_ERROR_TEXT}).encode()
            await send({"type": "http.response.start", "status": 500,
                        "headers": [(b"content-type", b"application/json"),
                                    (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})


def too_large_text() -> str:
    settings = get_settings()
    return (f"The request body is too large: JSON bodies may have at most "
            f"{settings.api_max_body_bytes} bytes, uploads {settings.api_max_upload_bytes} "
            "bytes. Split the file and send the parts.")


class BodyTooLarge(StarletteHTTPException):
    def __init__(self) -> None:
        super().__init__(status_code=413, detail="request body too large")


class BodySizeLimit:
    """Request bodies up to API_MAX_BODY_BYTES, uploads up to API_MAX_UPLOAD_BYTES.

    A declared Content-Length over the limit gets the 413 sentence at once, unread. A body
    without a length (chunked) is counted as the route reads it; the read that crosses the
    limit raises `BodyTooLarge`, which FastAPI passes on as an HTTP error (→ `_http_error`),
    so the route never runs and nothing is stored.
    """

    def __init__(self, app: ASGIApp, limit: int, upload_limit: int,
                 upload_paths: frozenset[str]) -> None:
        self.app = app
        self.limit = limit
        self.upload_limit = upload_limit
        self.upload_paths = upload_paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.upload_limit if scope.get("path") in self.upload_paths else self.limit
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            response = JSONResponse({"detail": too_large_text()}, status_code=413,
                                    headers={"Connection": "close"})
            await response(scope, receive, send)
            return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge()
            return message

        await self.app(scope, counting_receive, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def install(app: FastAPI, *, upload_paths: frozenset[str]) -> None:
    settings = get_settings()
    app.add_exception_handler(RequestValidationError, _validation_failed)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(NotVisible, _not_visible)
    app.add_middleware(PlainServerErrors)
    app.add_middleware(BodySizeLimit, limit=settings.api_max_body_bytes,
                       upload_limit=settings.api_max_upload_bytes, upload_paths=upload_paths)
