"""A slice of the conversation evaluation (bench/conversation_eval) through the running stack:
advisors' call logs, feedback, corrections, repeats, pronouns and other books' customers must
never write the wrong thing. The whole set runs with `python -m bench.conversation_eval`.

Bank-wide writes (market events, theme owners) and chatter that today records events are left
to the bench: they would change what the other end-to-end tests see.
"""

from __future__ import annotations

import pytest

from bench.conversation_eval.effects import Snapshots
from bench.conversation_eval.play import Bank, Conversation, load_items, play, table
from knowledge.db import make_engine
from tests.e2e.conftest import Bot

pytestmark = pytest.mark.e2e

SLICE = ("log_no_answer", "log_meeting", "complaint_resolved", "customer_id", "other_book",
         "ambiguous", "pronoun", "feedback", "correction", "duplicate")
PER_CAPABILITY = 3


def _slice() -> list[dict]:
    chosen: list[dict] = []
    for item in load_items():
        if item["capability"] in SLICE and sum(
                c["capability"] == item["capability"] for c in chosen) < PER_CAPABILITY:
            chosen.append(item)
    return chosen


def test_no_conversation_writes_the_wrong_thing(bot: Bot) -> None:
    engine = make_engine(bot.database_url)
    try:
        snapshots, bank = Snapshots(engine), Bank(engine).load()
        conversation = Conversation(f"http://127.0.0.1:{bot.stack.settings.rasa_port}",
                                    bot.stack.rasa_api_params)
        results = [play(item, conversation, snapshots, bank) for item in _slice()]
    finally:
        engine.dispose()
    print(table(results))
    harmful = [f"{r['id']}: {'; '.join(r['reasons'])}" for r in results
               if r["verdict"] == "harmful"]
    assert not harmful, "\n".join(harmful)
