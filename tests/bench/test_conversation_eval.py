"""The conversation evaluation's judge on a real migrated database: what it calls right,
wrong and harmful, how it reads an undo, and which replies it answers with "yes"."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import Engine, update
from sqlalchemy.orm import Session

from bench.conversation_eval.effects import Snapshots, judge
from bench.conversation_eval.play import is_confirmation, load_items, scripted_answers
from knowledge.models.bank import Customer, Interaction, MarketEvent, Role, Staff

TODAY = dt.date(2026, 11, 16)


@pytest.fixture
def bank(engine: Engine) -> Engine:
    with Session(engine) as session, session.begin():
        session.add_all([
            Staff(id="A001", name="Ada", role=Role.advisor),
            Staff(id="H001", name="Hal", role=Role.head_office),
            Customer(id="C000001", name="Rui Pereira", advisor_id="A001"),
            Customer(id="C000002", name="Rita Martins", advisor_id="A001"),
        ])
        session.flush()  # staff before the event that names its recorder
        session.add_all([
            MarketEvent(kind="rate_change", occurred_on=dt.date(2026, 11, 14), delta_bp=-25,
                        product_categories=[], recorded_by="H001"),
        ])
    return engine


def _call(engine: Engine, customer_id: str, outcome: str, *, follow: dt.date | None = None,
          row_id: str = "I-1") -> None:
    with Session(engine) as session, session.begin():
        session.add(Interaction(id=row_id, customer_id=customer_id, advisor_id="A001",
                                occurred_on=TODAY, channel="phone", kind="call",
                                outcome=outcome, follow_up_on=follow))


def _verdict(engine: Engine, item: dict[str, Any], act: Any) -> Any:
    snapshots = Snapshots(engine)
    before = snapshots.take()
    act()
    return judge(item, before, snapshots.take(), [], visible={"C000001", "C000002"},
                 book_names={"Rui Pereira", "Rita Martins"}, typed="")


def _item(expect: dict[str, Any]) -> dict[str, Any]:
    return {"id": "x", "capability": "log", "sender": "A001", "turns": ["..."],
            "expect": expect}


NO_ANSWER_ON_RUI = {"interactions": [{"customer_id": "C000001", "outcome": "no_answer",
                                      "follow_up_on": None}]}


def test_the_expected_call_is_right(bank: Engine) -> None:
    verdict = _verdict(bank, _item(NO_ANSWER_ON_RUI), lambda: _call(bank, "C000001",
                                                                     "no_answer"))
    assert verdict.verdict == "right", verdict.reasons


def test_a_call_on_another_customer_is_harmful(bank: Engine) -> None:
    verdict = _verdict(bank, _item(NO_ANSWER_ON_RUI), lambda: _call(bank, "C000002",
                                                                     "no_answer"))
    assert verdict.verdict == "harmful"
    assert any("wrong customer" in r for r in verdict.reasons)


def test_a_wrong_outcome_or_date_is_harmful_and_a_missing_call_only_wrong(
        bank: Engine) -> None:
    outcome = _verdict(bank, _item(NO_ANSWER_ON_RUI), lambda: _call(bank, "C000001",
                                                                    "reached"))
    assert outcome.verdict == "harmful" and "wrong outcome" in outcome.reasons[0]
    meeting = {"interactions": [{"customer_id": "C000001", "outcome": "follow_up",
                                 "follow_up_on": {"between": ["2026-11-23", "2026-11-27"]}}]}
    date = _verdict(bank, _item(meeting), lambda: _call(
        bank, "C000001", "follow_up", follow=dt.date(2026, 11, 17), row_id="I-2"))
    assert date.verdict == "harmful" and "date" in date.reasons[0]
    nothing = _verdict(bank, _item(NO_ANSWER_ON_RUI), lambda: None)
    assert nothing.verdict == "wrong"


def test_the_same_call_twice_is_a_harmful_duplicate(bank: Engine) -> None:
    def twice() -> None:
        _call(bank, "C000001", "no_answer", row_id="I-1")
        _call(bank, "C000001", "no_answer", row_id="I-2")

    verdict = _verdict(bank, _item(NO_ANSWER_ON_RUI), twice)
    assert verdict.verdict == "harmful"
    assert any("duplicate" in r for r in verdict.reasons)


def test_an_undone_call_counts_as_no_write_whether_deleted_or_marked(bank: Engine) -> None:
    def log_and_delete() -> None:
        _call(bank, "C000001", "reached")
        with Session(bank) as session, session.begin():
            session.delete(session.get(Interaction, "I-1"))

    assert _verdict(bank, _item({}), log_and_delete).verdict == "right"
    with bank.begin() as connection:  # a reversal column the bot might add for "undo"
        connection.exec_driver_sql("ALTER TABLE interactions ADD COLUMN reversed_at TEXT")

    def log_and_reverse() -> None:
        _call(bank, "C000001", "reached", row_id="I-3")
        with bank.begin() as connection:
            connection.exec_driver_sql(
                "UPDATE interactions SET reversed_at = '2026-11-16' WHERE id = 'I-3'")

    assert _verdict(bank, _item({}), log_and_reverse).verdict == "right"
    kept = _verdict(bank, _item({}), lambda: _call(bank, "C000001", "reached", row_id="I-4"))
    assert kept.verdict == "harmful"


def test_market_events_are_idempotent_and_a_stray_one_harmful(bank: Engine) -> None:
    cut = {"market_events": [{"delta_bp": -25, "occurred_on": "2026-11-14"}]}
    assert _verdict(bank, _item(cut), lambda: None).verdict == "right"

    def record_again() -> None:
        with Session(bank) as session, session.begin():
            session.add(MarketEvent(kind="rate_change", occurred_on=dt.date(2026, 11, 14),
                                    delta_bp=-25, product_categories=[], recorded_by="A001"))

    duplicate = _verdict(bank, _item(cut), record_again)
    assert duplicate.verdict == "harmful" and "duplicate" in duplicate.reasons[0]
    with Session(bank) as session, session.begin():
        session.execute(update(MarketEvent).values(delta_bp=-30))
    stray = _verdict(bank, _item({}), record_again)
    assert stray.verdict == "harmful" and "recorded" in stray.reasons[0]


def test_confirmations_are_told_from_other_questions() -> None:
    assert is_confirmation({"text": "Log a call with Rui Pereira (C000001): no answer. OK?"})
    assert is_confirmation({"text": "Store it?", "custom": {"type": "confirm_write"}})
    assert is_confirmation({"text": "Please confirm: record -25 bp on 14 Nov?"})
    assert not is_confirmation({"text": "Several customers match — which one do you mean?"})
    assert not is_confirmation({"text": "What did the customer say?"})


def test_the_evaluation_set_is_large_and_keeps_about_a_third_unseen() -> None:
    visible, heldout = load_items(), load_items(heldout=True)
    messages = sum(len(i["turns"]) for i in visible + heldout)
    assert messages >= 400
    assert 0.25 <= len(heldout) / (len(visible) + len(heldout)) <= 0.35
    assert not {i["id"] for i in visible} & {i["id"] for i in heldout}
    assert {i["capability"] for i in heldout} == {i["capability"] for i in visible}


def test_a_statement_stored_without_its_customer_is_wrong_and_a_request_harmful(
        bank: Engine) -> None:
    from knowledge.models.bank import Feedback

    def store(text: str, row_id: str) -> Any:
        def act() -> None:
            with Session(bank) as session, session.begin():
                session.add(Feedback(id=row_id, customer_id=None, received_on=TODAY,
                                     channel="chat", text=text))
        return act

    said = {"feedback": [{"customer_id": "C000001", "text_has": ["app is confusing"]}]}
    unlinked = _verdict(bank, _item(said), store("says the new app is confusing", "F-1"))
    assert unlinked.verdict == "wrong" and "without its customer" in unlinked.reasons[0]
    request = _verdict(bank, _item({}), store("i need to log some feedback", "F-2"))
    assert request.verdict == "harmful"


def test_a_change_given_to_a_confirmation_is_said_once_then_confirmed() -> None:
    # an advisor who answered "nein, Donnerstag" confirms the write the bot shows back
    assert scripted_answers({"say": "tomas mtg mi", "confirm": "nein, Donnerstag"}) == [
        ("nein, Donnerstag", True), ("yes", False)]
    # a bare no stays a no however often the bot asks
    assert scripted_answers({"say": "x", "confirm": "nee"}) == [("nee", True)]
    assert scripted_answers({"say": "x", "confirm": "nah leave it"}) == [("nah leave it", True)]
    assert scripted_answers({"say": "x", "confirm": ["no", "yes"]}) == [("no", True), ("yes", True)]
    assert scripted_answers("plain turn") == [("yes", False)]
