"""Logging feedback in chat: the form's validation, and saving only after the commit.

The raw statement is stored as `pending` in the action's unit of work, which commits before
any message is sent (see actions.base), so "saved" is never said for something unsaved.
Embedding and theming happen later (`advisor themes update`), never in the chat turn.

When the customer's name matches several in the advisor's book, the statement is kept in
its slot and the form asks which one (`feedback_candidates` holds the offered ids, and
`feedback_customer` becomes a required slot until it is settled): "the second one", the id
or "the one in Hamburg" picks one, "none" saves it without a customer, "cancel" drops it.
Nothing is stored before that answer, and the slots are cleared once it is.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.base import (
    Reply,
    StaffAction,
    channel_of,
    entity,
    in_database,
    message_text,
    today,
)
from actions.feedback_handover import (
    FORM_DATABASE_DOWN,
    HANDED_OVER,
    a_correction,
    chatter,
    handed_over,
)

FORM_SLOTS = ("feedback_customer", "feedback_text", "feedback_compensation",
              "feedback_candidates")



class ValidateFeedbackForm(FormValidationAction):
    def name(self) -> str:
        return "validate_feedback_form"

    async def required_slots(self, domain_slots: list[str], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: DomainDict) -> list[str]:
        # The customer is optional and never asked for, except while several customers
        # match: then it is asked for first (the statement, if given, waits in its slot).
        others = [s for s in domain_slots if s != "feedback_customer"]
        if tracker.get_slot("feedback_candidates") or tracker.get_slot("feedback_customer"):
            # Also when merely filled (never asked then): a slot outside this list is dropped
            # from the turn's slots by rasa_sdk, even after feedback_text's validation has
            # just set it from the typed name.
            return ["feedback_customer", *others]
        return others

    async def validate_feedback_text(self, value: Any, dispatcher: CollectingDispatcher,
                                     tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        """The whole first message arrives here: keep the statement, lift out who and how much."""
        from knowledge.feedback.chat import is_cancel, not_a_statement, split_chat_message
        from knowledge.feedback.service import DROPPED, FeedbackRejected, clean_text

        if is_cancel(str(value or "")):
            # "cancel", "undo", "never mind" while the form waits: drop it, store nothing.
            return {"feedback_text": DROPPED, "feedback_customer": DROPPED,
                    "feedback_candidates": None}
        from knowledge.call_reports.corrections import is_correction

        if is_correction(str(value or "")):
            # "sorry, wrong customer", "no, that was for X": about the last write (or the form
            # itself), never what a customer said.
            return await a_correction(tracker, dispatcher)
        from knowledge.feedback.chatter import only_chatter

        if only_chatter(str(value or "")):
            # "ok 👍", "nothing new today then", "stefan too": no customer's words, even as
            # the answer to "what did the customer say?" (knowledge.feedback.chatter)
            return await chatter(tracker, dispatcher, str(value or ""))
        from knowledge.writes.unplaced import only_a_call_report

        if tracker.get_slot("requested_slot") is None and (
                not_a_statement(str(value or "")) or only_a_call_report(str(value or ""), today())):
            handed = await handed_over(tracker, dispatcher)
            if handed is not None:  # a call report or a read: answered as such, shown first
                return handed
            dispatcher.utter_message(text=(
                "That reads like a request or a call report to me, not what a customer said, "
                "so I won't store it as feedback. To log a call or close a complaint, say e.g. "
                "“<name> no answer” or “<name> complaint resolved”."))
            return {"feedback_text": DROPPED, "feedback_customer": DROPPED,
                    "feedback_candidates": None}
        try:
            parts = split_chat_message(str(value) if value is not None else "")
        except FeedbackRejected as exc:  # an unreadable compensation amount
            dispatcher.utter_message(text=str(exc))
            return {"feedback_text": None}
        slots: dict[str, Any] = {"feedback_text": None}
        asked_for_text = tracker.get_slot("requested_slot") == "feedback_text"
        named: list[str] = []
        if not parts.customer and (tracker.get_slot("requested_slot") is None or (
                asked_for_text and not tracker.get_slot("feedback_customer"))):
            # Also the answer to "what did the customer say?" ("maria keller says …"): a
            # customer named anywhere is linked, never dropped.
            from knowledge.customers.in_text import no_name_in
            from knowledge.feedback.chat import customer_id_in

            parts.customer = customer_id_in(str(value or ""))
            if not parts.customer and (not tracker.get_slot("feedback_customer") or no_name_in(
                    str(tracker.get_slot("feedback_customer")))):
                # "olivier faure complained …": a full name of the book in the statement.
                named = await _full_names_in(tracker, str(value or ""))
                parts.customer = named[0] if len(named) == 1 else None
        if parts.customer:
            # "for <name>:" as typed beats the NLU entity, which may hold only part of the
            # name ("Kostas" of "Kostas Georgiou") and so match several customers.
            slots["feedback_customer"] = parts.customer
        if parts.compensation is not None:
            slots["feedback_compensation"] = str(parts.compensation)
        if len(named) > 1:
            # Two customers named in full: which one the feedback is about is asked.
            slots.update({"feedback_customer": None, "feedback_candidates": named})
        elif tracker.get_slot("requested_slot") is None or (asked_for_text and parts.customer):
            slots.update(await self._several_match(
                tracker, parts.customer or tracker.get_slot("feedback_customer"), dispatcher))
        if (tracker.get_slot("requested_slot") is None and not slots.get("feedback_customer")
                and not tracker.get_slot("feedback_customer") and not named):
            from knowledge.feedback.pointed import pointed_customer, without_request

            # "and log that she wants …": the customer in focus, shown for a yes
            focus = tracker.get_slot("focus_customer")
            pointed = (pointed_customer(str(value or ""), focus)
                       or pointed_customer(parts.text, focus))
            if pointed and parts.text:
                slots["feedback_customer"], parts.text = pointed, without_request(parts.text)
        if parts.text is None:
            return slots  # only the request: the form asks what the customer said
        try:
            slots["feedback_text"] = clean_text(parts.text)
        except FeedbackRejected as exc:
            dispatcher.utter_message(text=str(exc))
        return slots

    @staticmethod
    async def _several_match(tracker: Tracker, customer: Any,
                             dispatcher: CollectingDispatcher) -> dict[str, Any]:
        """Several customers of the book match the name: keep everything and ask which one."""
        from knowledge.access.staff import staff_for_sender
        from knowledge.db import DatabaseUnavailable
        from knowledge.feedback.service import check_customer

        if not customer:
            return {"feedback_candidates": None}

        def work(session: Any) -> tuple[str, ...]:
            from knowledge.customers.in_text import spelt_out_among

            staff = staff_for_sender(session=session, sender_id=tracker.sender_id or "",
                                     input_channel=tracker.get_latest_input_channel())
            if staff is None:
                return ()  # saving answers "I don't know you"
            found = check_customer(session=session, staff_id=staff.id, staff=staff,
                                   query=str(customer)).candidates
            # "hannah zimmermann …" with only "hannah" tagged: the one candidate whose full
            # name the message spells out (accents folded) is the one, no choice to offer
            spelt = spelt_out_among(session, tuple(found), message_text(tracker) or "")
            return (f"={spelt[0]}",) if len(found) > 1 and len(spelt) == 1 else found

        try:
            candidates = await in_database(work)
        except DatabaseUnavailable:
            candidates = ()  # saving resolves the name again, or says the database is down
        if not candidates:
            return {"feedback_candidates": None}
        if candidates[0].startswith("="):
            return {"feedback_customer": candidates[0][1:], "feedback_candidates": None}
        return {"feedback_customer": None, "feedback_candidates": list(candidates)}

    def validate_feedback_compensation(self, value: Any, dispatcher: CollectingDispatcher,
                                       tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        from knowledge.feedback.service import FeedbackRejected, parse_compensation

        try:
            amount = parse_compensation(str(value) if value is not None else None)
        except FeedbackRejected as exc:
            dispatcher.utter_message(text=str(exc))
            return {"feedback_compensation": None}
        return {"feedback_compensation": str(amount) if amount is not None else "none"}

    async def validate_feedback_customer(self, value: Any, dispatcher: CollectingDispatcher,
                                         tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        """The answer to "which customer?" (only asked while several matched)."""
        from knowledge.access.policy import refuse
        from knowledge.access.staff import staff_for_sender
        from knowledge.db import DatabaseUnavailable
        from knowledge.feedback.service import NO_CUSTOMER, choose_customer

        if tracker.get_slot("requested_slot") is None and _typed_for(tracker):
            # The request itself names the customer ("for <name>:"): validate_feedback_text
            # decides from that, which beats this entity (NLU may tag only "Lena" of
            # "Lena Hoffmann"); Rasa may validate the two slots in either order.
            return {}
        candidates = [str(c) for c in tracker.get_slot("feedback_candidates") or [] if c]
        if not candidates:
            return await self._typed_customer(value, dispatcher, tracker)
        from knowledge.feedback.chat import is_cancel, looks_like_a_note
        from knowledge.feedback.service import DROPPED

        if is_cancel(str(value or "")):
            return {"feedback_customer": DROPPED, "feedback_candidates": None}
        if looks_like_a_note(str(value or "")) and not (
                entity(tracker, "ordinal") or entity(tracker, "customer_id")):
            # A statement typed while asked "which one?": kept (never lost, never the reason
            # to pick a customer), and the question stands.
            keep = {} if tracker.get_slot("feedback_text") else {"feedback_text": str(value)}
            dispatcher.utter_message(text="I've kept that as the customer's words. Which "
                                          "customer is it about? Say the number or the id.")
            return {"feedback_customer": None, "feedback_candidates": candidates, **keep}

        def work(session: Any) -> Any:
            staff = staff_for_sender(session=session, sender_id=tracker.sender_id or "",
                                     input_channel=tracker.get_latest_input_channel())
            if staff is None:
                return None
            check = choose_customer(
                session=session, staff=staff, candidates=candidates, answer=str(value or ""),
                ordinal=entity(tracker, "ordinal"), customer_id=entity(tracker, "customer_id"),
                name=entity(tracker, "customer_name"))
            if check.denied:  # another book's customer: answered like a stranger, audited
                refuse(session=session, staff=staff, customer_ids=check.denied,
                       channel=channel_of(tracker), via="chat", action="feedback")
            return check

        try:
            check = await in_database(work)
        except DatabaseUnavailable:
            dispatcher.utter_message(text=FORM_DATABASE_DOWN)
            return {"feedback_customer": None}
        if check is None:  # not staff (any more): settle it; saving says so, stores nothing
            return {"feedback_customer": NO_CUSTOMER, "feedback_candidates": None}
        if check.customer_id is not None:  # a customer, "none", or dropped: the form is done
            return {"feedback_customer": check.customer_id, "feedback_candidates": None}
        if check.message:
            dispatcher.utter_message(text=check.message)
        return {"feedback_customer": None, "feedback_candidates": list(check.candidates)}

    @staticmethod
    async def _typed_customer(value: Any, dispatcher: CollectingDispatcher,
                              tracker: Tracker) -> dict[str, Any]:
        from knowledge.customers.in_text import no_name_in
        from knowledge.db import DatabaseUnavailable
        from knowledge.feedback.service import check_customer

        if no_name_in(str(value or "")):
            # "… complained about the queue on Saturday", "Femke Weber: de app …": a day or a
            # particle tagged as the name; the customer is the one the message names in full
            # (several are asked about).
            named = await _full_names_in(tracker, str(tracker.latest_message.get("text") or ""))
            if len(named) > 1:
                return {"feedback_customer": None, "feedback_candidates": named}
            return {"feedback_customer": named[0] if named else None}

        def work(session: Any) -> Any:
            return check_customer(session=session, staff_id=tracker.sender_id or "",
                                  query=str(value or ""))

        try:
            result = await in_database(work)
        except DatabaseUnavailable:
            dispatcher.utter_message(text=FORM_DATABASE_DOWN)
            return {"feedback_customer": None}
        if result.customer_id is None and len(result.candidates) > 1:
            # "hannah zimmermann …" with only "hannah" tagged: the one of them named in full
            text = str(tracker.latest_message.get("text") or "")
            named = [c for c in await _full_names_in(tracker, text) if c in result.candidates]
            if len(named) == 1:
                return {"feedback_customer": named[0]}
        if result.customer_id is None and not result.candidates and not result.denied:
            # "Birgit Wagner se plaint que sa carte …" with "sa" tagged as the name: the one
            # customer the message names in full, not a word that names nobody
            text = str(tracker.latest_message.get("text") or "")
            named = await _full_names_in(tracker, text)
            if len(named) == 1:
                return {"feedback_customer": named[0]}
        # Not settled here (unknown): keep what was typed; saving resolves it again and
        # refuses with the reason, so nothing is stored for the wrong customer.
        return {"feedback_customer": result.customer_id or (str(value) if value else None)}


async def _full_names_in(tracker: Tracker, text: str) -> list[str]:
    """The ids of the asker's customers whose full names the text spells out."""
    from knowledge.access.staff import staff_for_sender
    from knowledge.db import DatabaseUnavailable
    from knowledge.feedback.chat import full_names_in

    def work(session: Any) -> list[str]:
        staff = staff_for_sender(session=session, sender_id=tracker.sender_id or "",
                                 input_channel=tracker.get_latest_input_channel())
        return full_names_in(session=session, staff=staff, text=text) if staff else []

    try:
        return await in_database(work)
    except DatabaseUnavailable:
        return []


