"""An apology opening a correction ("désolé, …", "förlåt, …", "Entschuldigung, …") that the
NLU tagged as the customer's name: nobody is called that, so the correction is of the last
call's outcome, on the same customer — never "Nobody in your book is called 'sorry'" with the
call taken back and the new outcome lost."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from knowledge.models.bank import Outcome
from tests.actions.conftest import Chat, logged_calls, tag_name_next


@pytest.mark.parametrize(("text", "name"), [
    ("désolé, pas de vente, pas intéressée", "désolé"),
    ("perdón, no compró, no le interesa", "perdón"),
    ("sorry, niet gekocht - geen interesse", "sorry"),
    ("förlåt, köpte inte, inte intresserad", "förlåt"),
    ("Entschuldigung, nicht gekauft, kein Interesse", "Entschuldigung"),
    ("oops sry - no sale, not interested", "oops sry"),
])
async def test_the_outcome_is_corrected_on_the_same_customer(
        people: Session, monkeypatch: pytest.MonkeyPatch, text: str, name: str) -> None:
    chat = Chat()
    await chat.say("maria keller bought the savings plan")
    tag_name_next(monkeypatch, name)
    said = await chat.say(text)
    assert "called" not in said, said
    assert [c[:2] for c in logged_calls(people)] == [("C001", Outcome.not_interested)], said


@pytest.mark.parametrize(("text", "name"), [
    ("przepraszam, nie kupiła - nie była zainteresowana", "przepraszam"),
    ("scusa, non ha comprato, non era interessata", "scusa"),
])
async def test_words_of_a_sentence_are_never_asked_about_as_a_name(
        people: Session, monkeypatch: pytest.MonkeyPatch, text: str, name: str) -> None:
    chat = Chat()
    await chat.say("maria keller bought the savings plan")
    tag_name_next(monkeypatch, name)
    said = await chat.say(text)
    assert "is called" not in said, said
    assert [c[:2] for c in logged_calls(people)] in ([], [("C001", Outcome.not_interested)])
