"""The answer to the bot's own "How did the call with X go?" is read as that call's outcome
and date whichever intent the NLU gave it ("erreicht, Termin morgen 14 Uhr" taken for out of
scope, "vm", "tmrw 10am"); a date in it is read on the day it is said.

The `people` bank; today Monday 2026-11-23."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from tests.actions.conftest import Chat, new_calls, pin_today


def _out_of_scope() -> Any:
    from actions.writes import ActionOutOfScope

    return ActionOutOfScope()


async def _asked(chat: Chat) -> str:
    said = await chat.say("maria keller")  # no outcome: the bot asks how it went
    assert "How did the call with Maria Keller" in said, said
    return said


@pytest.mark.parametrize(("text", "call"), [
    ("erreicht, sie will das Geld anlegen, Termin morgen 14 Uhr",
     ("C001", "follow_up", "2026-11-24")),
    ("raggiunta, appuntamento giovedì 26", ("C001", "follow_up", "2026-11-26")),
    ("Répondeur", ("C001", "no_answer", None)),
])
async def test_an_answer_the_nlu_took_for_out_of_scope_is_the_calls_outcome(
        people: Session, text: str, call: tuple[str, str, str | None]) -> None:
    chat = Chat()
    await _asked(chat)
    said = await chat.say(text, _out_of_scope(), "out_of_scope")
    assert new_calls(people) == [call], said


async def test_a_short_answer_a_day_later_reads_its_date_on_that_day(
        people: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    chat = Chat()
    await _asked(chat)
    pin_today(monkeypatch, "2026-11-25")
    said = await chat.say("tmrw 10am")
    assert new_calls(people) == [("C001", "follow_up", "2026-11-26")], said


async def test_out_of_scope_words_are_still_out_of_scope(people: Session) -> None:
    chat = Chat()
    await _asked(chat)
    said = await chat.say("transfer 100 euros to her", _out_of_scope(), "out_of_scope")
    assert new_calls(people) == [], said


@pytest.mark.parametrize("fix", ["Korrektur: Maria Keller Termin ist Mittwoch, nicht morgen",
                                 "correction: maria keller's mtg is wed not tmrw"])
async def test_a_date_corrected_by_full_name_two_writes_later_moves_that_call(
        people: Session, fix: str) -> None:
    chat = Chat()
    await _asked(chat)
    await chat.say("erreicht, sie will das Geld anlegen, Termin morgen 14 Uhr", _out_of_scope(),
                   "out_of_scope")
    await chat.say("und Jonas Weber nicht erreicht")
    said = await chat.say(fix)
    # Maria's meeting moved to wednesday the 25th; Jonas's call (the last write) untouched
    assert new_calls(people) == [("C001", "follow_up", "2026-11-25"),
                                 ("C002", "no_answer", None)], said
