"""Who is talking on the REST channel: proven by the API, never taken from the body.

Rasa's REST channel takes `sender` from the request body, so anyone who reaches its port
could chat as head office. Here (channels/resilience.py's `RestInput`):

- a request with `Authorization: Bearer <token>` is answered only if the token is a valid
  sender token (channels/sender_token.py: issued by the API, signed with CHAT_TOKEN_SECRET,
  not expired) and, when the body also names a `sender`, names the same one;
- without a token, a bare `sender` is accepted only in development (ENVIRONMENT unset or
  `development`) and only from this machine (a loopback peer): the README's curl example
  and the terminal chat of `advisor run`;
- anything else gets 401 before Rasa sees the message.

Outside development the channel refuses to start without CHAT_TOKEN_SECRET. Runs in the
Rasa environment (Python 3.10): rasa's Sanic, PyJWT and the standard library.
"""

from __future__ import annotations

import ipaddress
import logging
import os
from typing import Any

from sanic.exceptions import Unauthorized

from channels.sender_token import InvalidSenderToken, staff_id

log = logging.getLogger(__name__)

SECRET_VARIABLE = "CHAT_TOKEN_SECRET"


def development() -> bool:
    return os.environ.get("ENVIRONMENT", "development").strip().lower() == "development"


def check_configuration() -> None:
    """At start: outside development the channel cannot work without the shared secret."""
    if not development() and not os.environ.get(SECRET_VARIABLE, ""):
        raise ValueError(
            f"{SECRET_VARIABLE} is empty: outside development the REST channel accepts only "
            "turns that carry the API's sender token, signed with this secret. Set the same "
            "value for the API and every Rasa server."
        )


def _from_this_machine(request: Any) -> bool:
    try:
        return ipaddress.ip_address(request.ip).is_loopback
    except ValueError:
        return False


def _refuse(reason: str) -> Unauthorized:
    # The reason only: the body may quote customers, and a staff id tells an attacker which
    # guesses were close.
    log.warning("REST channel refused a turn: %s", reason)
    return Unauthorized(f"Refused: {reason}.", scheme="Bearer")


def sender_of(request: Any) -> str:
    """The staff id this turn is from, or `Unauthorized` (401) with the reason."""
    body = request.json if isinstance(request.json, dict) else {}
    claimed = body.get("sender")
    authorization = request.headers.get("authorization", "")
    if authorization:
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise _refuse("the Authorization header is not 'Bearer <sender token>'")
        try:
            proven = staff_id(token.strip(), secret=os.environ.get(SECRET_VARIABLE, ""))
        except InvalidSenderToken as exc:
            raise _refuse(str(exc)) from None
        if claimed is not None and claimed != proven:
            raise _refuse("the sender in the body is not the one the token was issued for")
        return proven
    if development() and _from_this_machine(request):
        if not isinstance(claimed, str) or not claimed:
            raise _refuse("no sender")
        return claimed
    raise _refuse("a sender token from the API is required (Authorization: Bearer <token>)")
