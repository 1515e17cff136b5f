"""A call with a relative of the customer named or in focus ("His daughter who also banks
with us wants a meeting friday" after looking at Stefano Ferrari): the write goes to the
relative, found in the household (knowledge.customers.relatives) and shown for a yes, or it
is asked; never to the customer the relation points from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from knowledge.customers.relatives import relatives_of
from knowledge.models.bank import Staff
from knowledge.writes.pending import customer_name

if TYPE_CHECKING:
    from knowledge.call_list.call_writes import Who


def relative_instead(*, session: Session, staff: Staff, who: Who, text: str | None) -> Who:
    """`who` itself, unless the message says the call was with a relative of theirs: then the
    one household member that fits (asked about, saying who), a choice, or nobody (asked)."""
    from knowledge.call_list.call_writes import Who

    if who.status != "found" or not who.customer_id:
        return who
    relative = relatives_of(session=session, staff=staff, customer_id=who.customer_id,
                            text=text)
    if relative is None:
        return who
    if len(relative.candidates) > 1:
        return Who("choose", candidates=relative.candidates)
    if not relative.candidates:
        return Who("nobody")
    cid = relative.candidates[0]
    name = customer_name(session, cid)
    return Who("found", cid, name, said_as=(
        f"(“{relative.words}” = {name} ({cid}), in the household of {who.name}; "
        "please check.)"))
