"""Bank-wide values are computed once while several action-server threads ask, and again
once they are older than the configured time."""

from __future__ import annotations

import threading

from knowledge.value.bank_cache import BankCache


def test_threads_that_miss_together_share_one_computation() -> None:
    cache: BankCache[int] = BankCache()
    started, release = threading.Event(), threading.Event()
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        started.set()
        release.wait(5)
        return 42

    answers: list[int] = []
    first = threading.Thread(target=lambda: answers.append(cache.get("k", 60, compute)))
    first.start()
    assert started.wait(5)
    others = [threading.Thread(target=lambda: answers.append(cache.get("k", 60, compute)))
              for _ in range(4)]
    for thread in others:
        thread.start()
    release.set()
    for thread in [first, *others]:
        thread.join(5)
    assert answers == [42] * 5
    assert len(calls) == 1


def test_values_expire_and_clear() -> None:
    cache: BankCache[str] = BankCache()
    assert cache.get("k", 60, lambda: "first") == "first"
    assert cache.get("k", 60, lambda: "second") == "first"
    assert cache.get("k", 0, lambda: "third") == "third"  # older than 0 s: computed again
    assert cache.get("other", 60, lambda: "own key") == "own key"
    cache.clear()
    assert cache.get("k", 60, lambda: "after clear") == "after clear"
