"""Run by bench/message_limits.py in the Rasa environment (Python 3.10); prints RESULTS {json}.

Loads the trained model once, then for each message: resets the process's peak-memory mark
(/proc/self/clear_refs), hands the message to the same `channels.limits.bounded` wrapper the
REST, Slack and Teams channels use, around Rasa's NLU (`Agent.parse_message`, where memory
grows with the square of the words), and reads the peak resident memory (VmHWM) and the
time. "Unbounded" rows parse without the wrapper, as before the limits: only sizes this
machine survives (the issue's 15,000 words took 22.8 GB).
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import sys
import time
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from rasa.core.agent import Agent  # noqa: E402
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage  # noqa: E402

from channels import limits  # noqa: E402


def _status(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) // 1024  # MB
    return -1


def _reset_peak() -> None:
    with open("/proc/self/clear_refs", "w") as clear:
        clear.write("5")


def _random_unicode(rng: random.Random, size: int) -> str:
    return "".join(chr(rng.choice([rng.randint(0x20, 0xD7FF), rng.randint(0xE000, 0xFFFD)]))
                   for _ in range(size))


def _longest_accepted(text: str) -> str:
    """The longest prefix of `text` the channels accept (characters and words)."""
    low, high = 0, min(len(text), limits.max_chars())
    while low < high:
        middle = (low + high + 1) // 2
        if limits.refusal(text[:middle]) is None:
            low = middle
        else:
            high = middle - 1
    return text[:low]


async def main() -> None:
    agent = Agent.load(sys.argv[1])
    rng = random.Random(13)
    words = ["account", "balance", "Strand", "C000102", "savings", "12,500", "maturity"]

    def prose(count: int) -> str:
        return " ".join(rng.choice(words) for _ in range(count))

    handled: list[bool] = []

    async def nlu(message: UserMessage) -> None:
        handled.append(True)
        await agent.parse_message(message.text)

    cases: list[tuple[str, str, bool]] = [
        ("largest accepted: prose at the word limit", _longest_accepted(prose(5000)), True),
        ("largest accepted: random Unicode", _longest_accepted(_random_unicode(rng, 20_000)),
         True),
        ("largest accepted: one token of MAX_MESSAGE_CHARS", "x" * limits.max_chars(), True),
        ("largest accepted: punctuation run (tokenizer backtracking)",
         "!" * (limits.max_chars() - 1) + "a", True),
        ("attack: 95 KB, 15,000 words", prose(15_000)[:95_000], True),
        ("attack: 100 KB random Unicode", _random_unicode(rng, 100_000), True),
    ]
    for count in (1000, 2000, 3000):
        cases.append((f"unbounded (before): {count} words", prose(count), False))
    cases.append(("unbounded (before): 10 KB random Unicode", _random_unicode(rng, 10_000),
                  False))
    await agent.parse_message("warm up: who should I call today?")
    baseline = _status("VmRSS")
    rows: list[dict[str, Any]] = []
    for name, text, bounded in cases:
        handled.clear()
        _reset_peak()
        before = _status("VmRSS")
        started = time.perf_counter()
        if bounded:
            await limits.bounded(nlu)(UserMessage(text, CollectingOutputChannel(), "bench"))
        else:
            await nlu(UserMessage(text, CollectingOutputChannel(), "bench"))
        seconds = time.perf_counter() - started
        rows.append({"case": name, "characters": len(text), "words": limits.count_words(text),
                     "parsed": bool(handled), "seconds": round(seconds, 3),
                     "peak_rss_mb": _status("VmHWM"), "growth_mb": _status("VmHWM") - before})
        print(json.dumps(rows[-1]), file=sys.stderr)
    print("RESULTS " + json.dumps({"baseline_rss_mb": baseline, "rows": rows}))


if __name__ == "__main__":
    asyncio.run(main())
