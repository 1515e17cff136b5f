"""A correction or undo whose words the resolver could take for a name: "falsch", "nie", "nee"
tagged as the name, or a surname's particle on its own ("je me suis trompé de client", "mi
sono sbagliato di cliente") that a "De Luca" or "Di Stefano" of the book shares. None of them
names anyone: the call is corrected on the same customer, or only taken back — never moved
to the particle's customer."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from actions.writes import ActionFallback
from knowledge.models.bank import Customer, Outcome
from tests.actions.conftest import Chat, logged_calls, tag_name_next


@pytest.mark.parametrize(("text", "name"), [
    ("nein, falsch - sie wurde doch erreicht", "falsch"),
    ("nope wrong, reached her actually", "nope wrong"),
    ("nee, fout: wel bereikt", "nee"),
])
async def test_a_word_saying_wrong_is_no_name(
        people: Session, monkeypatch: pytest.MonkeyPatch, text: str, name: str) -> None:
    chat = Chat()
    await chat.say("maria keller mailbox")
    tag_name_next(monkeypatch, name)
    said = await chat.say(text)
    assert "is called" not in said, said
    assert [c[:2] for c in logged_calls(people)] in (
        [("C001", Outcome.reached)], []), said


@pytest.fixture
def particles(people: Session) -> Session:
    people.add_all([Customer(id="C020", name="Chiara De Luca", advisor_id="A001"),
                    Customer(id="C021", name="Marco Di Stefano", advisor_id="A001")])
    people.commit()
    return people


@pytest.mark.parametrize("text", [
    "annule stp, je me suis trompé de client",
    "annulla per favore, mi sono sbagliato di cliente",
    "deshazlo, me equivoqué de persona",
    "undo that, wrong one - de facto it was someone else",
])
@pytest.mark.parametrize("intent", ["log_call_outcome", "nlu_fallback"])
async def test_a_lone_particle_never_moves_the_call(
        particles: Session, text: str, intent: str) -> None:
    chat = Chat()
    await chat.say("jonas weber no answer")
    said = await chat.say(text, None if intent == "log_call_outcome" else ActionFallback(),
                          intent)
    assert "De Luca" not in said and "Di Stefano" not in said, said
    assert {c[0] for c in logged_calls(particles)} <= {"C002"}, said


async def test_the_particle_beside_the_surname_still_names_them(particles: Session) -> None:
    said = await Chat().say("de luca no answer")
    assert "Chiara De Luca" in said, said


@pytest.mark.parametrize("text", ["nie, w czwartek sorry", "nein, am Donnerstag sorry",
                                  "non, jeudi pardon", "no, el jueves perdón"])
async def test_a_no_tagged_as_the_name_leaves_the_date_corrected(
        people: Session, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    chat = Chat()
    await chat.say("maria keller wants a meeting friday")
    tag_name_next(monkeypatch, text.split(",")[0])
    said = await chat.say(text)
    assert [(c[0], c[2].isoformat() if c[2] else None) for c in logged_calls(people)] == [
        ("C001", "2026-11-26")], said
