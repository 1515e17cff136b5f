"""Signals from credit: a loan in arrears or in default (interchange columns `loan_status`,
`days_past_due`, `arrears`). The advisor must talk about the arrears before anything else:
collect, or restructure while the customer can still pay; no sales talk to that customer."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from knowledge.call_list.book import Book
from knowledge.call_list.reasons import URGENCY, Reason, day, money
from knowledge.models.bank import Holding, LoanStatus, Product

Found = dict[str, list[Reason]]
IN_TROUBLE = (LoanStatus.arrears.value, LoanStatus.default.value)
# Reasons that sell something: not for a customer who cannot pay what they owe.
SALES_CODES = frozenset({"next_best_offer", "life_event", "large_deposit"})


def loan_arrears(*, session: Session, book: Book) -> Found:
    rows = session.execute(
        select(
            Holding.customer_id,
            Holding.id,
            Product.name,
            Holding.balance,
            Holding.loan_status,
            Holding.days_past_due,
            Holding.arrears,
            Holding.currency,
        )
        .join(Product, Product.id == Holding.product_id)
        .where(
            Holding.customer_id.in_(book.ids()),
            Holding.held_on(book.as_of),
            or_(
                Holding.loan_status.in_(IN_TROUBLE),
                Holding.days_past_due > 0,
                Holding.arrears > 0,
            ),
        )
        .order_by(Holding.customer_id, Holding.days_past_due.desc(), Holding.id)
    ).all()
    found: Found = {}
    for cid, hid, name, balance, status, late, arrears, currency in rows:
        if cid in found:
            continue  # the latest-paid loan speaks for the customer
        defaulted = status == LoanStatus.default.value
        owed = f" with {money(arrears, currency)} overdue" if arrears else ""
        since = f", {late} days past due" if late else ""
        ask = ("agree how the debt will be settled (collection or a restructuring plan)"
               if defaulted else "talk about catching up or restructuring before it defaults")
        text = (f"Their {name} ({money(-balance, currency)} outstanding) is "
                f"{'in default' if defaulted else 'in arrears'}{since}{owed}: {ask}. "
                f"No sales talk until this is settled (as of {day(book.as_of)}).")
        found[cid] = [
            Reason(
                "loan_arrears",
                text,
                {
                    "holding_id": hid,
                    "product": name,
                    "outstanding": -balance,
                    "loan_status": status,
                    "days_past_due": late,
                    "arrears": arrears,
                    "rule": "an open credit holding with loan_status arrears/default, "
                    "days_past_due > 0 or arrears > 0",
                },
                URGENCY["loan_arrears"] + (0.04 if defaulted else 0.0),
                # When it became overdue, as far as we know: a contact since then has seen it.
                book.as_of - dt.timedelta(days=late or 0),
            )
        ]
    return found
