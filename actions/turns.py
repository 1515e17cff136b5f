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
    shown = _profile_pointed(tracker, text, last) if same is not None else None
    if same is None or not (typed_ids(text or "") or named_in_full(session, staff, text or "")
                            or short or named_alone(session, staff, text) or shown):
        return None
    return Reply.of(log_call_answer(
        session=session, staff=staff, as_of=today(), name=short, customer_id=shown,
        outcome=same.outcome, follow_up=same.follow_up, always_ask=same.why, text=text,
        focus=focus_customer(session, staff, tracker), last_write=last,
        channel=channel_of(tracker), **in_view_of_call(tracker)))


def _profile_pointed(tracker: Tracker, text: str | None, last: Any) -> str | None:
    """ "same for her", "him too" right after the profile of a customer other than the last
    call's: that customer (the call then shown for a yes); None otherwise."""
    from actions.conversation import conversation_state
    from knowledge.customers.pronouns import POINTER

    shown = conversation_state(tracker).profile_shown
    write = last.get("write") if isinstance(last, dict) else None
    called = write.get("customer_id") if isinstance(write, dict) else None
    return shown if shown and shown != called and POINTER.search(text or "") else None


def put_right_reply(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """A correction of the market event or theme change just made, whatever the NLU made of
    it ("correction: it was 50, not 25", "no wait - jonas weber", "sorry, the fingerprint
    one"): that write taken back and the one meant shown for a yes
    (knowledge.call_reports.event_fix, knowledge.themes.theme_fix); None otherwise."""
    last = tracker.get_slot("last_write")
    text = (tracker.latest_message or {}).get("text")
    if tracker.get_slot("pending_write"):
        return None
    from actions.conversation import conversation_state
    from knowledge.writes.denied import refused_write
    from knowledge.writes.pending import plain_answer

    said = [e.get("text") for e in tracker.events if e.get("event") == "user"]
    refused = (refused_write(text, conversation_state(tracker), ("theme_owner",))
               if len(said) > 1 and plain_answer(said[-2]) == "no" else None)  # words first
    if refused is not None:  # "no" to the owner shown, then "jonas weber, sofia's got enough"
        from knowledge.themes.theme_fix import owner_after_no

        shown = owner_after_no(session=session, staff=staff, text=text, refused=refused)
        if shown is not None:
            return Reply.of(shown)
    if not isinstance(last, dict) or last.get("kind") not in (
            "market_event", "theme_owner", "theme_status"):
        return None
    if last.get("kind") == "market_event":
        from knowledge.call_reports.event_fix import other_event_meant

        answer = other_event_meant(session=session, staff=staff, text=text, last=last,
                                   as_of=today())
    else:
        from knowledge.themes.theme_fix import other_owner_meant, other_theme_meant

        answer = (other_theme_meant(session=session, staff=staff, text=text, last=last)
                  or other_owner_meant(session=session, staff=staff, text=text, last=last))
    return Reply.of(answer) if answer is not None else None


def statement_choice_reply(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """The answer to "which customer said that?" (knowledge.writes.session_check), whatever
    the NLU made of it: the statement stored for the customer picked ("2", "maria", an id),
    dropped on "cancel", asked again otherwise; None when no statement waits for its customer."""
    pending = tracker.get_slot("pending_write")
    if not (isinstance(pending, dict) and pending.get("kind") == "feedback"
            and pending.get("candidates")):
        return None
    from knowledge.answer import ChatAnswer
    from knowledge.feedback.chat import store_feedback
    from knowledge.feedback.service import DROPPED, NO_CUSTOMER, choose_customer
    from knowledge.writes.pending import customer_name

    text = (tracker.latest_message or {}).get("text")
    ordinal = next(tracker.get_latest_entity_values("ordinal"), None)
    found = choose_customer(session=session, staff=staff, candidates=pending["candidates"],
                            answer=text, ordinal=ordinal)
    if found.customer_id == DROPPED:
        return Reply.of(ChatAnswer("OK, nothing saved.", None, {"pending_write": None}))
    if found.customer_id is None:
        return Reply().say(f"{found.message or 'Which customer was it?'} Say the number or the "
                           "name, or “cancel”. Nothing is saved yet.")
    chosen = None if found.customer_id == NO_CUSTOMER else found.customer_id
    write = {k: v for k, v in pending.items() if k != "candidates"}
    write.update({"customer_id": chosen,
                  "name": customer_name(session, chosen) if chosen else None})
    return Reply.of(store_feedback(session=session, staff=staff, write=write,
                                   channel=channel_of(tracker)))


def call_choice_reply(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """A short answer to "which one did you call?" that picks one of the customers offered by
    number, id or a detail only they have ("the dentist", "the one in hanau"), whatever the NLU
    made of it: the waiting call for them (knowledge.call_reports.pending_choice); None when
    nothing waits, the answer is a call report of its own or a question, or it picks nobody."""
    pending = tracker.get_slot("pending_write")
    text = " ".join(((tracker.latest_message or {}).get("text") or "").split())
    if not (isinstance(pending, dict) and pending.get("kind") == "call"
            and pending.get("candidates")) or not text or "?" in text or len(text.split()) > 6:
        return None
    import re

    from knowledge.call_reports.pending_choice import choose_for_pending
    from knowledge.call_reports.said import read_call
    from knowledge.customers.names import name_parts
    from knowledge.customers.relatives import RELATION_WORDS
    from knowledge.customers.resolver import choose_candidate, ordinal_in
    from knowledge.customers.typed_ids import typed_ids
    from knowledge.writes.pending import customer_name

    if read_call(text, today()).explicit or re.search(
            rf"['’]s\b|\b(?:{RELATION_WORDS})\b", text, re.IGNORECASE):
        return None  # "marco's brother, the consultant": someone else, described
    ordinal = next(tracker.get_latest_entity_values("ordinal"), None)
    chosen = choose_candidate(session=session, staff=staff, ordinal=ordinal, text=text,
                              candidates=[str(c) for c in pending["candidates"]])
    if chosen.status != "found" or not chosen.customer_id:
        return None
    name = customer_name(session, chosen.customer_id) or ""
    in_full = set(name_parts(name)) <= set(name_parts(text))  # "chris twine": the name itself
    plain = bool(ordinal or ordinal_in(text) or typed_ids(text) or in_full)
    answer = choose_for_pending(
        session=session, staff=staff, pending=pending, answer=text, ordinal=ordinal,
        customer_id=None, channel=channel_of(tracker), last_write=tracker.get_slot("last_write"),
        ask=None if plain else (f"(“{text}” = {name}, "
                                "the one of those offered it fits; please check.)"))
    return Reply.of(answer) if answer is not None else None


def take_back_reply(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """ "annule ça stp", "bitte rückgängig machen", "deshaz eso por favor" as the whole message,
    whatever the NLU made of it (the fallback, a lookup): the conversation's last write taken
    back (audited), as "undo" does; None when something waits for a yes (its own answers
    handle it), the message says more, or nothing was written."""
    if tracker.get_slot("pending_write"):
        return None
    from actions.writes import cancel_reply

    return cancel_reply(session, staff, tracker)


def open_question_reply(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """The answer to "I'm not sure what to store … which do you mean?" (knowledge.writes.
    open_question), whatever the NLU made of it: the write as read, the correction or
    take-back, or nothing; a plain "yes" picks none and stores nothing. A message that answers
    something else drops the question and is read as it is (None)."""
    pending = tracker.get_slot("pending_write")
    if not (isinstance(pending, dict) and pending.get("kind") == "open_question"):
        return None
    from rasa_sdk.events import SlotSet

    from knowledge.writes.dispatch import reverse, store
    from knowledge.writes.open_question import AS_READ, INSTEAD, NOTHING, answered
    from knowledge.writes.pending import plain_answer

    text = (tracker.latest_message or {}).get("text")
    picked = answered(pending, text, plain=plain_answer(text))
    if picked is None:
        tracker.slots = {**tracker.slots, "pending_write": None}
        return None
    if picked == NOTHING:
        return Reply(events=[SlotSet("pending_write", None)]).say("OK, nothing was stored.")
    if picked == AS_READ:
        return Reply.of(store(session=session, staff=staff, write=pending["write"],
                              channel=channel_of(tracker)))
    if picked == INSTEAD and isinstance(pending.get("instead"), dict):
        return Reply.of(store(session=session, staff=staff, write=pending["instead"],
                              channel=channel_of(tracker)))
    if picked == INSTEAD:
        reply = Reply.of(reverse(session=session, staff=staff,
                                 last=tracker.get_slot("last_write"), channel=channel_of(tracker)))
        reply.events.append(SlotSet("pending_write", None))
        return reply
    count = len(pending.get("readings") or [])
    return Reply().say(f"Which one? Say a number from 1 to {count}, or “nothing”; nothing is "
                       "stored yet.")
