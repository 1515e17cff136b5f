"""A sale headed by its noun ("Abschluss: Bausparvertrag für Ingrid Dahl", "vente - assurance
pour Li Wei", "sprzedaż: fundusz dla Pedro Alves"): that customer's sale, whatever intent the
NLU gives it; a sentence about selling ("Verkauf von Fonds ist schwer") logs nothing.

The `people` bank's today is Monday 2026-11-23; A001's book: Maria Keller C001, Jonas Weber
C002, Ingrid Dahl C003, Pedro Alves C004, Li Wei C005."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from actions.writes import ActionFallback
from tests.actions.conftest import Talk
from tests.actions.conftest import new_calls as _calls


@pytest.mark.parametrize(("action", "intent"), [(ActionFallback, "nlu_fallback"),
                                                (ActionLogCall, "log_call_outcome")])
@pytest.mark.parametrize(("text", "customer"), [
    ("Abschluss: Bausparvertrag für Ingrid Dahl", "C003"),
    ("vente - assurance habitation pour Li Wei", "C005"),
    ("sprzedaż: fundusz dla Pedro Alves", "C004"),
    ("verkoop: spaarrekening aan jonas weber", "C002"),
])
async def test_a_sale_headed_by_its_noun_is_logged_as_a_sale(
        people: Session, text: str, customer: str, action: Any, intent: str) -> None:
    said = await Talk().say(text, action(), intent)
    assert _calls(people) == [(customer, "sale", None)], said


async def test_a_sentence_about_selling_logs_nothing(people: Session) -> None:
    said = await Talk().say("Verkauf von Fonds ist schwer bei diesen Zinsen", ActionFallback(),
                            "nlu_fallback")
    assert _calls(people) == [], said
