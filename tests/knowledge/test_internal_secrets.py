"""Outside development the servers' shared secrets are required, long and distinct."""

import pytest
from pydantic import ValidationError

from knowledge.settings import Settings

SECRETS = {"secret_key": "api-signing-key-0123456789",
           "action_server_secret": "action-secret-0123456789",
           "rasa_auth_token": "rasa-token-0123456789",
           "chat_token_secret": "chat-secret-0123456789"}


def test_development_runs_without_them_and_binds_loopback() -> None:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.environment == "development"
    assert (settings.action_server_secret, settings.rasa_auth_token,
            settings.chat_token_secret) == ("", "", "")
    assert (settings.action_host, settings.rasa_host, settings.api_host) == ("127.0.0.1",) * 3


@pytest.mark.parametrize("environment", ["test", "production"])
@pytest.mark.parametrize("missing", ["action_server_secret", "rasa_auth_token",
                                     "chat_token_secret"])
def test_outside_development_each_secret_is_required(environment: str, missing: str) -> None:
    values = {**SECRETS, missing: ""}
    with pytest.raises(ValidationError, match=f"{missing.upper()}.*secrets.token_urlsafe"):
        Settings(environment=environment, **values)  # type: ignore[arg-type]


def test_short_secrets_are_refused() -> None:
    with pytest.raises(ValidationError, match="RASA_AUTH_TOKEN must be set"):
        Settings(environment="production", **{**SECRETS, "rasa_auth_token": "short"})


def test_one_secret_may_not_open_two_doors() -> None:
    shared = {**SECRETS, "chat_token_secret": SECRETS["secret_key"]}
    with pytest.raises(ValidationError, match="must all differ"):
        Settings(environment="production", **shared)
    assert Settings(environment="production", **SECRETS).rasa_auth_token == SECRETS[
        "rasa_auth_token"]
