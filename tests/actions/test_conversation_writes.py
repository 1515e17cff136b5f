"""Sessions that undo or correct one earlier write by its customer's name, through the
actions, asserting what stays on record: the name is read against this conversation's
writes (knowledge.conversation.state, knowledge.writes.by_customer), an undo takes back that
write alone, a correction replaces it on the yes instead of adding a second call."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from actions.writes import ActionUndoWrite
from knowledge.models.bank import Customer
from tests.actions.conftest import Talk, new_calls


@pytest.fixture
def book(people: Session) -> Session:
    people.add_all([Customer(id="C006", name="Maria Vogel", advisor_id="A001"),
                    Customer(id="C007", name="Pedro Nunes", advisor_id="A001")])
    people.commit()
    return people


async def test_undo_by_a_first_name_only_one_call_of_this_chat_has(book: Session) -> None:
    # the book has two Marias; only Maria Keller was called in this conversation
    talk = Talk()
    await talk.say("maria keller no answer")
    await talk.say("jonas weber reached")
    await talk.say("pedro alves not interested")
    said = await talk.say("pls undo maria", ActionUndoWrite(), "undo")
    assert new_calls(book) == [("C002", "reached", None), ("C004", "not_interested", None)], said


async def test_undo_by_full_name_with_the_reason_naming_another_call(book: Session) -> None:
    talk = Talk()
    await talk.say("jonas weber no answer")
    await talk.say("pedro alves no answer")
    said = await talk.say("undo jonas weber - confused him with pedro", ActionUndoWrite(),
                          "undo")
    assert new_calls(book) == [("C004", "no_answer", None)], said


async def test_a_correction_of_one_call_of_a_batch_replaces_that_call_alone(
        book: Session) -> None:
    talk = Talk()
    await talk.say("ingrid dahl n/a, li wei reached, pedro alves voicemail")
    assert len(new_calls(book)) == 3
    said = await talk.say("oops li was also not reachable")
    assert new_calls(book) == [("C003", "no_answer", None), ("C004", "no_answer", None),
                               ("C005", "no_answer", None)], said


async def test_a_new_day_for_an_earlier_call_changes_it_instead_of_adding_one(
        book: Session) -> None:
    talk = Talk()
    await talk.say("ingrid dahl reached, wants a meeting next week, li wei voicemail")
    said = await talk.say("ingrid is friday the 27th btw")
    assert new_calls(book) == [("C003", "follow_up", "2026-11-27"),
                               ("C005", "no_answer", None)], said


async def test_another_try_with_the_same_customer_is_a_new_call(book: Session) -> None:
    talk = Talk()
    await talk.say("li wei no answer, ingrid dahl reached")
    said = await talk.say("tried li again, reached this time")
    assert ("C005", "reached", None) in new_calls(book), said
    assert ("C005", "no_answer", None) in new_calls(book), said


@pytest.mark.parametrize("text", ["jonas too 👍", "and ingrid as well", "dahl too"])
async def test_a_first_name_or_surname_with_too_after_a_call_is_the_same_call_for_them(
        book: Session, text: str) -> None:
    # sent to feedback by the NLU it was stored as the customer's words
    from actions.feedback import ActionSaveFeedback

    talk = Talk()
    await talk.say("maria keller reached")
    said = await talk.say(text, ActionSaveFeedback(), "give_feedback")
    assert "OK?" in said, said  # inferred: shown first
    other = "C002" if "jonas" in text else "C003"
    assert new_calls(book) == sorted([("C001", "reached", None), (other, "reached", None)]), said


@pytest.mark.parametrize("text", ["you too", "me too thx"])
async def test_too_said_as_chatter_logs_nothing(book: Session, text: str) -> None:
    from actions.writes import ActionFallback

    talk = Talk()
    await talk.say("maria keller reached")
    said = await talk.say(text, ActionFallback(), "nlu_fallback")
    assert new_calls(book) == [("C001", "reached", None)], said


@pytest.mark.parametrize("excuse", ["that was a double post sorry", "oops sent it twice"])
async def test_a_repeat_held_back_then_called_a_double_post_keeps_the_one_call(
        book: Session, excuse: str) -> None:
    from actions.writes import ActionUndoWrite

    talk = Talk()
    await talk.say("pedro alves no answer")
    said = await talk.say("pedro alves no answer")
    assert "not stored twice" in said and new_calls(book) == [("C004", "no_answer", None)]
    said = await talk.say(excuse, ActionUndoWrite(), "undo")
    assert new_calls(book) == [("C004", "no_answer", None)], said


@pytest.mark.parametrize("fix", ["ingrid dahl: meeting is wednesday, not tomorrow",
                                 "Korrektur: Ingrid Dahl Termin ist Mittwoch"])
# ("correction: …" in English, a take-back word the write does not act on, is asked about:
# tests/actions/test_open_question.py)
async def test_a_correction_for_a_customer_whose_turn_stored_nothing_leaves_the_last_call(
        book: Session, fix: str) -> None:
    from actions.writes import ActionFallback, ActionUndoWrite

    talk = Talk()
    await talk.say("ingrid dahl - what's up there?", ActionFallback(), "nlu_fallback")
    await talk.say("pedro alves not reachable")
    said = await talk.say(fix, ActionUndoWrite(), "correct_last")
    assert new_calls(book) == [("C003", "follow_up", "2026-11-25"),
                               ("C004", "no_answer", None)], said


async def test_a_later_contact_after_no_answer_is_a_call_of_its_own(book: Session) -> None:
    talk = Talk()
    await talk.say("ingrid dahl no answer, li wei reached")
    await talk.say("pedro alves voicemail")
    said = await talk.say("ingrid is reached now, all good")
    assert ("C003", "no_answer", None) in new_calls(book), said
    assert ("C003", "reached", None) in new_calls(book), said


async def test_words_about_a_call_just_taken_back_never_move_the_last_call(
        book: Session) -> None:
    talk = Talk()
    await talk.say("ingrid dahl reached")
    await talk.say("jonas weber reached")
    await talk.say("undo ingrid", ActionUndoWrite(), "undo")
    said = await talk.say("ingrid was actually not there, her husband picked up",
                          ActionUndoWrite(), "correct_last")
    assert new_calls(book) == [("C002", "reached", None)], said


async def test_the_outcome_of_a_call_just_taken_back_logs_it_again_as_now_said(
        book: Session) -> None:
    talk = Talk()
    await talk.say("ingrid dahl reached")
    await talk.say("jonas weber not interested")
    await talk.say("undo jonas", ActionUndoWrite(), "undo")
    said = await talk.say("jonas was voicemail actually", ActionUndoWrite(), "correct_last")
    assert new_calls(book) == [("C002", "no_answer", None), ("C003", "reached", None)], said


async def test_undo_naming_a_customer_with_two_calls_here_takes_back_the_one_described(
        book: Session) -> None:
    talk = Talk()
    await talk.say("li wei voicemail")
    await talk.say("li wei called back, meeting friday")
    said = await talk.say("undo the li wei vm", ActionUndoWrite(), "undo")
    assert new_calls(book) == [("C005", "follow_up", "2026-11-27")], said


async def test_try_her_again_after_a_named_customer_is_an_unanswered_try(book: Session) -> None:
    from actions.writes import ActionFallback

    talk = Talk()
    await talk.say("pedro alves, hmm", ActionFallback(), "nlu_fallback")
    said = await talk.say("try him again fri")
    assert new_calls(book) == [("C004", "no_answer", "2026-11-27")], said


async def test_a_correction_to_another_customer_sharing_a_first_name_is_not_a_repeat(
        book: Session) -> None:
    # "pedro alves" and "pedro nunes" share a first name: the correction names Pedro Nunes in
    # full, so it is not Pedro Alves's call said again ("already logged")
    talk = Talk()
    await talk.say("pedro alves didnt answer")
    await talk.say("li wei reached, all good")
    said = await talk.say("hold on, the voicemail was pedro nunes not alves")
    assert "already logged" not in said
    assert ("C007", "no_answer", None) in new_calls(book), said
    assert ("C004", "no_answer", None) not in new_calls(book), said


async def test_after_an_undo_a_full_name_sharing_a_first_name_is_that_customer(
        book: Session) -> None:
    talk = Talk()
    await talk.say("maria keller reached")
    await talk.say("jonas weber reached as well, wants a call fri")
    await talk.say("delete the last one, wrong person", ActionUndoWrite(), "undo")
    said = await talk.say("it was maria vogel who wants the call friday")
    assert new_calls(book) == [("C001", "reached", None),
                               ("C006", "follow_up", "2026-11-27")], said
