"""Feedback a relative of the customer named gave ("stefan berg's wife freja complained about
the card fees"): it is hers, not his. The relative is found in the household as for a call
(knowledge.customers.relatives); when she cannot be told (nobody or several fit), nothing is
stored on the customer the relation points from."""

from __future__ import annotations

from sqlalchemy.orm import Session

from knowledge.customers.relatives import relatives_of
from knowledge.models.bank import Staff
from knowledge.writes.pending import customer_name


def spoken_by_relative(*, session: Session, staff: Staff, customer_id: str, text: str | None
                       ) -> tuple[str | None, list[str]]:
    """(a sentence saying who the relative is, [their id]) when the message gives a relative
    of `customer_id`'s words; (None, [customer_id]) when the customer spoke themselves;
    (the relative's words, []) when the relative cannot be told."""
    relative = relatives_of(session=session, staff=staff, customer_id=customer_id, text=text)
    if relative is None:
        return None, [customer_id]
    if len(relative.candidates) != 1:
        return relative.words, []
    cid = relative.candidates[0]
    name = customer_name(session, cid)
    return (f"(“{relative.words}” = {name} ({cid}), in the household of "
            f"{customer_name(session, customer_id)}; please check.)"), [cid]
