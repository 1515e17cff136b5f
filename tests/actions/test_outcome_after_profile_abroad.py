"""A call's outcome said right after a customer's profile, in another language and with no
name, whatever the NLU made of it ("nie odebrał" read as a greeting, "hab sie erreicht, sie
möchte einen Termin übermorgen" with its capitalised nouns, "elle n'a pas répondu"): that
customer's call, shown for a yes — never "Termin" taken for an unknown customer's name, never
a greeting. The `people` bank; today Monday 2026-11-23."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from actions.profile import ActionCustomerProfile
from actions.small_talk import ActionGreet
from actions.writes import ActionFallback
from tests.actions.conftest import Talk, new_calls


@pytest.mark.parametrize(("text", "call"), [
    ("nie odebrał", ("C004", "no_answer", None)),
    ("nicht erreicht", ("C004", "no_answer", None)),
    ("geen gehoor", ("C004", "no_answer", None)),
])
async def test_two_words_read_as_a_greeting_are_the_profiled_customers_call(
        people: Session, text: str, call: tuple) -> None:
    talk = Talk()
    await talk.say("show me pedro alves", ActionCustomerProfile(), "ask_profile")
    said = await talk.say(text, ActionGreet(), "greet")
    assert new_calls(people) == [call], said


@pytest.mark.parametrize(("text", "call"), [
    ("hab ihn erreicht, er möchte einen Termin am Freitag", ("C004", "follow_up", "2026-11-27")),
    ("Erreicht - er will einen Termin zum Gespräch am Freitag",
     ("C004", "follow_up", "2026-11-27")),
])
async def test_german_nouns_are_no_unknown_name(people: Session, text: str, call: tuple
                                                ) -> None:
    talk = Talk()
    await talk.say("show me pedro alves", ActionCustomerProfile(), "ask_profile")
    said = await talk.say(text, ActionFallback(), "nlu_fallback")
    assert "Pedro Alves" in said, said
    assert new_calls(people) in ([call], []), said


async def test_an_unknown_name_after_an_article_is_still_no_focus(people: Session) -> None:
    talk = Talk()
    await talk.say("show me pedro alves", ActionCustomerProfile(), "ask_profile")
    said = await talk.say("die Rodrigues hat nicht abgenommen", ActionFallback(), "nlu_fallback")
    assert new_calls(people) == [], said
