"""Analytics: per-user ledger data version (cache invalidation), exchange rates, a daily
rollup of live income and expenses per category (kept exact in the same transaction as every
ledger write), and a covering index for the queries that read transactions directly.

Revision ID: 0005_analytics
Revises: 0003_ledger
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_analytics"
down_revision = "0003_ledger"
branch_labels = None
depends_on = None


# Live income and expenses per (user, day, kind, currency, category): whole transactions by
# their category, split ones by their lines (which add up to the amount).
ROLLUP_ALL = """
INSERT INTO ledger_daily (user_id, occurred_on, kind, currency_code, category_id, amount_minor, line_count)
SELECT user_id, occurred_on, kind, currency_code, category_id, SUM(amount_minor), COUNT(*) FROM (
    SELECT t.user_id, t.occurred_on, t.kind, t.currency_code, t.category_id, t.amount_minor
    FROM transactions t
    WHERE t.deleted_at IS NULL AND t.kind IN (1, 2)
      AND NOT EXISTS (SELECT 1 FROM transaction_splits s WHERE s.transaction_id = t.id)
    UNION ALL
    SELECT t.user_id, t.occurred_on, t.kind, t.currency_code, s.category_id, s.amount_minor
    FROM transactions t JOIN transaction_splits s ON s.transaction_id = t.id
    WHERE t.deleted_at IS NULL AND t.kind IN (1, 2)
) lines
GROUP BY user_id, occurred_on, kind, currency_code, category_id
"""


def upgrade() -> None:
    op.create_table(
        "ledger_versions",
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
        # Bumped in the same database transaction as every change to the user's ledger.
        sa.Column("version", sa.BigInteger(), nullable=False),
    )
    op.create_table(
        "exchange_rates",
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("base_currency_code", sa.String(3), primary_key=True),
        sa.Column("currency_code", sa.String(3), primary_key=True),
        sa.Column("effective_on", sa.Date(), primary_key=True),
        # Units of the base currency per unit of the currency, times 10^9: exact, no floats.
        sa.Column("rate_nanos", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("rate_nanos > 0", name="ck_exchange_rates_rate_positive"),
    )
    op.create_table(
        "ledger_daily",
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.Integer(), nullable=False),
        sa.Column("currency_code", sa.String(3), nullable=False),
        # The transaction's category, or a split line's; NULL for an uncategorised one.
        sa.Column("category_id", sa.Uuid(), nullable=True),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("line_count", sa.BigInteger(), nullable=False),
    )
    op.create_index(
        "ix_ledger_daily_user_day",
        "ledger_daily",
        ["user_id", "occurred_on", "kind", "currency_code", "category_id", "amount_minor", "line_count"],
    )
    op.execute(ROLLUP_ALL)
    # Every analytics aggregate filters live transactions of one user by day and reads only
    # these columns: PostgreSQL answers from the index alone (index-only scan).
    op.create_index(
        "ix_transactions_analytics",
        "transactions",
        ["user_id", "occurred_on", "kind", "currency_code", "category_id", "amount_minor"],
        postgresql_where=sa.text("deleted_at IS NULL"),
        sqlite_where=sa.text("deleted_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_transactions_analytics", "transactions")
    op.drop_table("ledger_daily")
    op.drop_table("exchange_rates")
    op.drop_table("ledger_versions")
