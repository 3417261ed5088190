"""The daily rollup gets a unique key, so each ledger write adds its lines to it in place
(INSERT ... ON CONFLICT DO UPDATE SET amount = amount + excluded.amount) instead of
recomputing its days from the transactions. NULL categories never conflict in a plain unique
index, so uncategorised rows have their own partial one.

Revision ID: 0009_ledger_daily_key
Revises: 0005_analytics
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_ledger_daily_key"
down_revision = "0005_analytics"
branch_labels = None
depends_on = None

UNCATEGORISED = sa.text("category_id IS NULL")


def upgrade() -> None:
    # The rollup was always rebuilt with GROUP BY over these columns: already unique.
    op.create_index(
        "ux_ledger_daily_key",
        "ledger_daily",
        ["user_id", "occurred_on", "kind", "currency_code", "category_id"],
        unique=True,
    )
    op.create_index(
        "ux_ledger_daily_uncategorised",
        "ledger_daily",
        ["user_id", "occurred_on", "kind", "currency_code"],
        unique=True,
        postgresql_where=UNCATEGORISED,
        sqlite_where=UNCATEGORISED,
    )


def downgrade() -> None:
    op.drop_index("ux_ledger_daily_uncategorised", "ledger_daily")
    op.drop_index("ux_ledger_daily_key", "ledger_daily")
