"""theme areas stored: the upper level of WOCAS (cards, transfers, the app …)

A manager first sees a handful of areas, each with its concrete problems (themes). An area has
a label and keywords of its own and keeps its id across rebuilds (matched by shared members,
as themes are); owners, cost, status and trends stay on the concrete problem and roll up.
themes.area_id: the area a theme belongs to (NULL until the next build or placement).

Revision ID: 0014_theme_areas_stored
Revises: 0013_write_reversals
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_theme_areas_stored"
down_revision = "0013_write_reversals"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "theme_areas",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False, server_default="problem"),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("centroid", sa.LargeBinary(), nullable=True),
        sa.Column("model", sa.String(300), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(),
                  nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(),
                  nullable=False),
    )
    with op.batch_alter_table("themes") as batch:
        batch.add_column(sa.Column("area_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_themes_area_id", "theme_areas", ["area_id"], ["id"],
                                 ondelete="SET NULL")
        batch.create_index("ix_themes_area_id", ["area_id"])


def downgrade() -> None:
    with op.batch_alter_table("themes") as batch:
        batch.drop_index("ix_themes_area_id")
        batch.drop_constraint("fk_themes_area_id", type_="foreignkey")
        batch.drop_column("area_id")
    op.drop_table("theme_areas")
