"""The answer to "which one did you call?": the call said before the question, now for the
customer picked (by number, id or full name), shown or stored as a fresh call would be; a
correction waiting on the pick replaces the call it disputes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.call_reports.amend import replacing
from knowledge.models.bank import Staff
from knowledge.writes.pending import customer_name


def choose_for_pending(*, session: Session, staff: Staff, pending: dict[str, Any],
                       answer: str | None, ordinal: str | None, customer_id: str | None,
                       channel: str = "other", last_write: dict[str, Any] | None = None,
                       ) -> ChatAnswer | None:
    """The answer to "which one did you call?": the waiting call for the chosen customer.
    None when the answer picks nobody (the caller then treats it as an ordinary choice)."""
    from knowledge.call_reports.call_writes import propose_call
    from knowledge.customers.resolver import choose_candidate

    chosen = choose_candidate(session=session, staff=staff,
                              candidates=[str(c) for c in pending.get("candidates") or []],
                              ordinal=ordinal, text=answer)
    if chosen.status != "found" or not chosen.customer_id:
        if customer_id:
            chosen = choose_candidate(session=session, staff=staff,
                                      candidates=[str(c) for c in pending["candidates"]],
                                      text=customer_id)
        if chosen.status != "found" or not chosen.customer_id:
            # A full name that was not among the few offered ("anna lange" of many Annas).
            from knowledge.customers.resolver import resolve_customer

            chosen = resolve_customer(session=session, staff=staff, text=answer or "")
            if chosen.status != "found" or chosen.certainty != "name":
                return None
    cid = chosen.customer_id
    if cid is None:
        return None
    as_of = dt.date.fromisoformat(pending["as_of"])
    replaces = pending.get("replaces") if isinstance(pending.get("replaces"), dict) else None
    if replaces and (replaces.get("write") or {}).get("customer_id") == cid:
        return ChatAnswer("Nothing changed; still logged as it was: "
                          f"{replaces.get('summary') or 'your call'}.",
                          slots={"pending_write": None, "customer_candidates": None})
    answer_ = propose_call(session=session, staff=staff, customer_id=cid,
                           name=customer_name(session, cid), text=pending.get("text"),
                           as_of=as_of, outcome=pending.get("outcome_entity"),
                           follow_up=pending.get("follow_up_entity"), sure=True,
                           last_write=last_write, channel=channel)
    answer_.slots.setdefault("customer_candidates", None)
    return replacing(session=session, staff=staff, answer=answer_, replaces=replaces,
                     channel=channel) if replaces else answer_
