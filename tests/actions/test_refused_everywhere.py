"""Need to know, action by action: every custom action that takes a customer answers for
another book's customer exactly what it answers for nobody, and audits the attempt.

The actions are read from rasa_sdk's registry (what the action server serves), so a new
action must be listed here: as a probe (how a message or a slot names a customer to it) or
as taking no customer (and why).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import ActionExecutor, CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.models.bank import AuditEntry, Feedback, Interaction
from tests.actions.conftest import make_tracker, payloads, pin_today, texts
from tests.knowledge.profile.profile_bank import build_bank

ASKER = "A001"  # branch B1
OTHER = ("C000020", "Lars Øvergaard")  # A003's book, branch B2
NOBODY = ("C999999", "Zebedee Quartermaine")
FORM_DOMAIN = yaml.safe_load(
    (Path(__file__).parents[2] / "bot/domain/feedback.yml").read_text())


def _by_id(text: str, intent: str, **slots: Any) -> Callable[[str, str], Tracker]:
    """A message naming the customer by id (in the text and as the NLU's entity)."""
    return lambda cid, _name: make_tracker(
        ASKER, text.format(cid=cid), intent,
        entities=[{"entity": "customer_id", "value": cid}], slots=dict(slots))


def _slots(**make: Callable[[str, str], Any]) -> Callable[[str, str], Tracker]:
    """Slots that hold the customer (they travel through the client, so they are re-checked)."""
    return lambda cid, name: make_tracker(
        ASKER, "yes", "affirm", slots={k: f(cid, name) for k, f in make.items()})


def _form_answer(cid: str, _name: str) -> Tracker:
    """The answer to the feedback form's "which customer?", naming another customer's id."""
    latest = {"text": cid, "intent": {"name": "inform", "confidence": 0.99},
              "entities": [{"entity": "customer_id", "value": cid}]}
    events = [{"event": "user", "text": cid, "parse_data": latest, "input_channel": "rest"},
              {"event": "action", "name": "feedback_form"},
              {"event": "slot", "name": "feedback_customer", "value": cid}]
    slots = {"requested_slot": "feedback_customer", "feedback_customer": cid,
             "feedback_text": "the card arrived late",
             "feedback_candidates": ["C000001", "C000002"]}
    return Tracker(ASKER, slots, latest, events, False, None, {"name": "feedback_form"},
                   "feedback_form")


def _call(cid: str, name: str) -> dict[str, Any]:
    return {"kind": "call", "customer_id": cid, "name": name, "outcome": "reached",
            "as_of": "2026-11-23"}


def _feedback(cid: str, name: str) -> dict[str, Any]:
    return {"kind": "feedback", "customer_id": cid, "name": name,
            "text": "the card arrived late", "compensation": None}


PROBES: dict[str, list[Callable[[str, str], Tracker]]] = {
    "action_customer_profile": [_by_id("tell me about {cid}", "ask_profile")],
    "action_choose_customer": [_by_id("{cid}", "inform",
                                      customer_candidates=["C000001", "C000002"])],
    "action_profile_holdings": [_by_id("what does {cid} hold?", "ask_holdings")],
    "action_profile_contacts": [_by_id("when did we last talk to {cid}?", "ask_contacts")],
    "action_profile_complaints": [_by_id("any complaints from {cid}?", "ask_complaints")],
    "action_explain_call_reason": [_by_id("why is {cid} on my list?", "ask_call_reason")],
    "action_log_call": [_by_id("I called {cid}, we spoke", "log_call")],
    # A call report the NLU took for something out of scope: read by its words.
    "action_out_of_scope": [_by_id("left a msg for {cid}", "out_of_scope")],
    # A call report behind a greeting or goodbye: read by its words (actions.small_talk).
    "action_greet": [_by_id("morning! {cid} reached, all fine", "greet")],
    "action_goodbye": [_by_id("ciao, {cid} non risponde", "goodbye")],
    # A bare id the NLU read as "are you there?": looked up like a profile.
    "action_ping": [_by_id("{cid}", "ping")],
    "action_confirm_write": [_slots(pending_write=_call), _slots(pending_write=_feedback)],
    "action_save_feedback": [_slots(feedback_customer=lambda cid, _n: cid,
                                    feedback_text=lambda _c, _n: "the card arrived late")],
    "action_ask_feedback_customer": [_slots(feedback_candidates=lambda cid, _n: [cid])],
    "validate_feedback_form": [_form_answer],
}

TAKES_NO_CUSTOMER = {
    "action_call_list", "action_call_list_more",  # the asker's own list
    "action_record_rate_event", "action_rate_affected",  # bank-wide; counts in the own scope
    "action_themes_summary", "action_theme_detail", "action_costliest_themes",
    "action_assign_theme_owner", "action_set_theme_status",  # themes, managers only
    "action_deny_write",  # drops what waits, stores nothing
    # Takes back the asker's own last record by its id, checked against who wrote it
    # (tests/knowledge/call_list/test_call_writes.py): no customer is looked up.
    "action_undo_write",
    "action_warm_up", "action_fallback",
}


def _registry() -> dict[str, Any]:
    """The action server's actions (rasa_sdk also registers subclasses other tests define)."""
    executor = ActionExecutor()
    executor.register_package("actions")
    return {name: run for name, run in executor.actions.items()
            if type(run.__self__).__module__.split(".")[0] == "actions"}


def test_every_action_is_classified() -> None:
    served = set(_registry())
    unlisted = served - set(PROBES) - TAKES_NO_CUSTOMER
    assert not unlisted, f"new actions: add a probe or say why they take no customer: {unlisted}"
    assert not (set(PROBES) | TAKES_NO_CUSTOMER) - served, "listed actions that are gone"


@pytest.fixture
def bank(action_database: str, session: Session, monkeypatch: pytest.MonkeyPatch) -> Session:
    pin_today(monkeypatch, "2026-11-23")
    build_bank(session)
    session.commit()
    return session


def _refusals(session: Session) -> list[AuditEntry]:
    session.expire_all()  # read what the actions' own transactions committed
    return list(session.scalars(select(AuditEntry).where(
        AuditEntry.staff_id == ASKER, AuditEntry.customer_id == OTHER[0],
        AuditEntry.granted.is_(False))))


def _seen(session: Session) -> list[AuditEntry]:
    return list(session.scalars(select(AuditEntry).where(
        AuditEntry.customer_id == OTHER[0], AuditEntry.granted.is_(True))))


async def _answer(run: Callable[..., Any], tracker: Tracker) -> tuple[list[str], list[Any]]:
    dispatcher = CollectingDispatcher()
    events = await run(dispatcher, tracker, FORM_DOMAIN)
    slots = [e for e in events if e.get("event") == "slot"]
    return [*texts(dispatcher), *map(str, payloads(dispatcher))], slots


def _as_other(value: Any) -> Any:
    """The stranger's answer as it reads for the other book's customer: what was typed is
    echoed back; nothing else may differ."""
    if isinstance(value, str):
        return value.replace(NOBODY[0], OTHER[0]).replace(NOBODY[1], OTHER[1])
    if isinstance(value, dict):
        return {k: _as_other(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_as_other(v) for v in value)
    return value


@pytest.mark.parametrize("action_name", sorted(PROBES))
async def test_another_books_customer_is_refused_and_audited(bank: Session,
                                                              action_name: str) -> None:
    action = _registry()[action_name]
    for probe in PROBES[action_name]:
        before = len(_refusals(bank))
        other = await _answer(action, probe(*OTHER))
        nobody = await _answer(action, probe(*NOBODY))
        assert other == _as_other(nobody), action_name
        assert len(_refusals(bank)) > before, f"{action_name}: the refusal was not audited"
        assert all(e.via == "chat" for e in _refusals(bank))
    assert not _seen(bank), f"{action_name} showed the customer"
    bank.expire_all()
    assert not bank.scalars(select(Interaction).where(
        Interaction.customer_id == OTHER[0], Interaction.advisor_id == ASKER)).all()
    assert not bank.scalars(select(Feedback).where(Feedback.customer_id == OTHER[0])).all()
