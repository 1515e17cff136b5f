"""Managers' theme questions: summary, detail, costliest, assign an owner, set the status.

Themes are named in words ("the app login theme"); "it" means the theme last talked about
(slot `theme_id`). Each action makes one call into `knowledge.themes.chat`.
"""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.types import DomainDict

from actions.base import (
    Reply,
    StaffAction,
    channel_of,
    correction_reply,
    entity,
    message_text,
    named_customer_reply,
    today,
)


def _focus(tracker: Tracker) -> int | None:
    value = tracker.get_slot("theme_id")
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None



def _reply(answer: Any) -> Reply:
    # The theme talked about and a write shown first travel as slots of the answer.
    return Reply.of(answer)


class ActionThemesSummary(StaffAction):
    def name(self) -> str:
        return "action_themes_summary"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.themes.chat import summary

        named = (correction_reply(session, staff, tracker)
                 or named_customer_reply(session, staff, tracker)
                 or _a_call_not_a_theme(session, staff, tracker))
        if named is not None:
            return named
        from knowledge.themes.nobody_on import asks_for_unowned, unowned_answer

        if asks_for_unowned(message_text(tracker)):  # "themes without an owner?"
            return Reply.of(unowned_answer(session=session, as_of=today()))
        period = entity(tracker, "period") or message_text(tracker)
        return _reply(summary(session=session, period_text=period, as_of=today()))


class ActionThemeDetail(StaffAction):
    def name(self) -> str:
        return "action_theme_detail"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from actions.profile import listed_lookup_reply
        from knowledge.themes.chat import detail
        from knowledge.themes.notes import stated_change

        change = stated_change(message_text(tracker))
        if change is not None:  # "card blocked theme -> in prog": the change, not the detail
            action = ActionSetThemeStatus() if change == "status" else ActionAssignThemeOwner()
            return action.respond(session=session, staff=staff, tracker=tracker, domain=domain)
        named = None if entity(tracker, "theme") else (
            listed_lookup_reply(session, staff, tracker)  # "tell me more about no 3"
            or named_customer_reply(session, staff, tracker))
        if named is not None:
            return named
        return _reply(detail(session=session, words=entity(tracker, "theme"),
                             focus=_focus(tracker), text=message_text(tracker), as_of=today()))


class ActionCostliestThemes(StaffAction):
    def name(self) -> str:
        return "action_costliest_themes"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.themes.chat import costliest

        named = (correction_reply(session, staff, tracker)
                 or named_customer_reply(session, staff, tracker)
                 or _a_call_not_a_theme(session, staff, tracker))
        if named is not None:  # "joana costa" sent here by the NLU: her profile
            return named
        return _reply(costliest(session=session, as_of=today()))


_OWNER_WORDS = re.compile(r"\b(?:owner|owns?|bo|so|assign\w*|theme)\b", re.IGNORECASE)


class ActionAssignThemeOwner(StaffAction):
    def name(self) -> str:
        return "action_assign_theme_owner"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.themes.chat import assign

        fixed = correction_reply(session, staff, tracker)  # "no, the card theme i meant"
        if fixed is not None:
            return fixed
        from knowledge.writes.unplaced import only_a_call_report

        if only_a_call_report(message_text(tracker), today()) or _an_advisors_call(
                staff, message_text(tracker)):
            from actions.writes import words_say_more

            more = words_say_more(session, staff, tracker) or _as_a_call(
                session, staff, tracker, domain)
            if more is not None:  # "NI - lena fischer": a call report, shown first
                return more
        if (told := _an_advisors_statement(session, staff, tracker)) is not None:
            return told  # "X wrote in: 'the new statements are unreadable'": their feedback
        from knowledge.writes.mixed import asks_for_the_list

        text = message_text(tracker) or ""
        from knowledge.writes.mixed import asks_to_show_abroad

        if asks_to_show_abroad(text) and not _OWNER_WORDS.search(text):
            from actions.profile import ActionCustomerProfile  # "Zeig mir Oskar Lindström"

            return ActionCustomerProfile().respond(session=session, staff=staff,
                                                   tracker=tracker, domain=domain)
        if asks_for_the_list(text) and not _OWNER_WORDS.search(text):
            # "Wer steht heute auf meiner Liste?" read as an owner request: the call list
            from knowledge.call_reports.chat import list_answer

            return Reply.of(list_answer(session=session, staff=staff, as_of=today(), page=1,
                                        reason_filter=None, tier_filter=None))
        return _reply(assign(
            session=session, staff=staff, words=entity(tracker, "theme"), focus=_focus(tracker),
            staff_name=entity(tracker, "staff_name"), role=entity(tracker, "owner_role"),
            text=message_text(tracker)))


