"""The single customer view in chat: "tell me about <name>", the numbered choice, follow-ups.

Each action reads the entities (customer_id, customer_name, ordinal), the raw message and the
slots, makes one call into `knowledge.profile.lookup.view_customer`, and answers with plain
text plus a structured payload for Slack/Teams.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.types import DomainDict

from actions.base import (
    Reply,
    StaffAction,
    booked_reply,
    channel_of,
    entity,
    mixed_reply,
    today,
)
from actions.conversation import focus_customer, in_view_of_call


def _closing(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """ "fleur vos complaint done", "joana costa erreicht", "rita martins termin am Freitag"
    read as a lookup: the call report its words state, shown first (knowledge.writes.unplaced);
    None for a question or a request to show someone."""
    from knowledge.call_reports.said import read_call
    from knowledge.writes.mixed import asks_to_show
    from knowledge.writes.unplaced import unplaced_answers

    text = (tracker.latest_message or {}).get("text") or ""
    # The words-only checks first: "tell me about X" never pays for reading a call report.
    if "?" in text or asks_to_show(text) or not read_call(text, today()).explicit:
        return None
    answers = unplaced_answers(session=session, staff=staff, as_of=today(), text=text,
                               focus=focus_customer(session, staff, tracker),
                               last_write=tracker.get_slot("last_write"),
                               channel=channel_of(tracker), statements=False,
                               in_view=in_view_of_call(tracker))
    return Reply.of_all(answers) if answers else None


def _told(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """ "X beschwert sich über zu viele Werbe-Mails" read as a lookup: what the customer said,
    shown for a yes as their feedback (knowledge.writes.unplaced); None for a question."""
    from knowledge.writes.unplaced import customer_statement, reports_a_statement

    text = (tracker.latest_message or {}).get("text") or ""
    from knowledge.feedback.headed import headed

    if headed(text) is not None:  # "opinia klienta X: …", "Feedback von X: …" as a lookup
        from actions.writes import words_say_more

        return words_say_more(session, staff, tracker)
    if "?" in text or not reports_a_statement(text):
        return None  # words only: "tell me about X" resolves no name here
    named = None
    if (name := entity(tracker, "customer_name")) is not None:
        from knowledge.customers.resolver import resolve_customer

        found = resolve_customer(session=session, staff=staff, name=name)
        named = (found.customer_id if found.status == "found"
                 and found.certainty in ("name", "partial") else None)  # "Mme Lambert"
    told = customer_statement(session=session, staff=staff, text=text,
                              channel=channel_of(tracker), named=named)
    return Reply.of(told) if told is not None else None


def listed_customer(tracker: Tracker, *, asking: bool = True) -> str | None:
    """The customer at the call list's place the message reads about ("no 3", "#2"), when
    nothing waits for an answer and no customer is named by id or name
    (knowledge.call_reports.listed_lookup); None otherwise."""
    from actions.conversation import conversation_state
    from knowledge.call_reports.listed_lookup import listed_asked_about

    if tracker.get_slot("pending_write") or entity(tracker, "customer_id") or entity(
            tracker, "customer_name"):
        return None  # "maria keller - is she no 3?": the name said is the one read
    listed = listed_asked_about((tracker.latest_message or {}).get("text"),
                                conversation_state(tracker), as_of=today(),
                                ordinal=entity(tracker, "ordinal"), asking=asking)
    return listed.customer_id if listed is not None else None


def listed_lookup_reply(session: Any, staff: Any, tracker: Tracker, *, asking: bool = True,
                        section: str = "profile") -> Reply | None:
    """ "tell me more about no 3" with the call list shown, sent to a theme's detail or the
    next page; "what does number 4 hold": the customer at that place read (the section
    asked); None when the message reads about no place of the call list."""
    from knowledge.profile.lookup import CustomerRequest, view_customer

    listed = listed_customer(tracker, asking=asking)
    if listed is None:
        return None
    outcome = view_customer(session=session, staff=staff,
                            request=CustomerRequest(customer_id=listed), as_of=today(),
                            channel=channel_of(tracker), via="chat",
                            section=section)  # type: ignore[arg-type]
    return Reply.of(outcome.answer())


class _ProfileAction(StaffAction):
    """Shared glue; concrete actions only say which section and whether it answers a choice."""

    section = "profile"
    choosing = False
    follows_up = False  # a follow-up question about the customer in focus

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.call_reports.call_writes import correct_last_call
        from knowledge.profile.lookup import CustomerRequest, view_customer
        from knowledge.writes.disputes import disputes_last_write
        from knowledge.writes.mixed import asks_for_the_list

        text_ = (tracker.latest_message or {}).get("text") or ""
        if (not self.follows_up and disputes_last_write(text_, tracker.get_slot("last_write"))
                and tracker.get_slot("last_write")):
            corrected = correct_last_call(
                session=session, staff=staff, last=tracker.get_slot("last_write"), text=text_,
                name=entity(tracker, "customer_name"),
                customer_id=entity(tracker, "customer_id"), channel=channel_of(tracker))
            if corrected is not None:
                return Reply.of(corrected)
        pending = tracker.get_slot("pending_write")
        if not (self.follows_up or pending) and asks_for_the_list(text_):
            from actions.call_list import ActionCallList  # "visa min ringlista": the list

            return ActionCallList().respond(session=session, staff=staff, tracker=tracker,
                                            domain=domain)
        looked_up = None if tracker.get_slot("customer_candidates") else listed_lookup_reply(
            session, staff, tracker, asking=False, section=self.section)  # "… number 2"
        if looked_up is not None:
            return looked_up
        # "pencil rui pereira in for the 3rd" read as a choice, with nothing offered to choose.
        choosing = self.choosing and bool(tracker.get_slot("customer_candidates"))
        if not (choosing or pending):
            mixed = (booked_reply(session, staff, tracker) or mixed_reply(session, staff, tracker)
                     or _closing(session, staff, tracker) or _told(session, staff, tracker))
            if mixed is not None:
                return mixed
        if (not self.follows_up and isinstance(pending, dict) and pending.get("candidates")):
            # "which one did you call?" answered: the waiting call, not a profile.
            from knowledge.call_reports.call_writes import choose_for_pending

            answer = choose_for_pending(
                session=session, staff=staff, pending=pending,
                answer=(tracker.latest_message or {}).get("text"),
                ordinal=entity(tracker, "ordinal"), customer_id=entity(tracker, "customer_id"),
                channel=channel_of(tracker), last_write=tracker.get_slot("last_write"))
            if answer is not None:
                return Reply.of(answer)
        candidates = tracker.get_slot("customer_candidates") or []
        request = CustomerRequest(
            customer_id=entity(tracker, "customer_id"),
            name=entity(tracker, "customer_name"),
            text=(tracker.latest_message or {}).get("text") or None,
            candidates=tuple(str(c) for c in candidates if c),
            ordinal=entity(tracker, "ordinal"),
            focus_id=(focus_customer(session, staff, tracker)
                      or tracker.get_slot("customer_id"))
            if self.follows_up else None,
            choosing=self.choosing,
        )
        outcome = view_customer(
            session=session, staff=staff, request=request, as_of=today(),
            channel=channel_of(tracker), via="chat", section=self.section,  # type: ignore[arg-type]
        )
        # Whoever was in focus is not the one asked about: "she" must not point to them.
        return Reply.of(outcome.answer(forget_when_not_found=not self.follows_up))


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
