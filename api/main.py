"""The FastAPI application: thin routes over `knowledge`. Run: uvicorn api.main:app."""

from __future__ import annotations

from fastapi import FastAPI

from api import access_log, errors, security
from api.routes import audit as audit_routes
from api.routes import auth as auth_routes
from api.routes import call_list as call_list_routes
from api.routes import chat as chat_routes
from api.routes import dashboard as dashboard_routes
from api.routes import events as event_routes
from api.routes import feedback as feedback_routes
from api.routes import health
from api.routes import profiles as profile_routes
from api.routes import themes as theme_routes
from api.routes import web as web_routes

DESCRIPTION = """\
Call lists, customer profiles, market events, feedback and WOCAS themes for bank advisors.

**Log in** with `POST /auth/token` (form fields `username` = staff id, `password`) and send
`Authorization: Bearer <access_token>` with every other request. Demo bank staff have the
password `demo` outside production.

**Roles.** Advisors see their own book, branch managers their branch, head office everyone.
A customer outside what you may see is answered exactly like an unknown one (404); profile
attempts are audited either way. Manager-only operations answer 403 to advisors.

**Errors** always have a `detail` sentence saying what to do: 401 (log in again), 403 (your
role may not), 404, 409, 413 (body too large), 422 (malformed JSON or invalid field).
"""

# Routes that take file uploads: their own body limit (API_MAX_UPLOAD_BYTES), token first.
UPLOAD_PATHS = frozenset({"/feedback/import"})


def create_app() -> FastAPI:
    app = FastAPI(
        title="Advisor assistant API",
        version="0.2.0",
        description=DESCRIPTION,
    )
    errors.install(app, upload_paths=UPLOAD_PATHS)
    app.add_middleware(security.UploadsNeedAToken, paths=UPLOAD_PATHS)
    app.include_router(health.router)
    app.include_router(auth_routes.router)
    app.include_router(call_list_routes.router)
    app.include_router(event_routes.router)
    app.include_router(profile_routes.router)
    app.include_router(audit_routes.router)
    app.include_router(feedback_routes.router)
    app.include_router(feedback_routes.upload_router())
    app.include_router(theme_routes.router)
    app.include_router(chat_routes.router)
    app.include_router(dashboard_routes.router)
    app.include_router(web_routes.router)
    access_log.install(app.openapi())  # no customer ids or names in uvicorn's request lines
    return app


app = create_app()