def _an_advisors_call(staff: Any, text: str | None) -> bool:
    """An advisor (who assigns no owners) stating a call's outcome in any words ("Nicolas
    Dubois a signé le contrat"): read as the call report it is, shown first."""
    from knowledge.access.policy import is_manager
    from knowledge.call_reports.said import read_call

    return not is_manager(staff) and read_call(text, today()).explicit


def _a_call_not_a_theme(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """An advisor's call report read as a question about themes ("Joana Costa ha contratado
    el depósito a plazo"): the call, shown first (knowledge.writes.unplaced)."""
    if not _an_advisors_call(staff, message_text(tracker)):
        return None
    from actions.writes import words_say_more

    return words_say_more(session, staff, tracker)


def _as_a_call(session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply | None:
    """An advisor's call report with no name in it, sent to a theme change by the NLU ("the
    complaint's sorted, IT fixed her access" after "X called back!"): read by the call action,
    which knows the customer in focus and the call waiting for its outcome."""
    from actions.call_list import ActionLogCall
    from knowledge.access.policy import is_manager
    from knowledge.feedback.not_said import about_a_complaint

    pending = tracker.get_slot("pending_write")
    waiting = isinstance(pending, dict) and pending.get("awaiting") == "outcome"
    if is_manager(staff) or not (waiting or about_a_complaint(message_text(tracker))):
        return None  # only an answer to "how did the call go?" or a complaint's closure
    return ActionLogCall().respond(session=session, staff=staff, tracker=tracker, domain=domain)


def _an_advisors_statement(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """An advisor (who assigns no owners) relaying a customer's words, read as an owner
    request: the words shown as that customer's feedback for a yes; None otherwise."""
    from knowledge.access.policy import is_manager
    from knowledge.writes.unplaced import customer_statement

    if is_manager(staff):
        return None
    told = customer_statement(session=session, staff=staff, text=message_text(tracker),
                              channel=channel_of(tracker))
    return Reply.of(told) if told is not None else None


class ActionSetThemeStatus(StaffAction):
    def name(self) -> str:
        return "action_set_theme_status"

    def respond(self, *, session: Any, staff: Any, tracker: Tracker, domain: DomainDict) -> Reply:
        from knowledge.themes.chat import set_status

        fixed = correction_reply(session, staff, tracker)  # "sorry, i meant the other theme"
        if fixed is not None:
            return fixed
        if _an_advisors_call(staff, message_text(tracker)):
            from actions.writes import words_say_more

            more = words_say_more(session, staff, tracker) or _as_a_call(
                session, staff, tracker, domain)
            if more is not None:  # "X ha firmato il contratto" sent here: the call, shown first
                return more
        if (told := _an_advisors_statement(session, staff, tracker)) is not None:
            return told  # "X says the fingerprint login broke": their feedback, not a status
        return _reply(set_status(
            session=session, staff=staff, words=entity(tracker, "theme"), focus=_focus(tracker),
            status=entity(tracker, "theme_status"), text=message_text(tracker)))


def stated_status_reply(session: Any, staff: Any, tracker: Tracker,
                        domain: DomainDict) -> Reply | None:
    """A manager's theme status sent to the call report ("the loan application one is solved
    since friday", no customer in it): that theme's status change; None otherwise."""
    from knowledge.themes.chat import set_status
    from knowledge.themes.theme_fix import stated_status

    named = bool(entity(tracker, "customer_name") or entity(tracker, "customer_id"))
    theme = stated_status(session=session, staff=staff, text=message_text(tracker),
                          named_customer=named)
    if theme is None:
        return None
    return _reply(set_status(session=session, staff=staff, words=None, focus=theme.id,
                             status=None, text=message_text(tracker)))


def theme_question_reply(session: Any, staff: Any, tracker: Tracker) -> Reply | None:
    """A manager's question about one theme the NLU could not place ("fingerprint login -
    who's on it?"): its status and owners, and it becomes the theme "it" means next; None
    when the words name no one theme or ask nothing."""
    from knowledge.access.policy import is_manager
    from knowledge.themes.more_changes import asks_about, state_of
    from knowledge.themes.queries import find_theme

    text = message_text(tracker)
    if not is_manager(staff):
        return None
    from knowledge.themes.nobody_on import asks_for_unowned, unowned_answer

    if asks_for_unowned(text):  # "which themes still have nobody on them?"
        return Reply.of(unowned_answer(session=session, as_of=today()))
    if not asks_about(text):
        return None
    found = find_theme(session=session, words=text)
    return Reply.of(state_of(session, found[0])) if len(found) == 1 else None
