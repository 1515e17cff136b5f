from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.call_list.events import EventInvalid, affected_holdings, record_rate_event
from knowledge.call_list.offers import compute_rules
from knowledge.models.bank import Customer, MarketEvent
from tests.knowledge.call_list.factory import AS_OF, customer, holding, interaction
from tests.knowledge.call_list.helpers import reasons_of

D = dt.timedelta


@pytest.mark.parametrize(
    ("delta", "categories", "message"),
    [
        (0, None, "non-zero"),
        (501, None, "sane range"),
        (-25, ["mortgage", "yachts"], "unknown product categories: yachts"),
    ],
)
def test_nonsense_events_are_refused_and_nothing_stored(
    bank: Session, delta: int, categories: list[str] | None, message: str
) -> None:
    with pytest.raises(EventInvalid, match=message):
        record_rate_event(
            session=bank, delta_bp=delta, occurred_on=AS_OF, product_categories=categories
        )
    assert bank.scalars(select(MarketEvent)).all() == []


def test_rate_cut_affects_variable_loans_savings_maturing_deposits_and_bond_funds(
    bank: Session,
) -> None:
    for cid in ("VAR", "FIX", "SAV", "TDSOON", "TDLATE", "BONDF", "EQF"):
        customer(bank, cid, f"Customer {cid}")
        interaction(bank, cid, AS_OF - D(days=20))
    holding(bank, "VAR", "P-MORT-V", "-200000")
    holding(bank, "FIX", "P-MORT-F", "-200000", maturity=AS_OF + D(days=400))
    holding(bank, "SAV", "P-SAV", "10000")
    holding(bank, "TDSOON", "P-TD", "10000", maturity=AS_OF + D(days=20))
    holding(bank, "TDLATE", "P-TD", "10000", maturity=AS_OF + D(days=200))
    holding(bank, "BONDF", "P-BONDF", "10000")
    holding(bank, "EQF", "P-FUND", "10000")
    event = record_rate_event(session=bank, delta_bp=-25, occurred_on=AS_OF - D(days=1))
    affected = {
        a.customer_id
        for a in affected_holdings(
            session=bank, event=event, where=Customer.advisor_id == "A1", as_of=AS_OF
        )
    }
    assert affected == {"VAR", "SAV", "TDSOON", "BONDF"}
    reason = reasons_of(bank, "VAR")["rate_event"]
    assert "rate cut of 25 bp" in reason.text and "mortgage" in reason.text
    assert reason.evidence["delta_bp"] == -25


def test_event_categories_limit_who_is_affected(bank: Session) -> None:
    customer(bank, "SAV", "Saver")
    holding(bank, "SAV", "P-SAV", "10000")
    record_rate_event(session=bank, delta_bp=50, occurred_on=AS_OF, product_categories=["mortgage"])
    assert "rate_event" not in reasons_of(bank, "SAV")


def test_contact_after_the_event_or_an_old_event_is_no_reason(bank: Session) -> None:
    customer(bank, "SAV", "Saver")
    holding(bank, "SAV", "P-SAV", "10000")
    record_rate_event(session=bank, delta_bp=-25, occurred_on=AS_OF - D(days=31))
    assert "rate_event" not in reasons_of(bank, "SAV")
    record_rate_event(session=bank, delta_bp=-25, occurred_on=AS_OF - D(days=5))
    assert "rate_event" in reasons_of(bank, "SAV")
    interaction(bank, "SAV", AS_OF - D(days=4))
    assert "rate_event" not in reasons_of(bank, "SAV")


def _offer_bank(bank: Session, risk: int) -> None:
    # 8 of 10 customers with a current account also hold a fund; 2 with only savings.
    for n in range(8):
        customer(bank, f"F{n}", f"Fund holder {n}")
        holding(bank, f"F{n}", "P-CUR", "1000")
        holding(bank, f"F{n}", "P-FUND", "1000")
    for n in range(4):
        customer(bank, f"S{n}", f"Saver {n}")
        holding(bank, f"S{n}", "P-SAV", "1000")
    customer(bank, "C1", "Prospect", risk=risk)
    holding(bank, "C1", "P-CUR", "1000")
    interaction(bank, "C1", AS_OF - D(days=20))


def test_association_rules_have_support_confidence_and_lift(bank: Session) -> None:
    _offer_bank(bank, risk=3)
    rules = {(r.antecedent, r.consequent): r for r in compute_rules(session=bank, as_of=AS_OF)}
    rule = rules[("current_account", "fund")]
    assert rule.confidence == pytest.approx(8 / 9)
    assert rule.support == pytest.approx(8 / 13)
    assert rule.lift == pytest.approx((8 / 9) / (8 / 13))


@pytest.mark.parametrize(("risk", "offered"), [(1, False), (2, True)])
def test_next_best_offer_respects_the_risk_profile(bank: Session, risk: int, offered: bool) -> None:
    _offer_bank(bank, risk=risk)
    reasons = reasons_of(bank, "C1")
    assert ("next_best_offer" in reasons) is offered
    if offered:
        assert reasons["next_best_offer"].evidence["offer"] == "fund"
        assert (
            "89% of customers with a current account also have an investment fund"
            in reasons["next_best_offer"].text
        )
