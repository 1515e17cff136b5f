"""`action_ping`: "are you there?" — answers without touching the database.

It is also the baseline of the turn benchmarks: a custom action turn with no work in it.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict


class ActionPing(Action):
    def name(self) -> str:
        return "action_ping"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(text="I'm here. Ask me who to call today, or about a customer.")
        return []
