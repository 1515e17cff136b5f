"""Starting and stopping the three servers: action server, Rasa server, API.

Used by `advisor run` and by the end-to-end tests, so that what the tests exercise is what a
person starts. Each process gets its own log file under var/log/ (no customer data is
logged by our code; Rasa's debug logging stays off).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from knowledge.settings import PROJECT_ROOT, Settings, redis_parts

RASA_BIN = PROJECT_ROOT / ".venv-rasa" / "bin" / "rasa"
APP_PYTHON = PROJECT_ROOT / ".venv" / "bin" / "python"
MODEL = PROJECT_ROOT / "models" / "current.tar.gz"

QUIET_ENV = {
    "RASA_TELEMETRY_ENABLED": "false",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "PYTHONUNBUFFERED": "1",
}

CHANNEL_SETTINGS = (
    "slack_token", "slack_signing_secret", "slack_api_url", "teams_app_id",
    "teams_app_password", "teams_token_url", "teams_openid_metadata_url",
)


class StackError(RuntimeError):
    pass


def store_endpoints(settings: Settings) -> str:
    """endpoints.yml sections for Rasa's tracker and lock stores; empty when both are in memory.

    Several Rasa instances can serve the same advisors only with both: the SQL tracker store
    shares each conversation's events, and the Redis lock store makes the instances take a
    conversation's messages one at a time. JSON strings are valid YAML, and quote safely.
    """
    lines: list[str] = []
    if settings.tracker_store_url:
        # Rasa's SQL tracker store, keeping each process's conversations in memory between
        # turns (channels/tracker_store.py); Rasa passes `url` on as the complete URL.
        lines += ["tracker_store:", "  type: channels.tracker_store.CachedSQLTrackerStore",
                  f"  url: {json.dumps(settings.tracker_store_url)}"]
    if settings.lock_store_url:
        parts = redis_parts(settings.lock_store_url) or {}
        lines += ["lock_store:", "  type: redis",
                  f"  url: {json.dumps(parts['host'])}"]
        lines += [f"  {key}: {json.dumps(parts[key])}"
                  for key in ("port", "db", "username", "password", "use_ssl")
                  if parts[key] is not None]
    return "".join(f"{line}\n" for line in lines)


@dataclass
class Service:
    name: str
    command: list[str]
    ready_url: str | None  # None: a worker, ready as soon as it runs
    log_path: Path
    process: subprocess.Popen[bytes] | None = None

    def start(self, env: dict[str, str]) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        # A new session: Ctrl-C in the terminal chat reaches us, not the children; we stop
        # them in order ourselves.
        self.process = subprocess.Popen(
            self.command,
            cwd=PROJECT_ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()

    def ready(self) -> bool:
        if self.ready_url is None:
            return self.process is not None and self.process.poll() is None
        try:
            return httpx.get(self.ready_url, timeout=1.0).status_code < 500
        except httpx.HTTPError:
            return False

    def exited(self) -> int | None:
        return None if self.process is None else self.process.poll()

    def stop(self, timeout: float = 15.0) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=5)
        except ProcessLookupError:
            pass

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except FileNotFoundError:
            return "(no log)"


@dataclass
class Stack:
    settings: Settings
    log_dir: Path = PROJECT_ROOT / "var" / "log"
    extra_env: dict[str, str] = field(default_factory=dict)
    # `advisor run` also starts the WOCAS worker that embeds new feedback and places it into
    # themes; the tests leave it off so that they control when themes change.
    theme_worker: bool = False
    services: list[Service] = field(default_factory=list)

    def __post_init__(self) -> None:
        s = self.settings
        endpoints = self._write_endpoints()
        self.services = [
            Service(
                "action server",
                [str(APP_PYTHON), "-m", "rasa_sdk", "--actions", "actions",
                 "--port", str(s.action_port)],
                f"http://127.0.0.1:{s.action_port}/health",
                self.log_dir / "actions.log",
            ),
            Service(
                "Rasa server",
                [str(RASA_BIN), "run", "--model", str(MODEL), "--enable-api",
                 "--interface", "127.0.0.1", "--port", str(s.rasa_port),
                 "--endpoints", str(endpoints),
                 "--credentials", str(PROJECT_ROOT / "bot" / "credentials.yml")],
                f"http://127.0.0.1:{s.rasa_port}/status",
                self.log_dir / "rasa.log",
            ),
            Service(
                "API",
                [str(APP_PYTHON), "-m", "uvicorn", "api.main:app",
                 "--host", s.api_host, "--port", str(s.api_port)],
                f"http://{s.api_host}:{s.api_port}/docs",
                self.log_dir / "api.log",
            ),
        ]
        if self.theme_worker:
            self.services.append(Service(
                "theme worker",
                [str(APP_PYTHON), "-m", "cli.main", "themes", "update", "--every", "30"],
                None,
                self.log_dir / "theme-worker.log",
            ))

    def _write_endpoints(self) -> Path:
        """bot/endpoints.yml with the action server port and the conversation stores from the
        settings, next to the log folder (var/endpoints.yml for `advisor run`), so that a test
        stack never rewrites the file of another stack."""
        source = (PROJECT_ROOT / "bot" / "endpoints.yml").read_text()
        target = self.log_dir.parent / "endpoints.yml"
        target.parent.mkdir(parents=True, exist_ok=True)
        text = (
            source.replace("127.0.0.1:5055", f"127.0.0.1:{self.settings.action_port}")
            .replace("localhost:5055", f"127.0.0.1:{self.settings.action_port}")
        )
        # The store URLs may hold passwords: the file is readable by its owner only.
        target.touch(mode=0o600, exist_ok=True)
        target.chmod(0o600)
        target.write_text(text.rstrip("\n") + "\n" + store_endpoints(self.settings))
        return target

    def environment(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(QUIET_ENV)
        env["DATABASE_URL"] = self.settings.database_url
        env["RASA_URL"] = f"http://127.0.0.1:{self.settings.rasa_port}"
        env["ACTION_SERVER_URL"] = f"http://127.0.0.1:{self.settings.action_port}"
        if self.settings.as_of_date:
            env["AS_OF_DATE"] = self.settings.as_of_date.isoformat()
        # Rasa reads its log level from the environment (production refuses DEBUG).
        env["LOG_LEVEL"] = self.settings.log_level
        env["LOG_LEVEL_LIBRARIES"] = self.settings.log_level_libraries
        # Rasa cannot import our settings: channels/resilience.py reads this variable.
        env["ACTION_TIMEOUT_SECONDS"] = f"{self.settings.action_timeout_seconds:g}"
        # ...and these (channels/limits.py): the longest message any channel takes.
        env["MAX_MESSAGE_CHARS"] = str(self.settings.max_message_chars)
        env["MAX_MESSAGE_WORDS"] = str(self.settings.max_message_words)
        env["CONVERSATION_MAX_EVENTS"] = str(self.settings.conversation_max_events)  # sessions.py
        # Slack and Teams (bot/credentials.yml): Rasa reads them as ${VARIABLES} and stops on
        # an unset one, so every one is passed, empty when the channel is off. Rasa imports
        # the channel classes from the repository's `channels` package.
        for name in CHANNEL_SETTINGS:
            env[name.upper()] = str(getattr(self.settings, name))
        env["PYTHONPATH"] = os.pathsep.join(
            [str(PROJECT_ROOT), *([env["PYTHONPATH"]] if env.get("PYTHONPATH") else [])]
        )
        env.update(self.extra_env)
        return env

    def start(
        self, timeout: float = 300.0, on_wait: Callable[[str], None] | None = None
    ) -> None:
        if not MODEL.exists():
            raise StackError("No trained Rasa model in models/: run `make train` first.")
        env = self.environment()
        for service in self.services:
            if service.ready_url and service.ready():
                raise StackError(
                    f"Something already answers at {service.ready_url}; stop it or change "
                    "the port settings (RASA_PORT, ACTION_PORT, API_PORT)."
                )
        for service in self.services:
            service.start(env)
        deadline = time.monotonic() + timeout
        pending = list(self.services)
        while pending:
            for service in list(pending):
                if service.ready():
                    pending.remove(service)
                elif (code := service.exited()) is not None:
                    self.stop()
                    raise StackError(
                        f"The {service.name} stopped (exit code {code}) while starting. "
                        f"Last lines of {service.log_path}:\n{service.log_tail()}"
                    )
            if pending and time.monotonic() > deadline:
                self.stop()
                names = ", ".join(s.name for s in pending)
                raise StackError(f"Timed out after {timeout:.0f} s waiting for: {names}.")
            if pending:
                if on_wait:
                    on_wait(", ".join(s.name for s in pending))
                time.sleep(1.0)

        self.warm_up()

    def warm_up(self) -> None:
        """Have the action server load spaCy and the engines before the first real question."""
        payload = {
            "next_action": "action_warm_up",
            "sender_id": "warm-up",
            "tracker": {"sender_id": "warm-up", "slots": {}, "latest_message": {},
                        "events": [], "paused": False, "followup_action": None,
                        "active_loop": {}, "latest_action_name": None},
            "domain": {},
            "version": "3.6.21",
        }
        try:
            httpx.post(
                f"http://127.0.0.1:{self.settings.action_port}/webhook", json=payload,
                timeout=120,
            )
        except httpx.HTTPError:
            pass  # only slower first answers; the action server's own log says why

    def stop(self) -> None:
        for service in reversed(self.services):
            service.stop()

    @property
    def rest_webhook(self) -> str:
        return f"http://127.0.0.1:{self.settings.rasa_port}/webhooks/rest/webhook"
