"""A greeting or goodbye that carries a request or a write ("hallo zusammen, wen rufe ich
heute noch an?", "usuń to", "ok ciao, quali clienti devo contattare?"): the request answered
as its own action would, never only "Hello!"; a greeting or goodbye alone keeps its canned
answer, even for a sender the bank does not know (no database turn).

The `people` bank's today is Monday 2026-11-23; A001's book: Maria Keller C001, Jonas Weber
C002, Ingrid Dahl C003, Pedro Alves C004, Li Wei C005."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.small_talk import ActionGoodbye, ActionGreet
from actions.writes import ActionOutOfScope
from tests.actions.conftest import Talk, make_tracker, new_calls, payloads, texts


async def _run(action: Any, text: str, intent: str, sender: str = "A001"
               ) -> CollectingDispatcher:
    dispatcher = CollectingDispatcher()
    await action.run(dispatcher, make_tracker(sender, text, intent), {})
    return dispatcher


@pytest.mark.parametrize(("action", "intent", "text"), [
    (ActionGreet(), "greet", "hallo zusammen, wen rufe ich heute noch an?"),
    (ActionGreet(), "greet", "salut ! qui je dois rappeler aujourd'hui"),
    (ActionGreet(), "greet", "god morgon, vem ringer jag först"),
    (ActionGoodbye(), "goodbye", "ok ciao, quali clienti devo contattare?"),
    (ActionGoodbye(), "goodbye", "doei, wie moet ik nog bellen vandaag"),
    (ActionOutOfScope(), "out_of_scope", "Guten Tag, zeig mir bitte die Anrufliste"),
    (ActionOutOfScope(), "out_of_scope", "hola, ¿a quiénes llamo esta tarde?"),
])
async def test_a_list_request_behind_a_greeting_shows_the_list(
        people: Session, action: Any, intent: str, text: str) -> None:
    dispatcher = await _run(action, text, intent)
    assert [p["type"] for p in payloads(dispatcher)] == ["call_list"], texts(dispatcher)


@pytest.mark.parametrize(("action", "intent", "response"), [
    (ActionGreet(), "greet", "utter_greet"), (ActionGoodbye(), "goodbye", "utter_goodbye")])
@pytest.mark.parametrize("text", ["hej!", "buongiorno a tutti", "see you on monday",
                                  "ciao, a domani"])
async def test_hello_or_goodbye_alone_gets_its_answer_and_writes_nothing(
        people: Session, action: Any, intent: str, response: str, text: str) -> None:
    dispatcher = await _run(action, text, intent, sender="UNKNOWN-SENDER")
    assert [m.get("response") for m in dispatcher.messages] == [response]
    assert new_calls(people) == []


@pytest.mark.parametrize("text", ["usuń to", "salut, annule ça", "ångra det"])
async def test_an_undo_read_as_a_greeting_takes_the_call_back(people: Session, text: str
                                                             ) -> None:
    talk = Talk()
    await talk.say("jonas weber nicht erreicht")
    assert new_calls(people) == [("C002", "no_answer", None)]
    said = await talk.say(text, ActionGreet(), "greet")
    assert new_calls(people) == [], said
    assert "Hello" not in said


async def test_a_call_report_behind_a_greeting_is_logged_not_greeted(people: Session) -> None:
    talk = Talk()
    said = await talk.say("moin! ingrid dahl erreicht, kein Interesse", ActionGreet(), "greet")
    assert new_calls(people) == [("C003", "not_interested", None)], said


@pytest.fixture
def two_wolfs(people: Session) -> Session:
    from knowledge.models.bank import Customer

    people.add_all([Customer(id="C020", name="Heike Wolf", advisor_id="A001"),
                    Customer(id="C021", name="Moritz Wolf", advisor_id="A001")])
    people.commit()
    return people


async def test_a_first_name_read_as_a_greeting_answers_which_one(two_wolfs: Session) -> None:
    """ "moritz" to "which one did you call?" may look like "moin" to the NLU: the answer."""
    talk = Talk()
    said = await talk.say("spoke with wolf, all good")
    assert new_calls(two_wolfs) == [], said
    said = await talk.say("moritz", ActionGreet(), "greet")
    assert new_calls(two_wolfs) == [("C021", "reached", None)], said


async def test_a_booking_read_as_why_on_the_list_is_the_booking(people: Session) -> None:
    from actions.call_list import ActionExplainCallReason

    talk = Talk()
    said = await talk.say("booked pedro alves in for the 4th", ActionExplainCallReason(),
                          "ask_why_on_list")
    assert new_calls(people) == [("C004", "follow_up", "2026-12-04")], said
