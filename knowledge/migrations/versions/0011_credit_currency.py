"""credit: a loan's status, days past due, arrears, the end of its fixed-rate period; holders

Optional columns of holdings (interchange extras, docs/import-format.md): existing rows and
files stay valid, all NULL. holding_holders: further customers on a holding (joint owners,
authorised users; interchange file holders.csv).

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
    op.create_table(
        "holding_holders",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("holding_id", sa.String(64), sa.ForeignKey("holdings.id"), nullable=False),
        sa.Column("customer_id", sa.String(64), sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
    )
    op.create_index("ix_holding_holders_holding_id", "holding_holders", ["holding_id"])
    op.create_index("ix_holding_holders_customer_id", "holding_holders", ["customer_id"])


def downgrade() -> None:
    op.drop_index("ix_holding_holders_customer_id", "holding_holders")
    op.drop_index("ix_holding_holders_holding_id", "holding_holders")
    op.drop_table("holding_holders")
    with op.batch_alter_table("holdings") as batch:
        batch.drop_column("fixed_rate_until")
        batch.drop_column("arrears")
        batch.drop_column("days_past_due")
        batch.drop_column("loan_status")
