"""The FastAPI application: thin routes over `knowledge`. Run: uvicorn api.main:app."""

from __future__ import annotations

from fastapi import FastAPI

from api.routes import auth as auth_routes
from api.routes import call_list as call_list_routes
from api.routes import chat as chat_routes
from api.routes import dashboard as dashboard_routes
from api.routes import health
from api.routes import profiles as profile_routes
from api.routes import themes as theme_routes
from api.routes import web as web_routes


def create_app() -> FastAPI:
    app = FastAPI(
        title="Advisor assistant API",
        version="0.1.0",
        description=(
            "Call lists, customer profiles, feedback and WOCAS themes for bank advisors. "
            "Every endpoint applies the bank's access rules: advisors see their own book, "
            "branch managers their branch, head office everyone."
        ),
    )
    app.include_router(health.router)
    app.include_router(auth_routes.router)
    app.include_router(call_list_routes.router)
    app.include_router(profile_routes.router)
    app.include_router(theme_routes.router)
    app.include_router(chat_routes.router)
    app.include_router(dashboard_routes.router)
    app.include_router(web_routes.router)
    return app


app = create_app()
