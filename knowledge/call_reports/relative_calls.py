"""A call with a relative of the customer named or in focus ("His daughter who also banks
with us wants a meeting friday" after looking at Stefano Ferrari): the write goes to the
relative, found in the household (knowledge.customers.relatives) and shown for a yes, or it
is asked; never to the customer the relation points from."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from knowledge.customers.names import fold, name_parts
from knowledge.customers.relatives import relative_meant, relatives_of
from knowledge.models.bank import Staff
from knowledge.writes.pending import customer_name

if TYPE_CHECKING:
    from knowledge.call_reports.call_writes import Who


def relative_instead(*, session: Session, staff: Staff, who: Who, text: str | None,
                     focus: str | None = None) -> Who:
    """`who` itself, unless the message says the call was with a relative of theirs: then the
    one household member that fits (asked about, saying who), a choice, or nobody (asked).
    "her daughter anna picked up" (a first name after the relation, so nobody was read as
    `who`): the relative of the customer in focus, of that first name."""
    from knowledge.call_reports.call_writes import Who

    meant = relative_meant(text)
    pointed = bool(meant) and re.match(r"(?:his|her|their|seine?|ihre?)\b", meant[1].strip(),
                                       re.IGNORECASE) is not None
    if focus and meant and pointed and (who.status != "found" or not who.customer_id or (
            who.customer_id != focus and _first_name_after(text, meant[1]))):
        # "her husband paul": "her" is the customer in focus, "paul" the relative's name
        who = Who("found", focus, customer_name(session, focus))
    if who.status != "found" or not who.customer_id:
        return who
    relative = relatives_of(session=session, staff=staff, customer_id=who.customer_id,
                            text=text)
    if relative is None:
        return who
    first = _first_name_after(text, relative.words)
    if first and relative.candidates and _is_a_first_name(session, first):
        relative = replace(relative, candidates=tuple(
            c for c in relative.candidates
            if (name_parts(customer_name(session, c)) or ("",))[0] == first))
    if len(relative.candidates) > 1:
        return Who("choose", candidates=relative.candidates)
    if not relative.candidates:
        return Who("nobody")
    cid = relative.candidates[0]
    name = customer_name(session, cid)
    return Who("found", cid, name, said_as=(
        f"(“{relative.words}” = {name} ({cid}), in the household of {who.name}; "
        "please check.)"))


def _first_name_after(text: str | None, words: str) -> str | None:
    """ "her daughter anna picked up": the word after the relation when it is a first name of
    the household (checked by the caller), folded; None when a verb or nothing follows."""
    rest = " ".join((text or "").split())
    at = rest.lower().find(words.lower())
    found = re.match(r"\s+([^\W\d_]{2,})", rest[at + len(words):]) if at >= 0 else None
    return fold(found.group(1)) if found else None


def _is_a_first_name(session: Session, word: str) -> bool:
    """Some customer of the bank has this first name ("anna"; not "who", "picked")."""
    from sqlalchemy import func, select

    from knowledge.models.bank import Customer

    return session.scalar(select(Customer.id).where(
        func.lower(Customer.name).like(f"{word} %")).limit(1)) is not None
