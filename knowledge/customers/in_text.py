"""Customers of the asker's book whose full name is written out in a message.

Exact only (accents and case folded, "wagner's" still "wagner"): a name in a statement links
a write to that customer, so a shared first name or a misspelling never counts here.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.access.staff import visible_customers
from knowledge.customers.names import fold
from knowledge.models.bank import Customer, Staff


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())


def named_in_full(session: Session, staff: Staff, text: str) -> list[str]:
    """Ids of the book's customers whose full name (two words or more) the text spells out."""
    padded = f" {_words(text)} "
    rows = session.execute(select(Customer.id, Customer.name).where(visible_customers(staff)))
    found = []
    for customer_id, name in rows:
        key = _words(name or "")
        if len(key.split()) >= 2 and f" {key} " in padded:
            found.append(customer_id)
    return found
