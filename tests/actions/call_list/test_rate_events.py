"""Market events through the actions: who may record one, once, and what-ifs that record nothing."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from actions.call_list import ActionRateAffected, ActionRecordRateEvent
from knowledge.models.bank import MarketEvent
from tests.actions.call_list.conftest import slots, texts
from tests.actions.conftest import make_tracker
from tests.knowledge.call_list.factory import AS_OF


def _rate_cut(text: str = "the ECB cut rates by 25 basis points") -> Any:
    return make_tracker("A1", text, "report_rate_change", entities=[
        {"entity": "rate_delta", "value": "25 basis points"},
        {"entity": "rate_direction", "value": "cut"},
    ])


async def test_an_advisor_cannot_record_a_bank_wide_rate_event(
    bank: Engine, dispatcher: CollectingDispatcher
) -> None:
    await ActionRecordRateEvent().run(dispatcher, _rate_cut("ecb cut 25bp on friday btw"), {})
    assert "Nothing recorded" in texts(dispatcher)
    with Session(bank) as session:
        assert session.scalars(select(MarketEvent)).all() == []


async def test_rate_event_confirmed_recorded_once_and_affected(
    bank: Engine, dispatcher: CollectingDispatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    from actions.writes import ActionConfirmWrite
    from knowledge.settings import get_settings

    monkeypatch.setenv("MARKET_EVENT_ROLES", "advisor,head_office")
    get_settings.cache_clear()
    events = await ActionRecordRateEvent().run(dispatcher, _rate_cut(), {})
    asked = texts(dispatcher)
    assert asked.endswith("OK?") and "rate cut of 25 bp" in asked
    assert any((m.get("custom") or {}).get("type") == "confirm_write"
               for m in dispatcher.messages)
    with Session(bank) as session:  # shown, not stored yet
        assert session.scalars(select(MarketEvent)).all() == []
    pending = slots(events)["pending_write"]
    stored = CollectingDispatcher()
    events = await ActionConfirmWrite().run(
        stored, make_tracker("A1", "yes", "affirm", slots={"pending_write": pending}), {})
    said = texts(stored)
    assert "Recorded the rate cut of 25 bp" in said and "affects 2 customers" in said
    with Session(bank) as session:
        event = session.scalars(select(MarketEvent)).one()
        assert event.delta_bp == -25 and event.recorded_by == "A1" and event.occurred_on == AS_OF
    again = CollectingDispatcher()  # the same news a second time: the existing event
    await ActionRecordRateEvent().run(again, _rate_cut("the ECB cut rates by 25bp"), {})
    assert "already on record" in texts(again)
    affected = CollectingDispatcher()
    await ActionRateAffected().run(
        affected, make_tracker("A1", "who is affected by the rate cut?", "ask_rate_affected"), {}
    )
    said = texts(affected)
    assert "2 of your customers are affected" in said and "Sam Saver — savings" in said
    with Session(bank) as session:
        assert len(session.scalars(select(MarketEvent)).all()) == 1


@pytest.mark.parametrize("text", ["if rates went up 50bp who would be affected?",
                                  "say rates went up 50bp, who'd be hit?"])
async def test_a_what_if_question_records_nothing(
    bank: Engine, dispatcher: CollectingDispatcher, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    from knowledge.settings import get_settings

    monkeypatch.setenv("MARKET_EVENT_ROLES", "advisor")
    get_settings.cache_clear()
    tracker = make_tracker("A1", text,
                           "report_rate_change", entities=[
                               {"entity": "rate_delta", "value": "50bp"},
                               {"entity": "rate_direction", "value": "up"}])
    await ActionRecordRateEvent().run(dispatcher, tracker, {})
    assert "nothing recorded" in texts(dispatcher)
    with Session(bank) as session:
        assert session.scalars(select(MarketEvent)).all() == []


@pytest.mark.parametrize("text", ["the ECB changed rates", "rates were cut by 900 basis points"])
async def test_nonsense_rate_event_stores_nothing(
    bank: Engine, dispatcher: CollectingDispatcher, text: str
) -> None:
    await ActionRecordRateEvent().run(
        dispatcher, make_tracker("A1", text, "report_rate_change"), {}
    )
    assert "othing" in texts(dispatcher)  # "Nothing recorded" / "Nothing was recorded"
    with Session(bank) as session:
        assert session.scalars(select(MarketEvent)).all() == []


@pytest.mark.parametrize(("text", "bp", "day"), [
    ("ecb hiked by fifty bp 2026-06-10", 50, "2026-06-10"),
    ("the ecb cut rates by twenty-five basis points", -25, AS_OF.isoformat()),
    # the hundreds were dropped: 50 and 100 were shown, and stored on the yes
    ("ecb cut rates by a hundred and fifty basis points", -150, AS_OF.isoformat()),
    ("ecb raised by two hundred bp", 200, AS_OF.isoformat()),
])
async def test_a_size_in_words_is_recorded_as_its_figure(
        bank: Engine, monkeypatch: pytest.MonkeyPatch, text: str, bp: int, day: str) -> None:
    from actions.writes import ActionConfirmWrite
    from knowledge.settings import get_settings

    monkeypatch.setenv("MARKET_EVENT_ROLES", "advisor,head_office")
    get_settings.cache_clear()
    asked = CollectingDispatcher()
    events = await ActionRecordRateEvent().run(asked, make_tracker(
        "A1", text, "report_rate_change"), {})
    assert texts(asked).endswith("OK?"), texts(asked)
    await ActionConfirmWrite().run(CollectingDispatcher(), make_tracker(
        "A1", "yes", "affirm", slots={"pending_write": slots(events)["pending_write"]}), {})
    with Session(bank) as session:
        assert [(e.delta_bp, e.occurred_on.isoformat())
                for e in session.scalars(select(MarketEvent))] == [(bp, day)]


async def _ecb_cut_recorded(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Head office (H1, allowed by MARKET_EVENT_ROLES) has just recorded a 25 bp ECB cut."""
    from knowledge.settings import get_settings
    from tests.actions.conftest import Talk

    monkeypatch.setenv("MARKET_EVENT_ROLES", "head_office")
    get_settings.cache_clear()
    talk = Talk("H1", action=ActionRecordRateEvent, intent="report_rate_change")
    await talk.say("the ecb cut rates by 25 basis points today")
    return talk


