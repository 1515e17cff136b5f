"""A message with a phone's or mail client's signature is read without it, whatever action
the NLU chose (here the call list for a lookup, as seen with the trained model)."""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.call_list import ActionCallList
from tests.actions.conftest import Chat, logged_calls, make_tracker, texts


@pytest.mark.parametrize("garnish", ["\n\nSent from my iPhone", "\n--\nAnna Berg\nAdvisor",
                                     "\n\nVon meinem iPhone gesendet"])
async def test_a_lookup_with_a_signature_shows_the_customer(people: Session, garnish: str) -> None:
    dispatcher = CollectingDispatcher()
    await ActionCallList().run(dispatcher, make_tracker(
        "A001", f"Show me maria keller{garnish}", "ask_call_list"), {})
    assert "Maria Keller (C001)" in " ".join(texts(dispatcher))


async def test_a_call_report_with_a_signature_is_stored_without_it(people: Session) -> None:
    said = await Chat().say("jonas weber no answer\n\nSent from my iPhone")
    assert [c[:2] for c in logged_calls(people)] == [("C002", "no_answer")], said
