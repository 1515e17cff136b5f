"""The answer to "which one did you call?": the call said before the question, now for the
customer picked (by number, id or full name), shown or stored as a fresh call would be; a
correction waiting on the pick replaces the call it disputes.

An answer that tells a call of its own besides the pick ("2 - took the bond fund" while a no
answer waits, "le 2 : ok il prend le fonds") is no plain pick: the waiting call for that
customer may be the wrong one, so which is meant is asked and nothing is written."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy.orm import Session

from knowledge.answer import ChatAnswer
from knowledge.call_reports.amend import replacing
from knowledge.models.bank import Staff
from knowledge.writes.pending import customer_name


def choose_for_pending(*, session: Session, staff: Staff, pending: dict[str, Any],
                       answer: str | None, ordinal: str | None, customer_id: str | None,
                       channel: str = "other", last_write: dict[str, Any] | None = None,
                       ask: str | None = None) -> ChatAnswer | None:
    """The answer to "which one did you call?": the waiting call for the chosen customer
    (`ask`: shown for a yes with that sentence, a pick read from a detail). None when the
    answer picks nobody (the caller then treats it as an ordinary choice)."""
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
    if _tells_its_own_call(session, pending, answer or "", as_of):
        return _which_call(session, pending, answer or "", cid)
    replaces = pending.get("replaces") if isinstance(pending.get("replaces"), dict) else None
    if replaces and (replaces.get("write") or {}).get("customer_id") == cid:
        return ChatAnswer("Nothing changed; still logged as it was: "
                          f"{replaces.get('summary') or 'your call'}.",
                          slots={"pending_write": None, "customer_candidates": None})
    answer_ = propose_call(session=session, staff=staff, customer_id=cid,
                           name=customer_name(session, cid), text=pending.get("text"),
                           as_of=as_of, outcome=pending.get("outcome_entity"),
                           follow_up=pending.get("follow_up_entity"), sure=True,
                           last_write=last_write, channel=channel, always_ask=ask)
    answer_.slots.setdefault("customer_candidates", None)
    return replacing(session=session, staff=staff, answer=answer_, replaces=replaces,
                     channel=channel) if replaces else answer_


# "le 2 : …", "2 - …", "#2: …", "no. 2 – …", "the 2nd one - …": a place, then a clause of its own
_PLACE_THEN_CLAUSE = re.compile(
    r"^\W*(?:(?:the|le|la|il|el|der|die|den|de|nr\.?|no\.?|number|#)\s*)?"
    r"\d{1,2}(?:st|nd|rd|th|e|er|re|°|\.)?(?:\s+(?:one|customer|client))?"
    r"\s*(?::|\s[-–—]|,)\s*(?P<rest>.+)$", re.IGNORECASE)


def _tells_its_own_call(session: Session, pending: dict[str, Any], answer: str,
                        as_of: dt.date) -> bool:
    """The answer says a call of its own besides the pick: an outcome, date or sale other than
    the waiting call's, or a clause after the place that names none of the customers offered
    (a detail that picks one — "2, the one in munich" — names no call)."""
    from knowledge.call_reports.said import read_call
    from knowledge.customers.names import fold, name_parts

    said = read_call(answer, as_of)
    if said.explicit:
        waiting = read_call(pending.get("text"), as_of,
                            entity_outcome=pending.get("outcome_entity"),
                            entity_follow_up=pending.get("follow_up_entity"))
        return (said.outcome is not waiting.outcome or said.sale_of != waiting.sale_of
                or bool(said.follow_up_on and said.follow_up_on != waiting.follow_up_on))
    clause = _PLACE_THEN_CLAUSE.match(" ".join(answer.split()))
    if clause is None:
        return False
    words = re.findall(r"[^\W\d_]{2,}", fold(clause.group("rest")))
    offered = {part for c in pending.get("candidates") or []
               for part in name_parts(customer_name(session, str(c)) or "")}
    return len(words) >= 3 and not offered & set(words)


def _which_call(session: Session, pending: dict[str, Any], answer: str, cid: str
                ) -> ChatAnswer:
    """Asked, nothing written: the waiting call still waits for a plain pick."""
    name = customer_name(session, cid)
    said = " ".join(str(pending.get("text") or "").split())
    return ChatAnswer(
        f"“{' '.join(answer.split())}” picks {name} ({cid}), but it tells a call of its own, "
        f"not the one waiting (“{said}”). Which is it? Say the number alone to log the waiting "
        f"call for the customer picked, or tell me the new call with the customer's name. "
        "Nothing is logged yet.")
