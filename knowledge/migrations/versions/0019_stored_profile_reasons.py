"""call_list_snapshots.reasons: each book's call reasons, kept with the nightly list

A profile shows the customer's call-list reasons. They were computed live on every profile
turn (every signal, about 17 queries, for one customer); the nightly refresh computes the
same reasons for the whole bank anyway. An advisor's stored list now keeps them per
customer, and a profile reads the one customer's while the list's stamp still matches the
database (knowledge.call_list.precomputed.stored_reasons); otherwise it computes them as
before. A list computed live during the day stores none (NULL).

Revision ID: 0019_stored_profile_reasons
Revises: 0018_book_covering_indexes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019_stored_profile_reasons"
down_revision = "0018_book_covering_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("call_list_snapshots", sa.Column("reasons", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("call_list_snapshots", "reasons")
