"""Logging a call through the actions: what is stored, and a pick-list answer the NLU missed."""

from __future__ import annotations

import datetime as dt

from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from actions.call_list import ActionCallList, ActionLogCall
from knowledge.models.bank import Interaction, Outcome
from tests.actions.call_list.conftest import payload, slots, texts
from tests.actions.conftest import make_tracker
from tests.knowledge.call_list.factory import AS_OF


async def test_log_call_stores_outcome_and_follow_up_and_removes_from_list(
    bank: Engine, dispatcher: CollectingDispatcher
) -> None:
    tracker = make_tracker(
        "A1",
        "I called Maria Maturity, she wants a meeting next week",
        "log_call_outcome",
        entities=[
            {"entity": "customer_name", "value": "Maria Maturity"},
            {"entity": "follow_up", "value": "next week"},
        ],
    )
    await ActionLogCall().run(dispatcher, tracker, {})
    said = texts(dispatcher)
    assert "Logged your call with Maria Maturity" in said and "2026-06-22" in said
    with Session(bank) as session:
        row = session.scalars(
            select(Interaction).where(
                Interaction.customer_id == "MAT", Interaction.occurred_on == AS_OF
            )
        ).one()
        assert row.outcome is Outcome.follow_up and row.follow_up_on == dt.date(2026, 6, 22)
    again = CollectingDispatcher()
    await ActionCallList().run(again, make_tracker("A1", "who should I call?", "ask_call_list"), {})
    assert "MAT" not in {i["customer_id"] for i in payload(again)["items"]}


async def test_a_surname_mistaken_for_the_outcome_still_logs_the_call(
    bank: Engine, dispatcher: CollectingDispatcher
) -> None:
    # Seen with the trained model: "Esposito" tagged as call_outcome.
    tracker = make_tracker(
        "A1",
        "I called Maria Maturity, she wants a meeting next week",
        "log_call_outcome",
        entities=[
            {"entity": "customer_name", "value": "Maria"},
            {"entity": "call_outcome", "value": "Maturity"},
            {"entity": "follow_up", "value": "next week"},
        ],
    )
    await ActionLogCall().run(dispatcher, tracker, {})
    assert "Logged your call with Maria Maturity" in texts(dispatcher)
    with Session(bank) as session:
        row = session.scalars(select(Interaction).where(
            Interaction.customer_id == "MAT", Interaction.occurred_on == AS_OF)).one()
        assert row.outcome is Outcome.follow_up and row.follow_up_on == dt.date(2026, 6, 22)


async def test_a_pick_list_answer_the_nlu_cannot_place_logs_the_call_said_before(
    bank: Engine, dispatcher: CollectingDispatcher
) -> None:
    from actions.call_list import ActionLogCall
    from actions.writes import ActionFallback, ActionUndoWrite

    events = await ActionLogCall().run(dispatcher, make_tracker(
        "A1", "called chris, no answer", "log_call_outcome",
        entities=[{"entity": "customer_name", "value": "chris"}]), {})
    assert "Which one did you call? Nothing is logged yet." in texts(dispatcher)
    pending = slots(events)["pending_write"]
    answered = CollectingDispatcher()
    events = await ActionFallback().run(answered, make_tracker(
        "A1", "chris twine", "nlu_fallback", slots={"pending_write": pending}), {})
    assert texts(answered).startswith("Logged your call with Chris Twine (TWIN2)")
    with Session(bank) as session:
        row = session.scalars(select(Interaction).where(Interaction.customer_id == "TWIN2")).one()
        assert row.outcome is Outcome.no_answer
    undone = CollectingDispatcher()
    await ActionUndoWrite().run(undone, make_tracker(
        "A1", "undo", "undo_write", slots={"last_write": slots(events)["last_write"]}), {})
    assert texts(undone).startswith("Undone: a call with Chris Twine (TWIN2)")
    with Session(bank) as session:
        assert session.scalars(select(Interaction).where(
            Interaction.customer_id == "TWIN2")).all() == []
    gibberish = CollectingDispatcher()
    await ActionFallback().run(gibberish, make_tracker("A1", "asdf", "nlu_fallback"), {})
    assert [m.get("response") for m in gibberish.messages] == ["utter_default"]
