"""A namesake in another advisor's book told apart by the city the message gives ("joana costa
from dachau - reached" when my Joana Costa lives in Frankfurt and another advisor's in
Dachau): the message means the other one, so my customer is never taken at once."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.access.policy import visible_customers
from knowledge.customers.city_names import city_spellings
from knowledge.customers.names import fold
from knowledge.models.bank import Customer, Staff

_WORD = re.compile(r"[^\W\d_]+")


def namesakes_by_city(session: Session, staff: Staff, customer_id: str | None,
                      text: str | None) -> tuple[str, ...]:
    """Customers outside the sender's book with the full name of `customer_id` whose city the
    text names, when it does not name that customer's own city; () otherwise."""
    own = session.get(Customer, customer_id) if customer_id else None
    if own is None or not own.name or not text:
        return ()
    words = " " + " ".join(_WORD.findall(fold(text))) + " "

    def named(city: str | None) -> bool:
        return bool(city) and any(f" {s} " in words for s in city_spellings(city or ""))

    if named(own.city):
        return ()
    rows = session.execute(select(Customer.id, Customer.city).where(
        Customer.name == own.name, Customer.id != own.id, ~visible_customers(staff)))
    return tuple(cid for cid, city in rows if named(city))
