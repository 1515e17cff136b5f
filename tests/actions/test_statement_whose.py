"""A statement whose customer is only a pronoun ("he says …") while two customers of the last
turns could be meant: who said it is asked, naming both, nothing saved and nobody proposed;
the answer ("2", a name) saves it for the one picked. With one customer talked about, it is
shown for them as before (checked in the database)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.models.bank import Feedback
from tests.actions.conftest import Talk


def _statements(session: Session) -> list[tuple[str | None, str]]:
    session.expire_all()
    return [(f.customer_id, f.text) for f in session.scalars(select(Feedback))]


def _fallback() -> Any:
    from actions.writes import ActionFallback

    return ActionFallback()


def _choice() -> Any:
    from actions.profile import ActionChooseCustomer

    return ActionChooseCustomer()


async def test_two_customers_live_who_said_it_is_asked_then_saved_for_the_one_picked(
        people: Session) -> None:
    talk = Talk()
    await talk.say("ingrid dahl - reached, all good")
    await talk.say("pedro alves no answer")
    asked = await talk.say("oh and he says the app logs him out all the time", _fallback(),
                           "nlu_fallback")
    assert "Which customer said that?" in asked and "OK?" not in asked, asked
    assert "Ingrid Dahl" in asked and "Pedro Alves" in asked
    assert _statements(people) == []
    await talk.say("the pedro one", _choice(), "choose_option")
    [(customer, text)] = _statements(people)
    assert customer == "C004" and "logs him out" in text


async def test_cancel_to_who_said_it_saves_nothing(people: Session) -> None:
    talk = Talk()
    await talk.say("ingrid dahl - reached, all good")
    await talk.say("pedro alves no answer")
    await talk.say("she says the branch never calls back", _fallback(), "nlu_fallback")
    await talk.say("cancel", _choice(), "choose_option")
    assert _statements(people) == []


async def test_one_customer_talked_about_is_shown_for_them(people: Session) -> None:
    talk = Talk()
    await talk.say("pedro alves no answer")
    said = await talk.say("he says the app logs him out all the time", _fallback(),
                          "nlu_fallback")
    assert "Pedro Alves" in said and "Which customer" not in said, said
    assert [c for c, _t in _statements(people)] == ["C004"]
