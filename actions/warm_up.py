"""`action_warm_up`: loads the heavy libraries once, before the first advisor needs them.

Not part of any conversation: `advisor run` (cli.stack) calls it on the action server right
after start-up, so that the first name lookup in chat does not pay spaCy's import (several
seconds, because thinc imports torch) — Slack retries any event not answered within 3 s.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict


def _load() -> None:
    from knowledge.call_reports import chat  # noqa: F401  (imports the call-list engine)
    from knowledge.customers.index import blank_pipeline
    from knowledge.profile.lookup import view_customer  # noqa: F401

    blank_pipeline()("warm up")
    import datetime as dt

    from knowledge.call_reports.said import parse_date

    parse_date("on friday", dt.date(2026, 1, 1))  # dateparser's import and language data


class ActionWarmUp(Action):
    def name(self) -> str:
        return "action_warm_up"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        start = time.perf_counter()
        await asyncio.to_thread(_load)
        dispatcher.utter_message(text=f"warm ({time.perf_counter() - start:.1f} s)")
        return []
