"""call list speed: each advisor's ranked list of the day, stored by the refresh

Revision ID: 0005_call_list_speed
Revises: 0004_channels_auth
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_call_list_speed"
down_revision = "0004_channels_auth"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "call_list_snapshots",
        sa.Column("staff_id", sa.String(length=64), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("stamp", sa.String(length=400), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("staff_id", "as_of"),
    )


def downgrade() -> None:
    op.drop_table("call_list_snapshots")
