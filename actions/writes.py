"""Confirming, dropping and undoing writes made in chat. Glue over knowledge.writes.dispatch."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.types import DomainDict

from actions.base import Reply, StaffAction


def _entity(tracker: Tracker, name: str) -> str | None:
    value = next(tracker.get_latest_entity_values(name), None)
    return str(value).strip() if value not in (None, "") else None


def _channel(tracker: Tracker) -> str:
    from knowledge.access.audit import channel_name

    return channel_name(tracker.get_latest_input_channel())


def _correction(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """ "no, the other one - greta klein" under another intent: the last call corrected (or
    a question), None when the message is no correction of a call."""
    from knowledge.call_list.call_writes import correct_last_call, is_correction

    text = (tracker.latest_message or {}).get("text") or ""
    last = tracker.get_slot("last_write")
    if not (isinstance(last, dict) and last.get("kind") == "call" and is_correction(text)):
        return None
    answer = correct_last_call(session=session, staff=staff, last=last, text=text,
                               name=_entity(tracker, "customer_name"),
                               customer_id=_entity(tracker, "customer_id"),
                               channel=_channel(tracker))
    return Reply.of(answer) if answer is not None else None


class ActionConfirmWrite(StaffAction):
    """ "yes" to "… OK?": store exactly what was shown."""

    def name(self) -> str:
        return "action_confirm_write"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.writes.dispatch import store

        pending = tracker.get_slot("pending_write")
        if pending and len(pending.get("candidates") or []) == 1:
            # "yes" to "did you mean <the one customer offered>?"
            from knowledge.call_list.call_writes import choose_for_pending

            answer = choose_for_pending(session=session, staff=staff, pending=pending,
                                        answer="1", ordinal="1", customer_id=None,
                                        channel=_channel(tracker),
                                        last_write=tracker.get_slot("last_write"))
            if answer is not None:
                return Reply.of(answer)
        if not pending or pending.get("candidates") or not pending.get("kind"):
            return Reply().say("There is nothing waiting for a yes right now.")
        return Reply.of(store(session=session, staff=staff, write=pending,
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
        corrected = _correction(session, staff, tracker)
        if corrected is not None:  # "no, the other one - greta klein" read as a plain "no"
            return corrected
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
        from knowledge.writes.dispatch import reverse

        if tracker.get_slot("pending_write"):
            return Reply(events=[SlotSet("pending_write", None),
                                 SlotSet("customer_candidates", None)]).say(
                "Cancelled: nothing was stored.")
        from knowledge.call_list.call_writes import correct_last_call

        text = (tracker.latest_message or {}).get("text") or ""
        corrected = correct_last_call(
            session=session, staff=staff, last=tracker.get_slot("last_write"), text=text,
            name=_entity(tracker, "customer_name"), customer_id=_entity(tracker, "customer_id"),
            channel=_channel(tracker))
        if corrected is not None:
            return Reply.of(corrected)
        answer = reverse(session=session, staff=staff, last=tracker.get_slot("last_write"),
                         channel=_channel(tracker))
        reply = Reply.of(answer)
        if "other" in text.lower() and answer.payload:
            reply.say("Which customer did you mean? Tell me again with their name or id.")
        return reply


class ActionFallback(StaffAction):
    """A message the NLU could not place. While a write waits for an answer ("which one did
    you call?", "how did the call go?") it may be that answer; otherwise utter_default."""

    def name(self) -> str:
        return "action_fallback"

    async def run(self, dispatcher: Any, tracker: Tracker, domain: DomainDict
                  ) -> list[dict[str, Any]]:
        from knowledge.call_list.call_writes import is_correction

        pending = tracker.get_slot("pending_write")
        last = tracker.get_slot("last_write")
        text = (tracker.latest_message or {}).get("text") or ""
        if (isinstance(pending, dict) and (pending.get("candidates") or pending.get("awaiting"))
                or (isinstance(last, dict) and last.get("kind") == "call"
                    and is_correction(text))):
            before = len(dispatcher.messages)
            events = await super().run(dispatcher, tracker, domain)
            if len(dispatcher.messages) > before:
                return events
        dispatcher.utter_message(response="utter_default")
        return []

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.call_list.call_writes import choose_for_pending, log_call_answer
        from knowledge.call_list.said import read_call
        from knowledge.settings import get_settings

        pending = tracker.get_slot("pending_write") or {}
        text = (tracker.latest_message or {}).get("text") or ""
        if not pending:  # a correction of the last call the NLU could not place
            return _correction(session, staff, tracker) or Reply()
        if pending.get("candidates"):
            answer = choose_for_pending(session=session, staff=staff, pending=pending,
                                        answer=text, ordinal=_entity(tracker, "ordinal"),
                                        customer_id=_entity(tracker, "customer_id"),
                                        channel=_channel(tracker),
                                        last_write=tracker.get_slot("last_write"))
            return Reply.of(answer) if answer is not None else Reply()
        as_of = get_settings().today()
        if pending.get("awaiting") == "outcome" and read_call(text, as_of).explicit:
            return Reply.of(log_call_answer(
                session=session, staff=staff, as_of=as_of, name=None, customer_id=None,
                outcome=None, follow_up=None, text=text, pending=pending,
                last_write=tracker.get_slot("last_write"), channel=_channel(tracker)))
        return Reply()
