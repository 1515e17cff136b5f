"""Credit in the picture: loans in arrears, fixed-rate periods, debt apart from value."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from knowledge.call_list.book import load_book
from knowledge.call_list.ranking import rank
from knowledge.call_list.reasons import Reason
from knowledge.models.bank import Customer, Holding
from knowledge.value.compute import customer_values
from tests.knowledge.call_list.factory import AS_OF, customer, holding, interaction
from tests.knowledge.call_list.helpers import reasons_of

D = dt.timedelta


def _loan(session: Session, cid: str, balance: str = "-40000", **credit: object) -> Holding:
    h = holding(session, cid, "P-LOAN", balance)
    for name, value in credit.items():
        setattr(h, name, value)
    session.flush()
    return h


def _customer(session: Session) -> None:
    customer(session, "C1", "Pavel Novak")
    interaction(session, "C1", AS_OF - D(days=20))  # contacted: no coverage reason


def test_a_loan_in_arrears_is_a_reason_with_its_numbers(bank: Session) -> None:
    _customer(bank)
    _loan(bank, "C1", loan_status="arrears", days_past_due=45, arrears=Decimal("1600"))
    reason = reasons_of(bank, "C1")["loan_arrears"]
    assert "in arrears, 45 days past due with €1,600 overdue" in reason.text
    assert "€40,000 outstanding" in reason.text
    assert reason.evidence["days_past_due"] == 45
    assert reason.since == AS_OF - D(days=45)


def test_a_performing_loan_is_no_reason(bank: Session) -> None:
    _customer(bank)
    _loan(bank, "C1", loan_status="performing", days_past_due=0, arrears=Decimal("0"))
    _loan(bank, "C1")  # a file without the credit columns
    assert "loan_arrears" not in reasons_of(bank, "C1")


def test_arrears_outrank_and_silence_sales_reasons(bank: Session) -> None:
    _customer(bank)
    _loan(bank, "C1", loan_status="default", days_past_due=120, arrears=Decimal("5000"))
    book = load_book(session=bank, where=Customer.id == "C1", as_of=AS_OF)
    arrears = reasons_of(bank, "C1")["loan_arrears"]
    offer = Reason("next_best_offer", "Offer a fund.", {}, 0.2, AS_OF)
    complaint = Reason("open_complaint", "A complaint is open.", {}, 0.9, AS_OF)
    (item,) = rank(book, {"C1": [offer, complaint, arrears]})
    assert [r.code for r in item.reasons] == ["loan_arrears", "open_complaint"]


def test_default_costs_contribution_and_debt_is_not_relationship_value(bank: Session) -> None:
    customer(bank, "C1", "Good Payer")
    customer(bank, "C2", "Bad Payer")
    holding(bank, "C1", "P-CUR", "2000")
    holding(bank, "C2", "P-CUR", "2000")
    _loan(bank, "C1", "-40000", loan_status="performing")
    _loan(bank, "C2", "-40000", loan_status="default", days_past_due=200, arrears=Decimal("3000"))
    values = customer_values(session=bank, as_of=AS_OF, customer_ids=["C1", "C2"])
    assert values["C1"].relationship_value == values["C2"].relationship_value == Decimal("2000")
    assert values["C1"].liabilities == Decimal("40000")
    assert values["C1"].contribution > 0 > values["C2"].contribution


def test_a_consumer_loans_last_instalment_is_not_a_new_rate(bank: Session) -> None:
    _customer(bank)
    _loan(bank, "C1", "-8000", maturity_on=AS_OF + D(days=10))
    assert "maturity" not in reasons_of(bank, "C1")


def test_the_end_of_a_fixed_rate_period_is_its_own_date(bank: Session) -> None:
    _customer(bank)
    _loan(bank, "C1", "-80000", maturity_on=AS_OF + D(days=900),
          fixed_rate_until=AS_OF + D(days=12))
    reason = reasons_of(bank, "C1")["maturity"]
    assert "fixed-rate period" in reason.text and "new rate" in reason.text
    assert reason.evidence["days_left"] == 12


def test_the_profile_shows_the_arrears_and_what_is_owed(bank: Session) -> None:
    from knowledge.profile.build import build_profile
    from knowledge.profile.render import render_profile

    _customer(bank)
    holding(bank, "C1", "P-CUR", "2500")
    _loan(bank, "C1", "-40000", loan_status="arrears", days_past_due=45, arrears=Decimal("1600"))
    profile = build_profile(session=bank, customer_id="C1", as_of=AS_OF,
                            book=Customer.advisor_id == "A1")
    text = render_profile(profile)
    assert "Relationship value €2,500" in text and "owes €40,000" in text
    assert "in arrears, 45 days past due" in text


def test_amounts_speak_the_holdings_currency(bank: Session) -> None:
    """A CZK loan at a bank configured in EUR: the text says CZK, not €."""
    _customer(bank)
    loan = _loan(bank, "C1", "-400000", loan_status="arrears", days_past_due=30,
                 arrears=Decimal("9000"))
    loan.currency = "CZK"
    bank.flush()
    text = reasons_of(bank, "C1")["loan_arrears"].text
    assert "CZK 400,000 outstanding" in text and "CZK 9,000 overdue" in text and "€" not in text
