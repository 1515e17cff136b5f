"""Keeping `advisor run`'s servers up: a part that dies or stops answering is named and
restarted.

Without it, one crash (an out-of-memory kill of Rasa, a `kill -9`) stopped the whole stack,
and a Sanic worker of the dead action server kept its port, so that the next start failed
with "Something already answers at …". Here the dead part's whole process group is stopped
(`Service.stop`), the part is started again, and the stack is told when it answers. A part
that keeps dying (more than `max_restarts` within `window_seconds`) is not restarted for
ever: the supervisor gives up, names it, and `advisor run` stops everything cleanly, so that
it can be started again at once.

A part can also stop answering without exiting: a deadlock, a process stopped by a signal,
an event loop held by one request. Every server is probed at its health URL every
`probe_interval` seconds (each probe waits `probe_timeout`); one that has not answered for
`hang_seconds` (SERVICE_HANG_SECONDS) is named as hung, its process group is stopped
(SIGTERM, then SIGKILL: a stopped process takes only that) and it is restarted like a part
that died, within the same `max_restarts`. The theme worker has no health URL: only its
exit is watched. `hang_seconds` must exceed the longest legitimate turn: Rasa answers its
health URL on the event loop that also runs NLU, which one bounded message holds for well
under a second (bench.message_limits).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from cli.stack import Service, Stack


@dataclass
class Supervisor:
    stack: Stack
    report: Callable[[str], None]
    max_restarts: int = 3
    window_seconds: float = 300.0
    # Rasa loads its model on start: the longest wait for a restarted part to answer.
    ready_timeout: float = 300.0
    hang_seconds: float = 30.0  # no answer to the health probe for this long: hung
    probe_interval: float = 5.0
    probe_timeout: float = 2.0
    failed: str | None = None  # why the supervisor gave up, once it has
    restarts: list[tuple[str, float]] = field(default_factory=list)  # (part, seconds to answer)
    _stopping: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None
    _history: dict[str, list[float]] = field(default_factory=dict)
    _answered: dict[str, float] = field(default_factory=dict)  # last answer to a probe
    _probed: dict[str, float] = field(default_factory=dict)

    def check_once(self) -> None:
        """Restart every part that has died or stopped answering since the last check."""
        for service in self.stack.services:
            if self._stopping.is_set() or self.failed:
                return
            if service.exited() is not None:
                self._recover(service, service.describe_exit())
            elif (silent := self._silent_for(service)) is not None:
                self._recover(service, f"not answering its health check for {silent:.0f} s",
                              hung=True)

    def _silent_for(self, service: Service) -> float | None:
        """Seconds the part has not answered its probe, once past `hang_seconds`."""
        if service.ready_url is None:
            return None
        now = time.monotonic()
        answered = self._answered.setdefault(service.name, now)  # answering when first seen
        if now - self._probed.get(service.name, 0.0) >= self.probe_interval:
            self._probed[service.name] = now
            if service.ready(timeout=self.probe_timeout):
                self._answered[service.name] = answered = time.monotonic()
        silent = time.monotonic() - answered
        return silent if silent > self.hang_seconds else None

    def watch(self, interval: float = 1.0) -> None:
        """Check every `interval` seconds until `stop()` or until it gives up."""
        while not self._stopping.wait(interval):
            self.check_once()
            if self.failed:
                return

    def start(self) -> None:
        """Watch from a background thread (while the terminal chat runs)."""
        self._thread = threading.Thread(target=self.watch, name="supervisor", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=self.ready_timeout + 30)

    @property
    def running(self) -> bool:
        return not self._stopping.is_set() and self.failed is None

    def _recover(self, service: Service, how: str, *, hung: bool = False) -> None:
        now = time.monotonic()
        recent = [t for t in self._history.get(service.name, []) if now - t < self.window_seconds]
        if len(recent) >= self.max_restarts:
            self.failed = (f"The {service.name} stopped ({how}) {len(recent) + 1} times within "
                           f"{self.window_seconds:.0f} s; not restarting it. Last lines of "
                           f"{service.log_path}:\n{service.log_tail()}")
            self.report(self.failed)
            return
        self._history[service.name] = [*recent, now]
        what = "stopped answering" if hung else "stopped unexpectedly"
        self.report(f"The {service.name} {what} ({how}); restarting it "
                    f"(log: {service.log_path}).")
        # What is left of its process group (workers that hold the port); a hung part gets
        # little time for SIGTERM, which a stopped or deadlocked process does not act on.
        service.stop(timeout=2.0 if hung else 15.0)
        service.start(self.stack.environment())
        deadline = now + self.ready_timeout
        while not service.ready():
            if self._stopping.is_set():
                return
            if time.monotonic() > deadline:
                service.stop()  # so that the next check counts it as another death
            if service.exited() is not None:
                return  # the next check counts this as another death, up to max_restarts
            time.sleep(0.2)
        seconds = time.monotonic() - now
        self._answered[service.name] = time.monotonic()
        self.restarts.append((service.name, seconds))
        self.report(f"The {service.name} is answering again ({seconds:.1f} s after it "
                    "was found stopped).")
        if service.name == "action server":
            self.stack.warm_up()  # spaCy and the engines, before the next real question
