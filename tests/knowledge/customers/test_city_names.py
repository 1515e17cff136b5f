"""A city typed as advisors type it tells namesakes apart: the stored name, the town without
its river ("frankfurt" for Frankfurt am Main), or its English name ("munich", "vienna")."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from knowledge.access.staff import get_staff
from knowledge.customers.city_names import city_spellings
from knowledge.customers.resolver import choose_candidate
from knowledge.models.bank import Customer
from tests.knowledge.profile.profile_bank import build_bank


@pytest.mark.parametrize(("stored", "typed"), [
    ("München", "munich"), ("Köln", "cologne"), ("Frankfurt am Main", "frankfurt"),
    ("Wien", "vienna"), ("Hamburg", "hamburg"), ("Den Haag", "the hague"),
])
def test_a_city_is_known_by_its_english_and_short_names(stored: str, typed: str) -> None:
    assert typed in city_spellings(stored)


def test_an_unknown_city_is_only_its_own_name() -> None:
    assert city_spellings("Oberursel") == ["oberursel"]


@pytest.mark.parametrize(("answer", "expected"), [
    ("the one in munich", "C000002"), ("Munich pls", "C000002"),
    ("the cologne one", "C000001"),
])
def test_the_one_in_an_english_named_city_is_picked(session: Session, answer: str,
                                                    expected: str) -> None:
    build_bank(session)
    session.get(Customer, "C000001").city = "Köln"
    session.get(Customer, "C000002").city = "München"
    session.flush()
    picked = choose_candidate(session=session, staff=get_staff(session=session, staff_id="A001"),
                              candidates=["C000001", "C000002"], text=answer)
    assert (picked.status, picked.customer_id) == ("found", expected)
