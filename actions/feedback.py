"""Logging feedback in chat: the form's validation, and saving only after the commit.

The raw statement is stored as `pending` in the action's unit of work, which commits before
any message is sent (see actions.base), so "saved" is never said for something unsaved.
Embedding and theming happen later (`advisor themes update`), never in the chat turn.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.base import Reply, StaffAction

FORM_SLOTS = ("feedback_customer", "feedback_text", "feedback_compensation")


class ValidateFeedbackForm(FormValidationAction):
    def name(self) -> str:
        return "validate_feedback_form"

    def validate_feedback_text(self, value: Any, dispatcher: CollectingDispatcher,
                               tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        """The whole first message arrives here: keep the statement, lift out who and how much."""
        from knowledge.feedback import FeedbackRejected, clean_text, split_chat_message

        try:
            parts = split_chat_message(str(value) if value is not None else "")
        except FeedbackRejected as exc:  # an unreadable compensation amount
            dispatcher.utter_message(text=str(exc))
            return {"feedback_text": None}
        slots: dict[str, Any] = {"feedback_text": None}
        if parts.customer:
            # "for <name>:" as typed beats the NLU entity, which may hold only part of the
            # name ("Kostas" of "Kostas Georgiou") and so match several customers.
            slots["feedback_customer"] = parts.customer
        if parts.compensation is not None:
            slots["feedback_compensation"] = str(parts.compensation)
        if parts.text is None:
            return slots  # only the request: the form asks what the customer said
        try:
            slots["feedback_text"] = clean_text(parts.text)
        except FeedbackRejected as exc:
            dispatcher.utter_message(text=str(exc))
        return slots

    def validate_feedback_compensation(self, value: Any, dispatcher: CollectingDispatcher,
                                       tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        from knowledge.feedback import FeedbackRejected, parse_compensation

        try:
            amount = parse_compensation(str(value) if value is not None else None)
        except FeedbackRejected as exc:
            dispatcher.utter_message(text=str(exc))
            return {"feedback_compensation": None}
        return {"feedback_compensation": str(amount) if amount is not None else "none"}

    async def validate_feedback_customer(self, value: Any, dispatcher: CollectingDispatcher,
                                         tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        import asyncio

        from knowledge.db import DatabaseUnavailable, unit_of_work
        from knowledge.feedback import check_customer

        def check() -> Any:
            with unit_of_work() as session:
                return check_customer(session=session, staff_id=tracker.sender_id or "",
                                      query=str(value or ""))

        try:
            result = await asyncio.to_thread(check)
        except DatabaseUnavailable:
            dispatcher.utter_message(text="The customer database is not reachable right now; "
                                          "please try again in a few minutes.")
            return {"feedback_customer": None}
        # Not settled here (unknown or several matches): keep what was typed; saving resolves
        # it again and refuses with the reason, so nothing is stored for the wrong customer.
        return {"feedback_customer": result.customer_id or (str(value) if value else None)}


def _channel(tracker: Tracker) -> str:
    from knowledge.audit import channel_name

    return channel_name(tracker.get_latest_input_channel())


class ActionSaveFeedback(StaffAction):
    def name(self) -> str:
        return "action_save_feedback"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.feedback import FeedbackRejected, save_chat_feedback

        clear = [SlotSet(slot, None) for slot in FORM_SLOTS]
        try:
            logged = save_chat_feedback(
                session=session, staff=staff,
                customer=tracker.get_slot("feedback_customer"),
                text=tracker.get_slot("feedback_text"),
                compensation=tracker.get_slot("feedback_compensation"),
                channel=_channel(tracker),
            )
        except FeedbackRejected as exc:
            return Reply(events=clear).say(f"Not saved: {exc}")
        item = logged.feedback
        who = f" for {item.customer_id}" if item.customer_id else ""
        paid = f" (compensation {item.compensation} {item.currency})" if item.compensation else ""
        reply = Reply(events=clear).say(
            f"Saved the feedback{who}{paid} as {item.id}. It will be added to the themes "
            "shortly.")
        if logged.foreign_language:
            reply.say("Note: it does not look like English; the theme model reads English best, "
                      "so it may stay unassigned.")
        return reply
