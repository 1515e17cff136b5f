"""A first name that only the call list shown tells apart is read as the listed customer in
every path a call report takes, not only the plain one: a report said after "yes and …" to a
call waiting for its yes, and one answering "what was the outcome?" sent to the fallback."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from actions.writes import ActionFallback
from knowledge.models.bank import InteractionKind, Outcome
from tests.actions.call_list.test_positions import Chat, _calls
from tests.knowledge.call_list.factory import AS_OF, base_bank, customer, holding, interaction


@pytest.fixture
def listed_bank(action_database: str, engine: Engine,
                monkeypatch: pytest.MonkeyPatch) -> Iterator[Engine]:
    """Two Lenas, only Lena Brandt on today's list (an open complaint); Tove Lind and Omar
    Haddad the only ones of their names."""
    monkeypatch.setenv("AS_OF_DATE", AS_OF.isoformat())
    from knowledge.settings import get_settings
    from knowledge.value.compute import clear_bank_cache

    get_settings.cache_clear()
    clear_bank_cache()
    with Session(engine) as session:
        base_bank(session)
        for cid, name, complaint in [("LB", "Lena Brandt", True), ("LV", "Lena Vogt", False),
                                     ("TL", "Tove Lind", True), ("OH", "Omar Haddad", True)]:
            customer(session, cid, name)
            holding(session, cid, "P-CUR", "1500")
            interaction(session, cid, AS_OF - dt.timedelta(days=30),
                        InteractionKind.complaint if complaint else InteractionKind.call,
                        Outcome.open if complaint else Outcome.reached)
        session.commit()
    yield engine
    get_settings.cache_clear()


async def test_yes_and_reads_a_first_name_as_the_one_on_the_list(listed_bank: Engine) -> None:
    chat = Chat()
    await chat.show_list()
    assert "LB" in chat.listed and "LV" not in chat.listed
    said = await chat.say("omar haddad reached i think", ActionLogCall(), "log_call_outcome")
    assert said.endswith("OK?"), said
    said = await chat.say("yep and lena didnt pick up, tove reached", ActionLogCall(),
                          "log_call_outcome")
    assert "Lena Brandt" in said and "Lena Vogt" not in said, said
    if said.endswith("OK?"):
        await chat.yes()
    assert _calls(listed_bank) == [("LB", "no_answer", None), ("OH", "reached", None),
                                   ("TL", "reached", None)], said


async def test_the_fallback_reads_a_first_name_as_the_one_on_the_list(
        listed_bank: Engine) -> None:
    chat = Chat()
    await chat.show_list()
    said = await chat.say("lena voicemail, tove all good", ActionFallback(), "nlu_fallback")
    assert "Lena Brandt" in said and "Lena Vogt" not in said, said
    if said.endswith("OK?"):
        await chat.yes()
    assert _calls(listed_bank) == [("LB", "no_answer", None), ("TL", "reached", None)], said
