"""Whether the nightly refresh may be read: once per chat turn (a unit of work marked with
`reads_refresh_once`), on every call elsewhere, so an import's new transactions still make
the refresh stale for the next reader."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from knowledge.call_list.refresh import refresh_bank
from knowledge.models.bank import TransactionKind
from knowledge.signals.cache import is_fresh, reads_refresh_once
from tests.knowledge.call_list.factory import AS_OF, base_bank, customer, holding, txn


def _bank(session: Session) -> Any:
    base_bank(session)
    customer(session, "C1", "Ada Lovelace")
    h = holding(session, "C1", "P-CUR", Decimal("5000"))
    session.flush()
    refresh_bank(session=session, as_of=AS_OF)
    session.flush()
    return h


def _queries(session: Session) -> list[str]:
    seen: list[str] = []
    event.listen(session.get_bind(), "before_cursor_execute",
                 lambda _c, _cur, statement, *_rest: seen.append(statement))
    return seen


def test_a_chat_turn_reads_the_freshness_once(session: Session) -> None:
    _bank(session)
    reads_refresh_once(session)
    assert is_fresh(session=session, as_of=AS_OF)
    seen = _queries(session)
    assert is_fresh(session=session, as_of=AS_OF)
    assert is_fresh(session=session, as_of=AS_OF)
    assert seen == []


def test_elsewhere_a_new_transaction_makes_the_refresh_stale(session: Session) -> None:
    h = _bank(session)
    assert is_fresh(session=session, as_of=AS_OF)
    txn(session, h.id, AS_OF, "100", TransactionKind.deposit)
    session.flush()
    assert not is_fresh(session=session, as_of=AS_OF)
