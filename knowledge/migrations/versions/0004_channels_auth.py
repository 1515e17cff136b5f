"""Channels and authentication: staff password hashes, morning digest deliveries

Revision ID: 0004_channels_auth
Revises: 0003_wocas
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_channels_auth"
down_revision = "0003_wocas"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        batch.add_column(sa.Column("password_hash", sa.String(300), nullable=True))
    op.create_table(
        "digest_deliveries",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("staff_id", sa.String(64), sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("staff_id", "as_of", name="uq_digest_staff_day"),
    )


def downgrade() -> None:
    op.drop_table("digest_deliveries")
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("password_hash")
