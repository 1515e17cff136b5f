"""A pronoun's call where the NLU also tagged an ordinary word as a name ("she doesn't want
the card, gets one via her employer" with "via" tagged; "Habe ihn erreicht" with "Habe ihn"
tagged): the customer in focus, shown for a yes saying who "she" is — never "I can't find
via". A word that may be someone's name ("kasia") is still asked about, never replaced by the
customer in focus.

The `people` bank's today is Monday 2026-11-23; A001's book: Maria Keller C001, Jonas Weber
C002, Ingrid Dahl C003, Pedro Alves C004, Li Wei C005."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from actions.writes import ActionConfirmWrite
from tests.actions.conftest import make_tracker, texts
from tests.actions.conftest import new_calls as _calls


async def _say(text: str, slots: dict[str, Any], action: Any = None,
               intent: str = "log_call_outcome", name: str | None = None
               ) -> tuple[str, dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    entities = [{"entity": "customer_name", "value": name}] if name else []
    events = await (action or ActionLogCall()).run(
        dispatcher, make_tracker("A001", text, intent, entities=entities, slots=slots), {})
    return " ".join(texts(dispatcher)), {e["name"]: e["value"] for e in events
                                         if e.get("event") == "slot"}


@pytest.mark.parametrize(("text", "name", "outcome"), [
    ("not interested in the credit card, she gets one via her employer", "via",
     "not_interested"),
    ("Habe ihn erreicht, alles gut", "Habe ihn", "reached"),
    ("she picked up in the end", "in", "reached"),
])
async def test_the_pronoun_wins_over_an_ordinary_word_tagged_as_a_name(
        people: Session, text: str, name: str, outcome: str) -> None:
    focus = {"focus_customer": "C003", "customer_id": "C003"}
    said, slots = await _say(text, focus, name=name)
    assert "Ingrid Dahl" in said and said.endswith("OK?"), said
    assert _calls(people) == []  # shown, not stored
    await _say("yes", {**focus, "pending_write": slots["pending_write"]}, ActionConfirmWrite(),
               "affirm")
    assert [(c, o) for c, o, _ in _calls(people)] == [("C003", outcome)]


async def test_a_word_that_may_be_a_name_is_not_replaced_by_the_focus(people: Session) -> None:
    said, slots = await _say("she picked up, all fine", {"focus_customer": "C003",
                                                         "customer_id": "C003"}, name="kasia")
    assert "Ingrid Dahl" not in said and not slots.get("pending_write"), said
    assert _calls(people) == []


async def test_a_relative_or_another_customer_named_keeps_the_focus_out(people: Session) -> None:
    # "jonas picked up instead, her dad's ill" with "dad" tagged: not the focus customer's call
    focus = {"focus_customer": "C003", "customer_id": "C003"}
    said, _ = await _say("jonas picked up instead, her dad is ill", focus, name="dad")
    assert "Ingrid Dahl (C003)" not in said, said
    said, _ = await _say("jonas answered in the end, she was out", focus, name="in")
    assert "Ingrid Dahl (C003)" not in said, said
    assert _calls(people) == []
