"""The checks `knowledge.settings.Settings` runs once every value is read: those that span
several settings or depend on the environment (secrets outside development, production
logging, sign-in limits, money thresholds in the bank's currency), and the Redis URL parser
the lock store setting is checked with. Each raises ValueError naming the variables.

Imports no other knowledge module (settings imports this one)."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from knowledge.settings import Settings

MIN_SECRET_LENGTH = 16
# Units of a currency worth roughly one euro (rounded; the order of magnitude is what counts).
# It scales the euro-sized defaults of the money thresholds (FLOW_MIN_AMOUNT,
# DORMANT_MIN_BALANCE) when the bank leaves them empty, so a CZK or NOK bank gets thresholds
# of the right size without euro numbers. Another currency must set those thresholds itself.
CURRENCY_SCALE: dict[str, int] = {
    "EUR": 1, "USD": 1, "GBP": 1, "CHF": 1, "CZK": 25, "NOK": 11, "SEK": 11, "DKK": 7,
    "PLN": 4, "HUF": 400, "CNY": 8, "JPY": 160, "CAD": 1, "AUD": 2,
}


def check_internal_secrets(settings: Settings) -> None:
    """Outside development the servers authenticate each other with real secrets."""
    if settings.environment == "development":
        return
    names = ("action_server_secret", "rasa_auth_token", "chat_token_secret")
    weak = [name.upper() for name in names if len(getattr(settings, name)) < MIN_SECRET_LENGTH]
    if weak:
        raise ValueError(
            f"{', '.join(weak)} must be set to random secrets of at least "
            f"{MIN_SECRET_LENGTH} characters when ENVIRONMENT={settings.environment} (the "
            "servers refuse each other's calls without them). Generate each with: "
            "python -c 'import secrets; print(secrets.token_urlsafe(32))'"
        )
    values = [getattr(settings, name) for name in names] + [settings.secret_key]
    if len(set(values)) < len(values):
        raise ValueError(
            "ACTION_SERVER_SECRET, RASA_AUTH_TOKEN, CHAT_TOKEN_SECRET and SECRET_KEY must "
            "all differ: one leaked secret must not open the other doors"
        )

def money_thresholds_in_currency(settings: Settings) -> None:
    """Empty money thresholds take the euro-sized defaults in the currency's scale."""
    scale = CURRENCY_SCALE.get(settings.currency)
    unset = [name for name in ("flow_min_amount", "dormant_min_balance")
             if getattr(settings, name) is None]
    if unset and scale is None:
        raise ValueError(
            f"CURRENCY={settings.currency} has no default money thresholds: set "
            f"{' and '.join(n.upper() for n in unset)} in {settings.currency} (see .env.example)")
    if settings.flow_min_amount is None:
        settings.flow_min_amount = Decimal(1000 * (scale or 1))
    if settings.dormant_min_balance is None:
        settings.dormant_min_balance = Decimal(50_000 * (scale or 1))

def check_production_logging(settings: Settings) -> None:
    """Debug logs quote chat messages: refused in production."""
    debug = [name.upper() for name in ("log_level", "log_level_libraries")
             if settings.environment == "production" and getattr(settings, name) == "DEBUG"]
    if debug:
        raise ValueError(
            f"{' and '.join(debug)}=DEBUG is refused when ENVIRONMENT=production: debug "
            "logs quote chat messages and customer names. Use INFO or WARNING."
        )

def check_api_auth(settings: Settings) -> None:
    """Sign-in and request limits within sane bounds."""
    if settings.environment == "production" and len(settings.secret_key) < 16:
        raise ValueError("SECRET_KEY must be at least 16 characters in production (32 random "
                         "bytes are best: python -c 'import secrets; "
                         "print(secrets.token_urlsafe(32))')")
    if not 1 <= settings.token_expire_minutes <= 7 * 24 * 60:
        raise ValueError("TOKEN_EXPIRE_MINUTES must be between 1 and 10080 (a week); "
                         "480 is an advisor's working day")
    if not settings.token_issuer.strip() or not settings.token_audience.strip():
        raise ValueError("TOKEN_ISSUER and TOKEN_AUDIENCE must not be empty")
    if not 8 <= settings.password_min_length <= 128:
        raise ValueError("PASSWORD_MIN_LENGTH must be between 8 and 128")
    if not 3 <= settings.login_max_failures <= 100:
        raise ValueError("LOGIN_MAX_FAILURES must be between 3 and 100 (5 is usual)")
    if not 1 <= settings.login_lockout_minutes <= 24 * 60:
        raise ValueError("LOGIN_LOCKOUT_MINUTES must be between 1 and 1440 (a day)")
    if settings.api_max_body_bytes < 1024:
        raise ValueError("API_MAX_BODY_BYTES must be at least 1024 (1 KB)")
    if settings.api_max_upload_bytes < settings.api_max_body_bytes:
        raise ValueError("API_MAX_UPLOAD_BYTES must be at least API_MAX_BODY_BYTES")


def redis_parts(url: str) -> dict[str, object] | None:
    """The parts of a redis:// URL under the keys of Rasa's lock store, or None if malformed."""
    from urllib.parse import unquote, urlsplit

    try:
        parts = urlsplit(url)
        port = parts.port or 6379
    except ValueError:
        return None
    database = parts.path.strip("/") or "0"
    if parts.scheme not in ("redis", "rediss") or not parts.hostname or not database.isdigit():
        return None
    return {
        "host": parts.hostname,
        "port": port,
        "db": int(database),
        "username": unquote(parts.username) if parts.username else None,
        "password": unquote(parts.password) if parts.password else None,
        "use_ssl": parts.scheme == "rediss",
    }


MONEY_THRESHOLDS = ("flow_min_amount", "dormant_min_balance")


@lru_cache(maxsize=32)
def per_currency(text: str, name: str) -> dict[str, Decimal]:
    """'CZK=25000,NOK=11000' as {'CZK': 25000, 'NOK': 11000}; a malformed entry fails fast."""
    found: dict[str, Decimal] = {}
    for entry in filter(None, (e.strip() for e in text.split(","))):
        code, _, amount = entry.partition("=")
        code = code.strip().upper()
        try:
            value = Decimal(amount.strip())
        except ArithmeticError:
            value = Decimal(-1)
        if len(code) != 3 or not code.isalpha() or not value.is_finite() or value < 0:
            raise ValueError(f"{name}: {entry!r} is not CODE=AMOUNT (e.g. CZK=25000)")
        found[code] = value
    return found
