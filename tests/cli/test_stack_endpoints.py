"""The endpoints.yml a stack writes for Rasa: action server port and conversation stores."""

from pathlib import Path

import pytest
import yaml

from cli.stack import Stack, StackError
from knowledge.settings import Settings


def _endpoints(tmp_path: Path, **settings: object) -> dict[str, object]:
    stack = Stack(Settings(action_port=15999, **settings), log_dir=tmp_path / "log")
    path = tmp_path / "endpoints.yml"
    assert path.exists(), "a stack writes endpoints.yml beside its log folder"
    assert stack.services, "the stack still has its services"
    return yaml.safe_load(path.read_text())


def test_default_keeps_conversations_in_memory(tmp_path: Path) -> None:
    endpoints = _endpoints(tmp_path)
    assert endpoints["action_endpoint"] == {
        "url": "http://127.0.0.1:15999/webhook",
        # Rasa expands it from its environment at start (and stops if it is unset).
        "headers": {"Authorization": "Bearer ${ACTION_SERVER_SECRET}"},
    }
    assert "tracker_store" not in endpoints and "lock_store" not in endpoints


def test_postgresql_tracker_store_and_redis_lock_store(tmp_path: Path) -> None:
    endpoints = _endpoints(
        tmp_path,
        tracker_store_url="postgresql://advisor:secret@db.example:5432/rasa_tracker",
        lock_store_url="redis://:p%40ss@cache.example:6380/3",
    )
    # Rasa's SQLTrackerStore (here our subclass that keeps conversations between turns)
    # takes a complete URL in `url`.
    assert endpoints["tracker_store"] == {
        "type": "channels.tracker_store.CachedSQLTrackerStore",
        "url": "postgresql://advisor:secret@db.example:5432/rasa_tracker",
    }
    assert endpoints["lock_store"] == {
        "type": "redis", "url": "cache.example", "port": 6380, "db": 3, "password": "p@ss",
        "use_ssl": False,
    }
    # It holds a password: only its owner may read it.
    assert (tmp_path / "endpoints.yml").stat().st_mode & 0o077 == 0


def test_two_stacks_do_not_share_one_endpoints_file(tmp_path: Path) -> None:
    Stack(Settings(lock_store_url="redis://127.0.0.1:1/0"), log_dir=tmp_path / "a" / "log")
    Stack(Settings(), log_dir=tmp_path / "b" / "log")
    assert "lock_store" in yaml.safe_load((tmp_path / "a" / "endpoints.yml").read_text())


def test_the_action_timeout_setting_reaches_the_rasa_process(tmp_path: Path) -> None:
    """Rasa cannot import our settings: the stack hands the timeout to it as the variable
    channels/resilience.py reads."""
    stack = Stack(Settings(action_port=15999, action_timeout_seconds=2.5),
                  log_dir=tmp_path / "log")
    assert stack.environment()["ACTION_TIMEOUT_SECONDS"] == "2.5"


def test_development_generates_fresh_distinct_secrets_per_run(tmp_path: Path) -> None:
    first = Stack(Settings(_env_file=None), log_dir=tmp_path / "a" / "log")  # type: ignore[call-arg]
    second = Stack(Settings(_env_file=None), log_dir=tmp_path / "b" / "log")  # type: ignore[call-arg]
    env = first.environment()
    values = [env[name] for name in ("ACTION_SERVER_SECRET", "RASA_AUTH_TOKEN",
                                     "CHAT_TOKEN_SECRET")]
    assert len(set(values)) == 3 and all(len(value) >= 32 for value in values)
    assert env["ACTION_SERVER_SECRET"] != second.environment()["ACTION_SERVER_SECRET"]


def test_configured_secrets_reach_every_process_but_no_file_or_command_line(
        tmp_path: Path) -> None:
    secrets = {"action_server_secret": "action-secret-0123456789",
               "rasa_auth_token": "rasa-token-0123456789",
               "chat_token_secret": "chat-secret-0123456789"}
    stack = Stack(Settings(environment="production", secret_key="api-key-0123456789abc",
                           **secrets), log_dir=tmp_path / "log")  # type: ignore[arg-type]
    env = stack.environment()
    assert {name: env[name.upper()] for name in secrets} == secrets
    assert env["ENVIRONMENT"] == "production"
    written = (tmp_path / "endpoints.yml").read_text()
    commands = " ".join(" ".join(service.command) for service in stack.services)
    for value in secrets.values():
        assert value not in written and value not in commands


def test_every_server_binds_loopback_unless_configured(tmp_path: Path) -> None:
    stack = Stack(Settings(_env_file=None), log_dir=tmp_path / "log")  # type: ignore[call-arg]
    rasa = next(s for s in stack.services if s.name == "Rasa server").command
    api = next(s for s in stack.services if s.name == "API").command
    assert rasa[rasa.index("--interface") + 1] == "127.0.0.1"
    assert api[api.index("--host") + 1] == "127.0.0.1"
    assert stack.environment()["ACTION_HOST"] == "127.0.0.1"
    wide = Stack(Settings(_env_file=None, rasa_host="0.0.0.0", action_host="0.0.0.0"),  # type: ignore[call-arg]
                 log_dir=tmp_path / "wide" / "log")
    rasa = next(s for s in wide.services if s.name == "Rasa server").command
    assert rasa[rasa.index("--interface") + 1] == "0.0.0.0"
    assert wide.environment()["ACTION_HOST"] == "0.0.0.0"


def test_the_message_limits_reach_the_rasa_process(tmp_path: Path) -> None:
    """channels/limits.py reads them from the environment the stack gives Rasa."""
    stack = Stack(Settings(action_port=15999, max_message_chars=1234, max_message_words=99),
                  log_dir=tmp_path / "log")
    assert stack.environment()["MAX_MESSAGE_CHARS"] == "1234"
    assert stack.environment()["MAX_MESSAGE_WORDS"] == "99"


def test_an_unreachable_tracker_store_stops_the_start_naming_the_setting(
        tmp_path: Path) -> None:
    """Rasa refuses a tracker store without `tracker_redactions`, so the stack prepares it
    first; when it cannot, it says which setting to check, and not the URL's password."""
    stack = Stack(Settings(_env_file=None,  # type: ignore[call-arg]
                           tracker_store_url="postgresql://advisor:s3cret@127.0.0.1:1/rasa"),
                  log_dir=tmp_path / "log")
    with pytest.raises(StackError) as refused:
        stack.prepare_tracker_store()
    assert "TRACKER_STORE_URL" in str(refused.value) and "s3cret" not in str(refused.value)