def _typed_for(tracker: Tracker) -> str | None:
    """The customer as typed in "log feedback for <name>: ..." of the latest message."""
    from knowledge.feedback.chat import split_chat_message
    from knowledge.feedback.service import FeedbackRejected

    try:
        return split_chat_message(str(tracker.latest_message.get("text") or "")).customer
    except FeedbackRejected:
        return None



class ActionSaveFeedback(StaffAction):
    def name(self) -> str:
        return "action_save_feedback"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.feedback.service import DROPPED, FeedbackRejected, looks_foreign

        clear = [SlotSet(slot, None) for slot in FORM_SLOTS]
        customer = tracker.get_slot("feedback_customer")
        if tracker.get_slot("feedback_text") == HANDED_OVER:
            return Reply(events=clear)  # answered as what it was (a call report, a read)
        if customer == DROPPED or tracker.get_slot("feedback_text") == DROPPED:
            return Reply(events=clear).say("Dropped: the feedback was not saved.")
        if tracker.get_slot("feedback_candidates") and customer is None:
            # The form ended before the advisor said which customer: never guess one.
            return Reply(events=clear).say("Not saved: I still don't know which customer it "
                                           "is about. Log it again with the customer's id.")
        from knowledge.feedback.chat import save_or_confirm

        try:
            answer = save_or_confirm(
                session=session, staff=staff,
                customer=customer,
                text=tracker.get_slot("feedback_text"),
                compensation=tracker.get_slot("feedback_compensation"),
                last_write=tracker.get_slot("last_write"),
                channel=channel_of(tracker),
            )
        except FeedbackRejected as exc:
            return Reply(events=clear).say(f"Not saved: {exc}")
        reply = Reply(events=clear).say(answer.text)
        if answer.payload is not None:
            reply.attach(answer.payload)
        reply.events += [SlotSet(k, v) for k, v in answer.slots.items()]
        if looks_foreign(tracker.get_slot("feedback_text") or "") and "Saved" in answer.text:
            reply.say("Note: it does not look like English; the theme model reads English best, "
                      "so it may stay unassigned.")
        return reply


