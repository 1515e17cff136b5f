import pytest
from pydantic import ValidationError

from knowledge.settings import Settings


def test_database_url_without_scheme_is_refused_with_an_example() -> None:
    with pytest.raises(ValidationError, match="sqlite:///"):
        Settings(database_url="var/advisor.db")


def test_production_refuses_the_development_secret() -> None:
    with pytest.raises(ValidationError, match="SECRET_KEY"):
        Settings(environment="production")
    assert Settings(environment="production", secret_key="s3cr3t-from-the-vault",
                    action_server_secret="action-secret-0123456789",
                    rasa_auth_token="rasa-token-0123456789",
                    chat_token_secret="chat-secret-0123456789").secret_key


def test_tier_shares_must_leave_room_for_the_low_tier() -> None:
    with pytest.raises(ValidationError, match="TIER_TOP_SHARE"):
        Settings(tier_top_share=0.5, tier_high_share=0.3, tier_mid_share=0.3)


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "sqlite:////tmp/elsewhere.db")
    monkeypatch.setenv("AS_OF_DATE", "2026-03-01")
    monkeypatch.setenv("COVERAGE_DAYS_TOP", "14")
    settings = Settings()
    assert settings.database_url == "sqlite:////tmp/elsewhere.db"
    assert settings.today().isoformat() == "2026-03-01"
    assert settings.coverage_days("top") == 14


def test_currency_must_be_an_iso_code() -> None:
    with pytest.raises(ValidationError, match="ISO 4217"):
        Settings(currency="euro")


def test_env_example_documents_every_setting() -> None:
    from knowledge.settings import PROJECT_ROOT

    documented = {
        line.split("=", 1)[0].strip().lower()
        for line in (PROJECT_ROOT / ".env.example").read_text().splitlines()
        if "=" in line and not line.startswith("#")
    }
    assert set(Settings.model_fields) <= documented
    # And every documented value is accepted as it stands.
    Settings(_env_file=PROJECT_ROOT / ".env.example")  # type: ignore[call-arg]


def test_one_message_limit_for_every_channel_and_the_former_name_still_read(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().max_message_chars == 4000
    monkeypatch.setenv("CHAT_MAX_MESSAGE_CHARS", "1500")  # the API's name before there was one
    assert Settings().max_message_chars == 1500
    monkeypatch.setenv("MAX_MESSAGE_CHARS", "900")
    assert Settings().max_message_chars == 900
    with pytest.raises(ValidationError, match="max_message_words"):
        Settings(max_message_words=1_000_000)
