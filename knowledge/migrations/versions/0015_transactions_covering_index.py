"""transactions: the (holding_id, booked_on) index also carries kind and amount

The whole-bank refresh walks this index in holding order and needs, per transaction, only
the booking day, the kind and the amount (knowledge.signal_pass). With those two columns in
the index the walk never visits the table: on SQLite the pass over a 20k-customer,
2.17M-transaction bank took 2.0 s instead of 3.25 s (one connection, same machine, same
run). Every query that used the index by its first two columns still can; the name stays,
so the refresh's `INDEXED BY` hint keeps working.

Revision ID: 0015_transactions_covering_index
Revises: 0014_theme_areas_stored
"""

from __future__ import annotations

from alembic import op

revision = "0015_transactions_covering_index"
down_revision = "0014_theme_areas_stored"
branch_labels = None
depends_on = None

NAME = "ix_transactions_holding_booked"


def upgrade() -> None:
    op.drop_index(NAME, table_name="transactions")
    op.create_index(NAME, "transactions", ["holding_id", "booked_on", "kind", "amount"])


def downgrade() -> None:
    op.drop_index(NAME, table_name="transactions")
    op.create_index(NAME, "transactions", ["holding_id", "booked_on"])
