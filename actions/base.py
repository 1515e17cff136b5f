"""The one base every staff-facing action shares: who is asking, and a database turn.

`StaffAction.respond` runs in a worker thread inside one unit of work (committed when it
returns, rolled back when it raises), so the action server's event loop never blocks on the
database. The sender id is the staff id on REST, the Slack or Teams user id on those channels
(`knowledge.access.staff.staff_for_sender`); an unknown sender is told politely, and a database
outage becomes a plain sentence instead of a stack trace.
"""

from __future__ import annotations

import asyncio
import logging
import traceback
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.conversation import (
    by_customer_reply,
    conversation_state,
    double_post_reply,
    focus_customer,
    stale_pending,
)
from delivery.messages import channel_messages
from knowledge.access.audit import channel_name
from knowledge.access.staff import staff_for_sender
from knowledge.answer import payload as checked_payload
from knowledge.db import DatabaseUnavailable, unit_of_work
from knowledge.settings import get_settings
from knowledge.signals.cache import reads_refresh_once
from knowledge.text_input import typed_message, well_formed_all

log = logging.getLogger(__name__)

NOT_REGISTERED = (
    "Sorry, I don't know you yet: your user id is not registered as bank staff. "
    "Please ask your branch manager or IT to add you to the staff list."
)
DATABASE_DOWN = (
    "The customer database is not reachable right now, so I can't answer that. "
    "Nothing was lost; please try again in a few minutes."
)
SOMETHING_WENT_WRONG = (
    "Something went wrong on my side while answering that. Nothing was changed; "
    "please try again, and tell IT if it keeps happening."
)


@dataclass
class Reply:
    """What an action says and which events it returns."""

    texts: list[str] = field(default_factory=list)
    payloads: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)

    def say(self, text: str) -> Reply:
        self.texts.append(text)
        return self

    def attach(self, payload: dict[str, Any] | Any) -> Reply:
        """A structured payload (custom JSON) for rich channels such as Slack and Teams,
        checked against its `type` (knowledge.answer) before it leaves."""
        self.payloads.append(checked_payload(payload).to_json())
        return self

    @classmethod
    def of(cls, answer: Any) -> Reply:
        """The reply for a knowledge answer with `text`, an optional `payload` and `slots`."""
        reply = cls().say(answer.text)
        if answer.payload is not None:
            reply.attach(answer.payload)
        reply.events += [SlotSet(name, value) for name, value in answer.slots.items()]
        return reply

    @classmethod
    def of_all(cls, answers: list[Any]) -> Reply:
        """Several knowledge answers in order (a read, then the write it asked for)."""
        reply = cls()
        for answer in answers:
            part = cls.of(answer)
            reply.texts += part.texts
            reply.payloads += part.payloads
            reply.events += part.events
        return reply


