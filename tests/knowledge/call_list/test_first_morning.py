"""The first morning after a first import (no contact history), and alarms raised by a contact.

Issue 16: after loading a real bank, 826 of 1,229 customers were `coverage_overdue` at once,
and the repeated-advisory alarm was silenced by the very session that triggered it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from knowledge.call_list import call_list
from knowledge.call_list.coverage import advisor_coverage
from knowledge.call_list.outcomes import log_call
from knowledge.models.bank import InteractionKind, Outcome, Staff
from tests.knowledge.call_list.factory import AS_OF, customer, holding, interaction

D = dt.timedelta


def _imported_book(session: Session, customers: int = 30) -> None:
    """A freshly imported book: customers for years, nobody contacted, values 1k..30k in
    high-margin funds (so the order by value is clear), no birthdays in the coming week."""
    for n in range(1, customers + 1):
        customer(session, f"K{n:02d}", f"Kunde {n:02d}", birth_date=dt.date(1970, 1, 1))
        holding(session, f"K{n:02d}", "P-FUND", str(1000 * n))
    session.flush()


def _staff(session: Session, sid: str) -> Staff:
    found = session.get(Staff, sid)
    assert found is not None
    return found


def test_first_morning_is_one_days_work_most_valuable_first(bank: Session) -> None:
    _imported_book(bank)
    result = call_list(session=bank, asker=_staff(bank, "A1"), as_of=AS_OF, limit=100)
    ids = [item.customer_id for item in result.items]
    assert result.total == len(ids) == 8  # CALL_LIST_CAPACITY, not 30
    assert ids == [f"K{n:02d}" for n in range(30, 22, -1)]  # by value
    reason = result.items[0].reasons[0]
    assert reason.code == "coverage_overdue"
    assert (reason.evidence["catch_up_backlog"], reason.evidence["catch_up_days"]) == (30, 4)
    assert "1 of 30 customers not yet contacted" in reason.text


def test_the_backlog_moves_on_as_calls_are_logged(bank: Session) -> None:
    _imported_book(bank)
    advisor = _staff(bank, "A1")
    first = call_list(session=bank, asker=advisor, as_of=AS_OF, limit=100).items
    for item in first:
        log_call(session=bank, customer_id=item.customer_id, advisor_id="A1", as_of=AS_OF,
                 outcome="reached")
    bank.flush()
    tomorrow = call_list(session=bank, asker=advisor, as_of=AS_OF + D(days=1), limit=100)
    assert [i.customer_id for i in tomorrow.items] == [f"K{n:02d}" for n in range(22, 14, -1)]
    assert tomorrow.items[0].reasons[0].evidence["catch_up_backlog"] == 22


def test_other_reasons_come_first_and_the_catch_up_fills_the_rest(bank: Session) -> None:
    _imported_book(bank)
    customer(bank, "LATE", "Lara Late")  # a real contact history, overdue by it
    holding(bank, "LATE", "P-CUR", "500")
    interaction(bank, "LATE", AS_OF - D(days=400))
    result = call_list(session=bank, asker=_staff(bank, "A1"), as_of=AS_OF, limit=100)
    ids = [item.customer_id for item in result.items]
    assert "LATE" in ids and len(ids) == 8  # 1 overdue by history + 7 of the catch-up


def test_the_coverage_report_shows_the_catch_up_plan(bank: Session) -> None:
    _imported_book(bank, customers=30)
    report = advisor_coverage(session=bank, staff=_staff(bank, "M1"), as_of=AS_OF)
    a1 = next(row for row in report.advisors if row.advisor_id == "A1")
    assert (a1.overdue, a1.backlog, a1.catch_up_days) == (30, 30, 4)
    assert a1.as_dict()["catch_up_days"] == 4


def test_repeated_advisory_fires_the_day_it_happens_and_the_manager_sees_it(
    bank: Session,
) -> None:
    """Seed 000: an alarm on repeated advisory sessions. The third session without a decision
    was 6 days ago (inside the 7-day recent-contact window): it must not wait a week."""
    customer(bank, "UNDECIDED", "Udo Undecided")
    holding(bank, "UNDECIDED", "P-CUR", "2000")
    for days in (40, 20, 6):
        interaction(bank, "UNDECIDED", AS_OF - D(days=days), InteractionKind.advisory_session,
                    Outcome.follow_up)
    for asker in ("A1", "M1"):
        items = call_list(session=bank, asker=_staff(bank, asker), as_of=AS_OF, limit=100).items
        codes = {i.customer_id: [r.code for r in i.reasons] for i in items}
        assert codes.get("UNDECIDED") == ["repeated_advisory"], asker
    # A call after the session is a contact after the trigger: then it waits again.
    interaction(bank, "UNDECIDED", AS_OF - D(days=2))
    items = call_list(session=bank, asker=_staff(bank, "A1"), as_of=AS_OF, limit=100).items
    assert "UNDECIDED" not in {i.customer_id for i in items}
