"""Turn time in one long conversation: turn 10 against turn 500, through the real stack.

Issue #13: one advisor's conversation grew from 0.08 s to 0.81 s a turn over 550 turns.
Sessions now end after CONVERSATION_MAX_EVENTS events (channels/sessions.py). This starts
the whole stack (Rasa, action server, API) on the demo bank, has one advisor send
`--turns` messages of an ordinary morning (call list, "show me more", profiles, holdings,
thanks) over REST, and compares the median turn time around turn 10 (turns 6-15) with the
median around turn 500 (turns 496-505): the same 10 messages, since the morning repeats
every 15 turns. The run's noise: the median of every such 10-turn window of the
conversation (turns 15k+6 to 15k+15), as min / median / max relative to the first, and the
quartiles of the turns in the two windows compared. With `--compare` it first runs the
same conversation with sessions bounded only by idle time (CONVERSATION_MAX_EVENTS=5000),
so both figures come from the same machine and run.

    .venv/bin/python -m bench.long_conversation [--turns 510] [--compare]
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import time
from typing import Any

import httpx
from sqlalchemy import select

from bench.common import RESULTS, demo_bank_file, save
from cli.stack import Stack
from knowledge.db import make_engine, session_factory
from knowledge.models.bank import Customer
from knowledge.settings import Settings

ADVISOR = "A001"
AS_OF = dt.date(2026, 11, 16)
PORTS = {"rasa_port": 15105, "action_port": 15155, "api_port": 18100}


def _bank() -> str:
    template = demo_bank_file("long-conversation", customers=400, seed=11, as_of=AS_OF)
    working = RESULTS / "long-conversation.db"
    shutil.copy(template, working)  # every run starts from the same bank
    return f"sqlite:///{working}"


def _messages(url: str) -> list[str]:
    engine = make_engine(url)
    with session_factory(engine)() as session:
        names = list(session.scalars(select(Customer.name).where(
            Customer.advisor_id == ADVISOR).order_by(Customer.id).limit(6)))
    engine.dispose()
    morning = ["who should I call today?", "show me more"]
    for name in names:
        morning += [f"tell me about {name}", "what does she hold?"]
    return [*morning, "thanks"]


def _conversation(turns: int, max_events: int) -> dict[str, Any]:
    url = _bank()
    messages = _messages(url)
    settings = Settings(database_url=url, as_of_date=AS_OF, conversation_max_events=max_events,
                        rasa_url=f"http://127.0.0.1:{PORTS['rasa_port']}",
                        action_server_url=f"http://127.0.0.1:{PORTS['action_port']}", **PORTS)
    stack = Stack(settings, log_dir=RESULTS / f"long-conversation-{max_events}" / "log")
    stack.start(timeout=400)
    times: list[float] = []
    empty = 0
    try:
        with httpx.Client(timeout=60) as client:
            for turn in range(turns):
                started = time.perf_counter()
                answer = client.post(stack.rest_webhook, json={
                    "sender": ADVISOR, "message": messages[turn % len(messages)]})
                times.append(time.perf_counter() - started)
                answer.raise_for_status()
                empty += not answer.json()
    finally:
        stack.stop()
    cycle = len(messages)
    windows = [times[start:start + 10] for start in range(5, turns - 9, cycle)]
    early, late = windows[0], windows[-1] if turns < 505 else times[495:505]
    medians = [statistics.median(w) / statistics.median(early) for w in windows]
    result = {"conversation_max_events": max_events, "turns": turns, "empty_answers": empty,
              "turn_10_median_s": round(statistics.median(early), 3),
              "turn_500_median_s": round(statistics.median(late), 3),
              "ratio": round(statistics.median(late) / statistics.median(early), 2),
              "turn_10_quartiles_s": _quartiles(early), "turn_500_quartiles_s": _quartiles(late),
              "windows": len(windows),
              "window_ratio_min_median_max": [round(min(medians), 2),
                                              round(statistics.median(medians), 2),
                                              round(max(medians), 2)]}
    print(result, flush=True)
    return result


def _quartiles(times: list[float]) -> list[float]:
    q1, _, q3 = statistics.quantiles(times, n=4)
    return [round(q1, 3), round(q3, 3)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--turns", type=int, default=510)
    parser.add_argument("--compare", action="store_true",
                        help="first run with sessions bounded by idle time only (before)")
    args = parser.parse_args()
    runs = []
    if args.compare:
        runs.append(_conversation(args.turns, 5000))
    runs.append(_conversation(args.turns, Settings().conversation_max_events))
    save("long_conversation", {"runs": runs})


if __name__ == "__main__":
    main()