class ActionAskFeedbackCustomer(StaffAction):
    """The form's question while several customers match: the numbered choice, as for a
    profile (same wording, same `customer_choice` payload, the listing audited alike)."""

    def name(self) -> str:
        return "action_ask_feedback_customer"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.access.audit import record_views
        from knowledge.access.policy import refuse
        from knowledge.customers.resolver import choose_candidate
        from knowledge.format import jsonable
        from knowledge.profile.lookup import choice_details
        from knowledge.profile.render import render_choices

        offered = [str(c) for c in tracker.get_slot("feedback_candidates") or [] if c]
        # Re-checked against the book (the slot comes from the client); the order is kept.
        visible = choose_candidate(session=session, staff=staff, candidates=offered).candidates
        refuse(session=session, staff=staff, customer_ids=[c for c in offered if c not in visible],
               channel=channel_of(tracker), via="chat", action="feedback")
        keep = ("I'll keep the feedback until you say which customer; “none” saves it "
                "without one, “cancel” drops it.")
        if not visible:
            return Reply().say(f"Which customer is it about? Give the name or id. {keep}")
        record_views(session=session, staff_id=staff.id, customer_ids=visible,
                     channel=channel_of(tracker), via="chat", granted=True, action="listed")
        choices = choice_details(session=session, ids=tuple(visible), as_of=today())
        return (Reply().say(f"{render_choices(choices, len(choices))}\n{keep}")
                .attach({"type": "customer_choice", "total_matches": len(choices),
                         "choices": jsonable(list(choices))}))
