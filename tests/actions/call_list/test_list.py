"""The call list, its pages, filters and reasons, through the actions with real trackers."""

from __future__ import annotations

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from actions.call_list import ActionCallList, ActionCallListMore, ActionExplainCallReason
from knowledge.models.bank import Staff
from tests.actions.call_list.conftest import payload, texts
from tests.actions.conftest import make_tracker


async def test_call_list_numbered_with_reason_and_page_slot(
    bank: Engine, dispatcher: CollectingDispatcher
) -> None:
    events = await ActionCallList().run(
        dispatcher, make_tracker("A1", "who should I call today?", "ask_call_list"), {}
    )
    said = texts(dispatcher)
    # One day's work (capacity 8); the rest is planned for the next working day, and said.
    assert said.startswith("Today's calls (8 for today; 3 more urgent, planned for 16 June 2026):")
    # Duties first: ten overdue complaints fill today; the maturity (in 5 days) is tomorrow's.
    assert "1. Customer Number09 (" in said and "complaint" in said
    assert "Maria Maturity" not in said
    assert "show me more" in said and "Olga" not in said
    assert SlotSet("call_list_page", 1.0) in events
    data = payload(dispatcher)
    assert data["advisor_id"] == "A1" and len(data["items"]) == 8 and data["has_more"]
    # The card needs each reason's sentence; the evidence stays with "why" and the API, so the
    # payload every later turn carries in the tracker stays small.
    first_reason = data["items"][0]["reasons"][0]
    assert first_reason["text"] and "evidence" not in first_reason


async def test_more_shows_the_next_page(bank: Engine, dispatcher: CollectingDispatcher) -> None:
    tracker = make_tracker("A1", "show me more", "ask_more", slots={"call_list_page": 1.0})
    events = await ActionCallListMore().run(dispatcher, tracker, {})
    said = texts(dispatcher)
    assert said.startswith("More calls (page 2):") and "9. " in said and "12. " not in said
    assert SlotSet("call_list_page", 2.0) in events


async def test_filter_only_maturities(bank: Engine, dispatcher: CollectingDispatcher) -> None:
    tracker = make_tracker(
        "A1",
        "only maturities",
        "filter_call_list",
        entities=[{"entity": "reason_filter", "value": "maturity"}],
    )
    events = await ActionCallList().run(dispatcher, tracker, {})
    assert [i["customer_id"] for i in payload(dispatcher)["items"]] == ["MAT"]
    assert SlotSet("reason_filter", "maturity") in events


async def test_filter_read_from_the_text_when_no_entity(
    bank: Engine, dispatcher: CollectingDispatcher
) -> None:
    tracker = make_tracker("A1", "just the premium ones please", "filter_call_list")
    await ActionCallList().run(dispatcher, tracker, {})
    assert {i["tier"] for i in payload(dispatcher)["items"]} <= {"top", "high"}
    assert "premium" in texts(dispatcher)


async def test_explain_why_on_list(bank: Engine, dispatcher: CollectingDispatcher) -> None:
    tracker = make_tracker(
        "A1",
        "why is maria maturity on my list?",
        "ask_why_on_list",
        entities=[{"entity": "customer_name", "value": "maria maturity"}],
    )
    events = await ActionExplainCallReason().run(dispatcher, tracker, {})
    said = texts(dispatcher)
    # Ten overdue complaints come first; her call is planned for the next working day.
    assert "Maria Maturity is number 11 on the list, planned for 16 June 2026" in said
    assert "matures" in said
    assert SlotSet("customer_id", "MAT") in events


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Olga Other", "can't find"),  # another advisor's customer: as unknown as a stranger
        ("Nobody Atall", "can't find"),
    ],
)
async def test_explain_unknown_names(
    bank: Engine, dispatcher: CollectingDispatcher, name: str, expected: str
) -> None:
    tracker = make_tracker(
        "A1",
        f"why is {name} on my list?",
        "ask_why_on_list",
        entities=[{"entity": "customer_name", "value": name}],
    )
    await ActionExplainCallReason().run(dispatcher, tracker, {})
    assert expected in texts(dispatcher)


async def test_explain_ambiguous_name_asks(bank: Engine, dispatcher: CollectingDispatcher) -> None:
    tracker = make_tracker(
        "A1",
        "why is chris on my list?",
        "ask_why_on_list",
        entities=[{"entity": "customer_name", "value": "Chris"}],
    )
    events = await ActionExplainCallReason().run(dispatcher, tracker, {})
    said = texts(dispatcher)
    assert "Chris Twin" in said and "Chris Twine" in said
    assert any(e.get("name") == "customer_candidates" for e in events)


async def test_unknown_sender(bank: Engine, dispatcher: CollectingDispatcher) -> None:
    await ActionCallList().run(
        dispatcher, make_tracker("X99", "who should I call?", "ask_call_list"), {}
    )
    assert "not registered" in texts(dispatcher)


async def test_head_office_has_no_book(bank: Engine, dispatcher: CollectingDispatcher) -> None:
    with Session(bank) as session:
        assert session.get(Staff, "H1") is not None
    await ActionCallList().run(
        dispatcher, make_tracker("H1", "who should I call?", "ask_call_list"), {}
    )
    assert "head office" in texts(dispatcher)
