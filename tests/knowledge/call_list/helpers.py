from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from knowledge.call_list.book import load_book
from knowledge.call_list.ranking import collect_reasons
from knowledge.call_list.reasons import Reason
from knowledge.models.bank import Customer
from tests.knowledge.call_list.factory import AS_OF


def reasons_of(session: Session, cid: str, as_of: dt.date = AS_OF) -> dict[str, Reason]:
    """The reasons each signal finds for one customer, by code."""
    session.flush()
    book = load_book(session=session, where=Customer.advisor_id == "A1", as_of=as_of)
    found = collect_reasons(session=session, book=book).get(cid, [])
    return {r.code: r for r in found}
