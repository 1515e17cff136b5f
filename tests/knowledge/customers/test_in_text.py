"""knowledge.customers.in_text: full names spelt out in a message (accents and case folded)."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from knowledge.customers.in_text import spelt_out_among
from tests.knowledge.profile.profile_bank import build_bank


@pytest.fixture
def bank(session: Session) -> Session:
    build_bank(session)
    return session


def test_only_the_given_ids_whose_full_name_is_spelt_out(bank: Session) -> None:
    ids = ("C000001", "C000003")  # Anna Müller, Anna Schmidt
    assert spelt_out_among(bank, ids, "show me ANNA MULLER pls") == ["C000001"]
    assert spelt_out_among(bank, ids, "show me anna") == []
    assert spelt_out_among(bank, ("C000001",), "anna schmidt") == []  # not among the ids


@pytest.mark.parametrize(("name", "expected"), [
    ("earlier", True), ("this morning", True), ("She", True), ("just now", True),
    ("Camille", False), ("lena earlier", False), ("Anna Morning", False),
])
def test_a_name_entity_that_only_says_when_is_no_name(name: str, expected: bool) -> None:
    from knowledge.customers.in_text import not_a_name

    assert not_a_name(name) is expected


@pytest.mark.parametrize("value, day", [
    ("Saturday", True), ("on sunday", True), ("next Friday", True), ("tomorrow", True),
    ("April", False), ("Jan", False), ("Rita Martins", False), ("Monday Smith", False),
    ("", False)])
def test_a_day_taken_for_a_name_is_told_apart(value: str, day: bool) -> None:
    from knowledge.customers.in_text import only_day_words

    assert only_day_words(value) is day


@pytest.mark.parametrize("value, none", [
    ("de", True), ("van", True), ("his", True), ("on Sunday", True), ("De Luca", False),
    ("van Dijk", False), ("Femke", False)])
def test_a_particle_or_a_day_alone_is_no_name(value: str, none: bool) -> None:
    from knowledge.customers.in_text import no_name_in

    assert no_name_in(value) is none
