"""tracker_redactions: the redaction counter Rasa's tracker store watches, under Alembic

`advisor forget` bumps `generation` (one row, id 1) when it redacts Rasa's stored events in
place; Rasa processes on channels/tracker_store.py drop the conversations they keep in
memory when it changes. Until now the Rasa process created the table on start; it now
refuses to start without it. This revision creates it where the tracker store shares the
app's database; a tracker store of its own gets it from `knowledge.migrate.
prepare_tracker_store` (`advisor migrate`, `advisor run`), from the same model.

Revision ID: 0016_tracker_redactions
Revises: 0015_transactions_covering_index
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016_tracker_redactions"
down_revision = "0015_transactions_covering_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A database where a Rasa process already created it (before this revision) keeps its
    # counter: same columns, and dropping it would make every Rasa process miss a bump.
    if sa.inspect(op.get_bind()).has_table("tracker_redactions"):
        return
    op.create_table(
        "tracker_redactions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("generation", sa.BigInteger(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("tracker_redactions")
