"""The feedback form's first message when it is no customer's statement: a call report or
a read sent to the form by the NLU ("rang X, nobody picked up"), or a correction of the last
write ("no, that was for joana costa"). Answered as what it is, every write shown first; the
form then ends without a word (its slots say HANDED_OVER)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import Reply, channel_of, in_database
from actions.conversation import focus_customer

FORM_DATABASE_DOWN = ("The customer database is not reachable right now; please try again in "
                      "a few minutes.")

HANDED_OVER = "(handed over)"  # the message was no statement and was answered otherwise


async def handed_over(tracker: Tracker, dispatcher: CollectingDispatcher
                       ) -> dict[str, Any] | None:
    """A call report or a read sent to the feedback form ("rang X, nobody picked up"), or a
    manager's question about one theme: answered by its words (knowledge.writes.unplaced: any
    write shown before it is stored); the form then ends without a word. None when the words
    ask for nothing else."""
    from knowledge.access.staff import staff_for_sender
    from knowledge.db import DatabaseUnavailable
    from knowledge.settings import get_settings
    from knowledge.writes.unplaced import unplaced_answers

    def work(session: Any) -> Any:
        staff = staff_for_sender(session=session, sender_id=tracker.sender_id or "",
                                 input_channel=tracker.get_latest_input_channel())
        if staff is None:
            return None
        last = tracker.get_slot("last_write")
        answers = unplaced_answers(
            session=session, staff=staff, as_of=get_settings().today(),
            text=str(tracker.latest_message.get("text") or ""),
            focus=focus_customer(session, staff, tracker),
            last_write=last if isinstance(last, dict) else None,
            channel=channel_of(tracker), statements=False)
        if answers:
            return Reply.of_all(answers)
        from actions.themes import theme_question_reply  # "who's on the card fees issue?"

        return theme_question_reply(session, staff, tracker)

    try:
        reply = await in_database(work)
    except DatabaseUnavailable:
        return None
    if reply is None:
        return None
    return _answered(tracker, dispatcher, reply)


async def a_correction(tracker: Tracker, dispatcher: CollectingDispatcher) -> dict[str, Any]:
    """A correction typed into the feedback form: the form is dropped; on its first message,
    the last write is corrected as the undo would (a call re-logged, feedback shown again for
    the customer named), all of it audited."""
    from knowledge.db import DatabaseUnavailable
    from knowledge.feedback.service import DROPPED

    dropped = {"feedback_text": DROPPED, "feedback_customer": DROPPED,
               "feedback_candidates": None}
    last = tracker.get_slot("last_write")
    if tracker.get_slot("requested_slot") is not None or not isinstance(last, dict):
        return dropped  # the form's own "Dropped: the feedback was not saved."

    def work(session: Any) -> Any:
        from knowledge.access.staff import staff_for_sender
        from knowledge.call_reports.corrections import correct_last_call
        from knowledge.feedback.chat import correct_last_feedback
        from knowledge.writes.dispatch import reverse

        staff = staff_for_sender(session=session, sender_id=tracker.sender_id or "",
                                 input_channel=tracker.get_latest_input_channel())
        if staff is None:
            return None
        text = str(tracker.latest_message.get("text") or "")
        if last.get("kind") == "feedback":
            return correct_last_feedback(session=session, staff=staff, last=last, text=text,
                                         channel=channel_of(tracker))
        if last.get("kind") == "call":
            answer = correct_last_call(session=session, staff=staff, last=last, text=text,
                                       name=None, customer_id=None, channel=channel_of(tracker))
            if answer is not None:
                return answer
        return reverse(session=session, staff=staff, last=last, channel=channel_of(tracker))

    try:
        answer = await in_database(work)
    except DatabaseUnavailable:
        dispatcher.utter_message(text=FORM_DATABASE_DOWN)
        return dropped
    if answer is None:
        return dropped
    return _answered(tracker, dispatcher, Reply.of(answer))


async def chatter(tracker: Tracker, dispatcher: CollectingDispatcher, text: str
                   ) -> dict[str, Any]:
    """Chatter sent to the form: nothing stored, a short reply. "stefan too" (the last write
    again, for someone else) is read as such first, any write shown before it is stored."""
    from knowledge.feedback.chatter import SHORT_REPLY, points_back

    if points_back(text) and tracker.get_slot("requested_slot") is None:
        handed = await _same_call(tracker, dispatcher, text) or await handed_over(
            tracker, dispatcher)
        if handed is not None:
            return handed
        dispatcher.utter_message(text=(
            f"{SHORT_REPLY} Who is it about, and what happened? E.g. “<name> reached” or "
            "“log feedback for <name>: …”."))
    else:
        dispatcher.utter_message(text=SHORT_REPLY)
    return {"feedback_text": HANDED_OVER, "feedback_customer": HANDED_OVER,
            "feedback_candidates": None}


async def _same_call(tracker: Tracker, dispatcher: CollectingDispatcher, text: str
                     ) -> dict[str, Any] | None:
    """ "stefan too 👍" right after a call: the last call's outcome for the customer named,
    always shown for a yes (knowledge.call_reports.same_outcome); None otherwise."""
    from knowledge.access.staff import staff_for_sender
    from knowledge.call_reports.call_writes import log_call_answer
    from knowledge.call_reports.same_outcome import same_as_last_call
    from knowledge.db import DatabaseUnavailable
    from knowledge.settings import get_settings

    last = tracker.get_slot("last_write")
    same = same_as_last_call(text, last, get_settings().today()) if isinstance(
        last, dict) and last.get("kind") == "call" else None
    if same is None:
        return None
    names = [e.get("value") for e in (tracker.latest_message or {}).get("entities") or []
             if e.get("entity") == "customer_name"]

    def work(session: Any) -> Any:
        staff = staff_for_sender(session=session, sender_id=tracker.sender_id or "",
                                 input_channel=tracker.get_latest_input_channel())
        if staff is None:
            return None
        return log_call_answer(
            session=session, staff=staff, as_of=get_settings().today(),
            name=str(names[0]) if names else None, customer_id=None, outcome=same.outcome,
            follow_up=same.follow_up, always_ask=same.why, text=text,
            focus=tracker.get_slot("focus_customer"), last_write=last,
            channel=channel_of(tracker))

    try:
        answer = await in_database(work)
    except DatabaseUnavailable:
        return None
    if answer is None or not (answer.slots.get("pending_write") or {}).get("customer_id"):
        return None  # nobody (or several) named: the open question below
    return _answered(tracker, dispatcher, Reply.of(answer))


def _answered(tracker: Tracker, dispatcher: CollectingDispatcher, reply: Reply
              ) -> dict[str, Any]:
    """The message answered as what it is (on the asker's channel) and the form handed over:
    it ends without a word, the answer's slots kept."""
    from delivery.messages import channel_messages

    for message in channel_messages(tracker.get_latest_input_channel(), reply.texts,
                                    reply.payloads):
        dispatcher.utter_message(**message)
    slots = {e["name"]: e["value"] for e in reply.events if e.get("event") == "slot"}
    return {**slots, "feedback_text": HANDED_OVER, "feedback_customer": HANDED_OVER,
            "feedback_candidates": None}
