"""theme areas and polarity: each statement's polarity, each theme's kind

feedback.polarity: complaint, praise, suggestion or question (knowledge/themes/polarity.py),
set when the statement is embedded; NULL until then. themes.kind: "problem" or "praise", so
praise is clustered, listed and costed apart from problems.

Revision ID: 0012_theme_areas
Revises: 0011_credit_currency
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_theme_areas"
down_revision = "0011_credit_currency"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feedback") as batch:
        batch.add_column(sa.Column("polarity", sa.String(16), nullable=True))
    with op.batch_alter_table("themes") as batch:
        batch.add_column(sa.Column("kind", sa.String(16), nullable=False,
                                   server_default="problem"))


def downgrade() -> None:
    with op.batch_alter_table("themes") as batch:
        batch.drop_column("kind")
    with op.batch_alter_table("feedback") as batch:
        batch.drop_column("polarity")
