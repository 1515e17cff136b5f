"""The proof of identity the API sends with each web-chat turn to Rasa's REST channel.

An HS256 JWT: subject = staff id, audience "advisor-rest-channel", issuer "advisor-api", a
lifetime of CHAT_TOKEN_SECONDS (default 60), signed with CHAT_TOKEN_SECRET, which the API
and the Rasa servers share and nobody else holds. Not the API's login token: that one is
signed with SECRET_KEY, which the Rasa servers never see, and lives a working day.

Imported by both environments (the API issues, channels/resilience.py verifies): PyJWT and
the standard library only, Python 3.10-compatible.
"""

from __future__ import annotations

import time

import jwt

ALGORITHM = "HS256"
AUDIENCE = "advisor-rest-channel"
ISSUER = "advisor-api"
# Clocks of the API and Rasa hosts may differ a little.
LEEWAY_SECONDS = 5


class InvalidSenderToken(ValueError):
    """The token is missing, forged, expired or for something else; the text says which."""


def issue(staff_id: str, *, secret: str, seconds: int, now: float | None = None) -> str:
    if not secret:
        raise ValueError("CHAT_TOKEN_SECRET is empty: set it (shared by the API and Rasa)")
    issued = time.time() if now is None else now
    claims = {"sub": staff_id, "iat": issued, "exp": issued + seconds, "aud": AUDIENCE,
              "iss": ISSUER}
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def staff_id(token: str, *, secret: str) -> str:
    """The staff id a valid token vouches for."""
    if not secret:
        raise InvalidSenderToken("this server has no CHAT_TOKEN_SECRET to check tokens with")
    try:
        claims = jwt.decode(
            token, secret, algorithms=[ALGORITHM], audience=AUDIENCE, issuer=ISSUER,
            leeway=LEEWAY_SECONDS, options={"require": ["sub", "exp", "iat", "aud", "iss"]},
        )
    except jwt.ExpiredSignatureError:
        raise InvalidSenderToken("the sender token has expired") from None
    except jwt.InvalidTokenError:
        raise InvalidSenderToken("the sender token is not valid here") from None
    subject = claims.get("sub")
    if not isinstance(subject, str) or not subject:
        raise InvalidSenderToken("the sender token names nobody")
    return subject
