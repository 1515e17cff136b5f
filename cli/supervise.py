"""Keeping `advisor run`'s servers up: a part that dies is named and restarted.

Without it, one crash (an out-of-memory kill of Rasa, a `kill -9`) stopped the whole stack,
and a Sanic worker of the dead action server kept its port, so that the next start failed
with "Something already answers at …". Here the dead part's whole process group is stopped
(`Service.stop`), the part is started again, and the stack is told when it answers. A part
that keeps dying (more than `max_restarts` within `window_seconds`) is not restarted for
ever: the supervisor gives up, names it, and `advisor run` stops everything cleanly, so that
it can be started again at once.
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
    failed: str | None = None  # why the supervisor gave up, once it has
    restarts: list[tuple[str, float]] = field(default_factory=list)  # (part, seconds to answer)
    _stopping: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None
    _history: dict[str, list[float]] = field(default_factory=dict)

    def check_once(self) -> None:
        """Restart every part that has died since the last check."""
        for service in self.stack.services:
            if self._stopping.is_set() or self.failed:
                return
            if service.exited() is not None:
                self._recover(service)

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

    def _recover(self, service: Service) -> None:
        how = service.describe_exit()
        now = time.monotonic()
        recent = [t for t in self._history.get(service.name, []) if now - t < self.window_seconds]
        if len(recent) >= self.max_restarts:
            self.failed = (f"The {service.name} stopped ({how}) {len(recent) + 1} times within "
                           f"{self.window_seconds:.0f} s; not restarting it. Last lines of "
                           f"{service.log_path}:\n{service.log_tail()}")
            self.report(self.failed)
            return
        self._history[service.name] = [*recent, now]
        self.report(f"The {service.name} stopped unexpectedly ({how}); restarting it "
                    f"(log: {service.log_path}).")
        service.stop()  # what is left of its process group: workers that hold the port
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
        self.restarts.append((service.name, seconds))
        self.report(f"The {service.name} is answering again ({seconds:.1f} s after it "
                    "was found stopped).")
        if service.name == "action server":
            self.stack.warm_up()  # spaCy and the engines, before the next real question
