"""Who should I call today? The call list in chat: list, more, why, log a call, rate events.

Glue only: read entities, slots and the raw message, call one function in
`knowledge.call_reports.chat`, say its text, attach its JSON, set its slots.
"""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.types import DomainDict

from actions.base import (
    Reply,
    StaffAction,
    booked_reply,
    channel_of,
    correction_reply,
    entity,
    message_text,
    mixed_reply,
    named_customer_reply,
    today,
)
from actions.conversation import focus_customer, in_view_of_call


class ActionCallList(StaffAction):
    """ "who should I call today?", "only maturities", "only my premium customers"."""

    def name(self) -> str:
        return "action_call_list"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.call_reports.chat import list_answer, normalise_reason, normalise_tier

        mixed = (booked_reply(session, staff, tracker) or mixed_reply(session, staff, tracker)
                 or correction_reply(session, staff, tracker))
        if mixed is not None:
            return mixed
        from knowledge.writes.mixed import asks_for_the_list

        if not asks_for_the_list(message_text(tracker)):  # "birgit richter summary pls"
            named = named_customer_reply(session, staff, tracker)
            if named is not None:
                return named
            from actions.writes import words_say_more

            told = words_say_more(session, staff, tracker)
            if told is not None:  # "jan koch f/u next tues": a call report, shown first
                return told
        reason = normalise_reason(entity(tracker, "reason_filter"))
        tier = normalise_tier(entity(tracker, "tier_filter"))
        intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
        if intent == "filter_call_list" and not (reason or tier):
            # The NLU recognised a filter but no entity: read the message itself.
            text = message_text(tracker) or ""
            reason, tier = normalise_reason(text), normalise_tier(text)
        from knowledge.call_list.on_the_list import with_the_named_customer

        listed = list_answer(session=session, staff=staff, as_of=today(), page=1,
                             reason_filter=reason, tier_filter=tier)
        # "is krzysztof kaminski on my list today?": said, and that customer in focus
        return Reply.of(with_the_named_customer(session=session, staff=staff,
                                                text=message_text(tracker), answer=listed))


class ActionCallListMore(StaffAction):
    """ "show me more": the next page, with the filters of the list shown before."""

    def name(self) -> str:
        return "action_call_list_more"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from actions.profile import listed_lookup_reply
        from actions.writes import words_say_more
        from knowledge.call_reports.chat import list_answer, normalise_reason, normalise_tier

        told = (correction_reply(session, staff, tracker)  # "date's wrong, should be next fri"
                or words_say_more(session, staff, tracker) or _household_member(
                    session, staff, tracker)  # "and ana?" after Silvia Mancini's profile
                or listed_lookup_reply(session, staff, tracker))  # "more on #4"
        if told is not None:  # "jan koch f/u next tues" read as "next": a call report
            return told
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


