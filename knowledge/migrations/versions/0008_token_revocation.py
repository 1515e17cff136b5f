"""token revocation: tokens issued before staff.tokens_valid_after are refused

Set by logging out (POST /auth/logout) and by a new password (advisor staff set-password):
every token issued to that member of staff until then stops working at once, instead of at
its expiry up to a working day later.

Revision ID: 0008_token_revocation
Revises: 0007_login_failures
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_token_revocation"
down_revision = "0007_login_failures"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        batch.add_column(sa.Column("tokens_valid_after", sa.DateTime(timezone=True),
                                   nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("tokens_valid_after")
