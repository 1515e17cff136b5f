"""`action_greet`, `action_goodbye`: hello and goodbye, unless the message asks for more.

"ciao, chi devo chiamare oggi?" opens with a goodbye word, "cofnij to" looks like a greeting to
the NLU, "salut, annule ça" is both: what the words ask for beyond hello
(knowledge.writes.small_talk) is answered as its own action would, every write shown first as
there; a greeting or goodbye alone gets its canned answer without a database turn. The
out-of-scope action hands over the same way (`hand_over`).
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.base import Reply, StaffAction, message_text, today


def asks_for_more(tracker: Tracker) -> bool:
    """The message asks for something besides hello or goodbye (words only, no database)."""
    from knowledge.writes.small_talk import request_in

    return request_in(message_text(tracker), today()) is not None


def hand_over(session: Any, staff: Any, tracker: Tracker, domain: DomainDict, *,
              reports: bool = True) -> Reply | None:
    """The answer of the action the message's words ask for: the call list, the undo, a call
    reported (shown first; not with `reports=False`, for a caller that reads reports itself);
    None when they ask for nothing of these. A place on the list was read before this
    (actions.base.listed_call_reply)."""
    from knowledge.writes.small_talk import request_in

    request = request_in(message_text(tracker), today())
    if request == "list":
        from actions.call_list import ActionCallList

        return ActionCallList().respond(session=session, staff=staff, tracker=tracker,
                                        domain=domain)
    if request == "undo":
        from actions.writes import ActionUndoWrite

        return ActionUndoWrite().respond(session=session, staff=staff, tracker=tracker,
                                         domain=domain)
    if reports and request in ("report", "place"):
        from actions.writes import words_say_more

        # "nie odebrał" says enough in two words; "no thanks", "all good" do not (short_report)
        return words_say_more(session, staff, tracker)
    return None


def _waits_for_an_answer(tracker: Tracker) -> bool:
    """The bot asked which customer, or how the call went: a name read as a greeting
    ("monika" after "which one did you call?") may be the answer."""
    pending = tracker.get_slot("pending_write")
    return isinstance(pending, dict) and bool(pending.get("candidates")
                                              or pending.get("awaiting"))


def _corrects(tracker: Tracker) -> bool:
    """ "nej vänta, på fredag" after a write, "non, vendredi" to "… OK?": a correction or a
    changed answer the NLU took for a greeting (words only, no database)."""
    from knowledge.call_reports.amend import change_in_answer
    from knowledge.writes.disputes import disputes_last_write

    text = message_text(tracker)
    last = tracker.get_slot("last_write")
    if isinstance(tracker.get_slot("pending_write"), dict):
        return change_in_answer(text) is not None
    return isinstance(last, dict) and last.get("kind") == "call" and disputes_last_write(text,
                                                                                         last)


class _SmallTalk(StaffAction):
    response = ""

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
                  ) -> list[dict[str, Any]]:
        if asks_for_more(tracker) or _waits_for_an_answer(tracker) or _corrects(tracker):
            before = len(dispatcher.messages)
            events = await super().run(dispatcher, tracker, domain)
            if len(dispatcher.messages) > before:
                return events
        dispatcher.utter_message(response=self.response)
        return []

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from actions.base import correction_reply

        handed = (correction_reply(session, staff, tracker) if _corrects(tracker) else None
                  ) or hand_over(session, staff, tracker, domain)
        if handed is None and _waits_for_an_answer(tracker):
            from actions.writes import ActionFallback  # "monika" to "which one did you call?"

            handed = ActionFallback().respond(session=session, staff=staff, tracker=tracker,
                                              domain=domain)
        return handed or Reply()


class ActionGreet(_SmallTalk):
    response = "utter_greet"

    def name(self) -> str:
        return "action_greet"


class ActionGoodbye(_SmallTalk):
    response = "utter_goodbye"

    def name(self) -> str:
        return "action_goodbye"
