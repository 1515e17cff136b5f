"""What a short message says of the call just logged, whatever the NLU made of it: "it's
still open" after a complaint was closed, "mark it resolved" after a call with an open
complaint (knowledge.call_reports.complaint_turns), "his wife too" (relative_too), "try her
again tmrw" (retry_date), "thursday the 26th" after a meeting logged without a date
(date_after), "same for c000055" (same_outcome), "fleur is thurs 26th btw" after
several calls logged together (batch_fix). Glue only."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions.base import Reply, channel_of, today
from actions.conversation import focus_customer, in_view_of_call


def turn_reply(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """The last call reopened, closed or repeated for a relative as the message says; None
    when the message says none of these (words-only checks first)."""
    from knowledge.call_reports.batch_fix import one_call_of_batch_changed
    from knowledge.call_reports.complaint_turns import closure_of_last_call, reopened_after_closure
    from knowledge.call_reports.date_after import date_of_undated_meeting
    from knowledge.call_reports.relative_too import same_call_for_relative
    from knowledge.call_reports.retry_date import retry_date_of_last_call

    last = tracker.get_slot("last_write")
    if tracker.get_slot("pending_write") or not isinstance(last, dict):
        return None
    text = (tracker.latest_message or {}).get("text")
    answer = (reopened_after_closure(session=session, staff=staff, text=text, last=last,
                                     channel=channel_of(tracker))
              or closure_of_last_call(session=session, staff=staff, text=text, last=last)
              or same_call_for_relative(session=session, staff=staff, text=text, last=last)
              or retry_date_of_last_call(session=session, staff=staff, text=text, last=last)
              or date_of_undated_meeting(session=session, staff=staff, text=text, last=last)
              or one_call_of_batch_changed(session=session, staff=staff, text=text, last=last))
    return Reply.of(answer) if answer is not None else same_for_named(session, staff, tracker)


def same_for_named(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """ "same for c000055", "ditto anna lange" right after a call, sent to a read by the NLU:
    the last call's outcome for the customer named by id or in full, shown for a yes (as the
    call action does); None when no customer is named so ("same for the next one" is the
    call list's)."""
    from knowledge.call_reports.call_writes import log_call_answer
    from knowledge.call_reports.same_outcome import named_alone, same_as_last_call
    from knowledge.customers.in_text import named_in_full
    from knowledge.customers.typed_ids import typed_ids

    text = (tracker.latest_message or {}).get("text")
    last = tracker.get_slot("last_write")
    same = same_as_last_call(text, last, today())
    from knowledge.feedback.chatter import pointed_name

    # "stefan too 👍": a first name pointing back is enough to look for (always shown first)
    short = pointed_name(text)
    if same is None or not (typed_ids(text or "") or named_in_full(session, staff, text or "")
                            or short or named_alone(session, staff, text)):
        return None
    return Reply.of(log_call_answer(
        session=session, staff=staff, as_of=today(), name=short, customer_id=None,
        outcome=same.outcome, follow_up=same.follow_up, always_ask=same.why, text=text,
        focus=focus_customer(session, staff, tracker), last_write=last,
        channel=channel_of(tracker), **in_view_of_call(tracker)))
