"""The conversation evaluation's careful advisor: which shown writes it refuses (one of each
kind, and the ones it must answer yes), and what a refusal changes in a played item."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from bench.conversation_eval.advisor import (
    AS_WRITTEN,
    CAREFUL,
    NO_PAYLOAD,
    YES,
    SoFar,
    answer,
    decide,
)
from bench.conversation_eval.effects import Snapshots
from bench.conversation_eval.play import Bank, confirmation_counts, play, table
from knowledge.models.bank import Customer, Interaction, Role, Staff

TODAY = dt.date(2026, 11, 16)
RUI, RITA = "C000001", "C000002"
NO_ANSWER_ON_RUI = {"interactions": [{"customer_id": RUI, "outcome": "no_answer",
                                      "follow_up_on": None}]}
MEETING_ON_RUI = {"interactions": [{"customer_id": RUI, "outcome": "follow_up",
                                    "follow_up_on": {"between": ["2026-11-23", "2026-11-27"]}}]}


def call(customer_id: str = RUI, outcome: str = "no_answer", follow: str | None = None,
         **more: Any) -> dict[str, Any]:
    return {"kind": "call", "customer_id": customer_id, "name": "x", "outcome": outcome,
            "follow_up_on": follow, "close_complaint": False, "as_of": TODAY.isoformat(),
            **more}


# --- calls -------------------------------------------------------------------------------

def test_the_call_the_item_expects_is_answered_yes() -> None:
    assert decide(call(), NO_ANSWER_ON_RUI).answer == "yes"
    assert decide(call(outcome="follow_up", follow="2026-11-25"), MEETING_ON_RUI).answer == "yes"


@pytest.mark.parametrize(("write", "reason"), [
    (call(RITA), "wrong customer"),
    (call(outcome="reached"), "wrong outcome"),
    (call(outcome="follow_up", follow="2026-11-17"), "wrong follow-up date"),
])
def test_a_call_on_the_wrong_customer_outcome_or_date_is_refused(write: dict[str, Any],
                                                                  reason: str) -> None:
    expect = MEETING_ON_RUI if "date" in reason else NO_ANSWER_ON_RUI
    decision = decide(write, expect)
    assert decision.answer == "no" and reason in decision.why


def test_any_write_on_an_item_that_expects_none_is_refused() -> None:
    for write in (call(), {"kind": "feedback", "customer_id": RUI, "text": "i need to log"},
                  {"kind": "market_event", "delta_bp": -25, "occurred_on": "2026-11-13"},
                  {"kind": "theme_status", "theme_id": 3, "label": "app login",
                   "status": "resolved"}):
        assert decide(write, {"reply_any": ["Rui"]}).answer == "no", write["kind"]


def test_a_call_already_stored_in_the_conversation_is_refused_as_a_duplicate() -> None:
    stored = SoFar(calls=[{"customer_id": RUI, "outcome": "no_answer", "follow_up_on": None}])
    decision = decide(call(), NO_ANSWER_ON_RUI, stored)
    assert decision.answer == "no" and "duplicate" in decision.why


def test_a_correction_that_replaces_the_stored_call_is_no_duplicate() -> None:
    stored = SoFar(calls=[{"id": "I-7", "customer_id": RUI, "outcome": "no_answer",
                           "follow_up_on": None}])
    again = call(replaces={"kind": "call", "id": "I-7", "customer_id": RUI})
    assert decide(again, NO_ANSWER_ON_RUI, stored).answer == "yes"
    elsewhere = call(replaces={"kind": "call", "id": "I-8", "customer_id": RUI})
    assert decide(elsewhere, NO_ANSWER_ON_RUI, stored).answer == "no"


def test_closing_a_complaint_only_where_the_item_closes_one() -> None:
    closing = call(outcome="reached", close_complaint=True)
    kept_open = decide(closing, {"interactions": [{"customer_id": RUI, "outcome": "reached",
                                                   "follow_up_on": None}]})
    assert kept_open.answer == "no" and "complaint" in kept_open.why
    assert decide(closing, {"complaints_closed": [RUI]}).answer == "yes"


def test_several_calls_are_refused_when_one_of_them_is_wrong() -> None:
    both = {"interactions": NO_ANSWER_ON_RUI["interactions"] + [
        {"customer_id": RITA, "outcome": "reached", "follow_up_on": None}]}
    right = {"kind": "calls", "writes": [call(), call(RITA, "reached")]}
    assert decide(right, both).answer == "yes"
    wrong = {"kind": "calls", "writes": [call(), call(RITA, "no_answer")]}
    decision = decide(wrong, both)
    assert decision.answer == "no" and decision.why.startswith("call 2 of 2")


# --- feedback, market events, themes -----------------------------------------------------

SAID = {"feedback": [{"customer_id": RUI, "text_has": ["app", "confusing"],
                      "compensation": 50}]}


def statement(customer_id: str | None = RUI, text: str = "The new app is confusing",
              compensation: Any = "50.00") -> dict[str, Any]:
    return {"kind": "feedback", "customer_id": customer_id, "text": text,
            "compensation": compensation}


def test_the_statement_the_item_expects_is_answered_yes() -> None:
    assert decide(statement(), SAID).answer == "yes"


@pytest.mark.parametrize(("write", "reason"), [
    (statement(RITA), "wrong customer"),
    (statement(None), "without its customer"),
    (statement(text="she wants a call back"), "not as said"),
    (statement(compensation="20"), "not as said"),
])
def test_a_statement_on_another_customer_or_not_as_said_is_refused(write: dict[str, Any],
                                                                    reason: str) -> None:
    decision = decide(write, SAID)
    assert decision.answer == "no" and reason in decision.why


def test_the_same_statement_a_second_time_is_refused() -> None:
    stored = SoFar(feedback=[{"customer_id": RUI, "text": "the new app is confusing",
                              "compensation": 50.0}])
    decision = decide(statement(), SAID, stored)
    assert decision.answer == "no" and "already stored" in decision.why


CUT = {"market_events": [{"delta_bp": -25, "occurred_on": "2026-11-13"}]}


def test_a_market_event_only_as_expected_and_not_already_on_record() -> None:
    event = {"kind": "market_event", "delta_bp": -25, "occurred_on": "2026-11-13"}
    assert decide(event, CUT).answer == "yes"
    assert decide({**event, "occurred_on": "2026-11-16"}, CUT).answer == "no"
    assert decide({**event, "delta_bp": 25}, CUT).answer == "no"
    on_record = SoFar(events=[{"delta_bp": -25, "occurred_on": "2026-11-13"}])
    decision = decide(event, CUT, on_record)
    assert decision.answer == "no" and "already on record" in decision.why


OWNER = {"themes": [{"label_has": "login", "business_owner_id": "M001"}]}


def test_a_theme_owner_or_status_only_as_expected() -> None:
    owner = {"kind": "theme_owner", "theme_id": 4, "label": "App login fails",
             "owner_id": "M001", "owner_name": "Mia", "role": "business_owner"}
    assert decide(owner, OWNER).answer == "yes"
    assert "not M001" in decide({**owner, "owner_id": "M002"}, OWNER).why
    assert decide({**owner, "role": "solution_owner"}, OWNER).answer == "no"
    assert decide({**owner, "label": "Card fees"}, OWNER).answer == "no"
    status = {"kind": "theme_status", "theme_id": 4, "label": "App login fails",
              "status": "in_progress"}
    assert decide(status, {"themes": [{"label_has": "login", "status": "in_progress"}]}
                  ).answer == "yes"
    assert decide(status, {"themes": [{"label_has": "login", "status": "resolved"}]}
                  ).answer == "no"


# --- the answer given ----------------------------------------------------------------------

def _asks(write: dict[str, Any] | None) -> list[dict[str, Any]]:
    custom = {"type": "confirm_write", "write": write} if write else None
    return [{"text": "Log a call with Rita Martins (C000002): no answer. OK?", "custom": custom}]


def test_the_yes_runner_says_yes_and_records_what_a_careful_advisor_would_say() -> None:
    record = answer(YES, _asks(call(RITA)), scripted="yes", written=False,
                    expect=NO_ANSWER_ON_RUI, so_far=SoFar)
    assert record["answer"] == "yes" and record["careful"]["answer"] == "no"


def test_the_careful_advisor_refuses_keeps_the_items_words_and_falls_back_without_payload(
        ) -> None:
    refused = answer(CAREFUL, _asks(call(RITA)), scripted="ja", written=True,
                     expect=NO_ANSWER_ON_RUI, so_far=SoFar)
    assert refused["answer"] == "no" and "wrong customer" in refused["why"]
    agreed = answer(CAREFUL, _asks(call()), scripted="ja", written=True,
                    expect=NO_ANSWER_ON_RUI, so_far=SoFar)
    assert agreed["answer"] == "ja"
    edit = answer(CAREFUL, _asks(call(RITA)), scripted="no - the other one", written=True,
                  expect=NO_ANSWER_ON_RUI, so_far=SoFar)
    assert (edit["answer"], edit["rule"]) == ("no - the other one", AS_WRITTEN)
    blind = answer(CAREFUL, _asks(None), scripted="yes", written=False,
                   expect=NO_ANSWER_ON_RUI, so_far=SoFar)
    assert (blind["answer"], blind["rule"]) == ("yes", NO_PAYLOAD)


# --- an item played against a stand-in bot -------------------------------------------------

@pytest.fixture
def bank(engine: Engine) -> Engine:
    with Session(engine) as session, session.begin():
        session.add(Staff(id="A001", name="Ada", role=Role.advisor))
        session.add_all([Customer(id=RUI, name="Rui Pereira", advisor_id="A001"),
                         Customer(id=RITA, name="Rita Martins", advisor_id="A001")])
    return engine


class GuessingBot:
    """Shows a call on the wrong customer first and stores what is confirmed; a report that
    names the customer in full is stored at once."""

    def __init__(self, engine: Engine) -> None:
        self.engine, self.pending, self.heard = engine, None, []

    def restart(self, sender: str) -> None:
        self.pending = None

    def say(self, sender: str, text: str) -> list[dict[str, Any]]:
        self.heard.append(text)
        if text == "tried her, no answer":
            self.pending = call(RITA)
            return _asks(self.pending)
        if text in ("yes", "no"):
            if text == "yes":
                self._store(self.pending)
            self.pending = None
            return [{"text": "Logged." if text == "yes" else "Nothing stored."}]
        self._store(call(RUI))
        return [{"text": "Logged your call with Rui Pereira."}]

    def _store(self, write: dict[str, Any]) -> None:
        with Session(self.engine) as session, session.begin():
            session.add(Interaction(
                id=f"I-{len(self.heard)}", customer_id=write["customer_id"],
                advisor_id="A001", occurred_on=TODAY, channel="phone", kind="call",
                outcome=write["outcome"]))


ITEM = {"id": "pronoun-x", "capability": "pronoun", "sender": "A001", "heldout": False,
        "turns": ["tried her, no answer", "rui pereira, no answer"],
        "expect": NO_ANSWER_ON_RUI}


@pytest.mark.parametrize(("mode", "verdict", "caught"), [(YES, "harmful", 0),
                                                         (CAREFUL, "right", 1)])
def test_a_wrong_write_shown_first_is_harmful_for_the_yes_runner_and_caught_when_careful(
        bank: Engine, mode: str, verdict: str, caught: int) -> None:
    bot = GuessingBot(bank)
    result = play(ITEM, bot, Snapshots(bank), Bank(bank).load(), mode=mode)  # type: ignore[arg-type]
    assert result["verdict"] == verdict, result["reasons"]
    # after the answer the item goes on with its next turn as written
    assert bot.heard == ["tried her, no answer", "yes" if mode == YES else "no",
                         "rui pereira, no answer"]
    assert confirmation_counts([result])["caught"] == caught
    assert result["confirmations"][0]["turn"] == 1
    assert table([result]).splitlines()[-1].split()[-2:] == ["1", str(caught)]
