"""A sale told without a verb of the past — its noun before a product ("abschluss
riesterrente", "vendita piano di accumulo") or the customer taking a product now ("elle prend
l'assurance habitation", "hij neemt de spaarrekening") — is shown as a sale for a yes
whatever intent the NLU gives it, and stored on the yes; "takes his pension", "il prend sa
retraite", "kein Abschluss" are no sale. The `people` bank: A001's book Maria Keller C001,
Jonas Weber C002, Ingrid Dahl C003, Pedro Alves C004, Li Wei C005; today 2026-11-23."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from actions.profile import ActionCustomerProfile
from actions.writes import ActionFallback
from tests.actions.conftest import Talk, new_calls


@pytest.mark.parametrize(("action", "intent"), [(ActionFallback, "nlu_fallback"),
                                                (ActionLogCall, "log_call_outcome"),
                                                (ActionCustomerProfile, "ask_profile")])
@pytest.mark.parametrize(("text", "customer"), [
    ("ingrid dahl - abschluss riesterrente", "C003"),
    ("Li Wei vendita piano di accumulo fondi", "C005"),
    ("pedro alves venta tarjeta de crédito", "C004"),
    ("jonas weber försäljning pensionsförsäkring", "C002"),
    ("maria keller sprzedaz lokaty", "C001"),
    ("jonas weber spoke, subscription to the index fund done", "C002"),
    ("li wei singed the green bond 👍", "C005"),
])
async def test_a_sale_noun_before_a_product_is_shown_as_a_sale(
        people: Session, text: str, customer: str, action: Any, intent: str) -> None:
    said = await Talk().say(text, action(), intent)
    assert "as a sale" in said and "OK?" in said, said
    assert new_calls(people) == [(customer, "sale", None)], said


@pytest.mark.parametrize("text", ["ok elle prend l'assurance habitation",
                                  "hij neemt de spaarrekening",
                                  "passt, sie nimmt das Festgeld",
                                  "she takes the ISA then"])
async def test_the_customer_in_view_taking_a_product_is_shown_as_their_sale(
        people: Session, text: str) -> None:
    talk = Talk()
    await talk.say("show me maria keller", ActionCustomerProfile(), "ask_profile")
    said = await talk.say(text, ActionFallback(), "nlu_fallback")
    assert "Maria Keller (C001)" in said and "OK?" in said, said
    assert new_calls(people) == [("C001", "sale", None)], said


@pytest.mark.parametrize("text", [
    "maria keller takes her pension next year, call in jan",
    "maria keller: il prend sa retraite, rappeler en janvier",
    "maria keller: kein Abschluss Lebensversicherung, Rückruf Freitag"])
async def test_a_product_the_customer_keeps_or_refuses_is_no_sale(
        people: Session, text: str) -> None:
    said = await Talk().say(text, ActionLogCall())
    assert "sale" not in [call[1] for call in new_calls(people)], said
