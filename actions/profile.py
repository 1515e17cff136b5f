"""The single customer view in chat: "tell me about <name>", the numbered choice, follow-ups.

Each action reads the entities (customer_id, customer_name, ordinal), the raw message and the
slots, makes one call into `knowledge.profile.lookup.view_customer`, and answers with plain
text plus a structured payload for Slack/Teams.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.types import DomainDict

from actions.base import Reply, StaffAction, today


def _entity(tracker: Tracker, name: str) -> str | None:
    value = next(tracker.get_latest_entity_values(name), None)
    return str(value).strip() if value not in (None, "") else None


def _channel(tracker: Tracker) -> str:
    from knowledge.access.audit import channel_name

    return channel_name(tracker.get_latest_input_channel())


class _ProfileAction(StaffAction):
    """Shared glue; concrete actions only say which section and whether it answers a choice."""

    section = "profile"
    choosing = False
    follows_up = False  # a follow-up question about the customer in focus

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.call_list.call_writes import correct_last_call, is_correction
        from knowledge.profile.lookup import CustomerRequest, view_customer

        text_ = (tracker.latest_message or {}).get("text") or ""
        if not self.follows_up and is_correction(text_) and tracker.get_slot("last_write"):
            corrected = correct_last_call(
                session=session, staff=staff, last=tracker.get_slot("last_write"), text=text_,
                name=_entity(tracker, "customer_name"),
                customer_id=_entity(tracker, "customer_id"), channel=_channel(tracker))
            if corrected is not None:
                reply = Reply().say(corrected.text)
                if corrected.payload is not None:
                    reply.attach(corrected.payload)
                reply.events += [SlotSet(k, v) for k, v in corrected.slots.items()]
                return reply
        pending = tracker.get_slot("pending_write")
        if (not self.follows_up and isinstance(pending, dict) and pending.get("candidates")):
            # "which one did you call?" answered: the waiting call, not a profile.
            from knowledge.call_list.call_writes import choose_for_pending

            answer = choose_for_pending(
                session=session, staff=staff, pending=pending,
                answer=(tracker.latest_message or {}).get("text"),
                ordinal=_entity(tracker, "ordinal"), customer_id=_entity(tracker, "customer_id"),
                channel=_channel(tracker), last_write=tracker.get_slot("last_write"))
            if answer is not None:
                reply = Reply().say(answer.text)
                if answer.payload is not None:
                    reply.attach(answer.payload)
                reply.events += [SlotSet(k, v) for k, v in answer.slots.items()]
                return reply
        candidates = tracker.get_slot("customer_candidates") or []
        request = CustomerRequest(
            customer_id=_entity(tracker, "customer_id"),
            name=_entity(tracker, "customer_name"),
            text=(tracker.latest_message or {}).get("text") or None,
            candidates=tuple(str(c) for c in candidates if c),
            ordinal=_entity(tracker, "ordinal"),
            focus_id=(tracker.get_slot("focus_customer") or tracker.get_slot("customer_id"))
            if self.follows_up else None,
            choosing=self.choosing,
        )
        outcome = view_customer(
            session=session, staff=staff, request=request, as_of=today(),
            channel=_channel(tracker), via="chat", section=self.section,  # type: ignore[arg-type]
        )
        reply = Reply().say(outcome.text())
        payload = outcome.payload()
        if payload is not None:
            reply.attach(payload)
        if outcome.status == "shown":
            reply.events += [SlotSet("customer_id", outcome.customer_id),
                             SlotSet("customer_name", outcome.name),
                             SlotSet("customer_candidates", None)]
        elif outcome.status == "choose":
            ids = [c.customer_id for c in outcome.choices]
            reply.events += [SlotSet("customer_candidates", ids),
                             SlotSet("customer_id", None)]
        elif outcome.status == "not_found" and not self.follows_up:
            # Whoever was in focus is not the one asked about: "she" must not point to them.
            reply.events += [SlotSet("customer_id", None), SlotSet("customer_candidates", None)]
        return reply


class ActionCustomerProfile(_ProfileAction):
    def name(self) -> str:
        return "action_customer_profile"


class ActionChooseCustomer(_ProfileAction):
    choosing = True

    def name(self) -> str:
        return "action_choose_customer"


class ActionProfileHoldings(_ProfileAction):
    section = "holdings"
    follows_up = True

    def name(self) -> str:
        return "action_profile_holdings"


class ActionProfileContacts(_ProfileAction):
    section = "contacts"
    follows_up = True

    def name(self) -> str:
        return "action_profile_contacts"


class ActionProfileComplaints(_ProfileAction):
    section = "complaints"
    follows_up = True

    def name(self) -> str:
        return "action_profile_complaints"
