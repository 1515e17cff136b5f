"""GET /health: is each part of the product reachable?"""

from __future__ import annotations

import asyncio
from typing import Literal

import httpx
from fastapi import APIRouter, Response, status
from pydantic import BaseModel

from knowledge.db import ping
from knowledge.settings import get_settings

router = APIRouter(tags=["health"])

State = Literal["up", "down"]


class Health(BaseModel):
    status: Literal["ok", "degraded"]
    database: State
    rasa: State
    action_server: State


async def _reachable(url: str) -> State:
    try:
        async with httpx.AsyncClient(timeout=2.0) as client:
            response = await client.get(url)
        return "up" if response.status_code < 500 else "down"
    except httpx.HTTPError:
        return "down"


@router.get(
    "/health",
    response_model=Health,
    responses={503: {"model": Health, "description": "At least one part is down"}},
)
async def health(response: Response) -> Health:
    settings = get_settings()
    database_up, rasa, actions = await asyncio.gather(
        asyncio.to_thread(ping),
        _reachable(f"{settings.rasa_url}/"),
        _reachable(f"{settings.action_server_url}/health"),
    )
    report = Health(
        status="ok" if database_up and rasa == "up" and actions == "up" else "degraded",
        database="up" if database_up else "down",
        rasa=rasa,
        action_server=actions,
    )
    if report.status != "ok":
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    return report
