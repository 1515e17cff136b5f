"""A call shown for a yes with what the customer said in the same message ("spoke to her.
she says the font is way too small"): on the yes the call is stored and the statement is
shown next as that customer's feedback; stored only on its own yes (checked in the database)."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.models.bank import Feedback
from tests.actions.conftest import Chat, new_calls


def _feedback(session: Session) -> list[tuple[str | None, str]]:
    session.expire_all()
    return [(f.customer_id, f.text) for f in session.scalars(select(Feedback))]


@pytest.mark.parametrize(("text", "statement"), [
    ("spoke to him. he says the statements arrive far too late",
     "The statements arrive far too late"),
    ("talked to him, reached - he said teh new app font is way too small to read",
     "Teh new app font is way too small to read"),
])
async def test_the_statement_waits_for_the_calls_yes_then_is_shown(
        people: Session, text: str, statement: str) -> None:
    chat = Chat()
    chat.slots = {"focus_customer": "C002", "customer_id": "C002"}
    said = await chat.say(text)
    assert "OK?" in said and "Jonas Weber" in said, said
    assert new_calls(people) == [("C002", "reached", None)]
    assert _feedback(people) == [("C002", statement)]


async def test_no_to_the_statement_keeps_only_the_call(people: Session) -> None:
    from rasa_sdk.executor import CollectingDispatcher

    from actions.writes import ActionDenyWrite
    from tests.actions.conftest import make_tracker

    chat = Chat()
    chat.slots = {"focus_customer": "C002", "customer_id": "C002"}
    from actions.call_list import ActionLogCall

    dispatcher = CollectingDispatcher()
    events = await ActionLogCall().run(dispatcher, make_tracker(
        "A001", "Spoke to him. He says the card fees are far too high", "log_call_outcome",
        slots=dict(chat.slots)), {})
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert _feedback(people) == [] and new_calls(people) == []
    from actions.writes import ActionConfirmWrite

    dispatcher = CollectingDispatcher()
    events = await ActionConfirmWrite().run(dispatcher, make_tracker(
        "A001", "yes", "affirm", slots={**chat.slots, **slots}), {})
    slots.update({e["name"]: e["value"] for e in events if e.get("event") == "slot"})
    assert slots["pending_write"]["kind"] == "feedback"
    await ActionDenyWrite().run(CollectingDispatcher(), make_tracker(
        "A001", "no", "deny", slots={**chat.slots, **slots}), {})
    assert new_calls(people) == [("C002", "reached", None)]
    assert _feedback(people) == []
