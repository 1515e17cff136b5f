"""One day's work a day (#16): an advisor's list holds at most CALL_LIST_CAPACITY calls for
today; what does not fit is planned for the next working days and said so, duties first."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from knowledge.call_list import call_list
from knowledge.call_list.coverage import advisor_coverage
from knowledge.call_list.outcomes import log_call
from knowledge.call_reports.chat import list_answer
from knowledge.models.bank import InteractionKind, Outcome, Staff
from knowledge.settings import get_settings
from tests.knowledge.call_list.factory import AS_OF, customer, holding, interaction

D = dt.timedelta
MATURING = [f"M{n}" for n in range(1, 9)]  # eight rich customers with a deposit maturing
DUTIES = ["ARREARS", "COMPLAINT"]  # two small customers the bank owes a call


def _busy_book(session: Session, as_of: dt.date = AS_OF) -> None:
    """Ten urgent calls for A1 (capacity 8): eight valuable maturities, a loan in arrears and
    an overdue complaint of two low-value customers. Everyone was contacted three weeks ago."""
    for n, cid in enumerate(MATURING, start=1):
        customer(session, cid, f"Maturing {n}", birth_date=dt.date(1970, 1, 1))
        holding(session, cid, "P-FUND", str(200_000 + 10_000 * n))
        holding(session, cid, "P-TD", "50000", maturity=as_of + D(days=5 + n))
        interaction(session, cid, as_of - D(days=20))
    customer(session, "ARREARS", "Arne Arrears", birth_date=dt.date(1970, 1, 1))
    loan = holding(session, "ARREARS", "P-LOAN", "-8000")
    loan.loan_status, loan.days_past_due, loan.arrears = "arrears", 40, Decimal("900")
    interaction(session, "ARREARS", as_of - D(days=20))
    customer(session, "COMPLAINT", "Clara Complaint", birth_date=dt.date(1970, 1, 1))
    holding(session, "COMPLAINT", "P-CUR", "300")
    interaction(session, "COMPLAINT", as_of - D(days=30), InteractionKind.complaint, Outcome.open)
    interaction(session, "COMPLAINT", as_of - D(days=20))
    session.flush()


def _staff(session: Session, sid: str) -> Staff:
    found = session.get(Staff, sid)
    assert found is not None
    return found


def test_today_holds_the_capacity_duties_first_and_the_rest_is_planned(bank: Session) -> None:
    _busy_book(bank)
    result = call_list(session=bank, asker=_staff(bank, "A1"), as_of=AS_OF, limit=100)
    ids = [i.customer_id for i in result.items]
    assert (result.total, result.today) == (10, 8)
    assert ids[:2] == ["ARREARS", "COMPLAINT"]  # duties before the richer customers' maturities
    today = result.items[:8]
    assert {i.planned_on for i in today} == {AS_OF}
    # Nothing vanishes: the two least pressing maturities wait for the next working day.
    later = result.items[8:]
    assert {i.customer_id for i in later} <= set(MATURING)
    assert {i.planned_on for i in later} == {AS_OF + D(days=1)}  # 15 June is a Monday
    assert result.carried == {"count": 2, "urgent": 2, "by_day": {"2026-06-16": 2},
                              "until": "2026-06-16"}


def test_the_advisor_is_told_what_waits_for_which_day(bank: Session) -> None:
    _busy_book(bank)
    answer = list_answer(session=bank, staff=_staff(bank, "A1"), as_of=AS_OF)
    assert "8 for today; 2 more urgent, planned for 16 June 2026" in answer.text
    assert answer.text.count("\n") >= 8 and "9." not in answer.text  # one day's work shown
    more = list_answer(session=bank, staff=_staff(bank, "A1"), as_of=AS_OF, page=2)
    assert more.text.count("[planned for 16 June 2026]") == 2


def test_a_friday_carries_to_monday(bank: Session) -> None:
    friday = AS_OF + D(days=4)
    _busy_book(bank, friday)
    result = call_list(session=bank, asker=_staff(bank, "A1"), as_of=friday, limit=100)
    assert {i.planned_on for i in result.items[8:]} == {friday + D(days=3)}


def test_the_branch_manager_sees_the_plan(bank: Session) -> None:
    _busy_book(bank)
    report = advisor_coverage(session=bank, staff=_staff(bank, "M1"), as_of=AS_OF)
    a1 = next(row for row in report.advisors if row.advisor_id == "A1")
    assert (a1.today, a1.carried, a1.carried_urgent, a1.carried_until) == (
        8, 2, 2, "2026-06-16")
    branch = call_list(session=bank, asker=_staff(bank, "M1"), as_of=AS_OF, limit=100)
    assert branch.carried["count"] == 2  # the capacity is each advisor's, not the branch's


def test_carried_calls_come_first_the_next_day(bank: Session) -> None:
    _busy_book(bank)
    advisor = _staff(bank, "A1")
    first = call_list(session=bank, asker=advisor, as_of=AS_OF, limit=100).items
    for item in first[:8]:
        log_call(session=bank, customer_id=item.customer_id, advisor_id="A1", as_of=AS_OF,
                 outcome="reached")
    bank.flush()
    tomorrow = call_list(session=bank, asker=advisor, as_of=AS_OF + D(days=1), limit=100)
    assert [i.customer_id for i in tomorrow.items] == [i.customer_id for i in first[8:]]
    assert tomorrow.carried["count"] == 0


def test_the_backlog_waits_behind_the_carried_calls(bank: Session) -> None:
    """A first-import backlog of 31 and ten urgent calls: today holds 8 urgent ones, the 2
    carried come first tomorrow, so the 31 take ceil(33 / 8) = 5 working days, not 4."""
    _busy_book(bank)
    for n in range(1, 32):
        customer(bank, f"K{n:02d}", f"Kunde {n:02d}", birth_date=dt.date(1970, 1, 1))
        holding(bank, f"K{n:02d}", "P-CUR", str(100 * n))
    bank.flush()
    report = advisor_coverage(session=bank, staff=_staff(bank, "M1"), as_of=AS_OF)
    a1 = next(row for row in report.advisors if row.advisor_id == "A1")
    assert (a1.today, a1.carried, a1.backlog, a1.catch_up_days) == (8, 2, 31, 5)


def test_a_carried_maturity_is_planned_before_the_money_falls_due(
    bank: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One call a day: by score alone the smallest deposits (which mature first) would be
    called after they matured. Each maturity is planned by the working day before it."""
    monkeypatch.setenv("CALL_LIST_CAPACITY", "1")
    get_settings.cache_clear()
    _busy_book(bank)
    result = call_list(session=bank, asker=_staff(bank, "A1"), as_of=AS_OF, limit=100)
    assert result.total == 10
    days = [i.planned_on for i in result.items]
    assert len(set(days)) == 10  # one call a day, nothing dropped
    assert [i.customer_id for i in result.items][:2] == ["ARREARS", "COMPLAINT"]
    for item in result.items:
        if item.customer_id in MATURING:
            matures = dt.date.fromisoformat(str(item.reasons[0].evidence["maturity_on"]))
            assert item.planned_on is not None and item.planned_on < matures, item.customer_id
    # By score alone M1, the smallest, would come last (24 June), after it matured (21 June).
    by_id = {i.customer_id: i.planned_on for i in result.items}
    assert by_id["M1"] is not None and by_id["M1"] <= AS_OF + D(days=5)
    assert by_id["M8"] is not None and by_id["M8"] > by_id["M1"]


