"""Call reports and bookings the NLU put under another intent (rate change, call list, choice,
lookup): logged or shown for a yes, never listed or dropped."""

from __future__ import annotations

import datetime as dt

from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from actions.call_list import ActionCallList, ActionRecordRateEvent
from knowledge.models.bank import Interaction, MarketEvent, Outcome
from tests.actions.call_list.conftest import slots, texts
from tests.actions.conftest import make_tracker
from tests.knowledge.call_list.factory import AS_OF


async def test_a_call_back_read_as_a_rate_change_is_offered_as_the_call(
    bank: Engine, dispatcher: CollectingDispatcher
) -> None:
    """ "call sam saver back 3.12." has no rate change in it: its words are a meeting, shown
    for a yes; no market event, no call stored in that turn."""
    tracker = make_tracker("A1", "call sam saver back 3.12.", "report_rate_change")
    await ActionRecordRateEvent().run(dispatcher, tracker, {})
    said = texts(dispatcher)
    assert "Sam Saver (SAV)" in said and "OK?" in said, said
    with Session(bank) as session:
        assert session.scalars(select(MarketEvent)).all() == []
        assert session.scalars(select(Interaction).where(
            Interaction.customer_id == "SAV", Interaction.occurred_on == AS_OF)).all() == []


async def test_a_callback_asked_for_under_the_list_intent_is_logged_not_listed(
    bank: Engine, dispatcher: CollectingDispatcher
) -> None:
    """ "sam saver would like a call on monday" read as "my call list": the follow-up for Sam
    Saver on Monday 22 June is logged, and no list is shown."""
    tracker = make_tracker("A1", "sam saver would like a call on monday", "ask_call_list")
    await ActionCallList().run(dispatcher, tracker, {})
    said = texts(dispatcher)
    assert said.startswith("Logged your call with Sam Saver (SAV)"), said
    assert "Today's calls" not in said
    with Session(bank) as session:
        row = session.scalars(select(Interaction).where(
            Interaction.customer_id == "SAV", Interaction.occurred_on == AS_OF)).one()
        assert row.outcome is Outcome.follow_up and row.follow_up_on == dt.date(2026, 6, 22)


async def test_pencil_in_under_a_choice_with_nothing_offered_logs_the_follow_up(
    bank: Engine, dispatcher: CollectingDispatcher
) -> None:
    from actions.profile import ActionChooseCustomer

    tracker = make_tracker("A1", "pencil sam saver in for the 3rd", "choose_customer",
                           entities=[{"entity": "ordinal", "value": "3"}])
    await ActionChooseCustomer().run(dispatcher, tracker, {})
    assert texts(dispatcher).startswith("Logged your call with Sam Saver (SAV)"), texts(dispatcher)
    with Session(bank) as session:
        row = session.scalars(select(Interaction).where(
            Interaction.customer_id == "SAV", Interaction.occurred_on == AS_OF)).one()
        assert row.follow_up_on == dt.date(2026, 7, 3)


async def test_a_german_call_report_read_as_a_lookup_is_shown_for_a_yes(
    bank: Engine, dispatcher: CollectingDispatcher
) -> None:
    from actions.profile import ActionCustomerProfile

    tracker = make_tracker("A1", "sam saver termin am Freitag", "ask_customer_profile",
                           entities=[{"entity": "customer_name", "value": "sam saver"}])
    events = await ActionCustomerProfile().run(dispatcher, tracker, {})
    said = texts(dispatcher)
    assert "Log a call with Sam Saver (SAV): follow up, follow-up on Friday 2026-06-19. OK?" \
        in said, said
    assert slots(events)["pending_write"]["follow_up_on"] == "2026-06-19"
    with Session(bank) as session:  # nothing until the yes
        assert session.scalars(select(Interaction).where(
            Interaction.customer_id == "SAV", Interaction.occurred_on == AS_OF)).all() == []
