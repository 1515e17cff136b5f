"""Customers of the asker's book whose full name is written out in a message.

Exact only (accents and case folded, "wagner's" still "wagner"): a name in a statement links
a write to that customer, so a shared first name or a misspelling never counts here.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.access.policy import visible_customers
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


def named_outside_book(session: Session, staff: Staff, text: str) -> bool:
    """Some customer outside the asker's book has a full name the text spells out (a
    look-alike in the book is then never offered for a yes)."""
    padded = f" {_words(text)} "
    rows = session.execute(select(Customer.name).where(~visible_customers(staff)))
    return any(len(key.split()) >= 2 and f" {key} " in padded
               for key in (_words(name or "") for (name,) in rows))


def spelt_out_among(session: Session, ids: tuple[str, ...], text: str) -> list[str]:
    """Those of `ids` whose full name (two words or more) the text spells out."""
    padded = f" {_words(text)} "
    rows = session.execute(select(Customer.id, Customer.name).where(Customer.id.in_(ids)))
    return [customer_id for customer_id, name in rows
            if len((key := _words(name or "")).split()) >= 2 and f" {key} " in padded]
