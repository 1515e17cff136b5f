"""theme_lexicons: the words model of each build, and themes' centres in the joined space

Themes are now clustered on each statement's sentence vector joined to an LSA vector of its
words (knowledge/themes/words.py). The fitted words model (vocabulary, idf, SVD components:
plain arrays, no pickle) is kept per embedding model, replaced by every build, so statements
placed between builds get their words' vector in the same space; `themes.placement` is a
theme's centre in that space. Themes built before have none and are placed by `centroid`
as before until the next build.

Revision ID: 0017_theme_lexicons
Revises: 0016_tracker_redactions
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_theme_lexicons"
down_revision = "0016_tracker_redactions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "theme_lexicons",
        sa.Column("model", sa.String(length=300), primary_key=True),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("dimensions", sa.Integer(), nullable=False),
        sa.Column("vocabulary", sa.JSON(), nullable=False),
        sa.Column("idf", sa.LargeBinary(), nullable=False),
        sa.Column("components", sa.LargeBinary(), nullable=False),
        sa.Column("statements", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(),
                  nullable=False),
    )
    with op.batch_alter_table("themes") as batch:
        batch.add_column(sa.Column("placement", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("themes") as batch:
        batch.drop_column("placement")
    op.drop_table("theme_lexicons")
