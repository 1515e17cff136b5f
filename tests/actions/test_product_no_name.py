"""A product named in a report ("wegen Bausparvertrag", "about the Festgeld", "pour
l'Assurance Vie") is no one's name, however it is written: after a call just logged or a
profile shown, the report is that customer's call (shown for a yes), never "I can't find
that customer". The `people` bank: A001's book Maria Keller C001, Jonas Weber C002 …; today
Monday 2026-11-23."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from actions.profile import ActionCustomerProfile
from actions.writes import ActionFallback
from tests.actions.conftest import Talk, new_calls


@pytest.mark.parametrize(("text", "day"), [
    ("Er möchte am Freitag wegen Bausparvertrag vorbeikommen", "2026-11-27"),
    ("er kommt am 2.12. wegen Riesterrente vorbei", "2026-12-02"),
    ("he wants to come in thursday re the Festgeld", "2026-11-26"),
    ("Jonas will am Montag wegen Tagesgeld Konto kommen", "2026-11-30"),
])
async def test_a_product_after_a_call_just_logged_is_no_name(
        people: Session, text: str, day: str) -> None:
    talk = Talk()
    await talk.say("Jonas Weber erreicht")
    said = await talk.say(text, ActionFallback(), "nlu_fallback")
    assert "Jonas Weber (C002)" in said and "OK?" in said, said
    assert new_calls(people) == [("C002", "follow_up", day)], said


async def test_a_product_after_a_profile_is_no_name(people: Session) -> None:
    talk = Talk()
    await talk.say("Profil Jonas Weber", ActionCustomerProfile(), "ask_profile")
    said = await talk.say("erreicht, Termin Montag 30.11. wegen Lebensversicherung",
                          ActionFallback(), "nlu_fallback")
    assert new_calls(people) == [("C002", "follow_up", "2026-11-30")], said
