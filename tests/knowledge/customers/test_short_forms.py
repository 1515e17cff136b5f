"""A title and surname, or a short form of the first name: read, never a different name."""

from __future__ import annotations

import pytest

from knowledge.customers.short_forms import called_informally, is_short_form


@pytest.mark.parametrize(("typed", "first"), [
    ("kathi", "Katharina"), ("kathy", "Katharina"), ("katie", "Katharina"),
    ("alex", "Alexander"), ("chris", "Christina"),
])
def test_a_short_form_is_the_first_names_beginning(typed: str, first: str) -> None:
    assert is_short_form(typed, first)


@pytest.mark.parametrize(("typed", "first"), [
    ("birgit", "Katharina"), ("ana", "Anna"), ("anna", "Anna"), ("ka", "Katharina"),
    ("kari", "Katharina"),
])
def test_another_name_or_the_name_itself_is_no_short_form(typed: str, first: str) -> None:
    assert not is_short_form(typed, first)


@pytest.mark.parametrize(("text", "name", "called"), [
    ("spoke with mrs visser this morning", "Marieke Visser", True),
    ("Frau Richter NI", "Birgit Richter", True),
    ("Dr. Berg reached", "Freja Berg", True),
    ("caught up w kathi hoffmann, fine", "Katharina Hoffmann", True),
    ("birgit hoffmann LVM", "Katharina Hoffmann", False),
    ("visser reached", "Marieke Visser", False),  # a surname alone is not this reading
])
def test_a_customer_is_called_by_title_or_short_form_before_the_surname(
        text: str, name: str, called: bool) -> None:
    assert called_informally(text, name) is called
