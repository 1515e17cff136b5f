"""knowledge.call_reports.someone_else: the words that say a colleague made the call."""

from __future__ import annotations

import pytest

from knowledge.call_reports.someone_else import someone_elses_call


@pytest.mark.parametrize(("text", "customer", "quoted"), [
    ("Sofia rang Lena Fischer for me, no answer", "Lena Fischer", "Sofia rang Lena Fischer"),
    ("piet from the mortgage team called jonas weber, keen", "Jonas Weber",
     "piet from the mortgage team called jonas weber"),
    ("quick one - my colleague has spoken to mrs weber, all fine", "Jonas Weber",
     "my colleague has spoken to mrs weber"),
    ("our intern reached ingrid dahl yesterday", "Ingrid Dahl", "our intern reached ingrid dahl"),
])
def test_a_colleague_as_the_caller_is_found(text: str, customer: str, quoted: str) -> None:
    assert someone_elses_call(text, customer) == quoted


@pytest.mark.parametrize(("text", "customer"), [
    ("finally rang lena fischer, reached", "Lena Fischer"),  # no colleague said
    ("sofia rang lena fischer, reached", "Lena Fischer"),  # a first word alone: not enough
    ("i called lena fischer for me", "Lena Fischer"),
    ("Lena Fischer called the branch, she spoke with the trainee", "Lena Fischer"),
    ("spoke to lena fischer, her colleague called about the mortgage", "Lena Fischer"),
    ("my colleague rang piet for me, then i reached lena fischer", "Lena Fischer"),
])
def test_the_senders_own_call_or_the_customers_is_no_colleagues(text: str,
                                                                customer: str) -> None:
    assert someone_elses_call(text, customer) is None


@pytest.mark.parametrize("text", [
    "Today rang lena fischer, reached - a good start for me",
    "finally got hold of lena fischer for me that's a relief, all fine",
    "then called lena fischer while i was off sick? no - earlier, reached",
    "ok rang lena fischer on my behalf and hers, no answer",
])
def test_a_word_of_time_or_manner_is_no_colleague(text: str) -> None:
    assert someone_elses_call(text, "Lena Fischer") is None


@pytest.mark.parametrize("text", [
    "Yep rang lena fischer, reached, booked the room for me",
    "anyhow rang lena fischer - meeting fri, put it in the diary for me",
    "Marco rang lena fischer. I'll do the follow-up on my behalf",
])
def test_for_me_in_another_clause_makes_no_colleague(text: str) -> None:
    assert someone_elses_call(text, "Lena Fischer") is None


@pytest.mark.parametrize("text", [
    "on my behalf, Marco rang lena fischer: no answer",
    "marco rang lena fischer for me today, no answer",
])
def test_for_me_in_the_clause_of_the_call_still_makes_a_colleague(text: str) -> None:
    assert someone_elses_call(text, "Lena Fischer") is not None
