"""End to end: every situation planted in the generated demo bank is found for its advisor
with the planted reason code, and the quiet customers are on nobody's list."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest
from sqlalchemy.orm import Session

from knowledge.call_list import call_list
from knowledge.call_list.refresh import refresh_bank
from knowledge.models.bank import Staff

AS_OF = dt.date(2026, 6, 15)

demo_bank = pytest.importorskip("knowledge.demo_bank")


@pytest.mark.parametrize(("seed", "refreshed"), [(7, False), (2026, False), (7, True)])
def test_planted_situations_are_found_and_quiet_customers_are_not(
    session: Session, seed: int, refreshed: bool
) -> None:
    report = demo_bank.generate_demo_bank(session=session, customers=600, seed=seed, as_of=AS_OF)
    session.flush()
    if refreshed:  # the same answers from the precomputed snapshot
        refresh_bank(session=session, as_of=AS_OF)
    assert report.planted and report.quiet
    by_advisor: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for planted in report.planted:
        by_advisor[planted.advisor_id].append((planted.customer_id, planted.code))
    quiet = set(report.quiet)
    missing, listed_quiet = [], []
    for advisor_id in sorted({s.id for s in session.query(Staff) if s.id.startswith("A")}):
        advisor = session.get(Staff, advisor_id)
        assert advisor is not None
        result = call_list(session=session, asker=advisor, as_of=AS_OF, limit=10_000)
        codes = {item.customer_id: {r.code for r in item.reasons} for item in result.items}
        for customer_id, code in by_advisor.get(advisor_id, []):
            if code not in codes.get(customer_id, set()):
                missing.append((advisor_id, customer_id, code, sorted(codes.get(customer_id, ()))))
        listed_quiet += [(advisor_id, cid, sorted(codes[cid])) for cid in quiet & set(codes)]
    assert missing == []
    assert listed_quiet == []
    # Every reason code the generator plants was exercised.
    assert {p.code for p in report.planted} >= {"maturity", "large_withdrawal", "rate_event"}
