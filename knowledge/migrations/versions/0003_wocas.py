"""WOCAS themes: feedback embeddings, themes, membership, history, notifications

Revision ID: 0003_wocas
Revises: 0002_call_list
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_wocas"
down_revision = "0002_call_list"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feedback_embeddings",
        sa.Column("feedback_id", sa.String(64), sa.ForeignKey("feedback.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("model", sa.String(300), nullable=False),
        sa.Column("dimensions", sa.Integer(), nullable=False),
        sa.Column("vector", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(),
                  nullable=False),
    )
    op.create_table(
        "themes",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.Column("quotes", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("business_owner_id", sa.String(64), sa.ForeignKey("staff.id"), nullable=True),
        sa.Column("solution_owner_id", sa.String(64), sa.ForeignKey("staff.id"), nullable=True),
        sa.Column("centroid", sa.LargeBinary(), nullable=True),
        sa.Column("model", sa.String(300), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("emerging", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(),
                  nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(),
                  nullable=False),
    )
    op.create_index("ix_themes_status", "themes", ["status"])
    op.create_index("ix_themes_emerging", "themes", ["emerging"])
    op.create_table(
        "theme_members",
        sa.Column("feedback_id", sa.String(64), sa.ForeignKey("feedback.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("theme_id", sa.Integer(), sa.ForeignKey("themes.id", ondelete="SET NULL"),
                  nullable=True),
        sa.Column("distance", sa.Float(), nullable=True),
    )
    op.create_index("ix_theme_members_theme_id", "theme_members", ["theme_id"])
    op.create_table(
        "theme_history",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("theme_id", sa.Integer(), sa.ForeignKey("themes.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.String(64), nullable=True),
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("old_value", sa.String(200), nullable=True),
        sa.Column("new_value", sa.String(200), nullable=True),
    )
    op.create_index("ix_theme_history_theme_at", "theme_history", ["theme_id", "at"])
    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("recipient_id", sa.String(64), sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_notifications_pending", "notifications", ["delivered_at", "recipient_id"])


def downgrade() -> None:
    op.drop_index("ix_notifications_pending", table_name="notifications")
    op.drop_table("notifications")
    op.drop_index("ix_theme_history_theme_at", table_name="theme_history")
    op.drop_table("theme_history")
    op.drop_index("ix_theme_members_theme_id", table_name="theme_members")
    op.drop_table("theme_members")
    op.drop_index("ix_themes_emerging", table_name="themes")
    op.drop_index("ix_themes_status", table_name="themes")
    op.drop_table("themes")
    op.drop_table("feedback_embeddings")
