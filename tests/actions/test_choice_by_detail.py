"""A short answer to "which one did you call?" that picks one customer offered by a detail only
they have ("the dentist", "the one from hanau", "C010"), whatever the NLU made of it (the next
page of the list, a theme question): the call said before, for that customer. An answer that
fits none, or asks something, leaves the choice open and writes nothing.

The `people` bank plus Maria Lind (C010, dentist in Hanau); today Monday 2026-11-23."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from actions.call_list import ActionCallListMore
from actions.themes import ActionThemeDetail
from knowledge.models.bank import Customer
from tests.actions.conftest import Talk, new_calls


@pytest.fixture
def marias(people: Session) -> Session:
    keller = people.get(Customer, "C001")
    assert keller is not None
    keller.occupation, keller.city = "teacher", "Frankfurt"
    people.add(Customer(id="C010", name="Maria Lind", advisor_id="A001", occupation="dentist",
                        city="Hanau"))
    people.commit()
    return people


@pytest.mark.parametrize(("answer", "action", "intent", "shown"), [
    ("the dentist", ActionCallListMore(), "ask_more", True),
    ("one from hanau", ActionThemeDetail(), "ask_theme_detail", True),
    ("c010 pls", ActionCallListMore(), "ask_more", False),
])
async def test_a_detail_of_one_offered_picks_them_for_the_waiting_call(
        marias: Session, answer: str, action: Any, intent: str, shown: bool) -> None:
    talk = Talk()
    asked = await talk.say("maria didnt pick up")
    assert "Which one did you call?" in asked, asked
    said = await talk.say(answer, action, intent)
    assert new_calls(marias) == [("C010", "no_answer", None)], said
    assert ("OK?" in said) is shown, said  # a detail read is shown for a yes first


@pytest.mark.parametrize("answer", ["maria's sister, the dentist", "her husband the dentist"])
async def test_an_answer_about_someone_else_picks_nobody(marias: Session, answer: str) -> None:
    talk = Talk()
    await talk.say("maria didnt pick up")
    said = await talk.say(answer, ActionCallListMore(), "ask_more")
    assert new_calls(marias) == [], said


async def test_an_answer_that_fits_none_leaves_the_choice_open(marias: Session) -> None:
    talk = Talk()
    await talk.say("maria didnt pick up")
    said = await talk.say("the plumber", ActionCallListMore(), "ask_more")
    assert new_calls(marias) == [], said
