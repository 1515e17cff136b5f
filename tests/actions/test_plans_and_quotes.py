"""What a message is, before what it names: the advisor's intention to ask a customer
something ("gonna ask maria what she makes of the app", "werd Jonas morgen fragen …", "je vais
demander à Ingrid …") stores nothing, neither feedback nor a call, whatever intent the NLU
gave it; a customer's words in quote marks after their name are their feedback, even when
those words speak of calls ("jonas weber: “no one ever rang me back about the loan”"), never a
call logged on them.

The `people` bank's today is Monday 2026-11-23; A001's book: Maria Keller C001, Jonas Weber
C002, Ingrid Dahl C003, Pedro Alves C004, Li Wei C005."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from tests.actions.conftest import Talk
from tests.actions.conftest import new_calls as _calls
from tests.actions.test_feedback_choice import stored


@pytest.mark.parametrize("text", [
    "gonna ask maria keller what she makes of the new app",
    "need to check with jonas weber how he finds the card limits",
    "werd Jonas Weber morgen fragen, was er von der app hält",
    "je vais demander à ingrid dahl ce qu'elle pense des frais",
    "devo chiedere a pedro alves cosa ne pensa dell'app",
    "voy a preguntarle a li wei qué opina de la banca online",
    "ik ga maria keller vragen hoe ze de app vindt",
    "zapytam Jonasa Webera co sądzi o aplikacji",
    "måste höra med ingrid dahl vad hon tycker om kortet",
])
@pytest.mark.parametrize("intent", ["log_feedback", "log_call_outcome"])
async def test_an_intention_to_ask_stores_nothing(people: Session, text: str,
                                                  intent: str) -> None:
    said = await Talk().say(text, intent=intent)
    assert stored(people) == [] and _calls(people) == [], said


@pytest.mark.parametrize("text", [
    "jonas weber: “no one ever rang me back about the loan application”",
    "Ingrid Dahl: 'niemand hat mich nach dem Antrag zurückgerufen'",
])
async def test_quoted_words_about_calls_are_the_customers_not_a_call(
        people: Session, text: str) -> None:
    said = await Talk().say(text, intent="inform")
    assert _calls(people) == [], said
    assert [c for c, _ in stored(people)] in ([], ["C002"], ["C003"]), said
    assert stored(people) or "?" in said, said


async def test_a_call_told_beside_the_quote_is_still_a_call(people: Session) -> None:
    said = await Talk().say("spoke to maria keller, she said 'please call me back friday'")
    assert [c for c, *_ in _calls(people)] == ["C001"], said


@pytest.mark.parametrize("text", ["je l'ai eue, elle passe à l'agence jeudi",
                                  "l'ho sentita, passa dall'agenzia giovedì"])
async def test_apostrophes_are_no_quote_marks(people: Session, text: str) -> None:
    talk = Talk()
    await talk.say("maria keller", intent="inform")
    said = await talk.say(text)
    assert stored(people) == [], said
    assert [c for c, *_ in _calls(people)] == ["C001"], said


@pytest.mark.parametrize("text", [
    "heard from a colleague that maria keller finds our card fees steep",
    "kollegan sa att jonas weber tycker att appen är för långsam",
    "vielleicht findet Ingrid Dahl die Überweisungen auch zu teuer, frag ich sie mal",
    "może pedro alves będzie narzekał na opłaty, zobaczymy",
])
@pytest.mark.parametrize("intent", ["inform", "log_call_outcome"])
async def test_a_view_passed_on_or_a_maybe_is_asked_about_and_a_yes_stores_nothing(
        people: Session, text: str, intent: str) -> None:
    talk = Talk()
    said = await talk.say(text, intent=intent)
    said += await talk.say("yes", intent="affirm")
    assert stored(people) == [] and _calls(people) == [], said
