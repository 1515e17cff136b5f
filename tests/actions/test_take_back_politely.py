"""A take-back said politely in the advisors' languages ("storniere das bitte", "efface ça
svp", "cancella l'ultima per favore", "anula eso porfa", "verwijder dat alsjeblieft") is the
whole message's meaning wherever the NLU sends it (the fallback, a profile lookup): the last
call is taken back and nothing else is written; with a call waiting for a yes it is not
taken for the stored one.

The `people` bank's today is Monday 2026-11-23; A001's book: Maria Keller C001, Jonas Weber
C002, Ingrid Dahl C003, Pedro Alves C004, Li Wei C005."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from actions.profile import ActionCustomerProfile
from actions.writes import ActionFallback
from tests.actions.conftest import Talk, new_calls


@pytest.mark.parametrize("text", [
    "storniere das bitte", "efface ça svp", "cancella l'ultima per favore",
    "anula eso porfa", "verwijder dat alsjeblieft", "usuń to proszę", "radera det tack",
    "ok please scrap that"])
async def test_a_polite_take_back_in_the_fallback_undoes_the_last_call(
        people: Session, text: str) -> None:
    talk = Talk()
    await talk.say("ingrid dahl reached")
    assert new_calls(people) == [("C003", "reached", None)]
    said = await talk.say(text, ActionFallback(), "nlu_fallback")
    assert new_calls(people) == [], said
    assert "Undone" in said


async def test_a_take_back_read_as_a_profile_lookup_undoes_instead(people: Session) -> None:
    talk = Talk()
    await talk.say("pedro alves nicht erreicht")
    said = await talk.say("annulla l'ultima grazie", ActionCustomerProfile(), "ask_profile")
    assert new_calls(people) == [], said
    assert "Undone" in said


async def test_politeness_alone_or_a_call_said_politely_takes_nothing_back(
        people: Session) -> None:
    talk = Talk()
    await talk.say("li wei reached")
    await talk.say("danke", ActionFallback(), "nlu_fallback")
    await talk.say("maria keller no answer please")
    assert sorted(new_calls(people)) == [("C001", "no_answer", None), ("C005", "reached", None)]
