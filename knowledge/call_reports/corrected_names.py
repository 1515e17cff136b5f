"""Whose names a correction of the last call names (knowledge.call_reports.corrections): the
corrected customer's own name words left out ("it was giuseppe who bought it"), a name of
another advisor's book refused (audited), and the one first name of the same family ("silvia
mancini reached" → "no wait it was ana")."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.access.policy import refuse
from knowledge.models.bank import Customer, Staff
from knowledge.writes.pending import customer_name


def without_names_of(session: Session, customer_id: str | None, text: str) -> str:
    """`text` without the words of that customer's name ("tomasz" of Tomasz Szymański)."""
    from knowledge.customers.names import fold

    name = customer_name(session, customer_id) if customer_id else ""
    own = set(fold(name).split()) if name and name != customer_id else set()
    if not own:
        return text
    kept = [w for w in text.split() if fold(w.strip(".,;:!?")) not in own]
    return " ".join(kept) if kept else text



def refuse_elsewhere(*, session: Session, staff: Staff, typed: str) -> None:
    """Another book's customer of that exact name: the refusal is audited (no name logged)."""
    from knowledge.customers.names import fold

    key = " ".join(fold(typed).split())
    ids = [cid for cid, full in session.execute(select(Customer.id, Customer.name))
           if " ".join(fold(full or "").split()) == key]
    if ids:
        refuse(session=session, staff=staff, customer_ids=ids, channel="other", via="chat",
               action="log_call")



def same_family(session: Session, old: str | None, candidate: str, words: str) -> bool:
    """The candidate has the surname of the customer the call was logged on, and the
    correction types the candidate's first name exactly ("no wait it was ana")."""
    from knowledge.customers.names import fold, name_parts

    was = name_parts(customer_name(session, old)) if old else []
    now = name_parts(customer_name(session, candidate))
    typed = set(re.findall(r"[^\W\d_]+", fold(words)))
    return (len(was) >= 2 and len(now) >= 2 and was[-1] == now[-1] and now[0] in typed
            and now[0] != was[0])


def same_first_name(session: Session, old: str | None, candidate: str, words: str) -> bool:
    """The candidate has the first name of the customer the call was logged on, and the
    correction types the candidate's surname exactly ("tomasz s reached" → "nope wrong one,
    kaminski": Tomasz Kamiński, not Krzysztof Kamiński)."""
    from knowledge.customers.names import fold, name_parts

    was = name_parts(customer_name(session, old)) if old else []
    now = name_parts(customer_name(session, candidate))
    typed = set(re.findall(r"[^\W\d_]+", fold(words)))
    return (len(was) >= 2 and len(now) >= 2 and was[0] == now[0] and now[-1] in typed
            and now[-1] != was[-1])


def one_meant(session: Session, old: str | None, offered: list[str], words: str) -> str | None:
    """Of the customers a correction's name may mean, the one that keeps the other half of
    the corrected customer's name (same_family, same_first_name); None unless exactly one."""
    kept = [c for c in offered if same_family(session, old, c, words)
            or same_first_name(session, old, c, words)]
    return kept[0] if len(set(kept)) == 1 else None
