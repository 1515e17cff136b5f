"""change marks: a per-table counter bumped by a statement-level trigger (PostgreSQL)

The stored call lists and the signal refresh carry a high-water mark of the transactions,
holdings and customers tables, checked on every chat turn. On PostgreSQL that mark was
count(*), a scan of millions of rows per turn; now it is one primary-key lookup in
`change_marks`, which a FOR EACH STATEMENT trigger bumps on every INSERT, DELETE and
TRUNCATE, at most once per database transaction (an import of a million rows bumps it once
per commit). SQLite keeps using the largest rowid and gets the table only, unused.

Revision ID: 0006_change_marks
Revises: 0005_call_list_speed
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_change_marks"
down_revision = "0005_call_list_speed"
branch_labels = None
depends_on = None

MARKED_TABLES = ("transactions", "holdings", "customers")
FUNCTION = "advisor_bump_change_mark"


def upgrade() -> None:
    op.create_table(
        "change_marks",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("table_name"),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    # The shared counter moves once per table and transaction: a bulk load through
    # executemany runs one INSERT per row, and updating the same row thousands of times in
    # one transaction makes each update walk a longer chain of row versions. Every statement
    # also counts up a transaction-local setting (undone with a rolled-back savepoint), which
    # knowledge.change_marks adds to the mark, so the writing transaction itself sees every
    # statement; other connections see the new version when the rows are committed.
    op.execute(f"""
        CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            done bigint := coalesce(nullif(current_setting(
                'advisor.change_mark.' || TG_TABLE_NAME, true), '')::bigint, 0);
        BEGIN
            IF done = 0 THEN
                INSERT INTO change_marks (table_name, version) VALUES (TG_TABLE_NAME, 1)
                ON CONFLICT (table_name) DO UPDATE SET version = change_marks.version + 1;
            END IF;
            PERFORM set_config('advisor.change_mark.' || TG_TABLE_NAME, (done + 1)::text, true);
            RETURN NULL;
        END
        $$
    """)
    for table in MARKED_TABLES:
        op.execute(f"""
            CREATE TRIGGER {table}_change_mark
            AFTER INSERT OR DELETE OR TRUNCATE ON {table}
            FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}()
        """)
        # Existing rows count as one change, so a mark never reads the same before and
        # after this migration on a database that already has data.
        op.execute(f"INSERT INTO change_marks (table_name, version) VALUES ('{table}', 1)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in MARKED_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_change_mark ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")
    op.drop_table("change_marks")
