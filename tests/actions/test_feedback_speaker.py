"""A feedback message whose statement is not the customer's (the advisor's view of them, a
colleague's view, hearsay) stores nothing and says how to log the customer's words; a
first-person opinion that may be the advisor's is asked about; the customer's words relayed
("she said …", "per X: …") are stored as before. The `namesakes` bank (Maria Keller C001,
Jonas Weber C002, Ingrid Dahl C003, Pedro Alves C004)."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from tests.actions.test_feedback_choice import Conversation, namesakes, stored  # noqa: F401


async def _log(message: str) -> str:
    talk = Conversation()
    talk.slots["requested_slot"] = None
    await talk.say(message, intent="log_feedback", entities=[],
                   extracted={"feedback_text": message})
    await talk.save()
    return " ".join(m.get("text") or "" for m in talk.dispatcher.messages)


@pytest.mark.parametrize("message", [
    "fb for jonas weber - imo he should move his savings to us",
    "feedback ingrid dahl: the guys at the branch reckon the queue is too long",
    "feedback for pedro alves, apparently most clients hate the new app",
    "my flatmate reckons your overdraft fees are a rip-off",
    "fb: meine Nachbarin meint, die Filiale schließt zu früh",
])
async def test_a_view_that_is_not_the_customers_is_not_stored(
        namesakes: Session, message: str) -> None:  # noqa: F811
    said = await _log(message)
    assert stored(namesakes) == [], said
    assert "saved" in said and "Saved the feedback" not in said


async def test_a_first_person_opinion_is_asked_about(namesakes: Session) -> None:  # noqa: F811
    said = await _log("feedback maria keller: honestly the new card design is ugly")
    assert stored(namesakes) == []
    assert "own words" in said and "?" in said


@pytest.mark.parametrize("message", [
    "feedback for jonas weber: he said the app logs him out every day",
    "fb ingrid dahl - per ingrid, the statement pdfs won't open",
])
async def test_the_customers_words_are_stored(namesakes: Session, message: str) -> None:  # noqa: F811
    said = await _log(message)
    assert [c for c, _ in stored(namesakes)] in (["C002"], ["C003"]), said


@pytest.mark.parametrize("message", [
    "feedback jonas weber: he would hate the new overdraft letters",
    "fb for pedro alves - i bet he is going to complain about the card fee",
])
async def test_a_guess_about_the_customer_is_asked_not_stored(
        namesakes: Session, message: str) -> None:  # noqa: F811
    said = await _log(message)
    assert stored(namesakes) == [], said
    assert "own words" in said
