"""The change marks behind the stored call lists: they move when rows of the transactions,
holdings or customers table are added or removed, and stay put otherwise (on SQLite through
the rowid, on PostgreSQL through migration 0006's trigger; `make test-pg` runs both)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import delete
from sqlalchemy.orm import Session

from knowledge.models.bank import Customer, Holding, Transaction, TransactionKind
from knowledge.signals.change_marks import high_water_mark
from tests.knowledge.call_list.factory import AS_OF, base_bank, customer, holding, txn

TABLES = (Transaction.__table__, Holding.__table__, Customer.__table__)


def _marks(session: Session) -> list[int]:
    """The marks as another connection sees them: after a commit (on PostgreSQL a mark moves
    at most once per database transaction, and becomes visible with the rows it covers)."""
    session.commit()
    return [high_water_mark(session, table) for table in TABLES]


def test_marks_move_on_insert_and_delete_and_only_then(session: Session) -> None:
    base_bank(session)
    before = _marks(session)
    assert _marks(session) == before  # asking twice changes nothing

    customer(session, "C1", "Ada Lovelace")
    after_customer = _marks(session)
    assert after_customer[2] != before[2]
    assert after_customer[:2] == before[:2]

    h = holding(session, "C1", "P-CUR", Decimal("100"))
    after_holding = _marks(session)
    assert after_holding[1] != after_customer[1]
    assert after_holding[0] == after_customer[0]

    txn(session, h.id, AS_OF - dt.timedelta(days=1), Decimal("-50"), TransactionKind.withdrawal)
    after_txn = _marks(session)
    assert after_txn[0] != after_holding[0]

    assert _marks(session) == after_txn  # a commit alone is no change


def test_deleting_a_transaction_moves_the_mark_on_postgresql(session: Session) -> None:
    """SQLite's rowid mark cannot see a deletion of the last rows; PostgreSQL's trigger can."""
    base_bank(session)
    customer(session, "C1", "Ada Lovelace")
    h = holding(session, "C1", "P-CUR", Decimal("100"))
    txn(session, h.id, AS_OF, Decimal("-50"), TransactionKind.withdrawal)
    before = _marks(session)[0]
    session.execute(delete(Transaction).where(Transaction.holding_id == h.id))
    after = _marks(session)[0]
    if session.get_bind().dialect.name == "postgresql":
        assert after != before
    else:
        assert after <= before


def test_a_bulk_load_in_one_transaction_moves_the_mark_once_it_commits(
    session: Session,
) -> None:
    base_bank(session)
    customer(session, "C1", "Ada Lovelace")
    h = holding(session, "C1", "P-CUR", Decimal("100"))
    before = _marks(session)[0]
    for day in range(1, 201):  # one INSERT per row, as executemany sends them
        txn(session, h.id, AS_OF - dt.timedelta(days=day), Decimal("-1"))
        session.flush()
    assert _marks(session)[0] != before
