"""customers and holdings: the indexes a chat turn reads a book through carry what it reads

Every call-list turn checks that the stored list is still true with one stamp query over the
asker's book (knowledge.call_list.precomputed): the book's customer ids, and the count, sum
and latest dates of their holdings. The advisor index held (advisor_id, name) and the holding
index (customer_id) only, so SQLite visited the table row of each of the book's 400 customers
and 1,100 holdings. With the id in the first and balance, closed_on and maturity_on in the
second, both parts come from the indexes alone: on the 20k-customer bank the holdings part
took 0.27-0.35 ms instead of 0.46, the interactions part 0.54-0.59 instead of 0.67 (its
customers are now read from the index); "is <full name> on my list?" reads the book's ids
and names from the index too. Every query that used either index by its first columns still
can, and the names stay.

Revision ID: 0018_book_covering_indexes
Revises: 0017_theme_lexicons
"""

from __future__ import annotations

from alembic import op

revision = "0018_book_covering_indexes"
down_revision = "0017_theme_lexicons"
branch_labels = None
depends_on = None

CUSTOMERS, HOLDINGS = "ix_customers_advisor_name", "ix_holdings_customer_id"


def upgrade() -> None:
    op.drop_index(CUSTOMERS, table_name="customers")
    op.create_index(CUSTOMERS, "customers", ["advisor_id", "name", "id"])
    op.drop_index(HOLDINGS, table_name="holdings")
    op.create_index(HOLDINGS, "holdings", ["customer_id", "balance", "closed_on", "maturity_on"])


def downgrade() -> None:
    op.drop_index(HOLDINGS, table_name="holdings")
    op.create_index(HOLDINGS, "holdings", ["customer_id"])
    op.drop_index(CUSTOMERS, table_name="customers")
    op.create_index(CUSTOMERS, "customers", ["advisor_id", "name"])