def correction_reply(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """A correction of the last call ("that should have gone to rita martins", "no wait,
    friday") that the NLU sent elsewhere: the call corrected from the message's own words, or
    taken back and asked about (never kept, never re-targeted on a guess); or of a manager's
    theme change ("sorry, I meant the fingerprint one": knowledge.themes.theme_fix). None
    otherwise."""
    from knowledge.access.audit import channel_name
    from knowledge.call_reports.corrections import correct_last_call
    from knowledge.writes.disputes import disputes_last_write

    text = (tracker.latest_message or {}).get("text") or ""
    last = tracker.get_slot("last_write")
    if isinstance(last, dict) and last.get("kind") in ("theme_owner", "theme_status"):
        from knowledge.themes.theme_fix import other_theme_meant

        theme = other_theme_meant(session=session, staff=staff, text=text, last=last)
        return Reply.of(theme) if theme is not None else None  # "sorry, the fingerprint one"
    if not (isinstance(last, dict) and last.get("kind") == "call"
            and disputes_last_write(text, last)):
        return None
    channel = channel_name(tracker.get_latest_input_channel())
    answer = correct_last_call(session=session, staff=staff, last=last, text=text, name=None,
                               customer_id=None, channel=channel)
    if answer is None:  # "take that back": nothing new named, so the call is only undone
        from knowledge.writes.dispatch import reverse

        answer = reverse(session=session, staff=staff, last=last, channel=channel)
        answer.text += " Tell me again with the right customer or details if you want."
    return Reply.of(answer)


def named_customer_reply(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """A message that is only a customer's name or id ("joana costa", "laura sanchez details")
    the NLU sent to another read: that customer's profile. None otherwise."""
    from knowledge.access.audit import channel_name
    from knowledge.writes.unplaced import bare_name_answers

    answers = bare_name_answers(
        session=session, staff=staff, as_of=today(),
        text=" ".join(((tracker.latest_message or {}).get("text") or "").split()),
        channel=channel_name(tracker.get_latest_input_channel()),
        last_write=tracker.get_slot("last_write"))
    return Reply.of_all(answers) if answers else None


def booked_reply(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """ "rita martins would like a call on monday", "pencil in X for 25/11" sent to the list or
    a lookup: the follow-up logged for the one customer named (knowledge.call_reports.booked);
    None otherwise (a words-only check first, so the list itself pays nothing)."""
    from knowledge.access.audit import channel_name
    from knowledge.call_reports.booked import asks_for_a_follow_up, booked_follow_up

    text = (tracker.latest_message or {}).get("text")
    if tracker.get_slot("pending_write") or not asks_for_a_follow_up(text):
        return None
    answer = booked_follow_up(
        session=session, staff=staff, as_of=today(), text=text,
        focus=focus_customer(session, staff, tracker), last_write=tracker.get_slot("last_write"),
        channel=channel_name(tracker.get_latest_input_channel()))
    return Reply.of(answer) if answer is not None else None


def mixed_reply(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """A message asking for a read and a write at once ("tell me about X and log that …"):
    the read answered, the write shown for a yes (knowledge.writes.mixed); None otherwise (a
    words-only check first: the customer in focus costs a book read per earlier message)."""
    from knowledge.access.audit import channel_name
    from knowledge.writes.mixed import mixed_answers, split_mixed

    if split_mixed((tracker.latest_message or {}).get("text"), today()) is None:
        return None
    answers = mixed_answers(
        session=session, staff=staff, as_of=today(),
        text=(tracker.latest_message or {}).get("text"),
        focus=focus_customer(session, staff, tracker), last_write=tracker.get_slot("last_write"),
        channel=channel_name(tracker.get_latest_input_channel()))
    return Reply.of_all(answers) if answers else None


def amended_reply(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """ "yes but friday", "no - the other hannah" to a call shown for a yes, whatever the NLU
    made of it: the call amended and shown again, never stored as shown
    (knowledge.call_reports.amend); None otherwise (a words-only check first)."""
    from knowledge.call_reports.amend import amend_shown, change_in_answer

    pending = tracker.get_slot("pending_write")
    text = (tracker.latest_message or {}).get("text") or ""
    if not isinstance(pending, dict) or change_in_answer(text) is None:
        return None
    from actions.writes import yes_and_reply

    if (dated := yes_and_reply(session, staff, tracker)) is not None:
        return dated  # "sure but change the date to friday": the yes with the date it states
    answer = amend_shown(session=session, staff=staff, pending=pending, text=text)
    return Reply.of(answer) if answer is not None else None


def earlier_write_reply(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """ "undo both", "undo the first one", "the one before that was wrong, it was X", whatever
    the NLU made of it: the write it names among the conversation's recent ones undone or
    corrected (knowledge.writes.earlier); None otherwise (a words-only check first)."""
    from knowledge.writes.earlier import earlier_answer, names_an_earlier_write, recalled
    from knowledge.writes.named_write import written_entries

    text = (tracker.latest_message or {}).get("text") or ""
    state = conversation_state(tracker)
    last = recalled(tracker.get_slot("last_write"), state)
    written = written_entries(state, tracker.get_slot("last_write"))  # the state's, on record
    if tracker.get_slot("pending_write") or not names_an_earlier_write(
            text, last, listed=bool(state.shown), written=written):
        return None
    answer = earlier_answer(session=session, staff=staff, last=last, text=text,
                            channel=channel_name(tracker.get_latest_input_channel()),
                            written=written)
    return Reply.of(answer) if answer is not None else None


def listed_call_reply(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """ "#2 no answer", "the top one wants a meeting thurs", "same for the next one" after the
    call list was shown: the call for the customer at that position of the list as shown
    (knowledge.call_reports.positions); a place of no list shown is asked about, never looked
    up as a name; None when the message names no listed customer."""
    from knowledge.call_reports.positions import listed_call_answer, place_not_shown, position_in

    text = (tracker.latest_message or {}).get("text") or ""
    if tracker.get_slot("pending_write") or position_in(text)[2] is None:
        return None
    state = conversation_state(tracker)
    answer = listed_call_answer(
        session=session, staff=staff, as_of=today(), text=text, state=state,
        last_write=tracker.get_slot("last_write"),
        channel=channel_name(tracker.get_latest_input_channel())) or place_not_shown(
        session=session, staff=staff, as_of=today(), text=text, state=state)
    return Reply.of(answer) if answer is not None else None


def log_again_reply(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """ "log it again" after a double send was held back (knowledge.writes.double_send): the
    held write stored after all, whatever the NLU made of the words; None otherwise."""
    from knowledge.writes.double_send import held_write

    held = held_write((tracker.latest_message or {}).get("text"), tracker.get_slot("last_write"))
    if held is None:
        return None
    from knowledge.writes.dispatch import store

    return Reply.of(store(session=session, staff=staff, write=held,
                          channel=channel_name(tracker.get_latest_input_channel())))


def _remembering_earlier(session: Any, reply: Reply, previous: Any) -> Reply:
    """A new last write carries the conversation's calls before it, so they stay addressable."""
    from knowledge.writes.earlier import with_earlier

    for event in reply.events:
        if event.get("event") == "slot" and event.get("name") == "last_write":
            event["value"] = with_earlier(session, event.get("value"), previous)
    return reply


class StaffAction(Action, ABC):
    """Base for actions that answer a member of staff from the customer database."""

    @abstractmethod
    def name(self) -> str: ...

    @abstractmethod
    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        """Build the reply. `session` is an open database session, `staff` the asker."""

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        try:
            reply = await asyncio.to_thread(self._respond_in_unit_of_work, tracker, domain)
        except DatabaseUnavailable:
            log.warning("%s: customer database unreachable", self.name())
            reply = Reply().say(DATABASE_DOWN)
        except Exception as exc:
            # Where it failed, but not the exception's message, the user's text or the slots:
            # they may hold customer data (SQLAlchemy errors even quote query parameters).
            log.error("%s failed: %s", self.name(), _where(exc))
            reply = Reply().say(SOMETHING_WENT_WRONG)
        # Slack and Teams get cards built from the payloads; other channels text + JSON.
        for message in channel_messages(
            tracker.get_latest_input_channel(), reply.texts, reply.payloads
        ):
            dispatcher.utter_message(**message)
        return reply.events + _focus_follows(reply.events)

    def _respond_in_unit_of_work(self, tracker: Tracker, domain: DomainDict) -> Reply:
        # What the advisor typed reaches SQL and the tokenizers: no lone surrogates, no NUL,
        # and plain apostrophes and quotes ("didn’t" = "didn't").
        tracker.latest_message = typed_message(tracker.latest_message)
        tracker.slots = well_formed_all(tracker.slots)
        cleared = stale_pending(tracker)
        if cleared:  # a question of the last session: nothing waits for a yes in this one
            tracker.slots = {**tracker.slots, "pending_write": None}
        with unit_of_work() as session:
            # A chat turn adds no transaction and no refresh: their freshness is read once.
            reads_refresh_once(session)
            staff = staff_for_sender(
                session=session,
                sender_id=tracker.sender_id or "",
                input_channel=tracker.get_latest_input_channel(),
            )
            if staff is None:
                return Reply().say(NOT_REGISTERED)
            from actions.denied import fix_after_no_reply
            from actions.turns import (
                call_choice_reply,
                open_question_reply,
                put_right_reply,
                statement_choice_reply,
                take_back_reply,
                turn_reply,
            )
            was_open = (tracker.get_slot("pending_write") or {}).get("kind") == "open_question"
            reply = (open_question_reply(session, staff, tracker)  # "1", "undo", "nothing"
                     or log_again_reply(session, staff, tracker)
                     or statement_choice_reply(session, staff, tracker)  # "who said it?" "2"
                     or call_choice_reply(session, staff, tracker)  # "which one?" "the dentist"
                     or double_post_reply(session, staff, tracker)  # "that was a double post"
                     or amended_reply(session, staff, tracker)
                     or fix_after_no_reply(session, staff, tracker)  # "no" then "klein"
                     or put_right_reply(session, staff, tracker)  # "it was 50, not 25"
                     or turn_reply(session, staff, tracker)  # "his wife too", "still open"
                     or take_back_reply(session, staff, tracker)  # "annule ça stp"
                     or by_customer_reply(session, staff, tracker)  # "undo claudia"
                     or earlier_write_reply(session, staff, tracker)
                     or listed_call_reply(session, staff, tracker)
                     or self.respond(session=session, staff=staff, tracker=tracker,
                                     domain=domain))
            from actions.held_back import held_back_reply

            # a write from a message that reports nothing (a question, a plan, a quote)
            reply = held_back_reply(session, staff, tracker, reply) or reply
            from actions.session_check import session_checked

            # a write already on record, or on a customer only carried over: checked once
            reply = session_checked(session, staff, tracker, reply) or reply
            reply = _remembering_earlier(session, reply, tracker.get_slot("last_write"))
            cleared = cleared or (was_open and not tracker.get_slot("pending_write"))
            if cleared and not any(e.get("name") == "pending_write" for e in reply.events):
                reply.events.append(SlotSet("pending_write", None))
            return reply


def _focus_follows(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The customer in focus ("her", "him") is the one last named successfully: it follows a
    customer_id an action set, and a turn that found nobody leaves it where it was."""
    from rasa_sdk.events import SlotSet

    for event in reversed(events):
        if event.get("event") == "slot" and event.get("name") == "customer_id":
            if event.get("value"):
                return [SlotSet("focus_customer", event["value"])]
            break
    return []


def _where(exc: BaseException) -> str:
    """The exception's type and the code locations it passed through, without any values."""
    frames = traceback.extract_tb(exc.__traceback__)
    path = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    return f"{type(exc).__name__} at {path or 'unknown'}"


def today() -> Any:
    return get_settings().today()


async def in_database(work: Any) -> Any:
    """Run `work(session)` in a worker thread and one unit of work (committed), for the
    steps that are not a `StaffAction` (form validation)."""

    def run() -> Any:
        with unit_of_work() as session:
            return work(session)

    return await asyncio.to_thread(run)


def entity(tracker: Tracker, name: str) -> str | None:
    """The latest message's entity `name`, stripped; None when absent or empty."""
    value = next(tracker.get_latest_entity_values(name), None)
    return str(value).strip() if value not in (None, "") else None


def message_text(tracker: Tracker) -> str | None:
    return (tracker.latest_message or {}).get("text") or None


def conversation_events(tracker: Tracker) -> list[dict[str, Any]]:
    """The events of this conversation: since the latest restart or new session. What the
    bot showed or asked before it ("no" to a call shown yesterday, a choice offered before a
    restart) is never what a new message answers."""
    events = tracker.events_after_latest_restart()
    starts = [i for i, e in enumerate(events) if e.get("event") == "session_started"]
    return events[starts[-1] + 1:] if starts else events


def channel_of(tracker: Tracker) -> str:
    """The latest message's input channel as the audit log spells it."""
    return channel_name(tracker.get_latest_input_channel())
