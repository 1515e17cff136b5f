"""One more try at a customer already called in this conversation, said in any of the
advisors' languages ("tried maria again, still nothing", "maria nochmal versucht, immer noch
nichts", "ponownie do marii, nadal nic") and shown for a yes because only the first name was
given: the yes stores a second call — the "again" of the message shown is not lost on the
yes and the call is not held back as a double."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from knowledge.models.bank import Outcome
from tests.actions.conftest import Talk, logged_calls


@pytest.mark.parametrize("text", [
    "tried maria again @ 2, still nothing",
    "maria nochmal versucht - immer noch keine antwort",
    "maria: toujours pas de réponse",
    "maria di nuovo, nessuna risposta",
    "maria opnieuw gebeld, geen antwoord",
    "maria ponownie, nie odebrała",
    "ringde maria igen, inget svar",
])
async def test_a_second_no_answer_is_stored(people: Session, text: str) -> None:
    talk = Talk()
    await talk.say("maria keller no answer")
    said = await talk.say(text)
    calls = [c[:2] for c in logged_calls(people)]
    assert calls.count(("C001", Outcome.no_answer)) == 2 or "OK?" not in said and (
        "Which" in said or "How did" in said), said
    assert "not stored twice" not in said, said


async def test_the_same_message_twice_is_still_held(people: Session) -> None:
    talk = Talk()
    await talk.say("maria keller no answer")
    said = await talk.say("maria keller no answer")
    assert [c[:2] for c in logged_calls(people)] == [("C001", Outcome.no_answer)], said


@pytest.mark.parametrize("text", [
    "maria keller rappelée en fin de journée, répondeur",
    "richiamata maria keller alle 15, segreteria",
    "volví a llamar a maria keller, buzón de voz",
    "tweede poging maria keller: voicemail",
    "Maria Keller zum zweiten Mal angerufen, Mailbox",
    "drugi raz maria keller, poczta głosowa",
    "andra försöket maria keller, röstbrevlåda",
])
async def test_a_call_made_again_in_one_word_is_a_call_of_its_own(
        people: Session, text: str) -> None:
    talk = Talk()
    await talk.say("maria keller voicemail")
    said = await talk.say(text)
    assert [c[:2] for c in logged_calls(people)].count(("C001", Outcome.no_answer)) == 2, said


async def test_the_same_call_said_in_other_words_is_still_held(people: Session) -> None:
    talk = Talk()
    await talk.say("maria keller no answer")
    said = await talk.say("Maria Keller - no answer")
    assert [c[:2] for c in logged_calls(people)] == [("C001", Outcome.no_answer)], said


@pytest.mark.parametrize(("first", "second"), [
    ("maria keller vm 8:40", "maria keller vm 13:05"),
    ("Maria Keller Mailbox um 10 Uhr", "Maria Keller Mailbox um 15 Uhr"),
    ("maria keller répondeur à 9h30", "maria keller répondeur à 16h00"),
])
async def test_the_same_report_at_another_time_is_another_attempt(
        people: Session, first: str, second: str) -> None:
    talk = Talk()
    await talk.say(first)
    said = await talk.say(second)
    assert [c[:2] for c in logged_calls(people)].count(("C001", Outcome.no_answer)) == 2, said


@pytest.mark.parametrize("text", ["maria keller noch mal probiert, wieder nichts",
                                  "maria keller: ho provato ancora, niente",
                                  "försökte nå maria keller igen, inget"])
async def test_tried_and_nothing_is_no_answer_in_any_language(
        people: Session, text: str) -> None:
    talk = Talk()
    await talk.say("maria keller no answer")
    said = await talk.say(text)
    assert [c[:2] for c in logged_calls(people)].count(("C001", Outcome.no_answer)) == 2, said
