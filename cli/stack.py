"""Starting and stopping the three servers: action server, Rasa server, API.

Used by `advisor run` and by the end-to-end tests, so that what the tests exercise is what a
person starts. Each process gets its own log file under var/log/ (no customer data is
logged by our code; Rasa's debug logging stays off).
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from channels import sender_token
from knowledge.migrate import prepare_tracker_store, tracker_store_app_url
from knowledge.settings import PROJECT_ROOT, Settings, redis_parts

RASA_PYTHON = PROJECT_ROOT / ".venv-rasa" / "bin" / "python"
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


# The servers' shared secrets (docs/production.md, "Internal authentication"): the setting and
# the environment variable each process reads.
INTERNAL_SECRETS = ("action_server_secret", "rasa_auth_token", "chat_token_secret")


class StackError(RuntimeError):
    pass


def internal_secrets(settings: Settings) -> dict[str, str]:
    """The shared secrets: from the settings, or fresh for this run in development.

    Outside development the settings refuse to load without them, so nothing is generated
    there: every process of a deployment must hold the same values.
    """
    return {name: getattr(settings, name) or secrets.token_urlsafe(32)
            for name in INTERNAL_SECRETS}


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
    # Query parameters of the readiness check (Rasa's /status wants its API token); kept
    # apart from ready_url, which appears in messages.
    ready_params: dict[str, str] = field(default_factory=dict)

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

    def ready(self, timeout: float = 1.0) -> bool:
        if self.ready_url is None:
            return self.process is not None and self.process.poll() is None
        try:
            answer = httpx.get(self.ready_url, params=self.ready_params, timeout=timeout)
            return answer.status_code < 500
        except httpx.HTTPError:
            return False

    def exited(self) -> int | None:
        return None if self.process is None else self.process.poll()

    def stop(self, timeout: float = 15.0) -> None:
        """Stop the whole process group, even when its first process has already died: a
        Sanic worker whose manager was killed keeps the port otherwise."""
        if self.process is None:
            return
        group = self.process.pid  # start_new_session: the group has the first process's id
        if not _signal_group(group, signal.SIGTERM):
            self.process.wait()
            return
        deadline = time.monotonic() + timeout
        while _group_alive(group, self.process) and time.monotonic() < deadline:
            time.sleep(0.05)
        if _group_alive(group, self.process):
            _signal_group(group, signal.SIGKILL)
            deadline = time.monotonic() + 5
            while _group_alive(group, self.process) and time.monotonic() < deadline:
                time.sleep(0.05)
        self.process.wait(timeout=5)

    def describe_exit(self) -> str:
        """How the first process ended, in words ("killed by SIGKILL", "exit code 1")."""
        code = self.exited()
        if code is None:
            return "running"
        if code < 0:
            try:
                return f"killed by {signal.Signals(-code).name}"
            except ValueError:
                return f"killed by signal {-code}"
        return f"exit code {code}"

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
        self.secrets = internal_secrets(s)
        endpoints = self._write_endpoints()
        self.services = [
            Service(
                "action server",
                # rasa_sdk's app, bound to ACTION_HOST and checking ACTION_SERVER_SECRET.
                [str(APP_PYTHON), "-m", "actions.server"],
                f"http://{_local(s.action_host)}:{s.action_port}/health",
                self.log_dir / "actions.log",
            ),
            Service(
                "Rasa server",
                # `rasa run` with --auth-token from RASA_AUTH_TOKEN (channels/rasa_server.py),
                # so that the token is not on a command line every local user can read.
                [str(RASA_PYTHON), "-m", "channels.rasa_server", "--model", str(MODEL),
                 "--enable-api", "--interface", s.rasa_host, "--port", str(s.rasa_port),
                 "--endpoints", str(endpoints),
                 "--credentials", str(PROJECT_ROOT / "bot" / "credentials.yml")],
                f"http://{_local(s.rasa_host)}:{s.rasa_port}/status",
                self.log_dir / "rasa.log",
                ready_params=self.rasa_api_params,
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
            source.replace("127.0.0.1:5055", self._action_address)
            .replace("localhost:5055", self._action_address)
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
        env["ACTION_HOST"] = self.settings.action_host
        env["ACTION_PORT"] = str(self.settings.action_port)
        # The Rasa process reads these itself (channels/rasa_server.py, channels/resilience.py,
        # endpoints.yml's ${ACTION_SERVER_SECRET}); it cannot import our settings.
        env["ENVIRONMENT"] = self.settings.environment
        env.update({name.upper(): value for name, value in self.secrets.items()})
        env["CHAT_TOKEN_SECONDS"] = str(self.settings.chat_token_seconds)
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

    def prepare_tracker_store(self) -> None:
        """Rasa refuses to start on an SQL tracker store without `tracker_redactions`."""
        url = tracker_store_app_url(self.settings.tracker_store_url)
        if not url:
            return
        try:
            prepare_tracker_store(url)
        except Exception as exc:  # the URL or the server: name the setting, not the URL
            raise StackError(f"Cannot prepare Rasa's tracker store ({type(exc).__name__}): "
                             "check TRACKER_STORE_URL.") from exc

    def start(
        self, timeout: float = 300.0, on_wait: Callable[[str], None] | None = None
    ) -> None:
        if not MODEL.exists():
            raise StackError("No trained Rasa model in models/: run `make train` first.")
        self.prepare_tracker_store()
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
                f"http://{self._action_address}/webhook", json=payload,
                headers=self.action_server_headers, timeout=120,
            )
        except httpx.HTTPError:
            pass  # only slower first answers; the action server's own log says why

    def stop(self) -> None:
        for service in reversed(self.services):
            service.stop()

    @property
    def action_server_headers(self) -> dict[str, str]:
        """What Rasa sends the action server (bot/endpoints.yml)."""
        return {"Authorization": f"Bearer {self.secrets['action_server_secret']}"}

    @property
    def rasa_api_params(self) -> dict[str, str]:
        """Query parameters that authenticate a call to Rasa's HTTP API (--auth-token)."""
        return {"token": self.secrets["rasa_auth_token"]}

    def sender_headers(self, staff_id: str) -> dict[str, str]:
        """What the API's web chat sends the REST channel: proof that this is `staff_id`."""
        token = sender_token.issue(staff_id, secret=self.secrets["chat_token_secret"],
                                   seconds=self.settings.chat_token_seconds)
        return {"Authorization": f"Bearer {token}"}

    @property
    def rest_webhook(self) -> str:
        rasa = f"{_local(self.settings.rasa_host)}:{self.settings.rasa_port}"
        return f"http://{rasa}/webhooks/rest/webhook"

    @property
    def _action_address(self) -> str:
        return f"{_local(self.settings.action_host)}:{self.settings.action_port}"


def _local(host: str) -> str:
    """Where this machine reaches a server bound to `host` (0.0.0.0 = every interface)."""
    return "127.0.0.1" if host in ("0.0.0.0", "::", "") else host


def _signal_group(group: int, signum: int) -> bool:
    """Send a signal to a process group; False when no process of it is left."""
    try:
        os.killpg(group, signum)
    except ProcessLookupError:
        return False
    return True


def _group_alive(group: int, first: subprocess.Popen[bytes]) -> bool:
    """Whether a live (not zombie) process of the group is left. From /proc (Linux), because
    `killpg(group, 0)` also counts zombies, which a container's init may never reap."""
    first.poll()  # reap the first process if it ended
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        state, process_group = fields[0], int(fields[2])
        if process_group == group and state != "Z":
            return True
    return False
