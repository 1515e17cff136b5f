"""The endpoints.yml a stack writes for Rasa: action server port and conversation stores."""

from pathlib import Path

import yaml

from cli.stack import Stack
from knowledge.settings import Settings


def _endpoints(tmp_path: Path, **settings: object) -> dict[str, object]:
    stack = Stack(Settings(action_port=15999, **settings), log_dir=tmp_path / "log")
    path = tmp_path / "endpoints.yml"
    assert path.exists(), "a stack writes endpoints.yml beside its log folder"
    assert stack.services, "the stack still has its services"
    return yaml.safe_load(path.read_text())


def test_default_keeps_conversations_in_memory(tmp_path: Path) -> None:
    endpoints = _endpoints(tmp_path)
    assert endpoints["action_endpoint"] == {"url": "http://127.0.0.1:15999/webhook"}
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


def test_the_message_limits_reach_the_rasa_process(tmp_path: Path) -> None:
    """channels/limits.py reads them from the environment the stack gives Rasa."""
    stack = Stack(Settings(action_port=15999, max_message_chars=1234, max_message_words=99),
                  log_dir=tmp_path / "log")
    assert stack.environment()["MAX_MESSAGE_CHARS"] == "1234"
    assert stack.environment()["MAX_MESSAGE_WORDS"] == "99"
