"""Several calls in one message ("maria keller no answer, jonas weber reached"): each read from
its own clause, all shown for one yes, stored on it, and taken back by one undo; a message
that is not several calls stated in full logs nothing."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from actions.call_list import ActionLogCall
from actions.writes import ActionConfirmWrite, ActionUndoWrite
from knowledge.models.bank import Interaction, InteractionKind, WriteReversal
from tests.actions.conftest import make_tracker, texts


def _calls(session: Session) -> list[tuple[str, str, str | None]]:
    session.expire_all()
    rows = session.scalars(select(Interaction).where(Interaction.kind == InteractionKind.call))
    return sorted((r.customer_id, r.outcome.value,
                   r.follow_up_on.isoformat() if r.follow_up_on else None) for r in rows)


async def _run(action: Any, text: str, intent: str, slots: dict[str, Any] | None = None
               ) -> tuple[list[str], dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, make_tracker("A001", text, intent, slots=slots), {})
    return texts(dispatcher), {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


@pytest.mark.parametrize(("text", "expected"), [
    ("pls log: maria keller no answer, jonas weber reached",
     [("C001", "no_answer", None), ("C002", "reached", None)]),
    ("jonas weber wants a meeting friday and maria keller - left a msg",
     [("C001", "no_answer", None), ("C002", "follow_up", "2026-11-27")]),
    ("maria keller reached, she wants a callback on friday; jonas weber voicemail",
     [("C001", "follow_up", "2026-11-27"), ("C002", "no_answer", None)]),
])
async def test_several_calls_are_shown_together_and_stored_on_one_yes(
        people: Session, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    said, slots = await _run(ActionLogCall(), text, "log_call_outcome")
    assert said[-1].endswith("OK?") and "Maria Keller (C001)" in said[-1], said
    assert "Jonas Weber (C002)" in said[-1]
    assert _calls(people) == []  # nothing before the yes
    said, slots = await _run(ActionConfirmWrite(), "yes", "affirm",
                             {"pending_write": slots["pending_write"]})
    assert _calls(people) == expected, said
    said, _ = await _run(ActionUndoWrite(), "undo", "undo_write",
                         {"last_write": slots["last_write"]})
    assert _calls(people) == [] and said[0].startswith("Undone"), said
    assert people.scalar(select(func.count()).select_from(WriteReversal)) == 2  # audited


@pytest.mark.parametrize("text", [
    "maria keller no answer, jonas reached",  # the second only half named
    "maria keller no answer, jonas weber",  # no outcome for the second
    "maria keller no answer, maria keller reached",  # one customer twice
    "maria keller no answer, jonas weber meeting early next month",  # a span, not a day
])
async def test_anything_less_than_several_full_calls_logs_nothing(people: Session,
                                                                   text: str) -> None:
    said, slots = await _run(ActionLogCall(), text, "log_call_outcome")
    if slots.get("pending_write"):  # a question may be asked, never a batch for a guess
        assert slots["pending_write"].get("kind") != "calls", said
    assert _calls(people) == [], said


@pytest.mark.parametrize("text", ["log no answer for maria keller and show me her products",
                                  "show me his profile and log jonas weber as voicemail"])
async def test_a_read_pointing_at_the_customer_the_write_names_is_answered_for_them(
        people: Session, text: str) -> None:
    from actions.profile import ActionCustomerProfile

    said, slots = await _run(ActionCustomerProfile(), text, "ask_profile")
    cid, name = ("C001", "Maria Keller") if "maria" in text else ("C002", "Jonas Weber")
    assert said[0].startswith(f"{name} ({cid})"), said  # the read, for the customer named
    assert said[-1].endswith("OK?") and f"{name} ({cid}): no answer" in said[-1], said
    assert _calls(people) == []
    await _run(ActionConfirmWrite(), "yes", "affirm", {"pending_write": slots["pending_write"]})
    assert _calls(people) == [(cid, "no_answer", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("jonas - voicemail. maria keller: reached, all good", [("C001", "reached", None)]),
    ("spoke to maria keller, her partner pedro wants a separate meeting on friday",
     [("C001", "reached", None)]),
    ("Pedro no answer! ingrid dahl wants a meeting friday",
     [("C003", "follow_up", "2026-11-27")]),
])
async def test_a_call_named_in_part_beside_one_named_in_full_is_left_out_not_mixed_in(
        people: Session, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """The other call's outcome never lands on the customer named in full: that call is
    shown from its own words for a yes, and the reply says the other is not logged."""
    said, slots = await _run(ActionLogCall(), text, "log_call_outcome")
    assert said[-1].endswith("OK?") and "not logged" in said[-1], said
    assert _calls(people) == []
    await _run(ActionConfirmWrite(), "yes", "affirm", {"pending_write": slots["pending_write"]})
    assert _calls(people) == expected, said


@pytest.mark.parametrize("text", [
    "Reached Maria Keller, no wait, not Keller - Dahl. All ok.",
    "reached jonas weber, no wait, not weber - alves. all ok",
])
async def test_a_report_that_corrects_its_own_name_shows_no_call_for_the_name_taken_back(
        people: Session, text: str) -> None:
    said, slots = await _run(ActionLogCall(), text, "log_call_outcome")
    pending = slots.get("pending_write") or {}
    assert pending.get("customer_id") not in ("C001", "C002"), said
    assert _calls(people) == [], said
