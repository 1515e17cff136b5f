"""Confirming, dropping and undoing writes made in chat. Glue over knowledge.writes.dispatch."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.types import DomainDict

from actions.base import Reply, StaffAction, channel_of, entity
from actions.conversation import focus_customer, in_view_of_call
from knowledge.writes.take_back_words import UNDO_VERBS


def last_write_of(tracker: Tracker) -> dict[str, Any] | None:
    last = tracker.get_slot("last_write")
    return last if isinstance(last, dict) else None



def _correction(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """ "no, the other one - greta klein" under another intent: the last call corrected (or
    taken back and asked about), None when the message is no correction of a call."""
    from knowledge.call_reports.call_writes import correct_last_call
    from knowledge.writes.disputes import disputes_last_write

    text = (tracker.latest_message or {}).get("text") or ""
    last = tracker.get_slot("last_write")
    if not (isinstance(last, dict) and last.get("kind") == "call"
            and disputes_last_write(text, last)):
        return None
    answer = correct_last_call(session=session, staff=staff, last=last, text=text,
                               name=entity(tracker, "customer_name"),
                               customer_id=entity(tracker, "customer_id"),
                               channel=channel_of(tracker))
    if answer is None:  # "nope, the other one": nothing new named, so the call is undone
        from knowledge.writes.dispatch import reverse

        answer = reverse(session=session, staff=staff, last=last, channel=channel_of(tracker))
        answer.text += " Which customer or details did you mean? Tell me again."
    return Reply.of(answer)


def words_say_more(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """A message read as something it does not fit ("andreas schroder - nope, not keen" as a
    plain "no", "call lena fischer back 3.12." as a rate change): what its own words ask for,
    every write shown first (knowledge.writes.unplaced); None when they ask for nothing."""
    from knowledge.customers.typed_ids import typed_ids
    from knowledge.settings import get_settings
    from knowledge.writes.short_report import short_call_report
    from knowledge.writes.unplaced import unplaced_answers

    text = (tracker.latest_message or {}).get("text") or ""
    as_of = get_settings().today()
    if len(text.split()) < 3 and not (typed_ids(text) or short_call_report(text, as_of)):
        return None  # "no", "no thanks": nothing more to read ("c24 n/a", "nie odebrał" has)
    answers = unplaced_answers(session=session, staff=staff, as_of=get_settings().today(),
                               text=text, focus=focus_customer(session, staff, tracker),
                               last_write=last_write_of(tracker), channel=channel_of(tracker),
                               in_view=in_view_of_call(tracker))
    return Reply.of_all(answers) if answers else None


def yes_and_reply(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """ "sure but change the date to friday", "yes and also log X reached" while a write waits:
    the write shown again with the new date, or stored and the rest read as a new report."""
    from knowledge.call_reports.call_writes import log_call_answer
    from knowledge.settings import get_settings
    from knowledge.writes.yes_and import answer_yes_and

    pending = tracker.get_slot("pending_write")
    if not isinstance(pending, dict) or pending.get("candidates"):
        return None
    as_of = get_settings().today()

    def then(rest: str) -> Any:
        return log_call_answer(session=session, staff=staff, as_of=as_of,
                               name=entity(tracker, "customer_name"),
                               customer_id=entity(tracker, "customer_id"), outcome=None,
                               follow_up=None, text=rest, channel=channel_of(tracker),
                               **in_view_of_call(tracker))

    answer = answer_yes_and(session=session, staff=staff, pending=pending,
                            text=(tracker.latest_message or {}).get("text") or "", as_of=as_of,
                            channel=channel_of(tracker), then=then)
    return Reply.of(answer) if answer is not None else None


def cancel_reply(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """ "forget it", "scratch that", "rückgängig bitte" with nothing waiting: the last write
    of the conversation taken back (audited); None when it is no cancel or nothing was written."""
    from knowledge.feedback.chat import is_cancel
    from knowledge.writes.dispatch import reverse

    last = last_write_of(tracker)
    if not last or not is_cancel((tracker.latest_message or {}).get("text") or ""):
        return None
    return Reply.of(reverse(session=session, staff=staff, last=last, channel=channel_of(tracker)))


# Words that ask to take something back: such a message is never read as a new call.
_UNDO_WORDS = re.compile(rf"\b(?:{UNDO_VERBS}|cancel\w*|ignore|wrong)\b", re.IGNORECASE)


def _kept(tracker: Tracker) -> str:
    """What a correction shown for a yes would have replaced, said to stay as it was."""
    pending = tracker.get_slot("pending_write")
    replaces = pending.get("replaces") if isinstance(pending, dict) else None
    if not isinstance(replaces, dict):
        return ""
    return f" Still logged as it was: {replaces.get('summary') or 'your last call'}."


class ActionConfirmWrite(StaffAction):
    """ "yes" to "… OK?": store exactly what was shown."""

    def name(self) -> str:
        return "action_confirm_write"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.writes.dispatch import store

        pending = tracker.get_slot("pending_write")
        if _plain(tracker) == "no" or _opens_with_no(tracker):
            # "nej", "non", "nein, falsch" read as a yes: a no never stores
            return ActionDenyWrite().respond(session=session, staff=staff, tracker=tracker,
                                             domain=domain)
        if (more := yes_and_reply(session, staff, tracker)) is not None:
            return more
        if pending and len(pending.get("candidates") or []) == 1:
            # "yes" to "did you mean <the one customer offered>?"
            from knowledge.call_reports.call_writes import choose_for_pending

            answer = choose_for_pending(session=session, staff=staff, pending=pending,
                                        answer="1", ordinal="1", customer_id=None,
                                        channel=channel_of(tracker),
                                        last_write=tracker.get_slot("last_write"))
            if answer is not None:
                return Reply.of(answer)
        if not pending or pending.get("candidates") or not pending.get("kind"):
            cancelled = cancel_reply(session, staff, tracker)
            if not pending and cancelled is not None:  # "rückgängig bitte" read as a yes
                return cancelled
            if not pending:  # "vojtech horak?" read as a yes: the words may say what is meant
                from knowledge.settings import get_settings
                from knowledge.writes.unplaced import unplaced_answers

                answers = unplaced_answers(
                    session=session, staff=staff, as_of=get_settings().today(),
                    text=(tracker.latest_message or {}).get("text"),
                    focus=focus_customer(session, staff, tracker),
                    last_write=last_write_of(tracker), channel=channel_of(tracker),
                    in_view=in_view_of_call(tracker))
                if answers:
                    return Reply.of_all(answers)
            if isinstance(last_write_of(tracker), dict) and (last_write_of(tracker) or {}).get(
                    "held"):  # "yes" after "already logged … not stored twice": not a yes
                return Reply().say("Nothing is waiting for a yes: that call was already logged "
                                   "and was not stored twice. If it was another call, say "
                                   "“log it again”.")
            return Reply().say("There is nothing waiting for a yes right now.")
        return Reply.of(store(session=session, staff=staff, write=pending,
                            channel=channel_of(tracker)))


class ActionDenyWrite(StaffAction):
    """ "no" to "… OK?": nothing is stored."""

    def name(self) -> str:
        return "action_deny_write"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        pending = tracker.get_slot("pending_write")
        if _plain(tracker) == "yes" and _answers_the_question(pending, _text(tracker)):
            # "sì", "tak" read as a no: the yes it is, to exactly what was shown
            return ActionConfirmWrite().respond(session=session, staff=staff, tracker=tracker,
                                                domain=domain)
        if pending:
            return Reply(events=[SlotSet("pending_write", None),
                                 SlotSet("customer_candidates", None)]).say(
                "OK, nothing was stored." + _kept(tracker)
                + " Tell me again with the right details.")
        last = tracker.get_slot("last_write")
        corrected = _correction(session, staff, tracker)
        if corrected is not None:  # "no, the other one - greta klein" read as a plain "no"
            return corrected
        cancelled = cancel_reply(session, staff, tracker)
        if cancelled is not None:  # "forget it" right after a write: taken back
            return cancelled
        more = words_say_more(session, staff, tracker)
        if more is not None:  # "andreas schroder - nope, not keen": a call report, shown first
            return more
        if last:
            return Reply().say(f"Nothing is waiting for an answer. The last thing I stored was "
                               f"{last.get('summary', 'a write')}; say \"undo\" to take it back.")
        return Reply().say("OK.")


class ActionUndoWrite(StaffAction):
    """ "undo", "cancel", "that was wrong", "no, the other one": drop what waits, else take
    back the last write (audited as a reversal)."""

    def name(self) -> str:
        return "action_undo_write"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.writes.dispatch import reverse

        if tracker.get_slot("pending_write"):
            return Reply(events=[SlotSet("pending_write", None),
                                 SlotSet("customer_candidates", None)]).say(
                "Cancelled: nothing was stored." + _kept(tracker))
        from knowledge.call_reports.call_writes import correct_last_call

        text = (tracker.latest_message or {}).get("text") or ""
        corrected = correct_last_call(
            session=session, staff=staff, last=tracker.get_slot("last_write"), text=text,
            name=entity(tracker, "customer_name"), customer_id=entity(tracker, "customer_id"),
            channel=channel_of(tracker))
        if corrected is not None:
            return Reply.of(corrected)
        last = last_write_of(tracker)
        from knowledge.call_reports.corrections import is_correction

        if last and last.get("kind") == "feedback" and is_correction(text):
            # "no, that was for joana costa": the statement taken back, offered for them.
            from knowledge.feedback.chat import correct_last_feedback

            fixed = correct_last_feedback(session=session, staff=staff, last=last, text=text,
                                          channel=channel_of(tracker))
            if fixed is not None:
                return Reply.of(fixed)
        if not tracker.get_slot("last_write") and not _UNDO_WORDS.search(text):
            more = words_say_more(session, staff, tracker)
            if more is not None:  # "VM x2 greta günther" read as an undo: nothing to undo
                return more
        answer = reverse(session=session, staff=staff, last=tracker.get_slot("last_write"),
                         channel=channel_of(tracker))
        reply = Reply.of(answer)
        if "other" in text.lower() and answer.payload:
            reply.say("Which customer did you mean? Tell me again with their name or id.")
        return reply


class ActionFallback(StaffAction):
    """A message the NLU could not place. While a write waits for an answer ("which one did
    you call?", "how did the call go?") it may be that answer; otherwise utter_default."""

    def name(self) -> str:
        return "action_fallback"

    async def run(self, dispatcher: Any, tracker: Tracker, domain: DomainDict
                  ) -> list[dict[str, Any]]:
        from knowledge.writes.disputes import disputes_last_write

        pending = tracker.get_slot("pending_write")
        last = tracker.get_slot("last_write")
        text = (tracker.latest_message or {}).get("text") or ""
        from knowledge.call_reports.amend import change_in_answer

        if (isinstance(pending, dict) and (pending.get("candidates") or pending.get("awaiting")
                                           or _answers_the_question(pending, text)
                                           or change_in_answer(text) is not None)
                or (isinstance(last, dict) and last.get("kind") == "call"
                    and disputes_last_write(text, last)) or not pending):
            # Also any message while nothing waits: its words may still say what is meant
            # (knowledge.writes.unplaced), and every write from it is shown first.
            before = len(dispatcher.messages)
            events = await super().run(dispatcher, tracker, domain)
            if len(dispatcher.messages) > before:
                return events
        dispatcher.utter_message(response="utter_default")
        return []

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.call_reports.call_writes import choose_for_pending, log_call_answer
        from knowledge.call_reports.said import read_call
        from knowledge.settings import get_settings

        pending = tracker.get_slot("pending_write") or {}
        text = (tracker.latest_message or {}).get("text") or ""
        if _answers_the_question(pending, text):  # "passt", "👍", "nah leave it" to "… OK?"
            return _answer_reply(session, staff, tracker, domain, text)
        if not pending:  # a correction of the last call the NLU could not place, or words
            from knowledge.writes.unplaced import unplaced_answers  # that say enough

            # ("disregard" right after a write was taken back before: actions.turns.take_back_reply)
            corrected = _correction(session, staff, tracker)
            if corrected is not None:
                return corrected
            from knowledge.writes.mixed import asks_for_the_list

            if asks_for_the_list(text):  # "wen soll ich heute anrufen?" the NLU could not place
                from actions.call_list import ActionCallList

                return ActionCallList().respond(session=session, staff=staff, tracker=tracker,
                                                domain=domain)
            answers = unplaced_answers(
                session=session, staff=staff, as_of=get_settings().today(), text=text,
                focus=focus_customer(session, staff, tracker), last_write=last_write_of(tracker),
                channel=channel_of(tracker), in_view=in_view_of_call(tracker))
            from actions.themes import theme_question_reply  # "card fees - who's on it?"

            return Reply.of_all(answers) if answers else (
                theme_question_reply(session, staff, tracker) or Reply())
        if pending.get("candidates"):
            answer = choose_for_pending(session=session, staff=staff, pending=pending,
                                        answer=text, ordinal=entity(tracker, "ordinal"),
                                        customer_id=entity(tracker, "customer_id"),
                                        channel=channel_of(tracker),
                                        last_write=tracker.get_slot("last_write"))
            return Reply.of(answer) if answer is not None else Reply()
        as_of = get_settings().today()
        if pending.get("awaiting") == "outcome" and read_call(text, as_of).explicit:
            return Reply.of(log_call_answer(
                session=session, staff=staff, as_of=as_of, name=None, customer_id=None,
                outcome=None, follow_up=None, text=text, pending=pending,
                last_write=tracker.get_slot("last_write"), channel=channel_of(tracker),
                **in_view_of_call(tracker)))
        return Reply()


def _text(tracker: Tracker) -> str:
    return (tracker.latest_message or {}).get("text") or ""


def _plain(tracker: Tracker) -> str | None:
    """"yes" / "no" when the message is only a plain answer, in any of the advisors' languages."""
    from knowledge.writes.pending import plain_answer

    return plain_answer(_text(tracker))


def _opens_with_no(tracker: Tracker) -> bool:
    from knowledge.writes.pending import opens_with_no

    return opens_with_no(_text(tracker))


def _answers_the_question(pending: Any, text: str) -> bool:
    """A write waits for its "… OK?" and the message only answers it, in words the NLU did
    not place ("passt", "yep go", "nah leave it")."""
    from knowledge.writes.pending import plain_answer

    return (isinstance(pending, dict) and bool(pending.get("kind"))
            and not pending.get("candidates") and not pending.get("awaiting")
            and plain_answer(text) is not None)


def _answer_reply(session: Any, staff: Any, tracker: Tracker, domain: DomainDict,
                  text: str) -> Reply:
    """The plain answer ("passt", "nah leave it") taken as the "yes" or "no" it is."""
    from knowledge.writes.pending import plain_answer

    action = ActionConfirmWrite() if plain_answer(text) == "yes" else ActionDenyWrite()
    return action.respond(session=session, staff=staff, tracker=tracker, domain=domain)


class ActionOutOfScope(StaffAction):
    """A message the NLU took for something the bot does not do ("transfer 100 euros"). A call
    report in words the NLU does not know ("left a msg for X", "termin mit X übermorgen") may
    land here too: what its own words state is answered, every write shown first
    (knowledge.writes.unplaced); otherwise utter_out_of_scope."""

    def name(self) -> str:
        return "action_out_of_scope"

    async def run(self, dispatcher: Any, tracker: Tracker, domain: DomainDict
                  ) -> list[dict[str, Any]]:
        before = len(dispatcher.messages)
        events = await super().run(dispatcher, tracker, domain)
        if len(dispatcher.messages) > before:
            return events
        dispatcher.utter_message(response="utter_out_of_scope")
        return []

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        pending = tracker.get_slot("pending_write")
        if pending:  # a question waits: only a plain answer to it ("passt", "👍") is taken
            text = (tracker.latest_message or {}).get("text") or ""
            if _answers_the_question(pending, text):
                return _answer_reply(session, staff, tracker, domain, text)
            if isinstance(pending, dict) and (pending.get("awaiting") == "outcome"
                                              or pending.get("candidates")):
                # "erreicht, Termin morgen 14 Uhr" to "how did the call go?", "femke, the tax
                # adviser" to "which one did you call?": its answer
                return ActionFallback().respond(session=session, staff=staff, tracker=tracker,
                                                domain=domain)
            return Reply()
        from actions.small_talk import hand_over  # "Guten Morgen, meine Anrufliste bitte"

        return (hand_over(session, staff, tracker, domain, reports=False)
                or words_say_more(session, staff, tracker) or Reply())
