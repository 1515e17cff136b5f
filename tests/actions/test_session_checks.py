"""A session's writes checked against the session (knowledge.writes.session_check), through
the actions with every "OK?" answered yes: a pronoun with two customers live is asked
about, naming both, and nothing is stored until the advisor picks; a call or statement the
conversation already has on record is not stored again, whichever reader made it; a yes the
day after never stores yesterday's question. The `people` bank: Maria Keller C001, Jonas
Weber C002, Ingrid Dahl C003, Pedro Alves C004, Li Wei C005; today Monday 2026-11-23."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from actions.writes import ActionConfirmWrite, ActionFallback, ActionUndoWrite
from tests.actions.conftest import Talk, new_calls


async def test_a_pronoun_with_two_customers_live_is_asked_about_by_name(people: Session) -> None:
    talk = Talk()
    await talk.say("maria keller picked up, all good")
    await talk.say("rang jonas weber, went to voicemail")
    said = await talk.say("she wants to meet on thursday")
    assert new_calls(people) == [("C001", "reached", None), ("C002", "no_answer", None)], said
    assert "Maria Keller" in said and "Jonas Weber" in said and not said.endswith("OK?")
    said = await talk.say("maria keller", ActionFallback(), "nlu_fallback")
    # the meeting is told of the call logged with her, which it replaces (on the yes)
    assert new_calls(people) == [("C001", "follow_up", "2026-11-26"),
                                 ("C002", "no_answer", None)], said


async def test_the_same_call_stated_again_two_turns_later_is_not_stored_twice(
        people: Session) -> None:
    talk = Talk()
    await talk.say("jonas weber voicemail")
    await talk.say("li wei reached")
    said = await talk.say("Jonas Weber - voicemail")
    assert new_calls(people) == [("C002", "no_answer", None), ("C005", "reached", None)], said
    assert "already logged" in said.lower()


async def test_same_for_a_customer_already_logged_so_adds_nothing(people: Session) -> None:
    talk = Talk()
    await talk.say("ingrid dahl didnt pick up")
    await talk.say("pedro alves didnt pick up either")
    said = await talk.say("same for ingrid dahl")
    assert new_calls(people) == [("C003", "no_answer", None), ("C004", "no_answer", None)], said


async def test_one_more_try_is_a_new_call(people: Session) -> None:
    talk = Talk()
    await talk.say("jonas weber voicemail")
    await talk.say("li wei reached")
    said = await talk.say("tried jonas weber again, voicemail")
    assert new_calls(people).count(("C002", "no_answer", None)) == 2, said


async def test_log_it_again_after_a_repeat_stores_the_second_call(people: Session) -> None:
    talk = Talk()
    await talk.say("jonas weber voicemail")
    await talk.say("li wei reached")
    await talk.say("jonas weber voicemail")
    said = await talk.say("log it again", ActionFallback(), "nlu_fallback")
    assert new_calls(people).count(("C002", "no_answer", None)) == 2, said


async def test_a_yes_in_a_new_session_stores_nothing_shown_the_session_before(
        people: Session) -> None:
    talk = Talk()
    await talk.say("pedro alves reached")
    waiting = {"kind": "call", "customer_id": "C003", "name": "Ingrid Dahl",
               "as_of": "2026-11-23", "outcome": "follow_up", "follow_up_on": "2026-11-27"}
    talk.events += [{"event": "bot", "text": "Log a call with Ingrid Dahl … OK?",
                     "data": {"custom": {"type": "confirm_write", "write": waiting}}},
                    {"event": "session_started"},
                    {"event": "slot", "name": "pending_write", "value": waiting}]
    talk.slots["pending_write"] = waiting
    said = await talk.say("yes", ActionConfirmWrite(), "affirm")
    assert new_calls(people) == [("C004", "reached", None)], said
    assert talk.slots.get("pending_write") is None


async def test_undoing_the_last_call_by_name_leaves_the_one_before_as_it_was(
        people: Session) -> None:
    talk = Talk()
    await talk.say("pedro alves no answer")
    await talk.say("ingrid dahl reached")
    said = await talk.say("undo ingrid pls", ActionUndoWrite(), "undo")
    assert new_calls(people) == [("C004", "no_answer", None)], said
    assert "already logged" not in said.lower()


async def test_more_details_of_a_call_already_logged_replace_it(people: Session) -> None:
    talk = Talk()
    await talk.say("pedro alves reached")
    await talk.say("li wei went to voicemail")
    said = await talk.say("pedro alves reached - oh and meeting on friday")
    assert new_calls(people) == [("C004", "follow_up", "2026-11-27"),
                                 ("C005", "no_answer", None)], said
    assert "take back" in said


async def test_a_bare_reached_after_the_meeting_was_logged_adds_nothing(people: Session) -> None:
    talk = Talk()
    await talk.say("ingrid dahl wants a meeting friday")
    said = await talk.say("ingrid dahl reached")
    assert new_calls(people) == [("C003", "follow_up", "2026-11-27")], said


async def test_a_contact_after_an_unanswered_call_is_a_call_of_its_own(people: Session) -> None:
    talk = Talk()
    await talk.say("li wei voicemail")
    said = await talk.say("li wei picked up now, all good")
    assert new_calls(people) == [("C005", "no_answer", None), ("C005", "reached", None)], said


@pytest.mark.parametrize("text", ["the jonas one – scrap it, mixed them up",
                                  "bitte den anruf von jonas rückgängig machen",
                                  "annuler celui de jonas stp"])
@pytest.mark.parametrize("action", [ActionUndoWrite, ActionLogCall, ActionFallback])
async def test_an_undo_naming_the_call_before_its_verb_or_abroad_takes_back_that_call(
        people: Session, text: str, action: type) -> None:
    talk = Talk()
    await talk.say("pedro alves reached")
    await talk.say("jonas weber no answer")
    await talk.say("ingrid dahl reached")
    said = await talk.say(text, action(), "nlu_fallback")
    assert new_calls(people) == [("C003", "reached", None), ("C004", "reached", None)], said


async def test_after_an_undo_the_first_call_of_the_chat_can_still_be_taken_back(
        people: Session) -> None:
    talk = Talk()
    await talk.say("pedro alves reached")
    await talk.say("jonas weber no answer")
    await talk.say("li wei reached")
    await talk.say("undo", ActionUndoWrite(), "undo")
    assert len(new_calls(people)) == 2
    said = await talk.say("undo the first one as well", ActionUndoWrite(), "undo")
    assert new_calls(people) == [("C002", "no_answer", None)], said


@pytest.mark.parametrize(("text", "calls"), [
    # the second of two calls, said to be another outcome
    ("hold on, the second one was reached not voicemail", [("C001", "no_answer", None),
                                                           ("C004", "reached", None)]),
    # the first of two, said to be another customer, in the advisors' French
    ("non, la première c'était jonas weber, pas maria", [("C002", "no_answer", None),
                                                         ("C004", "no_answer", None)]),
])
async def test_a_call_of_the_chat_named_by_its_order_is_corrected(
        people: Session, text: str, calls: list[tuple[str, str, None]]) -> None:
    talk = Talk()
    await talk.say("maria keller no answer")
    await talk.say("pedro alves vm")
    said = await talk.say(text, ActionFallback(), "nlu_fallback")
    assert new_calls(people) == calls, said


async def test_marking_the_complaint_resolved_after_the_call_closes_it(people: Session) -> None:
    from knowledge.models.bank import Interaction, Outcome

    talk = Talk()
    await talk.say("talked to maria keller about her complaint")
    said = await talk.say("ok, mark it as resolved")
    people.expire_all()
    assert people.get(Interaction, "I1").outcome is Outcome.resolved, said
    assert [c[0] for c in new_calls(people)] == ["C001"], said
