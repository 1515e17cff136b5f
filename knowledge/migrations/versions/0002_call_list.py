"""call list: per-customer signal snapshot and refresh log

Revision ID: 0002_call_list
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_call_list"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customer_signal_snapshots",
        sa.Column("customer_id", sa.String(length=64), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("fees_12m", sa.Numeric(18, 2), nullable=False),
        sa.Column("net_flow_12m", sa.Numeric(18, 2), nullable=False),
        sa.Column("frequency_12m", sa.Integer(), nullable=False),
        sa.Column("last_transaction_on", sa.Date(), nullable=True),
        sa.Column("flows", sa.JSON(), nullable=False),
        sa.Column("life_events", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("customer_id"),
    )
    op.create_table(
        "signal_refreshes",
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("customers", sa.Integer(), nullable=False),
        sa.Column("transactions_scanned", sa.Integer(), nullable=False),
        sa.Column("seconds", sa.Numeric(12, 3), nullable=False),
        sa.Column("fingerprint", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("as_of"),
    )


def downgrade() -> None:
    op.drop_table("signal_refreshes")
    op.drop_table("customer_signal_snapshots")
