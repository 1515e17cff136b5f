"""Production mode refuses unsafe settings; the production profile's store URLs fail fast."""

import pytest
from pydantic import ValidationError

from knowledge.settings import Settings, redis_parts

REAL_SECRET = "s3cr3t-from-the-vault-0123456789"
# The servers' shared secrets, required outside development (test_internal_secrets.py).
INTERNAL = {"action_server_secret": "action-secret-0123456789",
            "rasa_auth_token": "rasa-token-0123456789",
            "chat_token_secret": "chat-secret-0123456789"}


@pytest.mark.parametrize("setting", ["log_level", "log_level_libraries"])
def test_production_refuses_debug_logging(setting: str) -> None:
    with pytest.raises(ValidationError, match=f"{setting.upper()}=DEBUG is refused"):
        Settings(environment="production", secret_key=REAL_SECRET, **INTERNAL,
                 **{setting: "debug"})
    # The same setting is fine while developing.
    assert getattr(Settings(**{setting: "debug"}), setting) == "DEBUG"


def test_production_with_real_secret_and_info_logging_starts() -> None:
    settings = Settings(environment="production", secret_key=REAL_SECRET, log_level="info",
                        **INTERNAL)
    assert settings.log_level == "INFO"


def test_production_reads_debug_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENVIRONMENT", "production")
    monkeypatch.setenv("SECRET_KEY", REAL_SECRET)
    for name, value in INTERNAL.items():
        monkeypatch.setenv(name.upper(), value)
    monkeypatch.setenv("LOG_LEVEL", "DEBUG")
    with pytest.raises(ValidationError, match="customer names"):
        Settings()


def test_unknown_log_level_is_refused() -> None:
    with pytest.raises(ValidationError, match="log_level"):
        Settings(log_level="chatty")


def test_stores_default_to_memory() -> None:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert (settings.tracker_store_url, settings.lock_store_url) == ("", "")


@pytest.mark.parametrize("url", [
    "postgresql+psycopg://advisor:x@db:5432/rasa_tracker",  # Rasa's environment has psycopg2
    "mysql://advisor:x@db/rasa",
    "db.example:5432/rasa_tracker",
])
def test_tracker_store_must_be_postgresql_for_rasa(url: str) -> None:
    with pytest.raises(ValidationError, match="TRACKER_STORE_URL"):
        Settings(tracker_store_url=url)


def test_tracker_store_accepts_rasa_postgresql_urls() -> None:
    url = "postgresql://advisor:x@db.example:5432/rasa_tracker"
    assert Settings(tracker_store_url=url).tracker_store_url == url


@pytest.mark.parametrize("url", [
    "127.0.0.1:6379", "http://127.0.0.1:6379", "redis://", "redis://host:port/0",
    "redis://host:6379/first",
])
def test_lock_store_must_be_a_redis_url(url: str) -> None:
    with pytest.raises(ValidationError, match="LOCK_STORE_URL"):
        Settings(lock_store_url=url)


def test_redis_url_parts_are_what_rasa_expects() -> None:
    assert redis_parts("redis://:p%40ss@cache.example:6380/2") == {
        "host": "cache.example", "port": 6380, "db": 2, "username": None,
        "password": "p@ss", "use_ssl": False,
    }
    assert redis_parts("rediss://locks:pw@cache.example")["use_ssl"] is True  # type: ignore[index]
    assert redis_parts("redis://127.0.0.1") == {
        "host": "127.0.0.1", "port": 6379, "db": 0, "username": None, "password": None,
        "use_ssl": False,
    }