def test_a_birthday_is_not_carried_past_the_day() -> None:
    """Plan order ahead of a birthday two days off, with one call a day: the birthday call
    moves up to its day at the latest; the others keep their order."""
    from sqlalchemy import true

    from knowledge.call_list.book import Book
    from knowledge.call_list.day_plan import plan
    from knowledge.call_list.ranking import CallListItem
    from knowledge.call_list.reasons import Reason

    def item(cid: str, score: float, reason: Reason) -> CallListItem:
        return CallListItem(cid, cid, "A1", score, "mid", "maintain", [reason],
                            {"contribution": 1.0})

    idea = Reason("next_best_offer", "An idea.", {}, 0.9, AS_OF)
    birthday_on = AS_OF + D(days=2)
    party = Reason("birthday", "Turns 50.", {"birthday_on": birthday_on.isoformat()}, 0.3, AS_OF)
    items = [item(f"X{n}", 10.0 - n, idea) for n in range(4)] + [item("B", 1.0, party)]
    book = Book(AS_OF, true(), {}, {}, {i.customer_id: AS_OF - D(days=3) for i in items})
    planned = {i.customer_id: i.planned_on for i in plan(book, items, capacity=1)}
    assert planned["B"] == birthday_on
    others = sorted((on, cid) for cid, on in planned.items() if cid != "B")
    assert [cid for _on, cid in others] == ["X0", "X1", "X2", "X3"]
    assert len(set(planned.values())) == 5
