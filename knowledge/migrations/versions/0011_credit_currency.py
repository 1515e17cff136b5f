"""credit: a loan's status, days past due, arrears, and the end of its fixed-rate period

Optional columns of holdings (interchange extras, docs/import-format.md): existing rows and
files stay valid, all NULL.

Revision ID: 0011_credit_currency
Revises: 0008_token_revocation
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_credit_currency"
down_revision = "0008_token_revocation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("holdings") as batch:
        batch.add_column(sa.Column("loan_status", sa.String(16), nullable=True))
        batch.add_column(sa.Column("days_past_due", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("arrears", sa.Numeric(18, 2), nullable=True))
        batch.add_column(sa.Column("fixed_rate_until", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("holdings") as batch:
        batch.drop_column("fixed_rate_until")
        batch.drop_column("arrears")
        batch.drop_column("days_past_due")
        batch.drop_column("loan_status")
