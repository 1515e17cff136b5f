"""write reversals: what "undo" in chat took back, who asked, and the record as it was

A write reversed in chat (a call, a closed complaint, feedback, a market event) is removed
from its table, so the call list, themes and events read as if it had never been made, but
never silently: its content as stored is kept here with who reversed it and when.

Revision ID: 0013_write_reversals
Revises: 0012_theme_areas
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_write_reversals"
down_revision = "0012_theme_areas"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "write_reversals",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("record_id", sa.String(64), nullable=False),
        sa.Column("customer_id", sa.String(64), nullable=True),
        sa.Column("snapshot", sa.JSON(), nullable=False),
    )
    op.create_index("ix_write_reversals_staff_at", "write_reversals", ["staff_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_write_reversals_staff_at", table_name="write_reversals")
    op.drop_table("write_reversals")
