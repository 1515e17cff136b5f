"""A customer asked about with the call list ("is krzysztof kaminski on my list today?"): the
list as asked, with a line saying whether that customer is on it, and the customer in focus
afterwards, so "ok called him, meeting tues" is about them (shown for a yes, as a pronoun
always is). Only a customer named in full or by id, one of them; a list asked without a name
is only the list."""

from __future__ import annotations

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.models.bank import Staff


def with_the_named_customer(*, session: Session, staff: Staff, text: str | None,
                            answer: ChatAnswer) -> ChatAnswer:
    """`answer` (the call list) with the one customer the question names: whether they are
    on it, and in focus. The answer as it is when the question names none or several."""
    from knowledge.customers.in_text import named_in_full
    from knowledge.customers.typed_ids import typed_ids
    from knowledge.writes.pending import customer_name

    named = set(named_in_full(session, staff, text or ""))
    named |= {t.customer_id for t in typed_ids(text) if t.exact}
    if len(named) != 1:
        return answer
    cid = next(iter(named))
    name = customer_name(session, cid)
    items = (answer.payload_json() or {}).get("items") or []
    place = next((i for i, item in enumerate(items, 1) if item.get("customer_id") == cid), None)
    said = (f"{name} ({cid}) is number {place} on the list." if place else
            f"{name} ({cid}) is not on this list.")
    answer.text = f"{said}\n{answer.text}"
    answer.slots = {**answer.slots, "customer_id": cid, "focus_customer": cid,
                    "customer_name": name}
    return answer
