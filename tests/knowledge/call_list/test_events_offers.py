from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from knowledge.call_list.events import EventInvalid, affected_holdings, record_rate_event
from knowledge.call_list.offers import compute_rules
from knowledge.models.bank import Customer, Holding, MarketEvent, Product
from knowledge.settings import get_settings
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


def test_the_rules_counted_in_python_are_sql_s_counts(session: Session) -> None:
    """The rules are counted from one read of who holds what; the counts must be those of
    SQL's GROUP BY over the distinct (customer, category) pairs, on a whole demo bank."""
    demo_bank = pytest.importorskip("knowledge.demo_bank")
    demo_bank.generate_demo_bank(session=session, customers=400, seed=5, as_of=AS_OF)
    session.flush()
    held = (
        select(Holding.customer_id.label("cid"), Product.category.label("cat"))
        .join(Product, Product.id == Holding.product_id)
        .where(Holding.held_on(AS_OF))
        .distinct()
        .subquery()
    )
    customers = session.scalar(select(func.count(func.distinct(held.c.cid))))
    singles = dict(session.execute(select(held.c.cat, func.count()).group_by(held.c.cat)).all())
    other = held.alias("other")
    pairs = {
        (x.value, y.value): n
        for x, y, n in session.execute(
            select(held.c.cat, other.c.cat, func.count())
            .join(other, (other.c.cid == held.c.cid) & (other.c.cat != held.c.cat))
            .group_by(held.c.cat, other.c.cat)
        )
    }
    rules = compute_rules(session=session, as_of=AS_OF)
    settings = get_settings()
    expected = {
        (x, y)
        for (x, y), n in pairs.items()
        if n / customers >= settings.offer_min_support
        and n / singles[x] >= settings.offer_min_confidence
        and (n / singles[x]) / (singles[y] / customers) >= settings.offer_min_lift
    }
    assert len(rules) >= 3 and {(r.antecedent, r.consequent) for r in rules} == expected
    for rule in rules:
        both = pairs[(rule.antecedent, rule.consequent)]
        assert rule.holders == both
        assert rule.support == both / customers
        assert rule.confidence == both / singles[rule.antecedent]
        assert rule.lift == rule.confidence / (singles[rule.consequent] / customers)
    order = [(-r.confidence, -r.lift, r.antecedent, r.consequent) for r in rules]
    assert order == sorted(order)


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
