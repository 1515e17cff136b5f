"""A correction the NLU reads as a plain "no" or cannot place still corrects the last call
(strictly: the customer named in full), and never moves it on a guess."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.writes import ActionDenyWrite, ActionFallback
from knowledge.models.bank import Interaction, InteractionKind, Staff
from knowledge.writes.dispatch import store
from tests.actions.conftest import texts


def _last_call(session: Session) -> dict[str, Any]:
    write = {"kind": "call", "customer_id": "C001", "name": "Maria Keller",
             "as_of": "2026-11-23", "outcome": "no_answer", "follow_up_on": None,
             "close_complaint": False, "sale_of": None, "not_interested": False,
             "note": "maria keller no answer"}
    answer = store(session=session, staff=session.get(Staff, "A001"), write=write)
    session.commit()
    return answer.slots["last_write"]


async def _run(action: Any, text: str, intent: str, last: dict[str, Any]) -> list[str]:
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []}
    tracker = Tracker("A001", {"last_write": last, "pending_write": None}, latest,
                      [{"event": "user", "text": text, "parse_data": latest,
                        "input_channel": "rest"}], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    await action.run(dispatcher, tracker, {})
    return texts(dispatcher)


def _calls(session: Session) -> list[str]:
    session.expire_all()
    return sorted(i.customer_id for i in session.scalars(
        select(Interaction).where(Interaction.kind == InteractionKind.call)))


@pytest.mark.parametrize(("action", "intent"), [(ActionDenyWrite(), "deny"),
                                                (ActionFallback(), "nlu_fallback")])
async def test_no_the_other_one_under_another_intent_moves_the_call(
    people: Session, action: Any, intent: str,
) -> None:
    last = _last_call(people)
    said = await _run(action, "no, the other one - jonas weber", intent, last)
    assert "Jonas Weber (C002)" in said[-1] and _calls(people) == ["C002"]


@pytest.mark.parametrize(("action", "intent"), [(ActionDenyWrite(), "deny"),
                                                (ActionFallback(), "nlu_fallback")])
async def test_a_correction_naming_nobody_for_sure_asks_and_keeps_the_call_until_the_yes(
    people: Session, action: Any, intent: str,
) -> None:
    last = _last_call(people)
    said = await _run(action, "no sorry, jonas", intent, last)
    assert "Jonas Weber (C002)" in said[-1] and said[-1].endswith("OK?"), said
    assert _calls(people) == ["C001"]  # no one guessed, the disputed call kept until the yes


async def test_a_call_report_read_as_a_plain_no_is_shown_for_a_yes(people: Session) -> None:
    said = await _run(ActionDenyWrite(), "jonas weber - nope, not interested", "deny", None)
    assert "Jonas Weber (C002)" in said[-1] and said[-1].rstrip().endswith("OK?"), said
    assert "C002" not in _calls(people)  # shown, not stored before the yes


async def test_a_read_and_a_write_in_one_message_under_the_profile_intent(
        people: Session) -> None:
    """ "tell me about jonas weber and log that he didn't pick up": the profile, then the call
    shown for a yes; nothing stored in that turn."""
    from actions.profile import ActionCustomerProfile

    text = "tell me about jonas weber and log that he didn't pick up"
    latest = {"text": text, "intent": {"name": "ask_profile", "confidence": 0.9},
              "entities": [{"entity": "customer_name", "value": "jonas weber"}]}
    tracker = Tracker("A001", {"pending_write": None}, latest,
                      [{"event": "user", "text": text, "parse_data": latest,
                        "input_channel": "rest"}], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    events = await ActionCustomerProfile().run(dispatcher, tracker, {})
    said = texts(dispatcher)
    assert "Jonas Weber" in said[0] and said[-1].endswith("OK?")
    pending = next(e["value"] for e in events if e.get("name") == "pending_write")
    assert (pending["customer_id"], pending["outcome"]) == ("C002", "no_answer")
    assert _calls(people) == []


def _live_calls(session: Session) -> list[tuple[str, str | None]]:
    """(customer, follow-up date) of the calls not taken back."""
    from bench.conversation_eval.effects import live

    session.expire_all()
    rows = session.execute(select(Interaction.__table__).where(
        Interaction.kind == InteractionKind.call)).mappings()
    return sorted((r["customer_id"], str(r["follow_up_on"]) if r["follow_up_on"] else None)
                  for r in rows if live(dict(r)))


@pytest.mark.parametrize(("action", "intent"), [(ActionDenyWrite(), "deny"),
                                                (ActionFallback(), "nlu_fallback")])
async def test_no_wait_with_a_full_name_moves_the_call(
    people: Session, action: Any, intent: str,
) -> None:
    """ "no wait, jonas weber" right after a call: that call moved, not a second one."""
    last = _last_call(people)
    await _run(action, "no wait, jonas weber", intent, last)
    assert _live_calls(people) == [("C002", None)]


async def test_no_wait_with_a_date_under_the_call_intent_redates_the_call(
        people: Session) -> None:
    """ "no wait, friday" read as a new call report: the last call re-dated, not a question
    about a new call while the disputed one stays stored."""
    from actions.call_list import ActionLogCall

    last = _last_call(people)
    await _run(ActionLogCall(), "no wait, friday", "log_call_outcome", last)
    assert _live_calls(people) == [("C001", "2026-11-27")]


async def test_no_wait_with_a_first_name_only_never_moves_the_call(people: Session) -> None:
    """ "no wait, jonas" names nobody for sure: the call is not re-targeted on a guess."""
    from actions.call_list import ActionLogCall

    last = _last_call(people)
    said = await _run(ActionLogCall(), "no wait, jonas", "log_call_outcome", last)
    assert ("C002", None) not in _live_calls(people)
    assert "?" in said[-1] or "Tell me again" in said[-1]


@pytest.mark.parametrize(("action", "intent"), [(ActionDenyWrite(), "deny"),
                                                (ActionFallback(), "nlu_fallback")])
async def test_the_other_one_naming_no_one_takes_the_call_back_and_asks(
    people: Session, action: Any, intent: str,
) -> None:
    last = _last_call(people)
    said = await _run(action, "nope, the other one", intent, last)
    assert said[-1].startswith("Undone") and said[-1].rstrip().endswith("Tell me again."), said
    assert _calls(people) == []


@pytest.mark.parametrize(("text", "intent"), [("forget it", "deny"), ("scratch that", "deny"),
                                              ("rückgängig bitte", "affirm")])
async def test_a_cancel_with_nothing_waiting_takes_the_last_write_back(
    people: Session, text: str, intent: str,
) -> None:
    from actions.writes import ActionConfirmWrite

    last = _last_call(people)
    action = ActionConfirmWrite() if intent == "affirm" else ActionDenyWrite()
    said = await _run(action, text, intent, last)
    assert said[-1].startswith("Undone"), said
    assert _calls(people) == []


async def test_wrong_date_then_the_date_alone_corrects_the_last_call(people: Session) -> None:
    """ "wrong date" (read as an undo) keeps the call and asks which date; "the 4th" (read as
    a lookup) then moves the follow-up to 4 December, the old call kept as a reversal."""
    from actions.profile import ActionCustomerProfile
    from actions.writes import ActionUndoWrite
    from knowledge.models.bank import WriteReversal

    write = {"kind": "call", "customer_id": "C001", "name": "Maria Keller",
             "as_of": "2026-11-23", "outcome": "follow_up", "follow_up_on": "2026-11-27",
             "close_complaint": False, "sale_of": None, "not_interested": False,
             "note": "maria keller meeting friday"}
    last = store(session=people, staff=people.get(Staff, "A001"), write=write).slots["last_write"]
    people.commit()
    latest = {"text": "wrong date", "intent": {"name": "undo_write", "confidence": 0.9},
              "entities": []}
    tracker = Tracker("A001", {"last_write": last, "pending_write": None}, latest,
                      [{"event": "user", "text": "wrong date", "parse_data": latest,
                        "input_channel": "rest"}], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    events = await ActionUndoWrite().run(dispatcher, tracker, {})
    assert "Which date" in texts(dispatcher)[0] and _calls(people) == ["C001"]
    waiting = next(e["value"] for e in events if e.get("name") == "last_write")
    said = await _run(ActionCustomerProfile(), "the 4th", "ask_customer_profile", waiting)
    assert "Undone" in said[0] and "2026-12-04" in said[0], said
    people.expire_all()
    [row] = people.scalars(select(Interaction).where(Interaction.kind == InteractionKind.call))
    assert (row.customer_id, row.follow_up_on.isoformat()) == ("C001", "2026-12-04")
    assert people.scalars(select(WriteReversal)).one().snapshot["follow_up_on"] == "2026-11-27"
