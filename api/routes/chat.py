"""POST /chat: one chat turn with the assistant, as the logged-in member of staff.

The API forwards the message to Rasa's REST channel with the *authenticated* staff id as the
sender (never one from the body), so the actions apply that person's access rules. Rasa's
answer comes back as it is: plain texts and the actions' structured payloads (`custom`), which
the web chat renders as tables and cards. If Rasa is down, slow or answers nonsense, the caller
gets a 503 with one plain sentence; nothing about the message is logged.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx
from fastapi import APIRouter, HTTPException, status
from pydantic import BaseModel, Field, field_validator

from api.deps import CurrentStaff, SessionDep
from api.routes.common import INVALID, UNAUTHORIZED, ErrorOut
from channels import sender_token
from knowledge.settings import get_settings

log = logging.getLogger(__name__)
router = APIRouter(tags=["chat"])

# The hard cap of the schema; the setting MAX_MESSAGE_CHARS may only lower it.
MESSAGE_HARD_LIMIT = 10_000
BOT_UNAVAILABLE = (
    "The assistant is not answering right now. Please try again in a minute, and tell IT if "
    "it keeps happening."
)


class ChatIn(BaseModel):
    message: str = Field(
        min_length=1, max_length=MESSAGE_HARD_LIMIT,
        description="What you say to the assistant (up to MAX_MESSAGE_CHARS characters).",
        examples=["who should I call today?"],
    )

    @field_validator("message")
    @classmethod
    def _not_blank_not_too_long(cls, value: str) -> str:
        text = value.strip()
        if not text:
            raise ValueError("message is empty; type a question such as 'who should I call today?'")
        limit = get_settings().max_message_chars
        if len(text) > limit:
            raise ValueError(f"message is longer than {limit} characters; shorten it")
        return text


class ChatMessage(BaseModel):
    text: str | None = Field(None, description="A plain-text answer")
    custom: dict[str, Any] | None = Field(
        None, description="A structured payload of an action: a call list, a customer profile, "
                          "themes (see the Slack/Teams renderings)")


class ChatOut(BaseModel):
    messages: list[ChatMessage]


UNAVAILABLE = {503: {"model": ErrorOut, "description": "The assistant (Rasa) is down or slow",
                     "content": {"application/json": {"example": {"detail": BOT_UNAVAILABLE}}}}}


@router.post(
    "/chat", response_model=ChatOut, response_model_exclude_none=True,
    responses={**UNAUTHORIZED, **INVALID, **UNAVAILABLE},
    openapi_extra={"requestBody": {"content": {"application/json": {
        "example": {"message": "who should I call today?"}}}}},
)
async def chat(body: ChatIn, staff: CurrentStaff, session: SessionDep) -> ChatOut:
    """Say something to the assistant as yourself; get its answers (texts and payloads)."""
    sender = staff.id
    # Release the database connection before waiting on Rasa: a slow turn must not hold it.
    session.close()
    settings = get_settings()
    url = f"{settings.rasa_url.rstrip('/')}/webhooks/rest/webhook"
    try:
        async with httpx.AsyncClient(timeout=settings.chat_timeout_seconds) as client:
            response = await client.post(
                url, json={"sender": sender, "message": body.message},
                headers=_proof_of_identity(sender))
        response.raise_for_status()
        answer = response.json()
    except httpx.TimeoutException:
        log.warning("chat: Rasa did not answer within %.0f s", settings.chat_timeout_seconds)
        raise _unavailable() from None
    except httpx.HTTPStatusError as exc:
        log.warning("chat: Rasa answered HTTP %d", exc.response.status_code)
        raise _unavailable() from None
    except (httpx.HTTPError, ValueError):
        log.warning("chat: Rasa is not reachable at %s or answered no JSON", url)
        raise _unavailable() from None
    if not isinstance(answer, list):
        log.warning("chat: Rasa answered JSON that is not a list of messages")
        raise _unavailable()
    return ChatOut(messages=[m for m in map(_message, answer) if m is not None])


def _proof_of_identity(staff_id: str) -> dict[str, str]:
    """Rasa's REST channel answers this sender only with a token the API signed
    (channels/rest_identity.py)."""
    settings = get_settings()
    if not settings.chat_token_secret:
        # Development without `advisor run` (which always passes a secret); the settings
        # refuse an empty one elsewhere. The REST channel then takes the bare sender from
        # this machine, as the README's curl example does.
        return {}
    token = sender_token.issue(staff_id, secret=settings.chat_token_secret,
                               seconds=settings.chat_token_seconds)
    return {"Authorization": f"Bearer {token}"}


def _message(raw: object) -> ChatMessage | None:
    """Keep what the web chat shows (text, custom payload); drop recipient ids and the rest."""
    if not isinstance(raw, dict):
        return None
    text = raw.get("text") if isinstance(raw.get("text"), str) else None
    custom = raw.get("custom") if isinstance(raw.get("custom"), dict) else None
    if text is None and custom is None:
        return None
    return ChatMessage(text=text, custom=custom)


def _unavailable() -> HTTPException:
    return HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, BOT_UNAVAILABLE,
                         headers={"Retry-After": "30"})
