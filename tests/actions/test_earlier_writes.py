"""The conversation's recent calls, addressable through the actions ("undo both", "undo the
first one", "the one before that was wrong, it was X not Y", "undo the call with X"), whatever
intent the NLU gives them: the named call undone or corrected (kept as an audited reversal),
the others left as they are, and checked in the database.

The `people` bank's today is Monday 2026-11-23; A001's book: Maria Keller C001, Jonas Weber
C002, Ingrid Dahl C003, Pedro Alves C004, Li Wei C005."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from actions.writes import ActionFallback, ActionUndoWrite
from knowledge.models.bank import WriteReversal
from tests.actions.conftest import Chat
from tests.actions.conftest import new_calls as _calls


def _reversals(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(WriteReversal)) or 0


async def _two_calls(chat: Chat) -> None:
    await chat.say("maria keller reached")
    await chat.say("jonas weber no answer")


@pytest.mark.parametrize("action", [ActionUndoWrite(), ActionFallback(), ActionLogCall()])
async def test_undo_both_takes_back_both_calls_audited(people: Session, action: Any) -> None:
    chat = Chat()
    await _two_calls(chat)
    said = await chat.say("undo both", action, "undo")
    assert _calls(people) == [], said
    assert _reversals(people) == 2
    assert chat.slots["last_write"] is None


async def test_undo_the_first_one_takes_back_the_first_call_not_the_last(
        people: Session) -> None:
    chat = Chat()
    await _two_calls(chat)
    said = await chat.say("undo the first one", ActionUndoWrite(), "undo")
    assert _calls(people) == [("C002", "no_answer", None)], said
    assert "Maria Keller" in said and _reversals(people) == 1
    # the last call is still the last: a plain "undo" takes it back next
    await chat.say("undo", ActionUndoWrite(), "undo")
    assert _calls(people) == []


async def test_the_one_before_that_corrected_to_another_customer(people: Session) -> None:
    chat = Chat()
    await chat.say("maria keller reached")
    await chat.say("jonas weber no answer")
    said = await chat.say("the one before that was wrong, it was ingrid dahl not maria",
                          ActionFallback(), "nlu_fallback")
    assert _calls(people) == [("C002", "no_answer", None), ("C003", "reached", None)], said
    assert _reversals(people) == 1


async def test_undo_the_call_named_by_its_customer(people: Session) -> None:
    chat = Chat()
    await _two_calls(chat)
    said = await chat.say("undo the call with maria keller", ActionUndoWrite(), "undo")
    assert _calls(people) == [("C002", "no_answer", None)], said


async def test_the_first_one_among_three_calls_is_asked_about(people: Session) -> None:
    chat = Chat()
    await _two_calls(chat)
    await chat.say("ingrid dahl reached")
    said = await chat.say("undo the first one", ActionUndoWrite(), "undo")
    assert "Which one do you mean?" in said
    assert len(_calls(people)) == 3 and _reversals(people) == 0


async def test_undo_both_with_one_call_left_says_so(people: Session) -> None:
    chat = Chat()
    await _two_calls(chat)
    await chat.say("undo", ActionUndoWrite(), "undo")  # jonas weber's call
    await chat.say("ingrid dahl reached")
    said = await chat.say("undo both", ActionUndoWrite(), "undo")
    assert "Ingrid Dahl" in said and "only call" in said, said
    # an undo ends what the conversation remembers behind it: maria keller's call is said to
    # be out of reach, not taken back on a guess
    assert _calls(people) == [("C001", "reached", None)] and _reversals(people) == 2


async def test_a_corrected_call_is_not_offered_again(people: Session) -> None:
    chat = Chat()
    await _two_calls(chat)
    await chat.say("sorry i meant ingrid dahl", ActionUndoWrite(), "undo")  # not jonas weber
    assert _calls(people) == [("C001", "reached", None), ("C003", "no_answer", None)]
    said = await chat.say("undo both", ActionUndoWrite(), "undo")
    assert _calls(people) == [], said
    assert _reversals(people) == 3  # jonas weber's, then ingrid dahl's and maria keller's


async def test_no_wait_another_bought_it_takes_the_sale_back_and_asks(people: Session) -> None:
    chat = Chat()
    await chat.say("sold maria keller the bond")
    said = await chat.say("no wait, it was jonas who bought it, maria just said no")
    # "jonas" alone is shown for a yes (Chat says it), which takes maria keller's sale back
    assert "Did you mean Jonas Weber (C002)?" in said and "OK? | Undone" in said, said
    assert "Logged your call with Jonas Weber" in said, said
    assert _calls(people) == [("C002", "sale", None)], said


async def test_outcome_right_date_wrong_moves_only_the_date(people: Session) -> None:
    chat = Chat()
    await chat.say("jonas weber meeting 2026-12-02")
    said = await chat.say("outcome was right, date wrong: 3rd", ActionUndoWrite(), "undo")
    assert _calls(people) == [("C002", "follow_up", "2026-12-03")], said


async def test_the_first_one_with_an_outcome_is_no_correction_of_an_earlier_call(
        people: Session) -> None:
    chat = Chat()
    await _two_calls(chat)
    await chat.say("the first one is not interested", ActionFallback(), "nlu_fallback")
    # no list was shown, so it names nobody: both calls stay as logged
    assert _calls(people) == [("C001", "reached", None), ("C002", "no_answer", None)]
    assert _reversals(people) == 0


async def test_a_call_report_saying_both_want_to_cancel_undoes_nothing(people: Session) -> None:
    # "both" and "cancel" are the customer's words here, not an undo of the last two calls
    chat = Chat()
    await _two_calls(chat)
    said = await chat.say("ingrid dahl reached, she and her husband both want to cancel "
                          "the savings plan")
    assert ("C001", "reached", None) in _calls(people), said
    assert ("C002", "no_answer", None) in _calls(people), said
    assert _reversals(people) == 0, said


async def test_a_second_call_with_a_customer_who_wants_to_cancel_keeps_the_first(
        people: Session) -> None:
    chat = Chat()
    await _two_calls(chat)
    said = await chat.say("spoke with maria keller again, she wants to cancel her card")
    assert ("C001", "reached", None) in _calls(people), said
    assert _reversals(people) == 0, said


@pytest.mark.parametrize("text", ["annule les deux derniers stp", "die letzten zwei bitte löschen",
                                  "cancella gli ultimi due", "usuń oba", "borra los dos últimos"])
async def test_the_last_two_taken_back_in_the_advisors_languages(people: Session,
                                                                 text: str) -> None:
    chat = Chat()
    await _two_calls(chat)
    said = await chat.say(text, ActionFallback(), "nlu_fallback")
    assert _calls(people) == [] and _reversals(people) == 2, said


@pytest.mark.parametrize("text", ["das letzte bitte rückgängig", "den letzten Eintrag löschen",
                                  "de laatste graag verwijderen"])
async def test_the_last_one_then_the_verb_takes_back_the_last_call(people: Session,
                                                                   text: str) -> None:
    chat = Chat()
    await _two_calls(chat)
    said = await chat.say(text, ActionFallback(), "nlu_fallback")
    assert _calls(people) == [("C001", "reached", None)] and _reversals(people) == 1, said