@pytest.mark.parametrize("fix, bp", [
    ("correction: it was 50, not 25", -50),
    ("sorry, make that half a percent", -50),
    ("oops - 0.75%, not 25", -75),
])
async def test_a_rate_event_put_right_in_a_later_turn(
    bank: Engine, monkeypatch: pytest.MonkeyPatch, fix: str, bp: int
) -> None:
    from actions.profile import ActionChooseCustomer
    talk = await _ecb_cut_recorded(monkeypatch)
    said = await talk.say(fix, ActionChooseCustomer(), "choose_option")
    assert "took back" in said and "OK?" in said, said
    with Session(bank) as session:
        assert [e.delta_bp for e in session.scalars(select(MarketEvent))] == [bp]


async def test_a_correction_stating_the_recorded_size_changes_nothing(
    bank: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    talk = await _ecb_cut_recorded(monkeypatch)
    await talk.say("sorry, 25 was right", ActionRateAffected(), "ask_rate_affected")
    with Session(bank) as session:
        assert [e.delta_bp for e in session.scalars(select(MarketEvent))] == [-25]


async def test_one_more_event_after_a_sorry_is_not_a_correction_of_the_first(
    bank: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    talk = await _ecb_cut_recorded(monkeypatch)
    said = await talk.say("sorry, also the SNB cut 50bp today")
    assert "took back" not in said, said
    with Session(bank) as session:
        assert -25 in [e.delta_bp for e in session.scalars(select(MarketEvent))]


async def test_a_sorry_about_a_customer_after_an_event_leaves_the_event(
    bank: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    talk = await _ecb_cut_recorded(monkeypatch)
    said = await talk.say("sorry, C000001 wants a meeting on the 30th at 10:30")
    assert "took back" not in said, said
    with Session(bank) as session:
        assert [e.delta_bp for e in session.scalars(select(MarketEvent))] == [-25]
