"""Customer ids as advisors type them: one reading each, exact only when typed as the id."""

from __future__ import annotations

import pytest

from knowledge.customers.typed_ids import first_typed_id, typed_ids, without_ids


@pytest.mark.parametrize(("text", "reading", "exact"), [
    ("reached c9", "C000009", False),
    ("cust 000045 - spoke, fine", "C000045", False),
    ("cust no. 45 reached", "C000045", False),
    ("C-104 n/a", "C000104", False),
    ("customer id 7 no answer", "C000007", False),
    ("client 045 reached", "C000045", False),
    ("Kd.-Nr. 45 erreicht", "C000045", False),
    ("Kundennummer 45 nicht erreicht", "C000045", False),
    ("cust#45 reached", "C000045", False),
    ("#C000021 talked today", "C000021", True),
    ("c000021 reached", "C000021", True),
])
def test_an_id_typed_loosely_reads_as_the_one_six_digit_id(text: str, reading: str,
                                                           exact: bool) -> None:
    typed = first_typed_id(text)
    assert typed is not None and (typed.customer_id, typed.exact) == (reading, exact)


@pytest.mark.parametrize("text", [
    "customer 2",  # a choice in a list
    "10:42 spoke to her",
    "ECB -25bp 16.11.",
    "CHF 100 goodwill",
    "c19.5 percent",
    "cb tomorrow",
])
def test_numbers_that_are_no_id_read_as_none(text: str) -> None:
    assert typed_ids(text) == []


def test_several_ids_are_all_read_in_order_and_can_be_taken_out() -> None:
    assert [t.customer_id for t in typed_ids("c9 and cust 28, c9 again")] == [
        "C000009", "C000028"]
    assert without_ids("c9 reached").split() == ["reached"]


def test_a_number_too_long_for_an_id_is_no_reading_of_a_customer() -> None:
    [typed] = typed_ids("c1234567 reached")
    assert typed.customer_id == "C1234567" and not typed.exact


@pytest.mark.parametrize(("text", "reading"), [
    ("spoke to c000O57 anna", "C000057"),   # an O for a zero
    ("C00o120 no answer", "C000120"),
    ("vm c 000 024", "C000024"),             # the digits spaced in groups
    ("reached #C 000 310", "C000310"),
])
def test_slips_in_a_typed_id_are_read_loosely(text: str, reading: str) -> None:
    found = typed_ids(text)
    assert [(t.customer_id, t.exact) for t in found] == [(reading, False)]
    assert reading.lower() not in without_ids(text).lower()


@pytest.mark.parametrize("text", ["room c 12", "c o", "cool 000 024", "co2 levels"])
def test_no_slip_without_the_form_of_an_id(text: str) -> None:
    assert typed_ids(text) == []
