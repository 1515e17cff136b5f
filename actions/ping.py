"""`action_ping`: "are you there?" — answers without touching the database.

It is also the baseline of the turn benchmarks: a custom action turn with no work in it. A
message the NLU sent here that is not made of ping words ("rita martins", "C000044",
"schroder") is read as the customer it names (knowledge.writes.unplaced.name_instead_of_ping):
their profile, or "which one?"; only then is the database asked.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.base import Reply, StaffAction, channel_of, entity, today

HERE = "I'm here. Ask me who to call today, or about a customer."


class ActionPing(StaffAction):
    def name(self) -> str:
        return "action_ping"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        from knowledge.writes.unplaced import is_plain_ping

        text = (tracker.latest_message or {}).get("text")
        if is_plain_ping(text) and not (entity(tracker, "customer_name")
                                        or entity(tracker, "customer_id")):
            dispatcher.utter_message(text=HERE)  # no database work: the trivial turn
            return []
        return await super().run(dispatcher, tracker, domain)

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        """The ping's words read as a customer's name or id."""
        from knowledge.writes.unplaced import name_instead_of_ping

        answers = name_instead_of_ping(
            session=session, staff=staff, as_of=today(),
            text=(tracker.latest_message or {}).get("text"),
            name=entity(tracker, "customer_name"), customer_id=entity(tracker, "customer_id"),
            channel=channel_of(tracker), last_write=tracker.get_slot("last_write"))
        return Reply.of_all(answers) if answers else Reply().say(HERE)
