"""Where the write itself is in question (a condition or a take-back it did not act on, or a
call on a customer already called in this conversation that says neither "again" nor what it
corrects), nothing is proposed for a yes: an open question names the readings, a plain "yes"
stores nothing, and "the call", "undo", "nothing" or a number picks one.

The `people` bank (Maria Keller C001, Jonas Weber C002, Ingrid Dahl C003, Pedro Alves C004,
Li Wei C005); today Monday 2026-11-23. Every "OK?" is answered yes, as the eval's runner does.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from actions.writes import ActionConfirmWrite
from tests.actions.conftest import Talk, new_calls


async def _yes(talk: Talk) -> str:
    return await talk.say("yes", ActionConfirmWrite(), "affirm")


async def test_a_call_that_may_not_have_happened_yet_is_asked_about_and_a_yes_stores_nothing(
        people: Session) -> None:
    talk = Talk()
    asked = await talk.say("ingrid dahl reached provided the transfer clears")
    assert "Which do you mean?" in asked and "nothing" in asked, asked
    assert not asked.endswith("OK?"), asked
    said = await _yes(talk)
    assert new_calls(people) == [], said
    assert "nothing" in said.lower() and "stored" in said, said


async def test_the_reading_picked_by_its_number_is_stored(people: Session) -> None:
    talk = Talk()
    await talk.say("pedro alves reached provided the transfer clears")
    said = await talk.say("1", intent="nlu_fallback")
    assert new_calls(people) == [("C004", "reached", None)], said


async def test_nothing_answered_to_the_question_stores_nothing(people: Session) -> None:
    talk = Talk()
    await talk.say("li wei reached in case she rings")
    said = await talk.say("nothing, thx", intent="deny")
    assert new_calls(people) == [], said
    assert "nothing was stored" in said.lower(), said


async def test_a_second_call_that_neither_repeats_nor_corrects_offers_the_correction(
        people: Session) -> None:
    talk = Talk()
    await talk.say("jonas weber - voicemail")
    assert new_calls(people) == [("C002", "no_answer", None)]
    asked = await talk.say("nein doch erreicht, er kommt freitag")
    assert "correct the earlier one" in asked and not asked.endswith("OK?"), asked
    assert new_calls(people) == [("C002", "no_answer", None)], asked
    said = await talk.say("the correction", intent="nlu_fallback")
    assert new_calls(people) == [("C002", "follow_up", "2026-11-27")], said


async def test_undo_answered_takes_back_the_last_write_and_stores_nothing_new(
        people: Session) -> None:
    talk = Talk()
    await talk.say("maria keller not interested")
    assert new_calls(people) == [("C001", "not_interested", None)]
    asked = await talk.say("li wei reached, wait")
    assert "take back" in asked, asked
    said = await talk.say("undo", intent="cancel")
    assert new_calls(people) == [], said


async def test_one_more_try_on_the_same_customer_is_logged_as_before(people: Session) -> None:
    talk = Talk()
    await talk.say("ingrid dahl no answer")
    said = await talk.say("tried ingrid dahl again, got her")
    assert ("C003", "reached", None) in new_calls(people), said


async def test_a_message_of_its_own_after_the_question_is_read_as_it_is(
        people: Session) -> None:
    talk = Talk()
    await talk.say("pedro alves reached once the transfer clears")
    said = await talk.say("li wei reached")
    assert new_calls(people) == [("C005", "reached", None)], said


async def test_two_calls_told_the_other_way_round_are_asked_about(people: Session) -> None:
    talk = Talk()
    await talk.say("maria keller reached and pedro alves no answer")
    asked = await talk.say("the reverse actually - pedro picked up and maria did not")
    assert "Which do you mean?" in asked and not asked.endswith("OK?"), asked
    said = await talk.say("2", intent="nlu_fallback")
    assert new_calls(people) == [], said



async def test_a_correction_word_that_corrects_nothing_asks_and_one_stores_the_call(
        people: Session) -> None:
    from actions.writes import ActionFallback, ActionUndoWrite

    talk = Talk()
    await talk.say("ingrid dahl - anything open there?", ActionFallback(), "nlu_fallback")
    await talk.say("pedro alves unreachable")
    asked = await talk.say("correction - ingrid dahl appointment weds, not tmrw",
                           ActionUndoWrite(), "correct_last")
    assert "Which do you mean?" in asked and "take back" in asked, asked
    assert new_calls(people) == [("C004", "no_answer", None)], asked
    said = await talk.say("1", intent="nlu_fallback")
    assert new_calls(people) == [("C003", "follow_up", "2026-11-25"),
                                 ("C004", "no_answer", None)], said
