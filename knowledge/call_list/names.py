"""Finding a customer by name inside a book: exact, then substring, then fuzzy."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from knowledge.models.bank import Customer
from knowledge.text_input import well_formed


@dataclass(frozen=True)
class Candidate:
    customer_id: str
    name: str


def find_in_book(
    *, session: Session, where: ColumnElement[bool], text: str, limit: int = 5
) -> list[Candidate]:
    """Customers in the book matching `text` (an id or a name); best first, empty if none."""
    query = well_formed(text).strip()
    if not query:
        return []
    by_id = session.execute(
        select(Customer.id, Customer.name).where(where, Customer.id == query.upper())
    ).first()
    if by_id:
        return [Candidate(*by_id)]
    lowered = query.lower()
    exact = session.execute(
        select(Customer.id, Customer.name).where(where, func.lower(Customer.name) == lowered)
    ).all()
    if exact:
        return [Candidate(*row) for row in exact][:limit]
    partial = session.execute(
        select(Customer.id, Customer.name)
        .where(where, func.lower(Customer.name).contains(lowered))
        .limit(limit + 1)
    ).all()
    if partial:
        return [Candidate(*row) for row in partial][:limit]
    # Fuzzy over the book's names (a typo or a transcription slip).
    names = session.execute(select(Customer.id, Customer.name).where(where)).all()
    scored = []
    for cid, name in names:
        ratio = max(
            difflib.SequenceMatcher(None, lowered, name.lower()).ratio(),
            max(
                (
                    difflib.SequenceMatcher(None, lowered, part).ratio()
                    for part in name.lower().split()
                ),
                default=0.0,
            ),
        )
        if ratio >= 0.8:
            scored.append((ratio, name, cid))
    scored.sort(key=lambda s: (-s[0], s[1]))
    return [Candidate(cid, name) for _r, name, cid in scored[:limit]]


def scan_text_for_names(
    *, session: Session, where: ColumnElement[bool], text: str
) -> list[Candidate]:
    """Customers of the book whose full name appears in a free text (the raw chat message)."""
    lowered = f" {well_formed(text).lower()} "
    found = []
    for cid, name in session.execute(select(Customer.id, Customer.name).where(where)):
        if f" {name.lower()}" in lowered or cid.lower() in lowered:
            found.append(Candidate(cid, name))
    return found
