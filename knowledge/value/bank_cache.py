"""Bank-wide values (tier cut-offs, association rules) kept per database and as-of date for
`bank_cache_seconds`, computed by one thread at a time.

The action server answers from several threads. Without the compute lock, every thread that
misses at start-up or at expiry runs the same bank-wide query at once (measured under
bench.load: six copies of a 1.9 s query); with it, the first computes and the rest wait for
its answer.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")


class BankCache(Generic[T]):
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._compute_lock = threading.Lock()
        self._values: dict[Hashable, tuple[float, T]] = {}

    def _fresh(self, key: Hashable, ttl: float) -> tuple[bool, T | None]:
        with self._lock:
            hit = self._values.get(key)
        if hit is not None and time.monotonic() - hit[0] < ttl:
            return True, hit[1]
        return False, None

    def get(self, key: Hashable, ttl: float, compute: Callable[[], T]) -> T:
        found, value = self._fresh(key, ttl)
        if found:
            return value  # type: ignore[return-value]
        with self._compute_lock:
            found, value = self._fresh(key, ttl)  # computed while this thread waited
            if found:
                return value  # type: ignore[return-value]
            computed = compute()
            with self._lock:
                self._values[key] = (time.monotonic(), computed)
            return computed

    def clear(self) -> None:
        with self._lock:
            self._values.clear()
