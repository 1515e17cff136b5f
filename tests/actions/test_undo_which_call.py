"""Which call an undo means when it names it by place or by a declined name, in the advisors'
languages: "remove the middle call" of three, "annulla il primo" (Italian), "usuń jonasa"
(Polish, the name declined). The named call is taken back (an audited reversal); the others
stay, checked in the database.

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
from knowledge.writes.by_customer import declined
from tests.actions.conftest import Chat, Talk
from tests.actions.conftest import new_calls as _calls


def _reversals(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(WriteReversal)) or 0


async def _three_calls(chat: Chat | Talk) -> None:
    await chat.say("maria keller reached")
    await chat.say("jonas weber no answer")
    await chat.say("ingrid dahl not interested")


@pytest.mark.parametrize(("text", "action", "intent"), [
    ("pls remove the middle call", ActionUndoWrite(), "undo"),
    ("undo the middle one", ActionFallback(), "nlu_fallback"),
    ("den mittleren bitte löschen", ActionLogCall(), "log_call_outcome"),
])
async def test_the_middle_one_of_three_is_the_second_call(
        people: Session, text: str, action: Any, intent: str) -> None:
    chat = Chat()
    await _three_calls(chat)
    said = await chat.say(text, action, intent)
    assert _calls(people) == [("C001", "reached", None), ("C003", "not_interested", None)], said
    assert _reversals(people) == 1


async def test_the_middle_one_of_two_is_asked_not_guessed(people: Session) -> None:
    chat = Chat()
    await chat.say("maria keller reached")
    await chat.say("jonas weber no answer")
    said = await chat.say("delete the middle one", ActionUndoWrite(), "undo")
    assert _calls(people) == [("C001", "reached", None), ("C002", "no_answer", None)]
    assert "Which one" in said and _reversals(people) == 0


@pytest.mark.parametrize("text", ["annulla il primo per favore, cliente sbagliato",
                                  "elimina la prima", "supprime le premier"])
async def test_the_first_call_undone_in_another_language(people: Session, text: str) -> None:
    chat = Chat()
    await chat.say("maria keller reached")
    await chat.say("jonas weber no answer")
    said = await chat.say(text, ActionFallback(), "nlu_fallback")
    assert _calls(people) == [("C002", "no_answer", None)], said
    assert _reversals(people) == 1


@pytest.mark.parametrize("text", ["usuń jonasa", "cofnij jonasa pls",
                                  # the entry named by its customer abroad
                                  "togli quella di jonas per favore",
                                  "den eintrag zu jonas weber bitte streichen",
                                  "usuń ten wpis o jonasie"])
async def test_a_declined_first_name_undoes_that_customers_call(
        people: Session, text: str) -> None:
    talk = Talk()
    await _three_calls(talk)
    said = await talk.say(text, ActionFallback(), "nlu_fallback")
    assert _calls(people) == [("C001", "reached", None), ("C003", "not_interested", None)], said
    assert _reversals(people) == 1


@pytest.mark.parametrize(("word", "part", "same"), [
    ("giulie", "giulia", True), ("jakuba", "jakub", True), ("kowalskiego", "kowalski", True),
    ("julien", "julia", False), ("jonas", "jonas", False), ("marco", "mar", False),
])
def test_a_declined_name_is_only_the_name_with_a_case_ending(
        word: str, part: str, same: bool) -> None:
    assert declined(word, part) is same


async def test_a_call_named_by_its_outcome_is_found_however_many_calls_followed(
        people: Session) -> None:
    # the conversation's writes on record, not the few the last write carries behind it
    talk = Talk()
    await talk.say("maria keller voicemail")
    await talk.say("maria keller called back, reached")
    for text in ("jonas weber reached", "ingrid dahl reached", "pedro alves reached",
                 "li wei reached"):
        await talk.say(text)
    said = await talk.say("pls undo the maria vm", ActionUndoWrite(), "undo")
    assert ("C001", "no_answer", None) not in _calls(people), said
    assert len(_calls(people)) == 5 and _reversals(people) == 1, said


async def test_a_particle_of_a_name_points_at_nobody(people: Session) -> None:
    from knowledge.models.bank import Customer

    people.add(Customer(id="C008", name="Lotte de Boer", advisor_id="A001"))
    people.commit()
    talk = Talk()
    await talk.say("lotte de boer reached")
    await talk.say("jonas weber no answer")
    await talk.say("maria keller not interested")
    said = await talk.say("supprime celui de jonas", ActionFallback(), "nlu_fallback")
    assert _calls(people) == [("C001", "not_interested", None), ("C008", "reached", None)], said


@pytest.mark.parametrize(("text", "action", "intent"), [
    ("supprime le dernier", ActionFallback(), "nlu_fallback"),
    ("usuń ostatni", ActionFallback(), "nlu_fallback"),
    ("radera den sista, fel kund", ActionFallback(), "nlu_fallback"),
    ("zet het terug", ActionFallback(), "nlu_fallback"),
    ("undo that appointment", ActionUndoWrite(), "undo"),
])
async def test_a_whole_message_undo_takes_the_last_call_back_in_any_language(
        people: Session, text: str, action: Any, intent: str) -> None:
    chat = Chat()
    await chat.say("maria keller reached")
    await chat.say("jonas weber wants to meet on friday")
    said = await chat.say(text, action, intent)
    assert _calls(people) == [("C001", "reached", None)], said
    assert _reversals(people) == 1


@pytest.mark.parametrize(("text", "action", "intent"), [
    ("pls undo the 2nd one", ActionUndoWrite(), "undo"),
    ("scrap the second call", ActionFallback(), "nlu_fallback"),
    ("can you delete the second entry", ActionUndoWrite(), "undo_write"),
])
async def test_the_second_one_of_three_is_the_middle_call_from_either_end(
        people: Session, text: str, action: Any, intent: str) -> None:
    chat = Chat()
    await _three_calls(chat)
    said = await chat.say(text, action, intent)
    assert _calls(people) == [("C001", "reached", None), ("C003", "not_interested", None)], said
    assert _reversals(people) == 1


async def test_the_second_one_of_four_is_asked_not_guessed(people: Session) -> None:
    chat = Chat()
    await _three_calls(chat)
    await chat.say("pedro alves no answer")
    said = await chat.say("pls undo the 2nd one", ActionUndoWrite(), "undo")
    assert len(_calls(people)) == 4 and _reversals(people) == 0, said
    assert "Which" in said


def test_a_name_in_the_polish_locative_is_that_name() -> None:
    assert declined("oskarze", "oskar") and declined("piotrze", "piotr")
    assert not declined("oskarsson", "oskar")
