"""Bank-wide values (tier cut-offs, association rules) kept per database and as-of date for
`bank_cache_seconds`, computed by one thread at a time.

The expiry is cachetools' `TTLCache` (also bounding the entries: a long-running action
server sees a new as-of date every day). The compute lock is ours: the action server answers
from several threads, and without it every thread that misses at start-up or at expiry runs
the same bank-wide query at once (measured under bench.load: six copies of a 1.9 s query);
with it, the first computes and the rest wait for its answer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from cachetools import TTLCache

T = TypeVar("T")
_MISSING = object()


class BankCache(Generic[T]):
    def __init__(self, maxsize: int = 64) -> None:
        self._lock = threading.Lock()
        self._compute_lock = threading.Lock()
        self._maxsize = maxsize
        self._values: TTLCache[Hashable, T] = TTLCache(maxsize, ttl=0)

    def _fresh(self, key: Hashable, ttl: float) -> object:
        with self._lock:
            if self._values.ttl != ttl:
                # The setting changed (tests do): values were kept for another lifetime.
                self._values = TTLCache(self._maxsize, ttl=ttl)
            return self._values.get(key, _MISSING)

    def get(self, key: Hashable, ttl: float, compute: Callable[[], T]) -> T:
        value = self._fresh(key, ttl)
        if value is _MISSING:
            with self._compute_lock:
                value = self._fresh(key, ttl)  # computed while this thread waited
                if value is _MISSING:
                    value = compute()
                    with self._lock:
                        self._values[key] = value  # type: ignore[assignment]
        return value  # type: ignore[return-value]

    def clear(self) -> None:
        with self._lock:
            self._values.clear()
