""""and ana?" right after Silvia Mancini's profile, whose household is Ana Mancini: the
member of the household of the customer in focus that the words name (a first name, or a
full name), before any other customer of the book with a similar name. A read only; a write
that follows names its customer, or is shown for a yes."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.access.policy import visible_customers
from knowledge.customers.names import fold, name_parts
from knowledge.models.bank import Customer, Staff

# "and ana?", "what about ana mancini?", "how about stefan": a name asked about in passing
_AND_WHO = re.compile(r"^\s*(?:and|what about|how about|n)\s+(?P<who>[^\W\d_]+(?:\s+[^\W\d_]+)?)"
                      r"\s*[?!.]*\s*$", re.IGNORECASE)


def household_member_named(*, session: Session, staff: Staff, focus: str | None,
                           text: str | None) -> str | None:
    """The one member of the focus customer's household (in the sender's book) the message
    names; None when it names none, several, or nobody is in focus."""
    found = _AND_WHO.match(" ".join((text or "").split()))
    if found is None or not focus:
        return None
    anchor = session.get(Customer, focus)
    if anchor is None or not anchor.household_id:
        return None
    typed = fold(found.group("who")).split()
    members = session.execute(select(Customer.id, Customer.name).where(
        Customer.household_id == anchor.household_id, Customer.id != anchor.id,
        visible_customers(staff))).all()
    fitting = [cid for cid, name in members
               if (parts := name_parts(name or "")) and (
                   typed == [parts[0]] or typed == list(parts))]
    return fitting[0] if len(fitting) == 1 else None
