"""Confirming, dropping and undoing writes made in chat. Glue over knowledge.writes."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.types import DomainDict

from actions.base import Reply, StaffAction


def _reply(answer: Any) -> Reply:
    reply = Reply().say(answer.text)
    if answer.payload is not None:
        reply.attach(answer.payload)
    reply.events += [SlotSet(name, value) for name, value in answer.slots.items()]
    return reply


def _channel(tracker: Tracker) -> str:
    from knowledge.audit import channel_name

    return channel_name(tracker.get_latest_input_channel())


class ActionConfirmWrite(StaffAction):
    """ "yes" to "… OK?": store exactly what was shown."""

    def name(self) -> str:
        return "action_confirm_write"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.writes import store

        pending = tracker.get_slot("pending_write")
        if not pending or pending.get("candidates") or not pending.get("kind"):
            return Reply().say("There is nothing waiting for a yes right now.")
        return _reply(store(session=session, staff=staff, write=pending,
                            channel=_channel(tracker)))


class ActionDenyWrite(StaffAction):
    """ "no" to "… OK?": nothing is stored."""

    def name(self) -> str:
        return "action_deny_write"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        if tracker.get_slot("pending_write"):
            return Reply(events=[SlotSet("pending_write", None),
                                 SlotSet("customer_candidates", None)]).say(
                "OK, nothing was stored. Tell me again with the right details.")
        last = tracker.get_slot("last_write")
        if last:
            return Reply().say(f"Nothing is waiting for an answer. The last thing I stored was "
                               f"{last.get('summary', 'a write')}; say \"undo\" to take it back.")
        return Reply().say("OK.")


class ActionUndoWrite(StaffAction):
    """ "undo", "cancel", "that was wrong", "no, the other one": drop what waits, else take
    back the last write (audited as a reversal)."""

    def name(self) -> str:
        return "action_undo_write"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.writes import reverse

        if tracker.get_slot("pending_write"):
            return Reply(events=[SlotSet("pending_write", None),
                                 SlotSet("customer_candidates", None)]).say(
                "Cancelled: nothing was stored.")
        answer = reverse(session=session, staff=staff, last=tracker.get_slot("last_write"),
                         channel=_channel(tracker))
        reply = _reply(answer)
        text = ((tracker.latest_message or {}).get("text") or "").lower()
        if "other" in text and answer.payload:
            reply.say("Which customer did you mean? Tell me again with their name or id.")
        return reply
