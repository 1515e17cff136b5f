"""Who should I call today? The call list in chat: list, more, why, log a call, rate events.

Glue only: read entities, slots and the raw message, call one function in
`knowledge.call_list.chat`, say its text, attach its JSON, set its slots.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.types import DomainDict

from actions.base import Reply, StaffAction, today


def _entity(tracker: Tracker, name: str) -> str | None:
    value = next(tracker.get_latest_entity_values(name), None)
    return str(value).strip() if value not in (None, "") else None


def _text(tracker: Tracker) -> str | None:
    return (tracker.latest_message or {}).get("text") or None


def _channel(tracker: Tracker) -> str:
    from knowledge.access.audit import channel_name

    return channel_name(tracker.get_latest_input_channel())


class ActionCallList(StaffAction):
    """ "who should I call today?", "only maturities", "only my premium customers"."""

    def name(self) -> str:
        return "action_call_list"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.call_list.chat import list_answer, normalise_reason, normalise_tier

        reason = normalise_reason(_entity(tracker, "reason_filter"))
        tier = normalise_tier(_entity(tracker, "tier_filter"))
        intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
        if intent == "filter_call_list" and not (reason or tier):
            # The NLU recognised a filter but no entity: read the message itself.
            text = _text(tracker) or ""
            reason, tier = normalise_reason(text), normalise_tier(text)
        return Reply.of(
            list_answer(
                session=session,
                staff=staff,
                as_of=today(),
                page=1,
                reason_filter=reason,
                tier_filter=tier,
            )
        )


class ActionCallListMore(StaffAction):
    """ "show me more": the next page, with the filters of the list shown before."""

    def name(self) -> str:
        return "action_call_list_more"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.call_list.chat import list_answer, normalise_reason, normalise_tier

        page = int(tracker.get_slot("call_list_page") or 0) + 1
        return Reply.of(
            list_answer(
                session=session,
                staff=staff,
                as_of=today(),
                page=max(page, 1),
                reason_filter=normalise_reason(tracker.get_slot("reason_filter")),
                tier_filter=normalise_tier(tracker.get_slot("tier_filter")),
            )
        )


class ActionExplainCallReason(StaffAction):
    """ "why is <name> on my list?" """

    def name(self) -> str:
        return "action_explain_call_reason"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.call_list.chat import explain_answer

        return Reply.of(
            explain_answer(
                session=session,
                staff=staff,
                as_of=today(),
                name=_entity(tracker, "customer_name"),
                customer_id=_entity(tracker, "customer_id"),
                text=_text(tracker),
                channel=_channel(tracker),
            )
        )


class ActionLogCall(StaffAction):
    """ "I called <name>, she wants a meeting next week" """

    def name(self) -> str:
        return "action_log_call"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.call_list.call_writes import log_call_answer

        # The customer in focus only when the message points at them ("I called her"):
        # knowledge decides, from the message's own words.
        return Reply.of(
            log_call_answer(
                session=session,
                staff=staff,
                as_of=today(),
                name=_entity(tracker, "customer_name"),
                customer_id=_entity(tracker, "customer_id"),
                outcome=_entity(tracker, "call_outcome"),
                follow_up=_entity(tracker, "follow_up"),
                text=_text(tracker),
                focus=tracker.get_slot("focus_customer"),
                last_write=tracker.get_slot("last_write"),
                pending=tracker.get_slot("pending_write"),
                channel=_channel(tracker),
            )
        )


class ActionRecordRateEvent(StaffAction):
    """ "the ECB cut rates by 25 basis points" """

    def name(self) -> str:
        return "action_record_rate_event"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.call_list.chat_records import record_event_answer

        return Reply.of(
            record_event_answer(
                session=session,
                staff=staff,
                as_of=today(),
                delta=_entity(tracker, "rate_delta"),
                direction=_entity(tracker, "rate_direction"),
                text=_text(tracker),
            )
        )


class ActionRateAffected(StaffAction):
    """ "who is affected by the rate cut?" """

    def name(self) -> str:
        return "action_rate_affected"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.call_list.chat_records import rate_affected_answer

        return Reply.of(rate_affected_answer(
            session=session, staff=staff, as_of=today(), text=_text(tracker),
            delta=_entity(tracker, "rate_delta"), direction=_entity(tracker, "rate_direction")))
