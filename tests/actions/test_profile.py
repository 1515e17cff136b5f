"""The profile conversation with real trackers: ask, choose, follow up; nothing leaks."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.base import SOMETHING_WENT_WRONG
from actions.profile import (
    ActionChooseCustomer,
    ActionCustomerProfile,
    ActionProfileComplaints,
    ActionProfileContacts,
    ActionProfileHoldings,
)
from knowledge.models.bank import AuditEntry
from knowledge.profile.render import NOT_FOUND_TEXT
from tests.actions.conftest import make_tracker, payloads, pin_today, texts
from tests.knowledge.profile.profile_bank import build_bank


@pytest.fixture
def bank(action_database: str, session: Session, monkeypatch: pytest.MonkeyPatch) -> Session:
    pin_today(monkeypatch, "2026-11-23")
    build_bank(session)
    return session


def entity(name: str, value: str) -> dict[str, Any]:
    return {"entity": name, "value": value}


async def test_profile_by_name_entity_shows_the_summary_and_sets_the_focus(
    bank: Session, dispatcher: CollectingDispatcher
) -> None:
    tracker = make_tracker(
        "A001",
        "tell me about anna mullr",
        "ask_profile",
        entities=[entity("customer_name", "anna mullr")],
    )
    events = await ActionCustomerProfile().run(dispatcher, tracker, {})
    assert events == [
        SlotSet("customer_id", "C000001"),
        SlotSet("customer_name", "Anna Müller"),
        SlotSet("customer_candidates", None),
        SlotSet("focus_customer", "C000001"),  # "she" now means her
    ]
    assert texts(dispatcher)[0].startswith("Anna Müller (C000001) — 64, Teacher, Munich")
    payload = payloads(dispatcher)[0]
    assert payload["type"] == "customer_profile"
    assert payload["who"]["customer_id"] == "C000001"
    assert payload["risk"]["mismatches"][0]["product"] == "Global equity fund"


async def test_a_name_the_nlu_missed_is_found_in_the_raw_text(
    bank: Session, dispatcher: CollectingDispatcher
) -> None:
    tracker = make_tracker("A001", "Siobhan walks in, what do I need to know?", "ask_profile")
    events = await ActionCustomerProfile().run(dispatcher, tracker, {})
    assert SlotSet("customer_id", "C000005") in events


async def test_disambiguation_then_the_second_one_then_follow_ups(
    bank: Session, dispatcher: CollectingDispatcher
) -> None:
    ask = make_tracker(
        "A001", "tell me about Müller", "ask_profile", entities=[entity("customer_name", "Müller")]
    )
    events = await ActionCustomerProfile().run(dispatcher, ask, {})
    assert events == [
        SlotSet("customer_candidates", ["C000001", "C000002"]),
        SlotSet("customer_id", None),
    ]
    choice = texts(dispatcher)[0]
    assert "1. Anna Müller — born 1961, Munich, C000001" in choice
    assert "2. Hans Müller — born 1958, Hamburg, C000002" in choice
    assert payloads(dispatcher)[0]["type"] == "customer_choice"

    second = CollectingDispatcher()
    answer = make_tracker(
        "A001",
        "the second one",
        "choose_option",
        entities=[entity("ordinal", "2")],
        slots={"customer_candidates": ["C000001", "C000002"]},
    )
    events = await ActionChooseCustomer().run(second, answer, {})
    assert SlotSet("customer_id", "C000002") in events
    assert SlotSet("customer_candidates", None) in events
    assert texts(second)[0].startswith("Hans Müller (C000002)")

    holdings = CollectingDispatcher()
    follow_up = make_tracker(
        "A001", "what does he hold?", "ask_holdings", slots={"customer_id": "C000002"}
    )
    await ActionProfileHoldings().run(holdings, follow_up, {})
    assert texts(holdings)[0].startswith("Hans Müller holds:\n  - Current account: €1,000")


async def test_choosing_by_id(bank: Session, dispatcher: CollectingDispatcher) -> None:
    answer = make_tracker(
        "A001",
        "C000001",
        "choose_option",
        entities=[entity("customer_id", "C000001")],
        slots={"customer_candidates": ["C000001", "C000002"]},
    )
    events = await ActionChooseCustomer().run(dispatcher, answer, {})
    assert SlotSet("customer_id", "C000001") in events


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        (ActionProfileContacts(), "Last contacts with Anna Müller:"),
        (ActionProfileComplaints(), "Open complaints of Anna Müller:"),
        (ActionProfileHoldings(), "Anna Müller holds:"),
    ],
)
async def test_follow_ups_use_the_customer_in_focus(
    bank: Session, dispatcher: CollectingDispatcher, action: Any, expected: str
) -> None:
    tracker = make_tracker("A001", "and?", slots={"customer_id": "C000001"})
    await action.run(dispatcher, tracker, {})
    assert texts(dispatcher)[0].startswith(expected)


async def test_a_follow_up_without_a_customer_asks_which_one(
    bank: Session, dispatcher: CollectingDispatcher
) -> None:
    await ActionProfileComplaints().run(dispatcher, make_tracker("A001", "any complaints?"), {})
    assert texts(dispatcher) == ["Which customer do you mean? Tell me a name or a customer id."]


async def test_a_stale_focus_from_another_book_is_not_shown(
    bank: Session, dispatcher: CollectingDispatcher
) -> None:
    # The slot is client state: it must not open another advisor's customer.
    tracker = make_tracker("A001", "last contacts?", slots={"customer_id": "C000011"})
    await ActionProfileContacts().run(dispatcher, tracker, {})
    assert texts(dispatcher) == [NOT_FOUND_TEXT]


@pytest.mark.parametrize(
    "entities",
    [[entity("customer_name", "Klara Zimmermann")], [entity("customer_id", "C000011")]],
)
async def test_another_books_customer_reads_exactly_like_an_unknown_one(
    bank: Session, entities: list[dict[str, Any]]
) -> None:
    other, unknown = CollectingDispatcher(), CollectingDispatcher()
    other_events = await ActionCustomerProfile().run(
        other, make_tracker("A001", "tell me about them", "ask_profile", entities=entities), {}
    )
    unknown_events = await ActionCustomerProfile().run(
        unknown,
        make_tracker(
            "A001",
            "tell me about them",
            "ask_profile",
            entities=[entity("customer_name", "Nobody Atall")],
        ),
        {},
    )
    assert texts(other) == [NOT_FOUND_TEXT]
    assert other.messages == unknown.messages
    assert other_events == unknown_events
    refused = bank.scalars(select(AuditEntry).where(AuditEntry.granted.is_(False))).all()
    assert [(e.staff_id, e.customer_id, e.via) for e in refused] == [("A001", "C000011", "chat")]


async def test_the_view_is_audited_with_the_input_channel(
    bank: Session, dispatcher: CollectingDispatcher
) -> None:
    tracker = make_tracker("A001", "tell me about C000003", "ask_profile", channel="slack")
    await ActionCustomerProfile().run(dispatcher, tracker, {})
    bank.expire_all()
    entries = bank.scalars(select(AuditEntry)).all()
    assert [(e.staff_id, e.customer_id, e.channel, e.via, e.action) for e in entries] == [
        ("A001", "C000003", "slack", "chat", "profile")
    ]


def test_importing_the_actions_loads_no_spacy_and_opens_no_database() -> None:
    import subprocess
    import sys

    code = (
        "import sys, actions.profile as p; p.ActionCustomerProfile();"
        "print('spacy' in sys.modules, 'knowledge.customers.index' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False"]


@pytest.mark.parametrize(("message", "entities"), [
    ("tell me about Anna M\ud800ller", []),
    ("tell me about \udcff", [entity("customer_name", "Anna\udcff")]),
    ("tell me about C00\ud8000001", [entity("customer_id", "C00\ud8000001")]),
])
async def test_lone_surrogates_get_an_answer_not_an_apology(
    bank: Session, dispatcher: CollectingDispatcher, message: str,
    entities: list[dict[str, Any]]
) -> None:
    """JSON lets a client send "\\ud800"; UTF-8 (SQLite, PostgreSQL, spaCy) cannot encode it."""
    tracker = make_tracker("A001", message, "ask_profile", entities=entities)
    await ActionCustomerProfile().run(dispatcher, tracker, {})
    said = " ".join(texts(dispatcher))
    assert said and SOMETHING_WENT_WRONG not in said


@pytest.mark.parametrize("text", ["anything i should know before calling jonas weber",
                                  "what do i need to know about jonas weber?"])
async def test_a_briefing_before_a_call_the_nlu_missed_is_the_profile(people: Any,
                                                                      text: str) -> None:
    from actions.writes import ActionFallback

    dispatcher = CollectingDispatcher()
    await ActionFallback().run(dispatcher, make_tracker("A001", text, "nlu_fallback"), {})
    shown = [m.get("text") or "" for m in dispatcher.messages]
    assert any(t.startswith("Jonas Weber (C002)") for t in shown), shown