def _household_member(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """ "and ana?" right after a profile whose household has an Ana: her profile (a read)."""
    from knowledge.customers.household_names import household_member_named
    from knowledge.profile.lookup import CustomerRequest, view_customer

    cid = household_member_named(session=session, staff=staff,
                                 focus=focus_customer(session, staff, tracker),
                                 text=message_text(tracker))
    if cid is None:
        return None
    outcome = view_customer(session=session, staff=staff,
                            request=CustomerRequest(customer_id=cid), as_of=today(),
                            channel=channel_of(tracker), via="chat")
    return Reply.of(outcome.answer())


# A question why ("why", "warum", "pourquoi", "perché", "por qué", "waarom", "dlaczego",
# "varför", "reason", "?"): without one, a call report read as "why is X on my list".
_ASKS_WHY = re.compile(r"\?|\b(?:why|how come|reason|warum|wieso|weshalb|pourquoi|perch[eé]|"
                       r"por ?qu[eé]|waarom|dlaczego|czemu|varför|story)\b", re.IGNORECASE)


class ActionExplainCallReason(StaffAction):
    """ "why is <name> on my list?" """

    def name(self) -> str:
        return "action_explain_call_reason"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from actions.profile import listed_customer
        from knowledge.call_reports.chat import explain_answer
        from knowledge.call_reports.said import read_call

        text = message_text(tracker) or ""
        if (not _ASKS_WHY.search(text) and read_call(text, today()).explicit
                and not tracker.get_slot("pending_write")):
            from actions.writes import words_say_more  # "set up appt w X on the 3rd"

            if (told := words_say_more(session, staff, tracker)) is not None:
                return told
        listed = listed_customer(tracker, asking=False)  # "why is no 3 on my list?"
        return Reply.of(
            explain_answer(
                session=session,
                staff=staff,
                as_of=today(),
                name=None if listed else entity(tracker, "customer_name"),
                customer_id=listed or entity(tracker, "customer_id"),
                text=message_text(tracker),
                channel=channel_of(tracker),
            )
        )


class ActionLogCall(StaffAction):
    """ "I called <name>, she wants a meeting next week" """

    def name(self) -> str:
        return "action_log_call"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from actions.writes import yes_and_reply
        from knowledge.call_reports.call_writes import log_call_answer

        if (more := yes_and_reply(session, staff, tracker)) is not None:
            return more  # "sure but change the date to friday" while the call waits
        from actions.themes import stated_status_reply

        if (more := stated_status_reply(session, staff, tracker, domain)) is not None:
            return more  # a manager's "the loan application one is solved since friday"
        if not tracker.get_slot("pending_write"):
            from knowledge.call_reports.said import read_call
            from knowledge.writes.mixed import asks_for_the_list

            if asks_for_the_list(message_text(tracker)) and not read_call(
                    message_text(tracker), today()).explicit:  # "vilka ska jag ringa idag?"
                return ActionCallList().respond(session=session, staff=staff, tracker=tracker,
                                                domain=domain)
            from knowledge.writes.mixed import asks_to_show_abroad

            if asks_to_show_abroad(message_text(tracker)) and not read_call(
                    message_text(tracker), today()).explicit:  # "scheda di X", "fiche de X"
                from actions.profile import ActionCustomerProfile

                return ActionCustomerProfile().respond(session=session, staff=staff,
                                                       tracker=tracker, domain=domain)
            from knowledge.call_reports.rate_news import rate_news_answer

            news = rate_news_answer(session=session, staff=staff, as_of=today(),
                                    text=message_text(tracker))
            if news is not None:  # "Bitte erfassen: die EZB hat … gesenkt" sent here
                return Reply.of(news)
            from knowledge.feedback.headed import headed

            if headed(message_text(tracker)) is not None:  # "Feedback von X: …" sent here
                from actions.writes import words_say_more

                if (statement := words_say_more(session, staff, tracker)) is not None:
                    return statement
            from knowledge.call_reports.corrections import is_correction

            # "no wait, friday" right after a call: that call corrected or taken back, never
            # a second call (the wordings log_call_answer knows itself it handles there).
            disputed = (None if is_correction(message_text(tracker))
                        else correction_reply(session, staff, tracker))
            mixed = (disputed or booked_reply(session, staff, tracker)
                     or mixed_reply(session, staff, tracker))
            if mixed is not None:
                return mixed
        from knowledge.call_reports.same_outcome import same_as_last_call

        # "stefan too, same answer": the last call's outcome, shown for a yes
        same = (None if tracker.get_slot("pending_write") else same_as_last_call(
            message_text(tracker), tracker.get_slot("last_write"), today()))
        # The customer in focus only when the message points at them ("I called her"):
        # knowledge decides, from the message's own words.
        answer = log_call_answer(
            session=session,
            staff=staff,
            as_of=today(),
            name=entity(tracker, "customer_name"),
            customer_id=entity(tracker, "customer_id"),
            outcome=same.outcome if same else entity(tracker, "call_outcome"),
            follow_up=same.follow_up if same else entity(tracker, "follow_up"),
            always_ask=same.why if same else None,
            text=message_text(tracker),
            focus=focus_customer(session, staff, tracker),
            last_write=tracker.get_slot("last_write"),
            pending=tracker.get_slot("pending_write"),
            channel=channel_of(tracker),
            **in_view_of_call(tracker),
        )
        if (answer.slots.get("pending_write") or {}).get("awaiting") == "outcome":
            # "X beschwert sich über die Wartezeit": no call was reported, a statement was
            from knowledge.writes.unplaced import customer_statement

            said = customer_statement(session=session, staff=staff, text=message_text(tracker),
                                      channel=channel_of(tracker))
            if said is not None:
                return Reply.of(said)
        from knowledge.feedback.alongside import feedback_alongside

        # "X reached and he said the new app is great": the call, then the customer's words
        # shown as their feedback for a yes (or, while the call waits, a note they wait too).
        told = feedback_alongside(session=session, staff=staff, text=message_text(tracker),
                                  answer=answer)
        return Reply.of_all([answer, told]) if told is not None else Reply.of(answer)


class ActionRecordRateEvent(StaffAction):
    """ "the ECB cut rates by 25 basis points" """

    def name(self) -> str:
        return "action_record_rate_event"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.call_reports.chat_records import (
            is_hypothetical,
            parse_rate_delta,
            record_event_answer,
        )

        text = message_text(tracker)
        if (parse_rate_delta(entity(tracker, "rate_delta"), entity(tracker, "rate_direction"),
                             text) is None and not is_hypothetical(text)):
            from actions.writes import words_say_more

            # "make that 30.11." right after a call: that call's date corrected
            more = (correction_reply(session, staff, tracker)
                    or words_say_more(session, staff, tracker))  # "call lena fischer back 3.12."
            if more is not None:
                return more
        return Reply.of(
            record_event_answer(
                session=session,
                staff=staff,
                as_of=today(),
                delta=entity(tracker, "rate_delta"),
                direction=entity(tracker, "rate_direction"),
                text=message_text(tracker),
            )
        )


class ActionRateAffected(StaffAction):
    """ "who is affected by the rate cut?" """

    def name(self) -> str:
        return "action_rate_affected"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.call_reports.chat_records import rate_affected_answer

        return Reply.of(rate_affected_answer(
            session=session, staff=staff, as_of=today(), text=message_text(tracker),
            delta=entity(tracker, "rate_delta"), direction=entity(tracker, "rate_direction")))
